// State is what the device confirmed: the real zwave-js driver against the simulated stick with a device that
// stops answering. A command it did not acknowledge changes no state; once the fault clears the device is
// online again as soon as it is heard from — by itself (someone uses it), or by the adapter's check of dead
// nodes — without a command.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationDevice, IntegrationEvent } from '../../shared/integration';
import type { ZWaveEvent } from './facets';
import { ZWaveAdapter } from './adapter';
import { startZWaveSimulator, type ZWaveSimulator } from './simulator/server';

const quiet = { info() {}, warn() {}, error() {} };

describe('Z-Wave: a device that stops answering', () => {
  let dir: string;
  let sim: ZWaveSimulator;
  let adapter: ZWaveAdapter;
  const events: IntegrationEvent<ZWaveEvent>[] = [];

  const waitFor = async <T>(pick: () => T | undefined, ms = 20_000, what = 'condition'): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = pick();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last events: ${JSON.stringify(events.slice(-4))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const device = (name: string): IntegrationDevice => adapter.devices().find((d) => d.suggestedName === name)!;
  const after = (from: number) => events.slice(from);
  const health = (nativeId: string, h: string, from: number) =>
    after(from).find((e) => e.type === 'health' && e.nativeId === nativeId && e.health === h) ? true : undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-unreachable-'));
    sim = await startZWaveSimulator({
      nodes: [
        { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
        { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
      ],
      statePath: join(dir, 'sim.json'),
      tickMs: 3_600_000,
    });
    adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: quiet, deadNodeCheckMs: 1_500 });
    adapter.subscribe((e) => events.push(e));
    await adapter.start();
    await waitFor(() => (['Floor Lamp', 'Ceiling Light'].every((n) => device(n)?.health === 'online') ? true : undefined), 60_000, 'both online');
  }, 90_000);

  afterAll(async () => {
    await adapter?.stop();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a command it did not acknowledge changes nothing, and says the device cannot be reached', async () => {
    const lamp = device('Floor Lamp');
    const from = events.length;
    sim.fail(2);
    await expect(adapter.command(lamp.nativeId, 'onOff', true)).rejects.toMatchObject({ code: 'DEVICE_UNREACHABLE' });
    await waitFor(() => health(lamp.nativeId, 'offline', from), 10_000, 'offline');
    await new Promise((r) => setTimeout(r, 500));
    expect(sim.state(2)?.on).toBe(false); // the broken device heard nothing
    expect(after(from).filter((e) => e.type === 'state' && e.nativeId === lamp.nativeId)).toEqual([]);
    expect(device('Floor Lamp')).toMatchObject({ health: 'offline', state: { onOff: false } });
  }, 30_000);

  it('is online again when it is next heard from: someone switches it at the wall', async () => {
    const lamp = device('Floor Lamp');
    const from = events.length;
    sim.fail(2, false);
    sim.operate(2, { on: true });
    await waitFor(() => health(lamp.nativeId, 'online', from), 5_000, 'online');
    expect(after(from).find((e) => e.type === 'state' && e.nativeId === lamp.nativeId)).toMatchObject({ capabilityId: 'onOff', value: true });
    expect(device('Floor Lamp')).toMatchObject({ health: 'online', state: { onOff: true } });
  }, 30_000);

  it('is online again without a command, once the adapter’s check of dead nodes reaches it', async () => {
    const dimmer = device('Ceiling Light');
    let from = events.length;
    sim.fail(3);
    await expect(adapter.command(dimmer.nativeId, 'level', 40)).rejects.toMatchObject({ code: 'DEVICE_UNREACHABLE' });
    await waitFor(() => health(dimmer.nativeId, 'offline', from), 10_000, 'offline');
    expect(sim.state(3)?.level).toBe(0);
    expect(after(from).filter((e) => e.type === 'state' && e.nativeId === dimmer.nativeId)).toEqual([]);
    // Still broken: the check finds it dead, and says nothing new.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(device('Ceiling Light').health).toBe('offline');
    from = events.length;
    sim.fail(3, false); // power is back; the dimmer says nothing by itself
    await waitFor(() => health(dimmer.nativeId, 'online', from), 15_000, 'online after the fault clears');
    expect(device('Ceiling Light')).toMatchObject({ health: 'online', state: { level: 0 } });
  }, 40_000);
});
