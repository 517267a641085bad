// Rebuild every Z-Wave node's routes (after moving devices or adding repeaters): progress per node, Cancel.
import { Route, Square } from 'lucide-react';
import { useState } from 'react';
import type { RebuildRoutesProgress } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { cancelRebuildRoutes, rebuildAllRoutes } from '../../../api/zwave';
import { useHome } from '../../../store/context';

export function RebuildRoutes() {
  const starting = useCall(rebuildAllRoutes);
  const cancelling = useCall(cancelRebuildRoutes);
  const busy = starting.busy || cancelling.busy;
  const devices = useHome((s) => s.devices);
  const [p, setP] = useState<RebuildRoutesProgress | null>(null);
  useEvent('zwave.rebuildRoutes.progress', setP);
  const start = async () => {
    const r = await starting.run();
    if (r) setP(r);
  };
  const cancel = async () => {
    const r = await cancelling.run();
    if (r) setP(r);
  };
  const failed = p?.nodes.filter((n) => n.status === 'failed') ?? [];
  return (
    <section className="panel" aria-labelledby="routes-title">
      <div className="panel-head">
        <h2 id="routes-title">Z-Wave routes</h2>
        {p?.running ? (
          <button type="button" className="button" onClick={() => void cancel()} disabled={busy}>
            <Square size={14} aria-hidden="true" /> Cancel
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void start()} disabled={busy}>
            <Route size={14} aria-hidden="true" /> Rebuild all routes
          </button>
        )}
      </div>
      <p className="muted">After moving devices or adding mains-powered ones, each device looks for its best path to the stick again. Battery devices update when they wake up.</p>
      {p && (
        <div className="task" role="status" aria-label="Route rebuild progress">
          <div className="scan-progress">
            {p.running ? `Rebuilding… ${p.done} of ${p.total} devices` : p.cancelled ? `Cancelled after ${p.done} of ${p.total} devices.` : `Done: ${p.done} of ${p.total} devices.`}
            <progress max={p.total || 1} value={p.done} aria-label="Devices done" />
          </div>
          {failed.length > 0 && (
            <p className="result-bad">
              No new routes for{' '}
              {failed.map((n) => (n.deviceId && devices[n.deviceId]?.name) || `node ${n.nodeId}`).join(', ')}: they did not answer. Check their power and try again.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
