// Every setting a person can see, read from the settings registry: what it changes, its value in force (and
// when an environment variable sets it instead of the saved value) and its default.
import { useEffect, useState } from 'react';
import type { SettingInfo } from '../../../shared/contract';
import { listSettings } from '../../api/settings';
import { useCall } from '../../api/useCall';

/** A value as a person reads it: objects as "units.clock: 24h" lines, nothing set as a dash. */
function lines(v: unknown, path = ''): string[] {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).flatMap(([k, x]) => lines(x, path ? `${path}.${k}` : k));
  const text = v === undefined || v === null || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return [path ? `${path}: ${text}` : text];
}
const shown = (v: unknown) => {
  const all = lines(v);
  return all.length === 0 ? '—' : all.map((l) => <div key={l}>{l}</div>);
};

export function AllSettings() {
  const load = useCall(listSettings).run;
  const [settings, setSettings] = useState<SettingInfo[] | null>(null);
  useEffect(() => {
    void load().then((s) => s && setSettings(s));
  }, [load]);
  if (!settings) return <p className="muted">Loading…</p>;
  return (
    <table className="table compact settings-table">
      <caption className="visually-hidden">Every setting, its value and its default</caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Value</th>
          <th scope="col">Default</th>
        </tr>
      </thead>
      <tbody>
        {settings.map((s) => (
          <tr key={s.key}>
            <th scope="row">
              {s.description}
              <div className="muted small mono">{s.key}</div>
            </th>
            <td className="mono">
              {shown(s.value)}
              {s.overriddenBy && <div className="muted small">set by {s.overriddenBy}</div>}
            </td>
            <td className="mono">{shown(s.default)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
