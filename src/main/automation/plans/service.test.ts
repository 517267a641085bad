import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PreviewResult } from '../../../shared/plan';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';

const planOf = (r: PreviewResult): Plan => {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
};

describe('plans from sentences', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('previews "turn on the living room lights and dim them to 50%" with before → after, then runs it', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'turn on the living room lights and dim them to 50%' }, 'test'));
    expect(plan.status).toBe('preview');
    expect(plan.steps.map((s) => [s.label, s.before, s.after])).toEqual([
      ['Turn on Ceiling Light', false, true],
      ['Turn on Floor Lamp', false, true],
      ['Set Ceiling Light brightness to 50 %', 0, 50],
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(f.radio.commands).toEqual([]); // nothing moves before approval

    const ran = await f.core.plans.approve(plan.id, 'test');
    expect(ran.status).toBe('done');
    expect(ran.steps.every((s) => s.status === 'done')).toBe(true);
    expect(f.value('Floor Lamp', 'onOff')).toBe(true);
    expect(f.value('Ceiling Light', 'level')).toBe(50);
    expect(f.core.plans.commands(5)[0]).toMatchObject({ text: 'turn on the living room lights and dim them to 50%', planId: plan.id });
  });

  it('asks back instead of guessing, and the answer makes the plan', async () => {
    f = await demoCore(dir);
    const q = await f.core.plans.preview({ text: 'turn it off' }, 'fresh-speaker');
    expect(q).toMatchObject({ kind: 'question', message: 'Which device do you mean: Ceiling Light, Floor Lamp or Kettle Plug?' });
    if (q.kind !== 'question') return;
    const plan = planOf(await f.core.plans.preview({ text: q.text, clarify: { subject: q.subject, choice: 'Kettle Plug' } }, 'fresh-speaker'));
    expect(plan.steps.map((s) => s.label)).toEqual(['Turn off Kettle Plug']);
  });

  it('answers questions from live state and carries "them" over to the next command', async () => {
    f = await demoCore(dir);
    expect(await f.core.plans.preview({ text: 'is the back door locked?' }, 'a')).toEqual({ kind: 'answer', text: 'is the back door locked?', answer: 'Yes' });
    planOf(await f.core.plans.preview({ text: 'turn on the kettle' }, 'a'));
    const next = planOf(await f.core.plans.preview({ text: 'turn it off' }, 'a'));
    expect(next.steps.map((s) => s.label)).toEqual(['Turn off Kettle Plug']);
  });

  it('keeps one parser per home and rebuilds it when a device is renamed or moved', async () => {
    f = await demoCore(dir);
    planOf(await f.core.plans.preview({ text: 'turn on the kettle' }, 't'));
    f.core.devices.rename(f.id('Kettle Plug'), 'Tea Maker', 't');
    expect(await f.core.plans.preview({ text: 'turn on the kettle' }, 't')).toMatchObject({ kind: 'error', code: 'UNKNOWN_NAME' });
    expect(planOf(await f.core.plans.preview({ text: 'turn on the tea maker' }, 't')).steps[0]!.label).toBe('Turn on Tea Maker');
    // State changes reach answers without a rebuild.
    f.radio.emit({ type: 'state', nativeId: '6', capabilityId: 'lock', value: false, at: 1 });
    expect(await f.core.plans.preview({ text: 'is the back door locked?' }, 't')).toMatchObject({ kind: 'answer', answer: 'No, unlocked' });
  });

  it('always previews locks and timed steps; auto-runs a simple command only when the setting is on', async () => {
    f = await demoCore(dir);
    const lock = planOf(await f.core.plans.preview({ text: 'unlock the back door' }, 't'));
    expect(lock.previewReasons).toContain('It touches a lock.');
    const timed = planOf(await f.core.plans.preview({ text: 'turn on the kettle in 10 minutes' }, 't'));
    expect(timed.previewReasons).toContain('It has timed steps.');
    expect(timed.steps[0]!.atMs).toBe(600_000);

    const off = await f.core.plans.preview({ text: 'turn on the kettle' }, 't');
    expect(off).toMatchObject({ kind: 'plan', autoRan: false });
    f.core.plans.setSettings({ autoRunSimple: true });
    const on = await f.core.plans.preview({ text: 'turn on the kettle' }, 't');
    expect(on).toMatchObject({ kind: 'plan', autoRan: true, plan: { status: 'done' } });
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    const stillPreviewed = await f.core.plans.preview({ text: 'lock the back door' }, 't');
    expect(stillPreviewed).toMatchObject({ kind: 'plan', autoRan: false });
  });

  it('marks an impossible value as blocking, and Edit fixes it', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'set the thermostat to 35 °C' }, 't'));
    expect(plan.conflicts).toMatchObject([{ kind: 'impossible', severity: 'blocking', message: expect.stringContaining('It can be set between 5 °C and 30 °C') }]);
    await expect(f.core.plans.approve(plan.id, 't')).rejects.toThrow(/can’t be set to 35 °C/);
    const edited = f.core.plans.edit(plan.id, [{ stepId: plan.steps[0]!.id, value: 22 }]);
    expect(edited.conflicts).toEqual([]);
    expect(edited.steps[0]!.label).toBe('Set Thermostat to 22 °C');
    expect((await f.core.plans.approve(plan.id, 't')).status).toBe('done');
    expect(f.value('Thermostat', 'setpoint')).toBe(22);
  });
});

