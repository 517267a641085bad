// Issue 14, "Also": the preview states in one sentence what Hearth understood, and "no, the right one" said
// after a misread command revises that person's previous plan instead of starting a new, unrelated one.
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PreviewResult } from '../../../shared/plan';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';
import { planSummary } from './summary';

const planOf = (r: PreviewResult): Plan => {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
};

describe('the one-sentence summary of a plan', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('says what will happen to which device, and when', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp and the kettle and set the ceiling light to 40%' }, 'a', { mayAutoRun: false }));
    expect(plan.summary).toBe('Turn on Floor Lamp and Kettle Plug, and set Ceiling Light brightness to 40 %, now.');
    const later = planOf(await f.core.plans.preview({ text: 'turn on the kettle, then turn it off in 10 minutes' }, 'a', { mayAutoRun: false }));
    expect(later.summary).toBe('Turn on Kettle Plug, now, then turn off Kettle Plug in 10 minutes.');
  });

  it('follows an edit of the plan', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'set the ceiling light to 40%' }, 'a', { mayAutoRun: false }));
    const edited = f.core.plans.edit(plan.id, [{ stepId: plan.steps[0]!.id, value: 70 }]);
    expect(edited.summary).toBe('Set Ceiling Light brightness to 70 %, now.');
  });

  it('says a later start and a schedule', () => {
    const step = { id: 's', deviceId: 'd', deviceName: 'Porch Light', capabilityId: 'onOff', capabilityKind: 'onOff' as const, label: 'Turn on Porch Light', value: true, before: false, after: true, atMs: 0, status: 'pending' as const };
    const now = new Date(2025, 5, 11, 9, 0).getTime();
    expect(planSummary([step], { startsAt: new Date(2025, 5, 11, 19, 0).getTime(), now })).toBe('Turn on Porch Light, at 19:00.');
    expect(planSummary([step], { startsAt: new Date(2025, 5, 12, 7, 0).getTime(), now })).toBe('Turn on Porch Light, tomorrow at 07:00.');
    expect(planSummary([step], { startsAt: now, now, schedule: 'every weekday at 07:00' })).toBe('Turn on Porch Light, every weekday at 07:00.');
  });
});

describe('a correction revises the previous plan', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('replaces the misread device and cancels the plan it corrects', async () => {
    f = await demoCore(dir);
    const first = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp' }, 'ada', { mayAutoRun: false }));
    const fixed = planOf(await f.core.plans.preview({ text: 'no, I meant the ceiling light' }, 'ada', { mayAutoRun: false }));
    expect(fixed.steps.map((s) => s.label)).toEqual(['Turn on Ceiling Light']);
    expect(fixed.revises).toBe(first.id);
    expect(fixed.source).toEqual({ kind: 'command', text: 'turn on the ceiling light' });
    expect(fixed.notes[0]).toBe('Corrects “turn on the floor lamp”, which was not run.');
    expect(f.core.plans.get(first.id).status).toBe('cancelled');
    expect(f.radio.commands).toEqual([]);
  });

  it('is one person\'s: another person\'s "no, …" corrects nothing of theirs', async () => {
    f = await demoCore(dir);
    const first = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp' }, 'ada', { mayAutoRun: false }));
    const other = await f.core.plans.preview({ text: 'no, the ceiling light' }, 'bo', { mayAutoRun: false });
    expect(other.kind === 'plan' && other.plan.revises).toBeFalsy();
    expect(f.core.plans.get(first.id).status).toBe('preview');
  });
});
