// A device's details (vendor, model, firmware, endpoints, exposes), its integration's own part (from the
// registry: Z-Wave node maintenance, Matter sharing, Zigbee firmware check…) and removal.
import { Trash2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { DeviceDetails as Details } from '../../../shared/contract';
import { deviceDetails, removeDevice } from '../../api/devices';
import { useCall } from '../../api/useCall';
import { integrationFor } from '../../integrations';
import { useHome, useRadios } from '../../store/context';
import { selectDevice } from '../../store/home';
import { hasFeature, selectRadio } from '../../store/radios';
import { ReadOnlyBadge } from '../../components/ReadOnlyBadge';

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
  const device = useHome(selectDevice(deviceId));
  const protocol = device?.protocol;
  const radio = useRadios((s) => (protocol ? selectRadio(protocol)(s) : undefined));
  const { run } = useCall(deviceDetails);
  const [details, setDetails] = useState<Details | null>(null);
  const [unanswered, setUnanswered] = useState(false);
  // A radio that says it cannot describe its devices is not asked.
  const describes = !radio || hasFeature(radio, 'details');
  useEffect(() => {
    setDetails(null);
    setUnanswered(false);
    if (describes) void run(deviceId).then((d) => (d ? setDetails(d) : setUnanswered(true)));
  }, [run, deviceId, describes]);
  if (!device) return null;
  const Panel = integrationFor(device.protocol)?.device;
  const own = Panel && <Panel key={deviceId} deviceId={deviceId} name={device.name} details={details} radio={radio} onRemoved={onClose} />;
  return (
    <aside className="panel details" aria-labelledby="details-title">
      <div className="panel-head">
        <h2 id="details-title">{device.name}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      <ReadOnlyBadge kind="devices" id={deviceId} explain />
      {!details ? (
        <p className="muted" role="status">
          {!describes ? 'This radio cannot describe its devices.' : unanswered ? 'The radio did not describe it.' : 'Loading details…'}
        </p>
      ) : (
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
      )}
      {own}
      {details && (
        <>
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
      {hasFeature(radio, 'remove') && <Removal deviceId={deviceId} name={device.name} onRemoved={onClose} />}
    </aside>
  );
}
