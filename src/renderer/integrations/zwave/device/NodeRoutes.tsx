// Rebuild one node's routes (after moving it, or when it is slow), with the result.
import { Route } from 'lucide-react';
import { useState } from 'react';
import { useCall } from '../../../api/useCall';
import { rebuildNodeRoutes } from '../../../api/zwave';

export function NodeRoutes({ deviceId }: { deviceId: string }) {
  const rebuilding = useCall(rebuildNodeRoutes);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="task" role="group" aria-label="Routes">
      <h3>Routes</h3>
      <div className="task-row">
        <button type="button" className="button" disabled={rebuilding.busy} onClick={() => void rebuilding.run(deviceId).then((r) => r && setResult(r))}>
          <Route size={14} aria-hidden="true" /> {rebuilding.busy ? 'Rebuilding routes…' : 'Rebuild routes'}
        </button>
        <span className="muted small">After moving it, or when it is slow.</span>
      </div>
      {result && (
        <p className={result.ok ? 'result-ok' : 'result-bad'} role="status">
          {result.message}
        </p>
      )}
    </div>
  );
}
