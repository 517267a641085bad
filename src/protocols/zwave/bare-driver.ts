// The same on/off command as Hearth sends, sent by a bare zwave-js Driver (no Hearth code between the call and the
// device's report): what the stack and the stick take on their own, for bench/command-overhead.ts to set beside
// Hearth's figures. Same driver options as the adapter (no optimistic updates, no log).
import { bindingsFor, sameValueId } from './mapping';
import { Driver, type ValueID, type ZWaveNode } from './zwavejs';

export interface BareDriverRun {
  /** Per command: from node.setValue() to the 'value updated' event carrying the new value (ms). */
  latencies: number[];
}

/** Starts a driver on `port`, waits for node `nodeId`, then switches it `count` times, one at a time. */
export async function timeBareDriverCommands(o: { port: string; cacheDir: string; nodeId: number; count: number; timeoutMs?: number }): Promise<BareDriverRun> {
  const driver = new Driver(o.port, {
    storage: { cacheDir: o.cacheDir, lockDir: o.cacheDir },
    logConfig: { enabled: false },
    disableOptimisticValueUpdate: true,
  });
  const timeoutMs = o.timeoutMs ?? 60_000;
  const within = <T>(p: Promise<T>, what: string) =>
    Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`bare driver: ${what} took over ${timeoutMs} ms`)), timeoutMs).unref())]);
  try {
    const ready = new Promise<void>((resolve) => driver.once('driver ready', () => resolve()));
    await driver.start();
    await within(ready, 'starting');
    const node = driver.controller.nodes.get(o.nodeId);
    if (!node) throw new Error(`bare driver: no node ${o.nodeId}`);
    if (!node.ready) await within(new Promise<void>((resolve) => node.once('ready', () => resolve())), 'the interview');
    const binding = bindingsFor(node).find((b) => b.capability.kind === 'onOff' && b.write);
    if (!binding?.write) throw new Error(`bare driver: node ${o.nodeId} has no on/off`);
    const latencies: number[] = [];
    for (let i = 0; i < o.count; i++) {
      const value = i % 2 === 0;
      const reported = new Promise<void>((resolve) => {
        const on = (_n: ZWaveNode, args: ValueID & { newValue?: unknown }) => {
          if (sameValueId(binding.read, args) && args.newValue === value) {
            node.off('value updated', on);
            resolve();
          }
        };
        node.on('value updated', on);
      });
      const t0 = performance.now();
      await within(node.setValue(binding.write, value), 'a command');
      await within(reported, 'a report');
      latencies.push(performance.now() - t0);
    }
    return { latencies };
  } finally {
    await driver.destroy();
  }
}
