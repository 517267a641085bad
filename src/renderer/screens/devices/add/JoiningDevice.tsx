// One device on its way into the network: its steps, a readable failure with Retry, then name + room.
import { Check, CircleAlert, Loader, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { PairingDevice, PairingStep } from '../../../../shared/contract';
import { useHome } from '../../../store/context';

const STEPS: Array<{ step: PairingStep; label: string }> = [
  { step: 'joined', label: 'Joined the network' },
  { step: 'interviewing', label: 'Telling Hearth what it is' },
  { step: 'configuring', label: 'Setting up reports' },
  { step: 'ready', label: 'Ready' },
];
const ORDER: Record<PairingStep, number> = { joined: 0, interviewing: 1, configuring: 2, ready: 3, failed: 1, left: 0 };

function StepList({ device }: { device: PairingDevice }) {
  const reached = ORDER[device.step];
  return (
    <ol className="steps">
      {STEPS.map((s, i) => {
        const failed = device.step === 'failed' && i === reached;
        const done = device.step === 'ready' || i < reached;
        const current = !done && !failed && i === reached;
        const state = failed ? 'failed' : done ? 'done' : current ? 'current' : 'todo';
        return (
          <li key={s.step} className={`step ${state}`} aria-current={current ? 'step' : undefined}>
            <span className="step-icon" aria-hidden="true">
              {failed ? <CircleAlert size={16} /> : done ? <Check size={16} /> : current ? <Loader size={16} className="spin" /> : null}
            </span>
            {s.label}
            <span className="visually-hidden">{failed ? ' (failed)' : done ? ' (done)' : current ? ' (in progress)' : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}

export function NameAndRoom({ deviceId }: { deviceId: string }) {
  const device = useHome((s) => s.devices[deviceId]);
  const areas = useHome((s) => s.areas);
  const rename = useHome((s) => s.rename);
  const moveTo = useHome((s) => s.moveTo);
  const [name, setName] = useState(device?.name ?? '');
  const [areaId, setAreaId] = useState(device?.areaId ?? '');
  const [saved, setSaved] = useState(false);
  if (!device) return null;
  if (saved) {
    return (
      <p className="saved" role="status">
        <Check size={16} aria-hidden="true" /> Saved as {device.name}. <a href="#/">See it on Home</a>
      </p>
    );
  }
  return (
    <form
      className="name-room"
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          if (name.trim() && name.trim() !== device.name) await rename(deviceId, name.trim());
          if ((areaId || null) !== device.areaId) await moveTo(deviceId, areaId || null);
          setSaved(true);
        })();
      }}
    >
      <label>
        Name
        <input value={name} maxLength={64} required onChange={(e) => setName(e.target.value)} />
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
      <button type="submit" className="button primary">
        Save
      </button>
    </form>
  );
}

export function JoiningDevice({ device, onRetry, retrying }: { device: PairingDevice; onRetry(): void; retrying: boolean }) {
  const known = useHome((s) => s.devices[device.deviceId]);
  const title = known ? `${known.manufacturer} ${known.model}`.replace(/^Unknown Unknown$/, 'New device') : 'New device';
  return (
    <li className="joining" aria-label={`${title} (${device.nativeId})`}>
      <div className="joining-head">
        <strong>{title}</strong>
        <span className="muted mono">{device.nativeId}</span>
      </div>
      {device.step === 'left' ? <p className="muted">It left the network again.</p> : <StepList device={device} />}
      {device.step === 'failed' && (
        <div className="failure" role="alert">
          <p>{device.message ?? 'Pairing did not finish.'}</p>
          {device.canRetry && (
            <button type="button" className="button" onClick={onRetry} disabled={retrying}>
              <RotateCcw size={14} aria-hidden="true" /> {retrying ? 'Retrying…' : 'Retry'}
            </button>
          )}
        </div>
      )}
      {device.step === 'ready' && device.message && <p className="muted">{device.message}</p>}
      {device.step === 'ready' && <NameAndRoom deviceId={device.deviceId} />}
    </li>
  );
}
