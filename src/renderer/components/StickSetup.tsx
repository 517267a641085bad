// "Use another stick": pick (and test) a stick, then remember it for the next start. Radios whose sticks come in
// several families (Zigbee) pass the families to choose from.
import { Save } from 'lucide-react';
import { useState } from 'react';
import type { RequestInput, ZigbeeAdapterName } from '../../shared/contract';
import { configureRadio } from '../api/radios';
import { useCall } from '../api/useCall';
import { StickPicker, type StickChoice } from './StickPicker';

type Family = ZigbeeAdapterName;

export function StickSetup({ protocol, families }: { protocol: RequestInput<'radios.configure'>['protocol']; families?: readonly Family[] }) {
  const { run, busy } = useCall(configureRadio);
  const [open, setOpen] = useState(false);
  const [stick, setStick] = useState<StickChoice | null>(null);
  const [family, setFamily] = useState<Family | ''>('');
  const [saved, setSaved] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        Use another stick…
      </button>
    );
  }
  const guessed = families?.find((a) => a === stick?.driver);
  const save = async () => {
    if (!stick) return;
    const chosen = family || guessed;
    const r = await run({ protocol, port: stick.path, ...(families && chosen ? { adapter: chosen } : {}) });
    if (r) setSaved(r.message);
  };
  return (
    <div className="restore">
      <StickPicker protocol={protocol} value={stick} onChange={setStick} />
      {families && (
        <label>
          Stick type
          <select value={family} onChange={(e) => setFamily(e.target.value as Family | '')}>
            <option value="">{guessed ? `As recognised (${guessed})` : 'Decide from the USB id at start'}</option>
            {families.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
      {saved ? (
        <p role="status">{saved}</p>
      ) : (
        <div className="actions">
          <button type="button" className="button primary" disabled={!stick || busy} onClick={() => void save()}>
            <Save size={14} aria-hidden="true" /> Use this stick
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
