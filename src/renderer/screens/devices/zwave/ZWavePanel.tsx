// Device details, Z-Wave part: security, node state, health check, route rebuild, firmware update and,
// for a failed node, replace/remove.
import { Route } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { ZWaveNodeStatus } from '../../../../shared/contract';
import { useAction, useEvent } from '../../../hooks/useRequest';
import { FirmwareUpdate } from './FirmwareUpdate';
import { HealthCheck } from './HealthCheck';
import { ReplaceFailed } from './ReplaceFailed';
import { SecurityBadge } from './SecurityBadge';

const STATUS: Record<ZWaveNodeStatus['status'], string> = { unknown: 'Unknown', asleep: 'Asleep (battery)', awake: 'Awake', dead: 'Not responding', alive: 'Responding' };

export function ZWavePanel({ deviceId, name, onRemoved }: { deviceId: string; name: string; onRemoved(): void }) {
  const { run, busy } = useAction();
  const [node, setNode] = useState<ZWaveNodeStatus | null>(null);
  const [routes, setRoutes] = useState<{ ok: boolean; message: string } | null>(null);
  const load = useCallback(() => void run('zwave.node.status', { deviceId }).then((n) => n && setNode(n)), [run, deviceId]);
  useEffect(load, [load]);
  useEvent('zwave.inclusion', (s) => s.operation === 'replace' && s.stage === 'done' && load());
  if (!node) return null;
  return (
    <section className="zwave-panel" aria-label="Z-Wave">
      <dl className="facts">
        <dt>Security</dt>
        <dd>
          <SecurityBadge granted={node.securityClasses} />
        </dd>
        <dt>Node</dt>
        <dd>
          {node.nodeId} · {STATUS[node.status]}
          {node.failed ? <strong className="bad-text"> · failed</strong> : null}
        </dd>
      </dl>
      {node.failed && <ReplaceFailed deviceId={deviceId} name={name} onRemoved={onRemoved} />}
      <HealthCheck deviceId={deviceId} />
      <div className="task" role="group" aria-label="Routes">
        <h3>Routes</h3>
        <div className="task-row">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void run('zwave.node.rebuildRoutes', { deviceId }).then((r) => r && setRoutes(r))}>
            <Route size={14} aria-hidden="true" /> {busy === 'zwave.node.rebuildRoutes' ? 'Rebuilding routes…' : 'Rebuild routes'}
          </button>
          <span className="muted small">After moving it, or when it is slow.</span>
        </div>
        {routes && (
          <p className={routes.ok ? 'result-ok' : 'result-bad'} role="status">
            {routes.message}
          </p>
        )}
      </div>
      {node.supportsFirmwareUpdate ? <FirmwareUpdate deviceId={deviceId} onUpdated={load} /> : <p className="muted small">This device cannot update its firmware over Z-Wave.</p>}
    </section>
  );
}
