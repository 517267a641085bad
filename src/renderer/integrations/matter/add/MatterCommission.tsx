// Matter: type the pairing code (or the QR code's text), optionally the device's address, then follow each
// commissioning step live; a failure says why and offers Retry; a new device is named and put in a room.
import { Plus, RotateCcw, Square } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useRadios } from '../../../store/context';
import { selectRadio } from '../../../store/radios';
import { CommissioningSteps } from './CommissioningSteps';
import { NameAndRoom } from '../../../screens/devices/add/JoiningDevice';
import { useCommissioning, type CommissioningInput } from './useCommissioning';
import { MatterHomeNetwork } from './HomeNetwork';
import { matterHomeNetwork } from '../../../api/matter';
import { useCall } from '../../../api/useCall';

/** 1234-567-8901 for an 11-digit code; anything else as typed. */
export function prettyCode(code: string): string {
  const digits = code.replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` : code;
}

function codeProblem(code: string): string | null {
  const text = code.trim();
  if (/^mt:/i.test(text)) return text.length > 10 ? null : 'That QR code text is too short: it is the whole text the code holds, starting with MT:.';
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return 'A pairing code has only digits (dashes and spaces are fine), or is a QR code text starting with MT:.';
  if (digits.length !== 11 && digits.length !== 21) return `A pairing code has 11 or 21 digits; this one has ${digits.length}.`;
  return null;
}

function CodeForm({ initial, onSubmit }: { initial: CommissioningInput | null; onSubmit(input: CommissioningInput): void }) {
  const [code, setCode] = useState(initial?.code ?? '');
  const [ip, setIp] = useState(initial?.address?.ip ?? '');
  const [port, setPort] = useState(initial?.address?.port ? String(initial.address.port) : '');
  const [problem, setProblem] = useState<string | null>(null);
  // In the demo home, the spare device's code as printed on its label (read afresh: it is used up once added).
  const demoCode = useRadios((s) => selectRadio('matter')(s)?.matter?.demoPairingCode ?? null);
  const loadRadios = useRadios((s) => s.load);
  useEffect(() => {
    void loadRadios();
  }, [loadRadios]);
  const help = useId();
  // A known address only helps when Hearth's controller is on the home network (never in the demo home).
  const [onNetwork, setOnNetwork] = useState(false);
  const home = useCall(matterHomeNetwork, { quiet: true });
  useEffect(() => {
    void home.run().then((v) => setOnNetwork((v?.active.length ?? 0) > 0));
  }, [home.run]);
  return (
    <>
    <MatterHomeNetwork compact />
    <form
      className="commission-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const why = codeProblem(code);
        setProblem(why);
        if (why) return;
        const address = ip.trim() ? { ip: ip.trim(), ...(port.trim() ? { port: Number(port) } : {}) } : undefined;
        onSubmit({ code: code.trim(), ...(address ? { address } : {}) });
      }}
    >
      <p>
        Find the device&apos;s Matter pairing code: it is printed on the device, its box or its manual, next to a QR code. Make sure the
        device is powered and in pairing mode (a new device is; one that is already in another app needs a new code from that app).
      </p>
      {demoCode && (
        <p className="demo-hint" role="note">
          Demo home: a spare Matter bulb is waiting in pairing mode. Its code is <strong className="mono">{prettyCode(demoCode)}</strong>.
        </p>
      )}
      <label className="field code-field">
        <span>Pairing code</span>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="1234-567-8901 or MT:…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={help}
          aria-invalid={problem ? true : undefined}
        />
      </label>
      <p id={help} className={problem ? 'field-problem' : 'muted'} role={problem ? 'alert' : undefined}>
        {problem ?? 'The 11- or 21-digit code, or the text of its QR code (starts with MT:).'}
      </p>
      {onNetwork && (
      <details className="address" open={initial?.address !== undefined}>
        <summary>Hearth cannot find it? Enter its address on your network (your router or the other app shows it)</summary>
        <div className="address-fields">
          <label className="field">
            <span>IP address</span>
            <input value={ip} onChange={(e) => setIp(e.target.value)} placeholder="IPv6 or IPv4 address" autoComplete="off" spellCheck={false} />
          </label>
          <label className="field">
            <span>Port</span>
            <input value={port} onChange={(e) => setPort(e.target.value.replace(/\D/g, ''))} inputMode="numeric" placeholder="5540" />
          </label>
        </div>
      </details>
      )}
      <button type="submit" className="button primary">
        <Plus size={16} aria-hidden="true" /> Add the device
      </button>
    </form>
    </>
  );
}

export function MatterCommission() {
  const { attempt, status, start, cancel, reset } = useCommissioning();
  const [editing, setEditing] = useState<CommissioningInput | null>(null);
  if (!attempt) return <CodeForm initial={editing} onSubmit={(input) => void start(input)} />;
  const last = attempt.progress.at(-1);
  const done = status === 'done' ? last : undefined;
  return (
    <div className="flow">
      <section className="joining commissioning" aria-label={`Adding the Matter device with code ${prettyCode(attempt.input.code)}`}>
        <div className="joining-head">
          <strong>{done ? done.message : status === 'failed' ? 'The device was not added' : 'Adding the device…'}</strong>
          <span className="muted mono">{prettyCode(attempt.input.code)}</span>
        </div>
        <CommissioningSteps progress={attempt.progress} />
        {status === 'running' && (
          <button type="button" className="button" onClick={() => void cancel()}>
            <Square size={14} aria-hidden="true" /> Cancel
          </button>
        )}
        {status === 'failed' && last?.error && (
          <div className="failure" role="alert">
            <p>
              <strong>{last.error.message}</strong> {last.error.next}
            </p>
            <button type="button" className="button" onClick={() => void start(attempt.input)}>
              <RotateCcw size={14} aria-hidden="true" /> Retry
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(attempt.input);
                reset();
              }}
            >
              Change the code
            </button>
          </div>
        )}
        {done?.deviceId && <NameAndRoom deviceId={done.deviceId} />}
      </section>
      {status === 'done' && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setEditing(null);
            reset();
          }}
        >
          <Plus size={14} aria-hidden="true" /> Add another Matter device
        </button>
      )}
    </div>
  );
}
