// Pick a USB radio stick: the plugged-in ones (live, hot-plug), or a typed port; then test it.
// Reusable: Settings → Radios (one protocol) and the onboarding wizard (any kind: the stick says which).
import { PlugZap, Usb } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { Stick, StickList, StickTestResult } from '../../shared/contract';
import { listSticks, testStick } from '../api/sticks';
import { useCall } from '../api/useCall';
import { useEvent } from '../api/useEvent';

export interface StickChoice {
  path: string;
  protocol: 'zigbee' | 'zwave';
  /** herdsman adapter type for Zigbee sticks (zstack, ember, deconz, zigate, zboss), when known. */
  driver: string | null;
  stick: Stick | null;
}

const CONFIDENCE: Record<Stick['confidence'], string> = { high: 'Recognised', medium: 'Probably', low: 'Best guess', none: 'Unknown stick' };
const PROTOCOL: Record<'zigbee' | 'zwave', string> = { zigbee: 'Zigbee', zwave: 'Z-Wave' };

/** What a stick needs: "Zigbee · zstack adapter", "Z-Wave · zwave-js driver". */
export function needs(s: Stick): string {
  if (!s.protocol) return 'Kind not known';
  if (s.protocol === 'zwave') return 'Z-Wave · zwave-js driver';
  return `Zigbee · ${s.driver ?? 'adapter not known'}${s.driver ? ' adapter' : ''}`;
}

interface PickerProps {
  /** The radio this is for; omitted: any kind, taken from the stick (asked for unknown sticks and typed ports). */
  protocol?: 'zigbee' | 'zwave';
  value: StickChoice | null;
  onChange(choice: StickChoice | null): void;
}

export function StickPicker({ protocol: wanted, value, onChange }: PickerProps) {
  const sticks = useCall(listSticks, { quiet: true });
  const tester = useCall(testStick);
  const busy = tester.busy;
  const [list, setList] = useState<StickList | null>(null);
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [result, setResult] = useState<StickTestResult | null>(null);
  // Any-kind mode: what an unknown stick or a typed port is, as the person says.
  const [kind, setKind] = useState<'zigbee' | 'zwave'>('zigbee');
  const name = useId();
  const protocol = wanted ?? value?.protocol ?? kind;

  const loadSticks = sticks.run;
  useEffect(() => {
    let live = true;
    const load = () => loadSticks(300).then((l) => live && l && setList(l));
    void load();
    const keepWatching = setInterval(() => void load(), 240_000);
    return () => {
      live = false;
      clearInterval(keepWatching);
    };
  }, [loadSticks]);
  useEvent('sticks.changed', setList);
  useEvent('sticks.testOpen.progress', (p) => value && p.path === value.path && setProgress(p.message));

  const choose = (c: StickChoice | null) => {
    setResult(null);
    setProgress(null);
    onChange(c);
  };
  const test = async () => {
    if (!value) return;
    setResult(null);
    const r = await tester.run({ path: value.path, protocol, ...(value.driver ? { driver: value.driver } : {}) });
    setProgress(null);
    if (r) setResult(r);
  };
  const found = list?.sticks ?? [];
  return (
    <div className="stick-picker">
      <fieldset>
        <legend>{wanted ? `${PROTOCOL[wanted]} stick` : 'USB sticks on this computer'}</legend>
        {list === null && <p className="muted">Looking for USB sticks…</p>}
        {list?.problem && (
          <p className="banner" role="status">
            {list.problem.message} {list.problem.next}
          </p>
        )}
        {list && !list.problem && found.length === 0 && <p className="muted">No USB stick found. Plug one in: it shows up here by itself.</p>}
        <ul className="sticks">
          {found.map((s) => {
            const path = s.stablePath ?? s.path;
            const fits = !wanted || s.protocol === null || s.protocol === wanted;
            const as = wanted ?? s.protocol ?? kind;
            return (
              <li key={s.path}>
                <label className={`stick${fits ? '' : ' other'}`}>
                  <input
                    type="radio"
                    name={name}
                    checked={value?.path === path}
                    onChange={() => choose({ path, protocol: as, driver: s.protocol === as ? s.driver : null, stick: s })}
                  />
                  <Usb size={18} aria-hidden="true" />
                  <span>
                    <strong>{s.name}</strong>
                    <span className="muted">
                      {' '}
                      · {s.path} · {needs(s)} · {CONFIDENCE[s.confidence]}
                    </span>
                    {s.note && <span className="note">{s.note}</span>}
                    {!fits && <span className="note">This looks like a {PROTOCOL[s.protocol!]} stick.</span>}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <label className="typed-port">
          Or type its port
          <input
            placeholder="/dev/ttyUSB0, /dev/serial/by-id/…, COM3 or tcp://host:port"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              choose(e.target.value.trim() ? { path: e.target.value.trim(), protocol: wanted ?? kind, driver: null, stick: null } : null);
            }}
          />
        </label>
        {!wanted && value && value.stick?.protocol == null && (
          <label className="typed-port">
            What kind of stick is it?
            <select
              value={value.protocol}
              onChange={(e) => {
                const k = e.target.value as 'zigbee' | 'zwave';
                setKind(k);
                choose({ ...value, protocol: k, driver: null });
              }}
            >
              <option value="zigbee">Zigbee</option>
              <option value="zwave">Z-Wave</option>
            </select>
          </label>
        )}
      </fieldset>
      <div className="stick-test">
        <button type="button" className="button" disabled={!value || busy} onClick={() => void test()}>
          <PlugZap size={14} aria-hidden="true" /> {busy ? 'Testing…' : 'Test this stick'}
        </button>
        {busy && (
          <span className="test-progress" role="status">
            <progress aria-label="Testing the stick" />
            <span className="muted">{progress ?? 'Starting the test…'}</span>
          </span>
        )}
        {result && (
          <p className={`test-result ${result.ok ? 'ok' : 'bad'}`} role={result.ok ? 'status' : 'alert'}>
            {result.message}
            {result.next && <> <span className="fix">{result.next}</span></>}
          </p>
        )}
      </div>
    </div>
  );
}
