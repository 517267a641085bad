// Through the real Z-Wave stack (zwave-js driver, simulated stick): the core shows, answers and records what the
// devices confirmed. A command the lamp never acknowledged changes nothing a user sees; the lamp is online again
// as soon as it is heard from; a dimmer changed at the wall after a plan is named by Undo, which asks.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PreviewResult, UndoResult } from '../../../shared/plan';
import { createZWaveIntegration, startZWaveSimulator, type ZWaveSimulator } from '../../../protocols/zwave';
import { buildCore, type Core } from '../../app';
import { quietLog, tempDir } from '../../test/temp';
import { waitFor } from '../../test/wait';

const dataDir = tempDir('hearth-zwave-changes-');
let sim: ZWaveSimulator;
let core: Core;

const device = (name: string) => core.devices.list().find((d) => d.name === name)!;
const planOf = (r: PreviewResult): Plan => {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
};

beforeAll(async () => {
  sim = await startZWaveSimulator({
    nodes: [
      { id: 2, kind: 'switch', name: 'Floor Lamp', location: 'Living Room' },
      { id: 3, kind: 'dimmer', name: 'Ceiling Light', location: 'Living Room' },
    ],
    statePath: join(dataDir, 'sim.json'),
    tickMs: 3_600_000,
  });
  core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, listPorts: async () => [] });
  await core.startAdapters([createZWaveIntegration({ port: sim.path, cacheDir: join(dataDir, 'zwave'), label: 'test stick', log: quietLog })]);
  await waitFor(() => (['Floor Lamp', 'Ceiling Light'].every((n) => device(n)?.health === 'online') ? true : undefined), 60_000, 'both online');
}, 90_000);

afterAll(async () => {
  await core?.stop();
  await sim?.close();
});

describe('state is what the device confirmed', () => {
  it('a command the lamp never acknowledged leaves the shown state, the answer and the history alone', async () => {
    const lamp = device('Floor Lamp');
    sim.fail(2);
    await expect(core.devices.command(lamp.id, 'onOff', true, 'test')).rejects.toMatchObject({ code: 'DEVICE_UNREACHABLE' });
    await new Promise((r) => setTimeout(r, 500)); // anything the stack might still report
    expect(device('Floor Lamp')).toMatchObject({ state: { onOff: false }, health: 'offline' });
    expect(await core.plans.preview({ text: 'is the floor lamp on?' }, 'test')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^No/) });
    expect(core.devices.history(lamp.id, 'onOff', 0, 50).map((h) => h.value)).not.toContain(true);

    // The fault clears; someone switches the lamp on at the wall: Hearth hears it, and it is online again.
    sim.fail(2, false);
    sim.operate(2, { on: true });
    await waitFor(() => (device('Floor Lamp').health === 'online' && device('Floor Lamp').state.onOff === true ? true : undefined), 10_000, 'online and on');
    expect(await core.plans.preview({ text: 'is the floor lamp on?' }, 'test')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^Yes/) });
  }, 40_000);

  it('Undo asks about a dimmer changed at the wall since the plan, and puts it back when told to', async () => {
    const plan = await core.plans.approve(planOf(await core.plans.preview({ text: 'set the ceiling light to 50%' }, 'test')).id, 'test');
    expect(plan.status).toBe('done');
    await waitFor(() => (device('Ceiling Light').state.level === 50 ? true : undefined), 10_000, 'level 50');
    sim.operate(3, { level: 80 });
    await waitFor(() => (device('Ceiling Light').state.level === 80 ? true : undefined), 10_000, 'level 80 from the wall');

    const asked: UndoResult = await core.plans.undo(plan.id, 'test');
    expect(asked).toMatchObject({ kind: 'choose', changed: [{ deviceName: 'Ceiling Light', set: 50, now: 80, before: 0 }] });
    expect(sim.state(3)?.level).toBe(80);
    expect((await core.plans.undo(plan.id, 'test', { changedSince: 'putBack' })).kind).toBe('ran');
    await waitFor(() => (device('Ceiling Light').state.level === 0 ? true : undefined), 10_000, 'level 0');
    expect(core.plans.get(plan.id).status).toBe('undone');
  }, 40_000);
});
