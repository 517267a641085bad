// "Use another stick": pick (and test) a stick, then remember it for the next start.
import { Save } from 'lucide-react';
import { useState } from 'react';
import { StickPicker, type StickChoice } from '../../components/StickPicker';
import { configureRadio } from '../../api/radios';
import { useCall } from '../../api/useCall';

const ADAPTERS = ['zstack', 'ember', 'deconz', 'zigate', 'zboss'] as const;
type Adapter = (typeof ADAPTERS)[number];

export function StickSetup({ protocol }: { protocol: 'zigbee' | 'zwave' }) {
  const { run, busy } = useCall(configureRadio);
  const [open, setOpen] = useState(false);
  const [stick, setStick] = useState<StickChoice | null>(null);
  const [adapter, setAdapter] = useState<Adapter | ''>('');
  const [saved, setSaved] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Use another stick…
      </button>
    );
  }
  const guessed = ADAPTERS.find((a) => a === stick?.driver);
  const save = async () => {
    if (!stick) return;
    const chosen = adapter || guessed;
    const r = await run({ protocol, port: stick.path, ...(protocol === 'zigbee' && chosen ? { adapter: chosen } : {}) });
    if (r) setSaved(r.message);
  };
  return (
    <div className="restore">
      <StickPicker protocol={protocol} value={stick} onChange={setStick} />
      {protocol === 'zigbee' && (
        <label>
          Stick type
          <select value={adapter} onChange={(e) => setAdapter(e.target.value as Adapter | '')}>
            <option value="">{guessed ? `As recognised (${guessed})` : 'Decide from the USB id at start'}</option>
            {ADAPTERS.map((a) => (
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
