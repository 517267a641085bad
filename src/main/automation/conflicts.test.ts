import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../shared/automation';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

describe('automations from sentences, conflicts and traces', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('makes a rule from "every weekday at 7 …", saves it on approval and runs it at 7 on a weekday', async () => {
    f = await demoCore(dir, new Date(2025, 0, 6, 6, 0)); // Monday 06:00
    const r = await f.core.plans.preview({ text: 'every weekday at 7 turn on the kettle' }, 't');
    if (r.kind !== 'plan') throw new Error(JSON.stringify(r));
    expect(r.plan.automation).toMatchObject({ name: 'Every weekday at 7 turn on the kettle', triggers: [{ type: 'time', at: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] });
    expect(r.plan.startsAt).toBe(new Date(2025, 0, 6, 7, 0).getTime());
    expect(r.plan.previewReasons).toContain('It is a schedule that will repeat.');
    const saved = await f.core.plans.approve(r.plan.id, 't');
    expect(saved).toMatchObject({ status: 'saved', outcome: 'Saved as the automation “Every weekday at 7 turn on the kettle”.' });
    expect(f.core.automations.list().map((x) => x.name)).toEqual(['Every weekday at 7 turn on the kettle']);

    f.clock.advance(3_600_000);
    await flush();
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    const [trace] = f.core.traces.list(saved.ruleId!, 5);
    expect(trace).toMatchObject({ trigger: 'Every weekday at 07:00', result: 'ran', steps: [{ label: 'Turn on Kettle Plug', status: 'done' }] });
    expect(trace!.summary).toMatch(/^Ran: triggered by “Every weekday at 07:00”\. Done: 1 change\.$/);
  });

  it('finds rules fighting over the thermostat at 7:00 and explains it', async () => {
    f = await demoCore(dir);
    const heat = f.id('Thermostat');
    const at7 = (name: string, value: number): RuleInput => ({
      name, enabled: true, conditions: [], triggers: [{ type: 'time', at: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
      actions: [{ type: 'command', deviceId: heat, capabilityId: 'setpoint', value }],
    });
    f.core.automations.create(at7('Morning warmth', 22), 'form');
    const { conflicts } = f.core.automations.create({ ...at7('Away mode', 16), triggers: [{ type: 'time', at: '07:02', days: ['mon'] }] }, 'form');
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'overlap',
        message: '“Morning warmth” sets Thermostat to 22 °C and “Away mode” sets it to 16 °C, at 07:00 and 07:02: they fight over Thermostat.',
      }),
    ]);
    expect(f.core.automations.conflicts()).toHaveLength(1);
    // A plan that sets the thermostat at 07:01 fights with both.
    f.clock.set(new Date(2025, 0, 6, 7, 0, 30));
    const p = await f.core.plans.preview({ text: 'set the thermostat to 19' }, 't');
    if (p.kind !== 'plan') throw new Error(JSON.stringify(p));
    expect(p.plan.conflicts.map((c) => c.message)).toEqual([
      'This plan sets Thermostat to 19 °C at 07:00, but automation “Morning warmth” sets it to 22 °C at 07:00. The two fight over Thermostat.',
      'This plan sets Thermostat to 19 °C at 07:00, but automation “Away mode” sets it to 16 °C at 07:02. The two fight over Thermostat.',
    ]);
  });

  it('finds loops between rules and impossible values', async () => {
    f = await demoCore(dir);
    const lamp = f.id('Floor Lamp');
    const kettle = f.id('Kettle Plug');
    f.core.automations.create({ name: 'Lamp → kettle', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: lamp, capabilityId: 'onOff' }], actions: [{ type: 'command', deviceId: kettle, capabilityId: 'onOff', value: true }] }, 'form');
    const back: RuleInput = { name: 'Kettle → lamp', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: kettle, capabilityId: 'onOff', to: true }], actions: [{ type: 'command', deviceId: lamp, capabilityId: 'onOff', value: false }] };
    expect(f.core.automations.check(back)).toEqual([
      expect.objectContaining({
        kind: 'loop',
        message: '“Lamp → kettle” turns on Kettle Plug, which triggers “Kettle → lamp”; “Kettle → lamp” turns off Floor Lamp, which triggers “Lamp → kettle” again. They could keep triggering each other (Hearth stops such a loop after it goes round twice).',
      }),
    ]);
    const hot: RuleInput = { ...back, name: 'Too hot', triggers: [{ type: 'start' }], actions: [{ type: 'command', deviceId: f.id('Thermostat'), capabilityId: 'setpoint', value: 45 }] };
    expect(f.core.automations.check(hot)).toEqual([expect.objectContaining({ kind: 'impossible', message: '“Too hot”: Thermostat can’t be set to 45 °C. It can be set between 5 °C and 30 °C. Edit the step to a value it accepts.' })]);
  });

  it('a notify action reaches the window with the run', async () => {
    f = await demoCore(dir);
    const seen: string[][] = [];
    f.core.bus.on('automation.executed', 'test', (t) => seen.push(t.messages));
    const { rule } = f.core.automations.create({ name: 'Tell me', enabled: true, conditions: [], triggers: [{ type: 'start' }], actions: [{ type: 'command', deviceId: f.id('Kettle Plug'), capabilityId: 'onOff', value: true }, { type: 'notify', message: 'The kettle is on.' }] }, 'form');
    f.core.automations.run(rule.id);
    await flush();
    expect(seen).toEqual([['The kettle is on.']]);
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
  });

  it('exports and imports rules with their scenes', async () => {
    f = await demoCore(dir);
    const scene = f.core.automations.captureScene('Evening', [f.id('Floor Lamp'), f.id('Ceiling Light')]);
    expect(scene.entries).toHaveLength(3);
    f.core.automations.create({ name: 'Evening at sunset', enabled: true, conditions: [], triggers: [{ type: 'sun', event: 'sunset', offsetMin: -15, days: [] }], actions: [{ type: 'scene', sceneId: scene.id }] }, 'form');
    const data = JSON.parse(JSON.stringify(f.core.automations.export()));
    const other = await demoCore(dir);
    try {
      const res = other.core.automations.import(data);
      expect(res.scenes).toBe(1);
      expect(res.rules[0]).toMatchObject({ name: 'Evening at sunset', source: 'import' });
      const sceneId = (res.rules[0]!.actions[0] as { sceneId: string }).sceneId;
      expect(other.core.automations.scene(sceneId).name).toBe('Evening');
    } finally {
      await other.core.stop();
    }
  });
});

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}
