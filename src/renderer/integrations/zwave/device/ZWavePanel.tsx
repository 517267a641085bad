// Device details, Z-Wave part: security, node state and, as the radio declares them, health check, route
// rebuild, firmware update and, for a failed node, replace/remove.
import { Unplug } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { ZWaveNodeStatus } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { nodeStatus, simulateFailure } from '../../../api/zwave';
import { hasFeature } from '../../../store/radios';
import type { DevicePanelProps } from '../../types';
import { useDemoLabels } from '../add/useDemoLabels';
import { FirmwareUpdate } from './FirmwareUpdate';
import { HealthCheck } from './HealthCheck';
import { NodeRoutes } from './NodeRoutes';
import { ReplaceFailed } from './ReplaceFailed';
import { SecurityBadge } from './SecurityBadge';

const STATUS: Record<ZWaveNodeStatus['status'], string> = { unknown: 'Unknown', asleep: 'Asleep (battery)', awake: 'Awake', dead: 'Not responding', alive: 'Responding' };

/** Devices being replaced: the core re-creates the device when the new one joins, which remounts this panel. */
const REPLACING = new Set<string>();

export function ZWavePanel({ deviceId, name, details, radio, onRemoved }: DevicePanelProps) {
  const read = useCall(nodeStatus).run;
  const breaking = useCall(simulateFailure);
  const [node, setNode] = useState<ZWaveNodeStatus | null>(null);
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
      {hasFeature(radio, 'failedNodes') && (node.failed || replacing) && <ReplaceFailed deviceId={deviceId} name={name} resume={replacing} onRemoved={onRemoved} onActive={setReplacing} />}
      {hasFeature(radio, 'healthCheck') && <HealthCheck deviceId={deviceId} />}
      {hasFeature(radio, 'routes') && <NodeRoutes deviceId={deviceId} />}
      {demo && hasFeature(radio, 'failedNodes') && (
        <p className="demo-label task-row">
          <span className="eyebrow">Demo home</span>
          <button type="button" className="button small" disabled={breaking.busy} onClick={() => void simulate(!node.failed)}>
            <Unplug size={12} aria-hidden="true" /> {node.failed ? 'Repair the simulated device' : 'Simulate a breakdown'}
          </button>
        </p>
      )}
      {hasFeature(radio, 'firmwareUpdate') &&
        (node.supportsFirmwareUpdate || details?.supportsFirmwareUpdate ? (
          <FirmwareUpdate deviceId={deviceId} onUpdated={afterUpdate} />
        ) : (
          <p className="muted small">This device cannot update its firmware over Z-Wave.</p>
        ))}
      <p className="muted small">To take it out of the network: Add device → Z-Wave → Remove a device, then press its button.</p>
    </section>
  );
}
