// The system's vital signs, kept current by 'system.health': radios, event loop, memory, database, disk and
// automations over the last 24 hours, with what needs attention first.
import { useEffect } from 'react';
import { protocolLabel } from '../../integrations';
import { useHealth } from '../../store/context';
import { ago, bytes, duration } from './format';

export function HealthTab() {
  const system = useHealth((s) => s.system);
  const load = useHealth((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (!system) return <p className="muted">Loading…</p>;
  const diskLow = system.disk !== null && system.disk.freeBytes < 500 * 1024 * 1024;
  return (
    <div className="health">
      {system.problems.length ? (
        <div className="health-problems" role="alert">
          <h2>Needs attention</h2>
          <ul>
            {system.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="health-ok">Everything is working. Measured {ago(system.at)}.</p>
      )}

      <h2>Radios</h2>
      <div className="health-grid">
        {system.radios.length === 0 && <p className="muted">No radio is set up.</p>}
        {system.radios.map((r) => (
          <div key={r.protocol} className="card health-card" data-testid={`health-radio-${r.protocol}`}>
            <h3>{protocolLabel(r.protocol)}</h3>
            <div className="health-value">
              <span className={`dot ${r.state === 'ready' ? 'ok' : r.state === 'failed' ? 'bad' : 'warn'}`} aria-hidden="true" /> {r.state === 'ready' ? 'Connected' : r.state === 'failed' ? 'Not working' : r.state === 'starting' ? 'Starting' : 'Stopped'}
            </div>
            <div className="muted small">{r.message ?? r.label}</div>
            <div className="muted small">
              {r.failures === 0 ? 'No connection errors since Hearth started.' : `${r.failures} connection error${r.failures === 1 ? '' : 's'} since Hearth started; last ${ago(r.lastFailure?.at ?? null)}: ${r.lastFailure?.message ?? ''}`}
            </div>
          </div>
        ))}
      </div>

      <h2>This computer</h2>
      <dl className="health-facts">
        <dt>Responsiveness</dt>
        <dd title="How late Hearth's event loop ran its timers over the last interval">
          {system.eventLoop.p99Ms > 200 ? 'Slow' : 'Good'} — {system.eventLoop.p50Ms.toFixed(1)} ms typical, {system.eventLoop.p99Ms.toFixed(1)} ms at worst (99th percentile), max {system.eventLoop.maxMs.toFixed(1)} ms
        </dd>
        <dt>Memory</dt>
        <dd>
          {bytes(system.memory.rssBytes)} in use ({bytes(system.memory.heapUsedBytes)} JavaScript heap)
        </dd>
        <dt>Database</dt>
        <dd>
          {bytes(system.database.bytes)}, write-ahead log {bytes(system.database.walBytes)}
        </dd>
        <dt>Disk</dt>
        <dd className={diskLow ? 'bad' : undefined}>{system.disk ? `${bytes(system.disk.freeBytes)} free of ${bytes(system.disk.totalBytes)}` : 'Unknown'}</dd>
        <dt>Automations (24 h)</dt>
        <dd>
          {system.automations.runs} run{system.automations.runs === 1 ? '' : 's'}, {system.automations.failed} failed
        </dd>
        <dt>Running for</dt>
        <dd>{duration(system.uptimeSeconds * 1000)}</dd>
      </dl>
    </div>
  );
}
