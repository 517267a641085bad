// Bounded, cancellable network map: walks neighbour (LQI) tables from the coordinator outwards.
import type { Models } from './herdsman';
import { describeError } from './errors';
import type { NetworkLink, NetworkMap, NetworkNode } from './events';

export interface ScanOptions {
  signal?: AbortSignal;
  /** Stop after reading this many tables. */
  maxDevices?: number;
  /** Stop after this long overall. */
  timeoutMs?: number;
  onProgress?: (done: number, total: number, current: string) => void;
}

const RELATIONSHIP: NetworkLink['relationship'][] = ['parent', 'child', 'sibling', 'none', 'previousChild'];

export async function scanNetwork(devices: readonly Models.Device[], opts: ScanOptions = {}): Promise<NetworkMap> {
  const started = Date.now();
  const deadline = started + (opts.timeoutMs ?? 60_000);
  const maxDevices = opts.maxDevices ?? 64;
  const byIeee = new Map(devices.map((d) => [d.ieeeAddr, d]));
  const nodes: NetworkNode[] = devices.map((d) => ({ nativeId: d.ieeeAddr, networkAddress: d.networkAddress, type: d.type === 'GreenPower' ? 'EndDevice' : d.type }));
  const links: NetworkLink[] = [];
  const failures: NetworkMap['failures'] = [];
  const coordinator = devices.find((d) => d.type === 'Coordinator');
  const queue: Models.Device[] = coordinator ? [coordinator] : [];
  const visited = new Set<string>();
  let partial = false;

  const abortable = <T>(p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const left = deadline - Date.now();
      const timer = setTimeout(() => reject(new Error('network scan time limit reached')), Math.max(0, left));
      const onAbort = () => reject(new Error('network scan cancelled'));
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      p.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
      });
    });

  while (queue.length > 0) {
    if (opts.signal?.aborted || Date.now() >= deadline || visited.size >= maxDevices) {
      partial = true;
      break;
    }
    const device = queue.shift() as Models.Device;
    if (visited.has(device.ieeeAddr)) continue;
    visited.add(device.ieeeAddr);
    opts.onProgress?.(visited.size, Math.min(maxDevices, visited.size + queue.length), device.ieeeAddr);
    try {
      const table = await abortable(device.lqi());
      for (const n of table) {
        links.push({ source: device.ieeeAddr, target: n.eui64, lqi: n.lqi, relationship: RELATIONSHIP[n.relationship] ?? 'none', depth: n.depth });
        const neighbour = byIeee.get(n.eui64);
        if (neighbour && neighbour.type === 'Router' && !visited.has(n.eui64)) queue.push(neighbour);
      }
    } catch (e) {
      failures.push({ nativeId: device.ieeeAddr, message: describeError(e) });
      if (opts.signal?.aborted || Date.now() >= deadline) partial = true;
    }
  }
  return { nodes, links, failures, partial, durationMs: Date.now() - started };
}
