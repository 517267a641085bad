// SmartStart: type or paste the code printed under the device's QR code, check what it says (DSK, requested
// security), choose what to grant, and put it on the provisioning list; the device then joins by itself when
// powered on. The list shows what is waiting or joined, with Remove.
import { Check, ListPlus, ScanLine } from 'lucide-react';
import { useState } from 'react';
import type { DemoLabel, SmartStartInfo, ZWaveSecurityClass } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { parseSmartStart, provisionSmartStart } from '../../../api/zwave';
import { useHome } from '../../../store/context';
import { SecurityBadge } from '../device/SecurityBadge';
import { DemoLabels } from './DemoLabels';
import { ProvisioningList } from './ProvisioningList';
import { ORDER, SECURITY } from './security';
import { useInclusion } from './useInclusion';

function Preview({ info, qr, onDone }: { info: SmartStartInfo; qr: string; onDone(name: string): void }) {
  const { run, busy } = useCall(provisionSmartStart);
  const areas = useHome((s) => s.areas);
  const requested = ORDER.filter((c) => info.requestedClasses.includes(c));
  const [granted, setGranted] = useState<Set<ZWaveSecurityClass>>(new Set(requested));
  const [name, setName] = useState(info.product ?? '');
  const [areaId, setAreaId] = useState('');
  const provision = async () => {
    const r = await run({
      qr,
      grantedClasses: ORDER.filter((c) => granted.has(c)),
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(areaId ? { areaId } : {}),
    });
    if (r) onDone(r.name ?? r.product ?? 'The device');
  };
  return (
    <form className="smartstart-preview" aria-label="What the code says" onSubmit={(e) => (e.preventDefault(), void provision())}>
      <dl className="facts">
        <dt>Device</dt>
        <dd>{[info.manufacturer, info.product].filter(Boolean).join(' ') || 'Not in the device database (it will describe itself when it joins)'}</dd>
        <dt>DSK</dt>
        <dd className="mono">
          <u>{info.pin}</u>
          {info.dsk.slice(5)}
        </dd>
        <dt>Kind</dt>
        <dd>{info.version === 'SmartStart' ? 'SmartStart: joins by itself once on the list' : 'S2 code only: add it with “Add with security”'}</dd>
      </dl>
      <fieldset className="field">
        <legend>Security to grant</legend>
        <ul className="grant-list">
          {requested.map((c) => (
            <li key={c}>
              <label>
                <input
                  type="checkbox"
                  checked={granted.has(c)}
                  onChange={(e) => setGranted((s) => (e.target.checked ? new Set([...s, c]) : new Set([...s].filter((x) => x !== c))))}
                />
                <span>
                  <strong>{SECURITY[c].label}</strong>
                  <small>{SECURITY[c].meaning}</small>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="name-room">
        <label>
          Name
          <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Room
          <select value={areaId} onChange={(e) => setAreaId(e.target.value)}>
            <option value="">No room</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={busy || info.version !== 'SmartStart'}>
          <ListPlus size={16} aria-hidden="true" /> {busy ? 'Adding…' : 'Add to SmartStart list'}
        </button>
      </div>
    </form>
  );
}

export function SmartStart({ labels, onBack }: { labels: DemoLabel[]; onBack(): void }) {
  const joined = useInclusion(['smartStart'], { stopOnLeave: false }).state; // only follows devices joining by themselves
  const [qr, setQr] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A code that is not one is said beside the field.
  const parse = useCall(parseSmartStart, { handle: (e) => (setError([e.message, e.next].filter(Boolean).join(' ')), true) });
  const checking = parse.busy;
  const [info, setInfo] = useState<{ info: SmartStartInfo; qr: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const check = async () => {
    setAdded(null);
    setError(null);
    setInfo(null);
    const code = qr.replace(/\s+/g, '');
    const parsed = await parse.run(code);
    if (parsed) setInfo({ info: parsed, qr: code });
  };
  return (
    <div className="flow zwave-flow">
      <button type="button" className="link-button" onClick={onBack}>
        ← Other ways to add
      </button>
      <DemoLabels labels={labels} only={['smartStart']} />
      <form className="qr-form" onSubmit={(e) => (e.preventDefault(), void check())}>
        <label>
          SmartStart code (the long number printed under the QR code, starting with 90)
          <textarea
            value={qr}
            rows={2}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'qr-error' : undefined}
            onChange={(e) => (setQr(e.target.value), setInfo(null), setError(null))}
          />
        </label>
        {error && (
          <p id="qr-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={!qr.trim() || checking}>
            <ScanLine size={16} aria-hidden="true" /> {checking ? 'Checking…' : 'Check code'}
          </button>
        </div>
      </form>
      {info && !added && (
        <Preview
          key={info.qr}
          info={info.info}
          qr={info.qr}
          onDone={(name) => {
            setAdded(name);
            setQr('');
          }}
        />
      )}
      {added && (
        <p className="saved" role="status">
          <Check size={16} aria-hidden="true" /> {added} is on the SmartStart list. Power it on near the stick: it joins by itself within a few minutes.
        </p>
      )}
      {joined.stage === 'done' && (
        <p className="saved" role="status" aria-label="A SmartStart device joined">
          <Check size={16} aria-hidden="true" /> {joined.message} <SecurityBadge granted={joined.granted} />
        </p>
      )}
      {joined.stage === 'failed' && (
        <p className="failure" role="alert">
          {joined.reason}
        </p>
      )}
      <ProvisioningList />
    </div>
  );
}
