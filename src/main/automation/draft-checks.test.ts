// Checks on automation drafts and saved rules: same-moment steps, plans already running, interval rules,
// rules that undo each other, and relative steps described as what they are.
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../shared/automation';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

describe('checks on automation drafts and rules', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  const at7 = (actions: RuleInput['actions'], name = 'At seven'): RuleInput => ({ name, enabled: true, conditions: [], triggers: [{ type: 'time', at: '07:00', days: [] }], actions });

  it('a draft that sets one control twice at the same moment is flagged, as a one-off plan is', async () => {
    f = await demoCore(dir);
    const lamp = f.id('Floor Lamp');
    const rule = at7([{ type: 'command', deviceId: lamp, capabilityId: 'onOff', value: true }, { type: 'command', deviceId: lamp, capabilityId: 'onOff', value: false }]);
    const draft = f.core.plans.draftPlan(rule, f.clock.now());
    const message = '“At seven”: it sets Floor Lamp to on and off at the same moment; only the last one (off) will stick.';
    expect(draft.conflicts.map((c) => c.message)).toEqual([message]);
    expect(draft.conflicts[0]!.stepIds).toHaveLength(2);
    expect(f.core.automations.check(rule).map((c) => c.message)).toEqual([message]);
  });

  it('names the saved rule before the draft that fights with it at the same moment', async () => {
    f = await demoCore(dir);
    const kettle = f.id('Kettle Plug');
    f.core.automations.create(at7([{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: true }], 'Kettle on'), 'form');
    expect(f.core.automations.check(at7([{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: false }], 'Kettle off')).map((c) => c.message)).toEqual([
      '“Kettle on” sets Kettle Plug to on and “Kettle off” sets it to off, both at 07:00: they fight over Kettle Plug.',
    ]);
  });

  it('after "erase everything", checks no longer see the erased rules', async () => {
    f = await demoCore(dir);
    const kettle = f.id('Kettle Plug');
    f.core.automations.create(at7([{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: true }], 'Kettle on'), 'form');
    expect(f.core.automations.conflicts()).toEqual([]); // the rule index is built
    f.core.automations.eraseAll();
    expect(f.core.automations.check(at7([{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: false }], 'Kettle off'))).toEqual([]);
  });

  it('flags a plan or a draft that fights with a plan already running', async () => {
    f = await demoCore(dir); // 06:00
    const later = await f.core.plans.preview({ text: 'turn off the floor lamp in 10 minutes' }, 't');
    if (later.kind !== 'plan') throw new Error(JSON.stringify(later));
    await f.core.plans.approve(later.plan.id, 't'); // its step waits until 06:10
    f.clock.advance(6 * 60_000);
    const now = await f.core.plans.preview({ text: 'turn on the floor lamp' }, 't');
    if (now.kind !== 'plan') throw new Error(JSON.stringify(now));
    expect(now.plan.conflicts.map((c) => c.message)).toEqual([
      'This plan sets Floor Lamp to on at 06:06, but the running plan “turn off the floor lamp in 10 minutes” sets it to off at 06:10. The two fight over Floor Lamp.',
    ]);
    const rule: RuleInput = { ...at7([{ type: 'command', deviceId: f.id('Floor Lamp'), capabilityId: 'onOff', value: true }], 'Lamp at 06:08'), triggers: [{ type: 'time', at: '06:08', days: [] }] };
    expect(f.core.automations.check(rule).map((c) => c.message)).toEqual([
      '“Lamp at 06:08” sets Floor Lamp to on at 06:08, while the running plan “turn off the floor lamp in 10 minutes” sets it to off at 06:10: they fight over Floor Lamp.',
    ]);
  });

  it('flags rules and plans that fight with an interval rule', async () => {
    f = await demoCore(dir);
    const heat = f.id('Thermostat');
    f.core.automations.create({ name: 'Keep cool', enabled: true, conditions: [], triggers: [{ type: 'interval', everyS: 600 }], actions: [{ type: 'command', deviceId: heat, capabilityId: 'setpoint', value: 18 }] }, 'form');
    const { conflicts } = f.core.automations.create(at7([{ type: 'command', deviceId: heat, capabilityId: 'setpoint', value: 22 }], 'Morning warmth'), 'form');
    expect(conflicts.map((c) => c.message)).toEqual([
      '“Morning warmth” sets Thermostat to 22 °C, but “Keep cool” sets it to 18 °C every 10 min: within 10 min it is put back. They fight over Thermostat.',
    ]);
    const p = await f.core.plans.preview({ text: 'set the thermostat to 21' }, 't');
    if (p.kind !== 'plan') throw new Error(JSON.stringify(p));
    expect(p.plan.conflicts.map((c) => c.message)).toEqual([
      'This plan sets Thermostat to 21 °C, but automation “Keep cool” sets it to 18 °C every 10 min, so it will not stay that way for long.',
    ]);
  });

  it('warns about two rules that undo each other (kettle on → lamp on; lamp on → kettle off)', async () => {
    f = await demoCore(dir);
    const lamp = f.id('Floor Lamp');
    const kettle = f.id('Kettle Plug');
    f.core.automations.create({ name: 'Kettle → lamp', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: kettle, capabilityId: 'onOff', to: true }], actions: [{ type: 'command', deviceId: lamp, capabilityId: 'onOff', value: true }] }, 'form');
    const { conflicts } = f.core.automations.create({ name: 'Lamp → kettle off', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: lamp, capabilityId: 'onOff', to: true }], actions: [{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: false }] }, 'form');
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'undo',
        message: '“Kettle → lamp” turns on Floor Lamp, which sets off “Lamp → kettle off”, which turns off Kettle Plug — undoing “Kettle Plug turns on”, which set off “Kettle → lamp”. These automations undo each other at once; change one of them.',
      }),
    ]);
    // A deliberate "turn it off again after 10 minutes" is not flagged.
    const { conflicts: none } = f.core.automations.create({ name: 'Kettle off later', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: kettle, capabilityId: 'onOff', to: true }], actions: [{ type: 'delay', seconds: 600 }, { type: 'command', deviceId: kettle, capabilityId: 'onOff', value: false }] }, 'form');
    expect(none.filter((c) => c.kind === 'undo')).toEqual([]);
  });

  it('a relative step ("dim by 10") is described as the change, not by the value it would give today, and stays relative when edited', async () => {
    f = await demoCore(dir);
    const light = f.id('Ceiling Light');
    await f.core.devices.command(light, 'level', 50, 't');
    const draft = f.core.plans.draftPlan(at7([{ type: 'command', deviceId: light, capabilityId: 'onOff', value: true }, { type: 'adjust', deviceId: light, capabilityId: 'level', by: -10 }], 'Dim at seven'), f.clock.now());
    const dim = draft.steps.find((s) => s.capabilityKind === 'level')!;
    expect(dim).toMatchObject({ label: 'Lower Ceiling Light brightness by 10 %', by: -10, before: null, after: null });
    expect(JSON.stringify(draft)).not.toContain('40 %');
    f.core.plans.store.save(draft, f.clock.now());
    const edited = f.core.plans.edit(draft.id, [{ stepId: dim.id, atMs: 60_000 }]);
    expect(edited.automation!.actions).toEqual([
      { type: 'command', deviceId: light, capabilityId: 'onOff', value: true },
      { type: 'delay', seconds: 60 },
      { type: 'adjust', deviceId: light, capabilityId: 'level', by: -10 },
    ]);
  });
});
