// The three questions S2 inclusion asks the user, each as a modal dialog: which security classes to grant,
// the PIN from the device's label (to confirm its DSK), and consent before falling back to old S0 security.
import { KeyRound, ShieldAlert, ShieldCheck } from 'lucide-react';
import { useRef, useState } from 'react';
import type { DemoLabel, ZWaveSecurityClass } from '../../../../shared/contract';
import { Modal } from '../../../components/Modal';
import { mmss, useTicker } from '../../../hooks/useTicker';
import { ORDER, SECURITY } from './security';

function TimeLeft({ deadline }: { deadline: number }) {
  const now = useTicker(true);
  return (
    <p className="muted small" role="timer" aria-live="off">
      {mmss(deadline - now)} left to answer, then the device gives up.
    </p>
  );
}

export function GrantDialog({
  requested,
  clientSideAuth,
  deadline,
  onGrant,
  onCancel,
}: {
  requested: ZWaveSecurityClass[];
  clientSideAuth: boolean;
  deadline: number;
  onGrant(classes: ZWaveSecurityClass[], clientSideAuth: boolean): void;
  onCancel(): void;
}) {
  const classes = ORDER.filter((c) => requested.includes(c));
  const [chosen, setChosen] = useState<Set<ZWaveSecurityClass>>(new Set(classes));
  const toggle = (c: ZWaveSecurityClass, on: boolean) =>
    setChosen((s) => {
      const n = new Set(s);
      if (on) n.add(c);
      else n.delete(c);
      return n;
    });
  return (
    <Modal title="Grant security" eyebrow="Adding a Z-Wave device" describedBy="grant-desc" onCancel={onCancel}>
      <p id="grant-desc">
        The device asks for these security keys. Keep them all unless you know it should not have one: a device only gets the keys you tick.
      </p>
      <ul className="grant-list" aria-label="Requested security classes">
        {classes.map((c) => (
          <li key={c}>
            <label>
              <input type="checkbox" checked={chosen.has(c)} onChange={(e) => toggle(c, e.target.checked)} />
              <span>
                <strong>{SECURITY[c].label}</strong>
                <small>{SECURITY[c].meaning}</small>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {clientSideAuth && (
        <p className="note">
          This device has no PIN on its label: it shows a code on its own screen or app instead (client-side authentication). Compare it with
          the code Hearth shows next.
        </p>
      )}
      <TimeLeft deadline={deadline} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={() => onGrant(ORDER.filter((c) => chosen.has(c)), clientSideAuth)}>
          <ShieldCheck size={16} aria-hidden="true" /> {chosen.size === 0 ? 'Continue without security' : 'Grant'}
        </button>
      </div>
    </Modal>
  );
}

export function PinDialog({ dsk, deadline, label, onPin, onCancel }: { dsk: string; deadline: number; label?: DemoLabel; onPin(pin: string): void; onCancel(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groups = dsk.split('-').slice(1);
  const submit = () => {
    if (!/^\d{5}$/.test(pin)) {
      setError('Enter the 5 digits printed first (often underlined) in the DSK on the device or its box.');
      input.current?.focus();
      return;
    }
    onPin(pin);
  };
  return (
    <Modal title="Enter the device's PIN" eyebrow="Adding a Z-Wave device" describedBy="pin-desc" onCancel={onCancel} initialFocus={input}>
      <p id="pin-desc">
        Find the DSK on the device or its box: 8 groups of 5 digits. Check that the groups below match it, and type the first group — the PIN — to
        prove this is your device.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="dsk" role="group" aria-label="Device-specific key (DSK)">
          <input
            ref={input}
            aria-label="PIN (first 5 digits of the DSK)"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            value={pin}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'pin-error' : undefined}
            onChange={(e) => {
              setPin(e.target.value.replace(/\D/g, '').slice(0, 5));
              setError(null);
            }}
          />
          {groups.map((g, i) => (
            <span key={i} className="group">
              -{g}
            </span>
          ))}
        </div>
        {error && (
          <p id="pin-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        {label && <DemoPin label={label} />}
        <TimeLeft deadline={deadline} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            <KeyRound size={16} aria-hidden="true" /> Confirm PIN
          </button>
        </div>
      </form>
    </Modal>
  );
}

function DemoPin({ label }: { label: DemoLabel }) {
  return (
    <div className="demo-label" role="note" aria-label="Demo: the simulated device's box label">
      <p className="eyebrow">Demo home · simulated box label</p>
      <p>
        {label.name}: PIN <strong className="mono">{label.pin}</strong>
      </p>
    </div>
  );
}

export function S0ConsentDialog({ message, deadline, onAnswer, onCancel }: { message: string; deadline: number; onAnswer(allow: boolean): void; onCancel(): void }) {
  return (
    <Modal title="Use older S0 security?" eyebrow="Adding a Z-Wave device" describedBy="s0-desc" onCancel={onCancel} role="alertdialog">
      <div className="warning-box" id="s0-desc">
        <ShieldAlert size={18} aria-hidden="true" />
        <div>
          <p>This device only supports older S0 security, which is slower and less secure. Include it with S0?</p>
          {message && <p className="muted small">{message}</p>}
        </div>
      </div>
      <TimeLeft deadline={deadline} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => onAnswer(false)}>
          Include without security
        </button>
        <button type="button" className="button primary" onClick={() => onAnswer(true)}>
          Allow S0
        </button>
      </div>
    </Modal>
  );
}
