// Hearth's log for support staff: filter by part of Hearth, level, device and words; newest first, older
// pages on request; and the support bundle (one redacted zip) to download and send.
import { useEffect, useState } from 'react';
import { LogLevel, LogSubsystem, type LogEntry, type SupportBundle } from '../../../shared/contract';
import { useHome, useLogs } from '../../store/context';
import { saveFile } from '../../components/save-file';

const SUBSYSTEM_LABEL: Record<LogSubsystem, string> = {
  core: 'Core',
  hub: 'Hub',
  storage: 'Storage',
  automation: 'Automations',
  privacy: 'Privacy',
  zwave: 'Z-Wave',
  zigbee: 'Zigbee',
  matter: 'Matter',
};

const time = (t: number) => new Date(t).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function Row({ e, deviceName }: { e: LogEntry; deviceName: string | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <tr className={`log-row log-${e.level}`}>
      <td className="log-time">{time(e.time)}</td>
      <td>
        <span className={`log-level log-level-${e.level}`}>{e.level}</span>
      </td>
      <td className="log-subsystem">{SUBSYSTEM_LABEL[e.subsystem as LogSubsystem] ?? e.subsystem}</td>
      <td className="log-msg">
        {e.msg}
        {deviceName && <span className="log-device"> · {deviceName}</span>}
        {e.detail && (
          <>
            {' '}
            <button type="button" className="link-button small" onClick={() => setOpen(!open)} aria-expanded={open}>
              {open ? 'Less' : 'More'}
            </button>
            {open && <pre className="log-detail">{e.detail}</pre>}
          </>
        )}
      </td>
    </tr>
  );
}

export function LogsTab() {
  const { filter, entries, nextCursor, truncated, loading, makingBundle } = useLogs((s) => s);
  const setFilter = useLogs((s) => s.setFilter);
  const reload = useLogs((s) => s.reload);
  const loadOlder = useLogs((s) => s.loadOlder);
  const makeBundle = useLogs((s) => s.makeBundle);
  const devices = useHome((s) => s.devices);
  const [text, setText] = useState(filter.text ?? '');
  const [made, setMade] = useState<SupportBundle | null>(null);

  useEffect(() => {
    void reload();
  }, [reload]);

  const deviceList = Object.values(devices).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="logs">
      <section className="card logs-bundle">
        <div>
          <h2>Support bundle</h2>
          <p className="muted small">
            One zip for support staff: versions, settings, health, recent logs, devices and radio statistics. Network keys, codes, tokens,
            names, rooms, places and commands are replaced by codes before it is made.
          </p>
          {made && (
            <p className="small" data-testid="bundle-made">
              Downloaded {made.fileName} ({Math.ceil(made.bytes / 1024)} KB, {made.contents.length} files).
            </p>
          )}
        </div>
        <button
          type="button"
          className="button primary"
          disabled={makingBundle}
          onClick={async () => {
            const b = await makeBundle();
            if (b) {
              saveFile(b.fileName, b.base64, 'application/zip');
              setMade(b);
            }
          }}
        >
          {makingBundle ? 'Making…' : 'Download support bundle'}
        </button>
      </section>

      <form
        className="logs-filter"
        onSubmit={(ev) => {
          ev.preventDefault();
          void setFilter({ ...filter, text });
        }}
      >
        <label>
          Part
          <select value={filter.subsystem ?? ''} onChange={(ev) => void setFilter({ ...filter, subsystem: (ev.target.value || undefined) as LogSubsystem | undefined })}>
            <option value="">All</option>
            {LogSubsystem.options.map((s) => (
              <option key={s} value={s}>
                {SUBSYSTEM_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Level
          <select value={filter.level ?? ''} onChange={(ev) => void setFilter({ ...filter, level: (ev.target.value || undefined) as LogLevel | undefined })}>
            <option value="">All</option>
            {LogLevel.options.map((l) => (
              <option key={l} value={l}>
                {l} and above
              </option>
            ))}
          </select>
        </label>
        <label>
          Device
          <select value={filter.deviceId ?? ''} onChange={(ev) => void setFilter({ ...filter, deviceId: ev.target.value || undefined })}>
            <option value="">All</option>
            {deviceList.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="logs-search">
          Search
          <input type="search" value={text} placeholder="Words in the message" onChange={(ev) => setText(ev.target.value)} />
        </label>
        <button type="submit">Search</button>
      </form>

      {entries.length === 0 ? (
        <p className="muted">{loading ? 'Reading the log…' : 'No log lines match.'}</p>
      ) : (
        <table className="logs-table">
          <thead>
            <tr>
              <th>Time</th>
              <th>Level</th>
              <th>Part</th>
              <th>Message</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <Row key={`${e.time}-${i}`} e={e} deviceName={e.deviceId ? devices[e.deviceId]?.name : undefined} />
            ))}
          </tbody>
        </table>
      )}
      <div className="logs-more">
        {nextCursor !== null && (
          <button type="button" disabled={loading} onClick={() => void loadOlder()}>
            Older lines
          </button>
        )}
        {nextCursor === null && truncated && <p className="muted small">Older lines are in the log files but beyond what one search reads; narrow the filter.</p>}
      </div>
    </div>
  );
}