describe('running plans: rollback, timed steps, undo', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  it('stops at a failing step and puts back what it already changed', async () => {
    f = await demoCore(dir);
    f.radio.failWhen = (c) => c.nativeId === '4'; // the thermostat does not answer
    const plan = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp and the kettle, then set the thermostat to 23 and turn on the ceiling light' }, 't'));
    expect(plan.steps.map((s) => s.deviceName)).toEqual(['Floor Lamp', 'Kettle Plug', 'Thermostat', 'Ceiling Light']);
    const ran = await f.core.plans.approve(plan.id, 't');
    expect(ran.status).toBe('failed');
    expect(ran.steps.map((s) => s.status)).toEqual(['rolledBack', 'rolledBack', 'failed', 'skipped']);
    expect(ran.outcome).toMatch(/^Stopped at “Set Thermostat to 23 °C”: Thermostat did not answer\. The device did not answer\. Hearth put back Kettle Plug to off, Floor Lamp to off\.$/);
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    expect(f.value('Kettle Plug', 'onOff')).toBe(false);
    expect(f.value('Ceiling Light', 'onOff')).toBe(false);
    expect(f.radio.commands.map((c) => `${c.nativeId}.${c.capabilityId}=${String(c.value)}`)).toEqual(['2.onOff=true', '5.onOff=true', '5.onOff=false', '2.onOff=false']);
    expect(ran.undoUntil).toBeNull();
  });

  it('runs timed steps on the clock and can cancel them', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'turn on the kettle and turn it off in 5 minutes' }, 't'));
    const ran = await f.core.plans.approve(plan.id, 't');
    expect(ran.status).toBe('running');
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    f.clock.advance(299_000);
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    f.clock.advance(1_000);
    await vi_flush();
    expect(f.value('Kettle Plug', 'onOff')).toBe(false);
    expect(f.core.plans.get(plan.id).status).toBe('done');

    const second = await f.core.plans.approve(planOf(await f.core.plans.preview({ text: 'turn on the floor lamp in 10 minutes' }, 't')).id, 't');
    const cancelled = f.core.plans.cancel(second.id);
    expect(cancelled.status).toBe('cancelled');
    f.clock.advance(700_000);
    await vi_flush();
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
  });

  it('undoes the last plan within 24 hours, and not after', async () => {
    f = await demoCore(dir);
    const p = planOf(await f.core.plans.preview({ text: 'turn on the living room lights and dim them to 50%' }, 't'));
    await f.core.plans.approve(p.id, 't');
    const undo = await f.core.plans.undo(undefined, 't');
    expect(undo).toMatchObject({ kind: 'ran', plan: { status: 'done', source: { kind: 'undo', planId: p.id } } });
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    expect(f.value('Ceiling Light', 'level')).toBe(0);
    expect(f.core.plans.get(p.id).status).toBe('undone');

    const q = planOf(await f.core.plans.preview({ text: 'turn on the kettle' }, 't'));
    await f.core.plans.approve(q.id, 't');
    f.clock.advance(24 * 3_600_000 + 1);
    await expect(f.core.plans.undo(q.id, 't')).rejects.toThrow(/no longer be undone/);
  });

  it('resumes a timed step after a restart', async () => {
    f = await demoCore(dir);
    const plan = planOf(await f.core.plans.preview({ text: 'turn on the kettle in 5 minutes' }, 't'));
    await f.core.plans.approve(plan.id, 't');
    // A new executor over the same store, as after a restart:
    f.core.plans.executor.stopAll();
    f.core.plans.resume();
    f.clock.advance(300_000);
    await vi_flush();
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    expect(f.core.plans.get(plan.id).status).toBe('done');
  });
});

async function vi_flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}
