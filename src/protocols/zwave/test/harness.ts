// Test harnesses: the simulated stick + the real ZWaveAdapter (zwave-js Driver) with S0/S2 keys, and a recorder of
// the adapter's Z-Wave events that waits on conditions (no sleeps); and the conformance suite's harness.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExclusionState, InclusionState } from '../../../shared/contract';
import type { ConformanceHarness, SimulatedNetwork } from '../../conformance/harness';
import { ZWaveAdapter } from '../adapter';
import type { ZWaveEvent } from '../facets';
import { startZWaveSimulator, type ZWaveSimulator, type ZWaveSimulatorOptions } from '../simulator/server';

export const quiet = { info() {}, warn() {}, error() {} };

export interface Harness {
  sim: ZWaveSimulator;
  adapter: ZWaveAdapter;
  dir: string;
  events: ZWaveEvent[];
  /** Native ids the adapter reported as gone (deviceRemoved). */
  removed: string[];
  /** Resolves with the first inclusion state (recorded since `since`) that matches. */
  inclusion<S extends InclusionState['stage']>(stage: S, since?: number, timeoutMs?: number): Promise<Extract<InclusionState, { stage: S }>>;
  exclusion<S extends ExclusionState['stage']>(stage: S, since?: number, timeoutMs?: number): Promise<Extract<ExclusionState, { stage: S }>>;
  waitFor<T>(pick: () => T | undefined, timeoutMs?: number, what?: string): Promise<T>;
  close(): Promise<void>;
}

const k = () => new Uint8Array(randomBytes(16));

export async function startHarness(opts: Omit<ZWaveSimulatorOptions, 'securityKeys'>): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-'));
  const securityKeys = { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() };
  const sim = await startZWaveSimulator({ tickMs: 3_600_000, smartStartEveryMs: 250, ...opts, securityKeys });
  const adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: quiet, securityKeys, ...(process.env.ZLOG ? { stackLog: true, log: { info: console.log, warn: console.warn, error: console.error } } : {}) });
  const events: ZWaveEvent[] = [];
  const wake = new Set<() => void>();
  const removed: string[] = [];
  adapter.subscribe((e) => {
    if (e.type === 'stack') events.push(e.event);
    if (e.type === 'deviceRemoved') removed.push(e.nativeId);
    for (const w of wake) w();
  });
  const waitFor = async <T>(pick: () => T | undefined, timeoutMs = 20_000, what = 'condition'): Promise<T> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = pick();
      if (v !== undefined) return v;
      const left = end - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; last events: ${JSON.stringify(events.slice(-3))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, Math.min(left, 100));
        function done() {
          clearTimeout(t);
          wake.delete(done);
          resolve();
        }
        wake.add(done);
      });
    }
  };
  const find = <T>(type: ZWaveEvent['type'], stage: string, since: number) =>
    events.slice(since).find((e) => e.type === type && e.state.stage === stage)?.state as T | undefined;
  await adapter.start();
  return {
    sim,
    adapter,
    dir,
    events,
    removed,
    inclusion: (stage, since = 0, timeoutMs) => waitFor(() => find(`inclusion`, stage, since), timeoutMs, `inclusion ${stage}`),
    exclusion: (stage, since = 0, timeoutMs) => waitFor(() => find(`exclusion`, stage, since), timeoutMs, `exclusion ${stage}`),
    waitFor,
    async close() {
      await adapter.stop().catch(() => undefined);
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---- The conformance suite's harness (src/protocols/conformance.test.ts) ----

/** The simulated stick with two devices in the network and a plain switch in its box, and the real zwave-js driver. */
export const conformanceHarness: ConformanceHarness = {
  name: 'Z-Wave',
  skipReason: () => null,
  async setUp(): Promise<SimulatedNetwork> {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-conformance-'));
    const securityKeys = { S0_Legacy: k(), S2_Unauthenticated: k(), S2_Authenticated: k(), S2_AccessControl: k() };
    const sim = await startZWaveSimulator({
      nodes: [
        { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
        { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
        { id: 4, kind: 'plug', name: 'Kettle', location: 'Kitchen' },
      ],
      spares: [{ key: 'spare-switch', kind: 'switch', product: 'ge12722' }],
      statePath: join(dir, 'sim.json'),
      securityKeys,
      tickMs: 3_600_000,
    });
    const nativeId = (nodeId: number) => `${sim.homeId.toString(16).padStart(8, '0')}-${nodeId}`;
    const nodeId = (id: string) => Number(id.split('-')[1]);
    const create = () => new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'conformance', log: quiet, securityKeys, deadNodeCheckMs: 0 });
    return {
      create,
      devices: [nativeId(2), nativeId(3), nativeId(4)],
      command: { nativeId: nativeId(2), capabilityId: 'onOff', value: (current) => current !== true },
      deviceValue(id, capabilityId) {
        const s = sim.state(nodeId(id));
        if (!s) return undefined;
        return capabilityId === 'onOff' ? s.on : undefined;
      },
      unreachable: { nativeId: nativeId(3), capabilityId: 'level', value: 40 },
      setLinkQuality(id, rssi) {
        sim.setLink(nodeId(id), rssi);
      },
      async setAnswering(id, answering) {
        sim.fail(nodeId(id), !answering);
      },
      pairing: {
        async open(integration) {
          sim.pressButton('spare-switch');
          await integration.facets.pairing!.open(60);
        },
        async join(integration) {
          // The spare's button was pressed while the stick listens: it joins; its native id is its new node's.
          const until = Date.now() + 30_000;
          while (sim.nodeIdOf('spare-switch') === undefined && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
          const id = sim.nodeIdOf('spare-switch');
          if (id === undefined) throw new Error('the spare did not join');
          return (integration as ZWaveAdapter).facets.nodes.nativeIdOf(id);
        },
        async close(integration) {
          await integration.facets.pairing!.close();
        },
      },
      async remove(integration, id) {
        // A Z-Wave device leaves by exclusion: the stick listens, someone presses the device's button.
        sim.pressButton(nodeId(id));
        await (integration as ZWaveAdapter).facets.inclusion.startExclusion();
      },
      async act(id) {
        sim.operate(nodeId(id), { on: sim.state(nodeId(id))?.on !== true });
      },
      openLinks: () => (sim.connected() ? 1 : 0),
      async tearDown() {
        await sim.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
