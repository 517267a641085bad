// Test harness: the simulated stick + the real ZWaveAdapter (zwave-js Driver) with S0/S2 keys, and a
// recorder of the adapter's Z-Wave events that waits on conditions (no sleeps).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExclusionState, InclusionState } from '../../../shared/contract';
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
  const adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: quiet, securityKeys, ...(process.env.ZLOG ? { logFile: '/tmp/zwlog/zw_%DATE%.log' } : {}) });
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
