// Rules and scenes that name a device removed from Hearth: the run says why nothing happened, the conflicts
// panel lists the rule, and a scene's removed device is mentioned once.
import { afterEach, describe, expect, it } from 'vitest';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

describe('rules and scenes naming a removed device', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('a rule whose device was removed does not "run with 0 changes": the trace and the conflicts panel say why', async () => {
    f = await demoCore(dir);
    const { rule } = f.core.automations.create({
      name: 'Kettle with the lamp', enabled: true, conditions: [],
      triggers: [{ type: 'state', deviceId: f.id('Floor Lamp'), capabilityId: 'onOff', to: true }],
      actions: [{ type: 'command', deviceId: f.id('Kettle Plug'), capabilityId: 'onOff', value: true }],
    }, 'form');
    f.core.devices.forget(f.id('Kettle Plug'), 'test');

    expect(f.core.automations.conflicts()).toEqual([
      expect.objectContaining({
        kind: 'impossible', ruleIds: [rule.id],
        message: '“Kettle with the lamp” cannot run: one of its actions names a device that was removed from Hearth. Edit it to pick another device, or remove that step.',
      }),
    ]);

    await f.core.devices.command(f.id('Floor Lamp'), 'onOff', true, 'test');
    await flush();
    const [trace] = f.core.traces.list(rule.id, 5);
    expect(trace).toMatchObject({
      result: 'failed',
      summary: 'Didn’t run: triggered by “Floor Lamp turns on”, but one of its actions names a device that was removed from Hearth, so nothing was changed. Edit the automation to pick another device.',
    });
  });

  it('a trigger or condition on a removed device is listed too', async () => {
    f = await demoCore(dir);
    const lamp = f.id('Floor Lamp');
    const { rule } = f.core.automations.create({
      name: 'Evening kettle', enabled: true,
      triggers: [{ type: 'state', deviceId: lamp, capabilityId: 'onOff', to: true }],
      conditions: [{ type: 'not', condition: { type: 'state', deviceId: lamp, capabilityId: 'onOff', is: false } }],
      actions: [{ type: 'command', deviceId: f.id('Kettle Plug'), capabilityId: 'onOff', value: true }],
    }, 'form');
    f.core.devices.forget(lamp, 'test');
    expect(f.core.automations.conflicts().map((c) => [c.ruleIds, c.severity, c.message])).toEqual([
      [[rule.id], 'warning', '“Evening kettle” can never be set off by “A removed device turns on”: that device was removed from Hearth. Edit its trigger.'],
      [[rule.id], 'warning', '“Evening kettle” will not run while its condition “not (A removed device is off)” names a device that was removed from Hearth. Edit the condition.'],
    ]);
  });

  it('applying a scene that held a removed device says so once, not once per control', async () => {
    f = await demoCore(dir);
    const scene = f.core.automations.captureScene('Evening', [f.id('Floor Lamp'), f.id('Ceiling Light')]);
    expect(scene.entries).toHaveLength(3); // the ceiling light has two controls
    f.core.devices.forget(f.id('Ceiling Light'), 'test');
    const plan = f.core.plans.scenePlan(f.core.automations.scene(scene.id));
    expect(plan.steps.map((s) => s.label)).toEqual(['Turn off Floor Lamp']);
    expect(plan.notes).toEqual(['Scene “Evening” names a device Hearth no longer knows; its values were left out.']);
  });
});
