// A device's details (vendor, model, firmware, endpoints, exposes), the firmware check and removal.
import { RefreshCw, Trash2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { DeviceDetails as Details } from '../../../shared/contract';
import { deviceDetails, removeDevice } from '../../api/devices';
import { useCall } from '../../api/useCall';
import { checkZigbeeFirmware } from '../../api/zigbee';
import { useHome } from '../../store/context';
import { MatterPanel } from './matter/MatterPanel';
import { ZWavePanel } from './zwave/ZWavePanel';

const ROLE: Record<Details['role'], string> = { coordinator: 'Coordinator', router: 'Router (mains powered, relays for others)', endDevice: 'End device', unknown: 'Unknown' };

function Removal({ deviceId, name, onRemoved }: { deviceId: string; name: string; onRemoved(): void }) {
  const { run, busy } = useCall(removeDevice);
  const [confirm, setConfirm] = useState<null | 'normal' | 'force'>(null);
  const [failed, setFailed] = useState(false);
  const remove = async (force: boolean) => {
    const r = await run(deviceId, force);
    if (r) onRemoved();
    else setFailed(true);
    setConfirm(null);
  };
  return (
    <div className="removal">
      {confirm === null ? (
        <>
          <button type="button" className="button danger" onClick={() => setConfirm('normal')}>
            <Trash2 size={14} aria-hidden="true" /> Remove {name}
          </button>
          {failed && (
            <button type="button" className="button danger-quiet" onClick={() => setConfirm('force')}>
              Force remove
            </button>
          )}
        </>
      ) : (
        <div className="confirm" role="alertdialog" aria-label={confirm === 'force' ? 'Force remove?' : 'Remove?'}>
          <p>
            {confirm === 'force'
              ? `Hearth will forget ${name} without asking it to leave. Factory-reset the device before pairing it again.`
              : `${name} will be asked to leave the network. Battery devices may need a button press to hear it.`}
          </p>
          <button type="button" className="button danger" disabled={busy} onClick={() => void remove(confirm === 'force')}>
            {busy ? 'Removing…' : confirm === 'force' ? 'Force remove' : 'Remove'}
          </button>
          <button type="button" className="button" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

export function DeviceDetails({ deviceId, onClose }: { deviceId: string; onClose(): void }) {
  const device = useHome((s) => s.devices[deviceId]);
  const { run, busy } = useCall(deviceDetails);
  const otaCheck = useCall(checkZigbeeFirmware);
  const [details, setDetails] = useState<Details | null>(null);
  const [ota, setOta] = useState<string | null>(null);
  useEffect(() => {
    setDetails(null);
    setOta(null);
    void run(deviceId).then((d) => d && setDetails(d));
  }, [run, deviceId]);
  if (!device) return null;
  const zwave = device.protocol === 'zwave' && <ZWavePanel key={deviceId} deviceId={deviceId} name={device.name} firmwareUpdates={details?.supportsFirmwareUpdate ?? false} onRemoved={onClose} />;
  const checkOta = async () => {
    const r = await otaCheck.run(deviceId);
    if (r) setOta(r.message);
  };
  return (
    <aside className="panel details" aria-labelledby="details-title">
      <div className="panel-head">
        <h2 id="details-title">{device.name}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      {!details ? (
        <>
          <p className="muted" role="status">
            {busy ? 'Loading details…' : 'This radio cannot describe its devices yet.'}
          </p>
          {zwave}
        </>
      ) : (
        <>
          <dl className="facts">
            <dt>Vendor</dt>
            <dd>{details.manufacturer}</dd>
            <dt>Model</dt>
            <dd>
              {details.model}
              {details.description ? <span className="muted"> · {details.description}</span> : null}
            </dd>
            {details.modelId && (
              <>
                <dt>Reports itself as</dt>
                <dd className="mono">{details.modelId}</dd>
              </>
            )}
            <dt>Firmware</dt>
            <dd>
              {details.firmware ?? 'unknown'}
              {details.firmwareDate ? <span className="muted"> ({details.firmwareDate})</span> : null}
            </dd>
            <dt>Address</dt>
            <dd className="mono">{details.address}</dd>
            <dt>Role</dt>
            <dd>
              {ROLE[details.role]}
              {details.powerSource ? <span className="muted"> · {details.powerSource}</span> : null}
            </dd>
            <dt>Pairing</dt>
            <dd>{details.interview === 'done' ? 'Complete' : details.interview === 'failed' ? 'Did not finish — pair it again' : 'In progress'}</dd>
          </dl>
          {details.protocol === 'matter' && <MatterPanel deviceId={deviceId} name={device.name} />}
          {details.protocol === 'zigbee' && (
            <div className="ota">
              <button type="button" className="button" onClick={() => void checkOta()} disabled={otaCheck.busy}>
                <RefreshCw size={14} aria-hidden="true" /> {otaCheck.busy ? 'Checking…' : 'Check for firmware update'}
              </button>
              {!details.supportsFirmwareUpdate && <span className="muted"> No over-the-air updates for this model.</span>}
              {ota && (
                <p role="status" className="ota-result">
                  {ota}
                </p>
              )}
            </div>
          )}
          {zwave}
          <h3>What it can do</h3>
          <ul className="chips" aria-label="Features">
            {details.features.map((f) => (
              <li key={f.name} className="chip" title={`${f.type}${f.unit ? `, ${f.unit}` : ''}`}>
                {f.name}
                {f.unit ? ` (${f.unit})` : ''}
                <span className="muted">{f.writable ? ' · settable' : ' · read-only'}</span>
              </li>
            ))}
          </ul>
          <h3>Endpoints</h3>
          {details.endpoints.map((ep) => (
            <div className="endpoint" key={ep.id}>
              <p>
                <strong>Endpoint {ep.id}</strong>
                <span className="muted">
                  {ep.profile ? ` · ${ep.profile}` : ''}
                  {ep.deviceType ? ` · type ${ep.deviceType}` : ''}
                </span>
              </p>
              <p className="clusters">
                <span className="muted">Serves:</span> {ep.inputs.join(', ') || '—'}
              </p>
              <p className="clusters">
                <span className="muted">Uses:</span> {ep.outputs.join(', ') || '—'}
              </p>
            </div>
          ))}
        </>
      )}
      <Removal deviceId={deviceId} name={device.name} onRemoved={onClose} />
    </aside>
  );
}
