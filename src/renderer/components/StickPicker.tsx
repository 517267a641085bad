// Pick a USB radio stick: the plugged-in ones (live, hot-plug), or a typed port; then test it.
// Reusable: Settings → Radios (restore to a new stick) and the onboarding wizard.
import { PlugZap, Usb } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { Stick, StickList, StickTestResult } from '../../shared/contract';
import { useAction, useEvent } from '../hooks/useRequest';
import { useHome } from '../store/context';

export interface StickChoice {
  path: string;
  protocol: 'zigbee' | 'zwave';
  /** herdsman adapter type for Zigbee sticks (zstack, ember, deconz, zigate, zboss), when known. */
  driver: string | null;
  stick: Stick | null;
}

const CONFIDENCE: Record<Stick['confidence'], string> = { high: 'Recognised', medium: 'Probably', low: 'Best guess', none: 'Unknown stick' };
const PROTOCOL: Record<'zigbee' | 'zwave', string> = { zigbee: 'Zigbee', zwave: 'Z-Wave' };

export function StickPicker({ protocol, value, onChange }: { protocol: 'zigbee' | 'zwave'; value: StickChoice | null; onChange(choice: StickChoice | null): void }) {
  const client = useHome((s) => s.client);
  const { run, busy } = useAction();
  const [list, setList] = useState<StickList | null>(null);
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [result, setResult] = useState<StickTestResult | null>(null);
  const name = useId();

  useEffect(() => {
    let live = true;
    const load = () => client.call('sticks.list', { watchSeconds: 300 }).then((l) => live && setList(l)).catch(() => undefined);
    void load();
    const keepWatching = setInterval(() => void load(), 240_000);
    return () => {
      live = false;
      clearInterval(keepWatching);
    };
  }, [client]);
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
    const r = await run('sticks.testOpen', { path: value.path, protocol, ...(value.driver ? { driver: value.driver } : {}) });
    setProgress(null);
    if (r) setResult(r);
  };
  const sticks = list?.sticks ?? [];
  return (
    <div className="stick-picker">
      <fieldset>
        <legend>{PROTOCOL[protocol]} stick</legend>
        {list === null && <p className="muted">Looking for USB sticks…</p>}
        {list?.problem && (
          <p className="banner" role="status">
            {list.problem.message} {list.problem.next}
          </p>
        )}
        {list && !list.problem && sticks.length === 0 && <p className="muted">No USB stick found. Plug one in: it shows up here by itself.</p>}
        <ul className="sticks">
          {sticks.map((s) => {
            const path = s.stablePath ?? s.path;
            const fits = s.protocol === null || s.protocol === protocol;
            return (
              <li key={s.path}>
                <label className={`stick${fits ? '' : ' other'}`}>
                  <input
                    type="radio"
                    name={name}
                    checked={value?.path === path}
                    onChange={() => choose({ path, protocol, driver: s.protocol === protocol ? s.driver : null, stick: s })}
                  />
                  <Usb size={18} aria-hidden="true" />
                  <span>
                    <strong>{s.name}</strong>
                    <span className="muted">
                      {' '}
                      · {s.path}
                      {s.protocol ? ` · ${PROTOCOL[s.protocol]}` : ''}
                      {s.driver && s.protocol === 'zigbee' ? ` (${s.driver})` : ''} · {CONFIDENCE[s.confidence]}
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
              choose(e.target.value.trim() ? { path: e.target.value.trim(), protocol, driver: null, stick: null } : null);
            }}
          />
        </label>
      </fieldset>
      <div className="stick-test">
        <button type="button" className="button" disabled={!value || busy !== null} onClick={() => void test()}>
          <PlugZap size={14} aria-hidden="true" /> {busy ? 'Testing…' : 'Test this stick'}
        </button>
        {busy && progress && <span className="muted" role="status">{progress}</span>}
        {result && (
          <p className={`test-result ${result.ok ? 'ok' : 'bad'}`} role={result.ok ? 'status' : 'alert'}>
            {result.message} {result.next}
          </p>
        )}
      </div>
    </div>
  );
}
