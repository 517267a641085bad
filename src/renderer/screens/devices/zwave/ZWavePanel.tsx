// Device details, Z-Wave part: security, node state, health check, route rebuild, firmware update and,
// for a failed node, replace/remove.
import { Route, Unplug } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { ZWaveNodeStatus } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { nodeStatus, rebuildNodeRoutes, simulateFailure } from '../../../api/zwave';
import { useDemoLabels } from '../add/zwave/useDemoLabels';
import { FirmwareUpdate } from './FirmwareUpdate';
import { HealthCheck } from './HealthCheck';
import { ReplaceFailed } from './ReplaceFailed';
import { SecurityBadge } from './SecurityBadge';

const STATUS: Record<ZWaveNodeStatus['status'], string> = { unknown: 'Unknown', asleep: 'Asleep (battery)', awake: 'Awake', dead: 'Not responding', alive: 'Responding' };

/** Devices being replaced: the core re-creates the device when the new one joins, which remounts this panel. */
const REPLACING = new Set<string>();

export function ZWavePanel({ deviceId, name, firmwareUpdates, onRemoved }: { deviceId: string; name: string; firmwareUpdates: boolean; onRemoved(): void }) {
  const read = useCall(nodeStatus).run;
  const rebuilding = useCall(rebuildNodeRoutes);
  const breaking = useCall(simulateFailure);
  const busy = rebuilding.busy || breaking.busy;
  const [node, setNode] = useState<ZWaveNodeStatus | null>(null);
  const [routes, setRoutes] = useState<{ ok: boolean; message: string } | null>(null);
  /** A replacement under way stays on screen until the user closes its result (the node is no longer failed by then). */
  const [replacing, setReplacingState] = useState(() => REPLACING.has(deviceId));
  const setReplacing = (on: boolean) => {
    if (on) REPLACING.add(deviceId);
    else REPLACING.delete(deviceId);
    setReplacingState(on);
  };
  const load = useCallback(() => void read(deviceId).then((n) => n && setNode(n)), [read, deviceId]);
  useEffect(load, [load]);
  useEvent('zwave.inclusion', (s) => s.operation === 'replace' && s.stage === 'done' && load());
  const demo = useDemoLabels().length > 0;
  const simulate = async (failed: boolean) => {
    if (await breaking.run(deviceId, failed)) load();
  };
  // After an update the device restarts; its new version is known once it answers again.
  const afterUpdate = (waitSeconds: number) => {
    load();
    window.setTimeout(load, (waitSeconds + 2) * 1000);
    window.setTimeout(load, (waitSeconds + 8) * 1000);
  };
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
          {node.nodeId} · {node.failed ? <strong className="bad-text">Failed: not responding</strong> : STATUS[node.status]}
          {node.firmwareVersion ? ` · firmware ${node.firmwareVersion}` : ''}
        </dd>
      </dl>
      {(node.failed || replacing) && <ReplaceFailed deviceId={deviceId} name={name} resume={replacing} onRemoved={onRemoved} onActive={setReplacing} />}
      <HealthCheck deviceId={deviceId} />
      <div className="task" role="group" aria-label="Routes">
        <h3>Routes</h3>
        <div className="task-row">
          <button type="button" className="button" disabled={busy} onClick={() => void rebuilding.run(deviceId).then((r) => r && setRoutes(r))}>
            <Route size={14} aria-hidden="true" /> {rebuilding.busy ? 'Rebuilding routes…' : 'Rebuild routes'}
          </button>
          <span className="muted small">After moving it, or when it is slow.</span>
        </div>
        {routes && (
          <p className={routes.ok ? 'result-ok' : 'result-bad'} role="status">
            {routes.message}
          </p>
        )}
      </div>
      {demo && (
        <p className="demo-label task-row">
          <span className="eyebrow">Demo home</span>
          <button type="button" className="button small" disabled={busy} onClick={() => void simulate(!node.failed)}>
            <Unplug size={12} aria-hidden="true" /> {node.failed ? 'Repair the simulated device' : 'Simulate a breakdown'}
          </button>
        </p>
      )}
      {node.supportsFirmwareUpdate || firmwareUpdates ? <FirmwareUpdate deviceId={deviceId} onUpdated={afterUpdate} /> : <p className="muted small">This device cannot update its firmware over Z-Wave.</p>}
    </section>
  );
}
