// What a plan's checks say about values that do not fit a step's control, and about many steps on one
// control: what is actually wrong, once.
import { afterEach, describe, expect, it } from 'vitest';
import type { CapabilityValue } from '../../../shared/model';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';
import { planConflicts } from './conflicts';
import { makeStep } from './planner';

describe('conflict messages', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  const preview = async (text: string) => {
    const r = await f.core.plans.preview({ text }, 't');
    if (r.kind !== 'plan') throw new Error(JSON.stringify(r));
    return r.plan;
  };

  it('an on/off step edited to 75 names the switch and what it takes, and cannot be approved', async () => {
    f = await demoCore(dir);
    const plan = await preview('turn on the floor lamp');
    const edited = f.core.plans.edit(plan.id, [{ stepId: plan.steps[0]!.id, value: 75 }]);
    expect(edited.steps[0]!.label).toBe('Set Floor Lamp to 75');
    expect(edited.conflicts.map((c) => [c.severity, c.message])).toEqual([['blocking', 'Floor Lamp’s switch takes on or off, not 75. Edit the step to a value it accepts.']]);
    await expect(f.core.plans.approve(plan.id, 't')).rejects.toThrow('Floor Lamp’s switch takes on or off, not 75.');
  });

  it('a colour on a brightness step is named as a colour, never "[object Object] %"', async () => {
    f = await demoCore(dir);
    const plan = await preview('set the ceiling light to 50%');
    const step = plan.steps.find((s) => s.capabilityKind === 'level')!;
    const edited = f.core.plans.edit(plan.id, [{ stepId: step.id, value: { hue: 30, saturation: 50 } }]);
    expect(JSON.stringify(edited)).not.toContain('[object Object]');
    expect(edited.steps.find((s) => s.id === step.id)!.label).toBe('Set Ceiling Light to a colour (hue 30°, 50 % saturation)');
    expect(edited.conflicts.map((c) => c.message)).toEqual([
      'Ceiling Light’s brightness takes a number from 0 % to 100 %, not a colour (hue 30°, 50 % saturation). Edit the step to a value it accepts.',
    ]);
  });

  it('30 steps on one light at one moment give one warning, and one bad value on 30 steps one problem', async () => {
    f = await demoCore(dir);
    const lamp = f.core.devices.get(f.id('Floor Lamp'));
    const cap = lamp.capabilities[0]!;
    const steps = (value: (i: number) => CapabilityValue) => Array.from({ length: 30 }, (_, i) => makeStep(lamp, cap, value(i), false, 0));
    const ctx = f.core.automations.context();
    const flapping = planConflicts(steps((i) => i % 2 === 0), f.clock.now(), ctx);
    expect(flapping.map((c) => c.message)).toEqual(['This plan sets Floor Lamp 30 times (on and off) at the same moment; only the last one (off) will stick.']);
    expect(flapping[0]!.stepIds).toHaveLength(30);
    const bad = planConflicts(steps(() => 75), f.clock.now(), ctx);
    expect(bad.map((c) => c.message)).toEqual(['Floor Lamp’s switch takes on or off, not 75. Edit the step to a value it accepts.']);
    expect(bad[0]!.stepIds).toHaveLength(30);
  });
});
