// The real zwave-js driver against the simulated stick (zwave-js MockController over tcp://127.0.0.1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationDevice, IntegrationEvent } from '../../shared/integration';
import type { ZWaveEvent } from './facets';
import { ZWaveAdapter } from './adapter';
import { startZWaveSimulator, type ZWaveSimulator } from './simulator/server';
import type { SimNodeSpec } from './simulator/spec';

const quiet = { info() {}, warn() {}, error() {} };
const NODES: SimNodeSpec[] = [
  { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
  { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
  { id: 4, kind: 'thermostat', name: 'Radiator', location: 'Bedroom' },
  { id: 5, kind: 'plug', name: 'Kettle', location: 'Kitchen' },
];

describe('Z-Wave adapter over zwave-js with the simulated stick', () => {
  let dir: string;
  let sim: ZWaveSimulator;
  let adapter: ZWaveAdapter;
  const events: IntegrationEvent<ZWaveEvent>[] = [];

  const waitFor = async <T>(pick: () => T | undefined, ms = 15_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = pick();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const device = (name: string): IntegrationDevice | undefined =>
    adapter.devices().find((d) => d.suggestedName === name && d.health === 'online');
  const stateEvent = (nativeId: string, cap: string, value: unknown, from: number) =>
    events.slice(from).find((e) => e.type === 'state' && e.nativeId === nativeId && e.capabilityId === cap && e.value === value);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-'));
    sim = await startZWaveSimulator({ nodes: NODES, statePath: join(dir, 'sim.json'), tickMs: 3_600_000 });
    adapter = new ZWaveAdapter({ port: sim.path, cacheDir: join(dir, 'cache'), label: 'test', log: quiet });
    adapter.subscribe((e) => events.push(e));
    await adapter.start();
    await waitFor(() => (NODES.every((n) => device(n.name)) ? true : undefined), 60_000);
  }, 90_000);

  afterAll(async () => {
    await adapter?.stop();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('interviews each node and maps its command classes to capabilities', () => {
    expect(adapter.status().state).toBe('ready');
    const lamp = device('Floor Lamp')!;
    expect(lamp.suggestedArea).toBe('Living Room');
    expect(lamp.manufacturer).toBe('Zooz');
    expect(lamp.capabilities.map((c) => c.id)).toEqual(['onOff']);
    const dimmer = device('Ceiling Light')!;
    expect(dimmer.capabilities.map((c) => c.id).sort()).toEqual(['level', 'onOff']);
    const radiator = device('Radiator')!;
    expect(radiator.capabilities.map((c) => c.id).sort()).toEqual(['sensor.temperature', 'setpoint']);
    expect(radiator.state.setpoint).toBe(20);
    const kettle = device('Kettle')!;
    expect(kettle.capabilities.map((c) => c.id).sort()).toEqual(['meter.energy', 'meter.power', 'onOff']);
    expect(kettle.state['meter.energy']).toBeCloseTo(12.4, 1);
  });

  it('switches a binary switch and reports the state the device sends back', async () => {
    const lamp = device('Floor Lamp')!;
    const from = events.length;
    await adapter.command(lamp.nativeId, 'onOff', true);
    await waitFor(() => stateEvent(lamp.nativeId, 'onOff', true, from));
    expect(sim.state(2)?.on).toBe(true);
    await adapter.command(lamp.nativeId, 'onOff', false);
    await waitFor(() => stateEvent(lamp.nativeId, 'onOff', false, from));
    expect(sim.state(2)?.on).toBe(false);
  });

  it('sets a dimmer to 40 % and turns it back on at its last level', async () => {
    const dimmer = device('Ceiling Light')!;
    const from = events.length;
    await adapter.command(dimmer.nativeId, 'level', 40);
    await waitFor(() => stateEvent(dimmer.nativeId, 'level', 40, from));
    expect(sim.state(3)?.level).toBe(40);
    await adapter.command(dimmer.nativeId, 'onOff', false);
    await waitFor(() => stateEvent(dimmer.nativeId, 'level', 0, from));
    const from2 = events.length;
    await adapter.command(dimmer.nativeId, 'onOff', true);
    await waitFor(() => stateEvent(dimmer.nativeId, 'level', 40, from2));
  });

  it('sets the heating setpoint and reads the power meter', async () => {
    const radiator = device('Radiator')!;
    const from = events.length;
    await adapter.command(radiator.nativeId, 'setpoint', 22.5);
    await waitFor(() => stateEvent(radiator.nativeId, 'setpoint', 22.5, from));
    expect(sim.state(4)?.setpoint).toBe(22.5);

    const kettle = device('Kettle')!;
    await adapter.command(kettle.nativeId, 'onOff', true);
    await waitFor(() => stateEvent(kettle.nativeId, 'meter.power', 1850, from));
  });

  it('takes the setpoint range from the device, and a refused value changes nothing', async () => {
    const radiator = device('Radiator')!;
    const cap = radiator.capabilities.find((c) => c.id === 'setpoint')!;
    expect([cap.min, cap.max, cap.unit]).toEqual([5, 30, '°C']);
    // Unsupervised Z-Wave cannot tell a refusal from success; the device simply keeps its value.
    await adapter.command(radiator.nativeId, 'setpoint', 45);
    await new Promise((r) => setTimeout(r, 200));
    expect(sim.state(4)?.setpoint).toBe(22.5);
  });

  it('rejects commands for unknown devices or read-only capabilities', async () => {
    await expect(adapter.command('nope-9', 'onOff', true)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    const kettle = device('Kettle')!;
    await expect(adapter.command(kettle.nativeId, 'meter.power', 5)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
