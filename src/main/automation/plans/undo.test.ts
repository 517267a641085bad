// Undo and rollback put back only what still holds what the plan wrote; what someone changed since is named,
// and the person chooses. Undo with no plan named steps back through earlier plans; a plan cancelled part-way
// can be undone; six clients pressing Undo at once get one undo.
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PreviewResult, UndoResult } from '../../../shared/plan';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';

const planOf = (r: PreviewResult): Plan => {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
};
const ranOf = (r: UndoResult): Plan => {
  if (r?.kind !== 'ran') throw new Error(`expected the undo to run, got ${JSON.stringify(r)}`);
  return r.plan;
};
const sent = (f: Fixture) => f.radio.commands.map((c) => `${c.nativeId}.${c.capabilityId}=${String(c.value)}`);
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

describe('undo puts back only what still holds what the plan wrote', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  async function run(text: string): Promise<Plan> {
    const p = planOf(await f.core.plans.preview({ text }, 't'));
    return f.core.plans.approve(p.id, 't');
  }

  it('asks before putting back a value someone changed at the wall, and puts it back when told to', async () => {
    f = await demoCore(dir);
    const plan = await run('set the ceiling light to 50%');
    expect(f.value('Ceiling Light', 'level')).toBe(50);
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 80, at: Date.now() }); // the wall dimmer
    const before = sent(f);

    const asked = await f.core.plans.undo(plan.id, 't');
    expect(asked).toMatchObject({
      kind: 'choose',
      planId: plan.id,
      changed: [{ deviceName: 'Ceiling Light', capabilityId: 'level', set: 50, now: 80, before: 0 }],
      unchanged: [],
    });
    if (asked.kind !== 'choose') return;
    expect(asked.message).toBe('Ceiling Light was changed since this plan ran: it is now 80 % (the plan set 50 %). Put it back to 0 % anyway?');
    expect(sent(f)).toEqual(before); // nothing moved while Hearth asks
    expect(f.value('Ceiling Light', 'level')).toBe(80);
    expect(f.core.plans.get(plan.id)).toMatchObject({ status: 'done', undoUntil: expect.any(Number) });

    const undo = ranOf(await f.core.plans.undo(plan.id, 't', { changedSince: 'putBack' }));
    expect(undo.status).toBe('done');
    expect(f.value('Ceiling Light', 'level')).toBe(0);
    expect(f.core.plans.get(plan.id).status).toBe('undone');
  });

  it('puts back only the unchanged devices when the person keeps what they changed', async () => {
    f = await demoCore(dir);
    const plan = await run('turn on the floor lamp and the kettle');
    f.radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: false, at: Date.now() }); // kettle switched off by hand
    f.radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: true, at: Date.now() }); // …and on again: what the plan wrote
    f.radio.emit({ type: 'state', nativeId: '2', capabilityId: 'onOff', value: false, at: Date.now() }); // floor lamp switched off at the wall
    f.radio.emit({ type: 'state', nativeId: '2', capabilityId: 'onOff', value: true, at: Date.now() });
    f.radio.emit({ type: 'state', nativeId: '4', capabilityId: 'setpoint', value: 21, at: Date.now() }); // not in the plan
    // Only a device whose value now differs from what the plan wrote counts as changed since.
    expect(await f.core.plans.undo(plan.id, 't', {})).toMatchObject({ kind: 'ran' });
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);

    const second = await run('set the ceiling light to 40% and turn on the kettle');
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 10, at: Date.now() });
    const before = sent(f);
    const asked = await f.core.plans.undo(undefined, 't');
    expect(asked).toMatchObject({ kind: 'choose', planId: second.id, changed: [{ deviceName: 'Ceiling Light', now: 10 }], unchanged: ['Kettle Plug'] });
    if (asked.kind !== 'choose') return;
    expect(asked.message).toBe('Ceiling Light was changed since this plan ran: it is now 10 % (the plan set 40 %). Put it back to 0 % too, or keep it and put back only Kettle Plug?');

    const undo = ranOf(await f.core.plans.undo(second.id, 't', { changedSince: 'keep' }));
    expect(undo.steps.map((s) => s.label)).toEqual(['Turn off Kettle Plug']);
    expect(sent(f).slice(before.length)).toEqual(['5.onOff=false']);
    expect(f.value('Ceiling Light', 'level')).toBe(10);
    expect(f.core.plans.get(second.id)).toMatchObject({ status: 'undone', outcome: 'Undone: Kettle Plug back to off. Ceiling Light was kept at 10 %.' });
  });

  it('says so plainly when everything the plan changed was changed since and the person keeps it', async () => {
    f = await demoCore(dir);
    const plan = await run('set the ceiling light to 50%');
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 80, at: Date.now() });
    await expect(f.core.plans.undo(plan.id, 't', { changedSince: 'keep' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Nothing was put back: Ceiling Light was changed since this plan ran, and you chose to keep it.',
    });
    expect(f.value('Ceiling Light', 'level')).toBe(80);
  });

  it('a device’s own rounding is not a change: set to 100 %, it reads back 99 %, and Undo puts it back without asking', async () => {
    f = await demoCore(dir);
    f.radio.echo = false;
    const plan = await run('set the ceiling light to 100%');
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 99, at: Date.now() });
    expect(ranOf(await f.core.plans.undo(plan.id, 't')).steps.map((s) => [s.label, s.before])).toEqual([['Set Ceiling Light brightness to 0 %', 99]]);
  });

  it('Undo of a plan still running asks first, and stops the plan only once the person goes ahead', async () => {
    f = await demoCore(dir);
    const p = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp and set the ceiling light to 50% and turn on the kettle' }, 't'));
    f.core.plans.edit(p.id, [{ stepId: p.steps.find((s) => s.deviceName === 'Kettle Plug')!.id, atMs: 600_000 }]);
    await f.core.plans.approve(p.id, 't');
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 80, at: Date.now() });
    expect(await f.core.plans.undo(p.id, 't')).toMatchObject({ kind: 'choose', unchanged: ['Floor Lamp'] });
    expect(f.core.plans.get(p.id).status).toBe('running');

    ranOf(await f.core.plans.undo(p.id, 't', { changedSince: 'putBack' }));
    expect(f.core.plans.get(p.id)).toMatchObject({ status: 'undone' });
    expect(f.core.plans.get(p.id).steps.map((s) => s.status)).toEqual(['done', 'done', 'cancelled']);
    f.clock.advance(600_000);
    await flush();
    expect([f.value('Floor Lamp', 'onOff'), f.value('Ceiling Light', 'level'), f.value('Kettle Plug', 'onOff')]).toEqual([false, 0, false]);
  });

  it('a timed plan whose later step fails puts back only what still holds its values, and names the rest', async () => {
    f = await demoCore(dir);
    f.radio.failWhen = (c) => c.nativeId === '4'; // the thermostat does not answer
    const p = planOf(await f.core.plans.preview({ text: 'turn on the floor lamp and set the ceiling light to 50% and set the thermostat to 23' }, 't'));
    const thermostat = p.steps.find((s) => s.deviceName === 'Thermostat')!;
    f.core.plans.edit(p.id, [{ stepId: thermostat.id, atMs: 600_000 }]);
    const started = await f.core.plans.approve(p.id, 't');
    expect(started.status).toBe('running');
    f.clock.advance(60_000);
    f.radio.emit({ type: 'state', nativeId: '3', capabilityId: 'level', value: 80, at: Date.now() }); // changed at the wall meanwhile
    const before = sent(f);
    f.clock.advance(540_000);
    await flush();

    const failed = f.core.plans.get(p.id);
    expect(failed.status).toBe('failed');
    expect(sent(f).slice(before.length)).toEqual(['2.onOff=false']);
    expect(f.value('Ceiling Light', 'level')).toBe(80);
    expect(failed.outcome).toBe(
      'Stopped at “Set Thermostat to 23 °C”: Thermostat did not answer. The device did not answer. Hearth put back Floor Lamp to off. ' +
        'Ceiling Light was changed since (it is now 80 %), so Hearth left it; Undo can put it back too.',
    );
    expect(failed.steps.map((s) => [s.deviceName, s.status])).toEqual([
      ['Floor Lamp', 'rolledBack'],
      ['Ceiling Light', 'done'],
      ['Thermostat', 'failed'],
    ]);
    // The person chooses: Undo offers to put the ceiling light back too.
    expect(failed.undoUntil).not.toBeNull();
    expect(await f.core.plans.undo(p.id, 't')).toMatchObject({ kind: 'choose', changed: [{ deviceName: 'Ceiling Light', now: 80, before: 0 }], unchanged: [] });
    ranOf(await f.core.plans.undo(p.id, 't', { changedSince: 'putBack' }));
    expect(f.value('Ceiling Light', 'level')).toBe(0);
    expect(f.core.plans.get(p.id).status).toBe('undone');
  });
});

describe('undo with no plan named, cancelled plans, and many clients at once', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  async function run(text: string): Promise<Plan> {
    const p = planOf(await f.core.plans.preview({ text }, 't'));
    return f.core.plans.approve(p.id, 't');
  }

  it('steps back through earlier plans, then says there is nothing left to undo', async () => {
    f = await demoCore(dir);
    const kettle = await run('turn on the kettle');
    f.clock.advance(1_000);
    const lamp = await run('turn on the floor lamp');
    f.clock.advance(1_000);

    expect(ranOf(await f.core.plans.undo(undefined, 't')).source).toEqual({ kind: 'undo', planId: lamp.id });
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    f.clock.advance(1_000);
    expect(ranOf(await f.core.plans.undo(undefined, 't')).source).toEqual({ kind: 'undo', planId: kettle.id });
    expect(f.value('Kettle Plug', 'onOff')).toBe(false);
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    await expect(f.core.plans.undo(undefined, 't')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'There is nothing left to undo from the last 24 hours.' });
    expect(f.core.plans.history(10).map((p) => p.title)).toEqual(['Undo “turn on the kettle”', 'Undo “turn on the floor lamp”', 'turn on the floor lamp', 'turn on the kettle']);
  });

  it('undoes a plan cancelled part-way, which stays in the history', async () => {
    f = await demoCore(dir);
    const p = planOf(await f.core.plans.preview({ text: 'turn on the kettle and the floor lamp' }, 't'));
    const lampStep = p.steps.find((s) => s.deviceName === 'Floor Lamp')!;
    f.core.plans.edit(p.id, [{ stepId: lampStep.id, atMs: 600_000 }]);
    await f.core.plans.approve(p.id, 't');
    f.clock.advance(30_000);
    const cancelled = f.core.plans.cancel(p.id);
    expect(cancelled.outcome).toMatch(/use Undo/i);
    f.clock.advance(60_000);
    expect(f.core.plans.history(10).map((h) => [h.id, h.status])).toEqual([[p.id, 'cancelled']]);

    const undo = ranOf(await f.core.plans.undo(undefined, 't'));
    expect(undo.source).toEqual({ kind: 'undo', planId: p.id });
    expect(f.value('Kettle Plug', 'onOff')).toBe(false);
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    expect(f.core.plans.get(p.id).status).toBe('undone');
    // A preview nobody approved is still not history, and is still forgotten after a day.
    planOf(await f.core.plans.preview({ text: 'turn on the floor lamp' }, 't'));
    expect(f.core.plans.history(10).map((h) => h.status)).toEqual(['done', 'undone']);
    f.clock.advance(25 * 3_600_000);
    f.core.plans.resume();
    expect(f.core.plans.history(10).map((h) => h.status)).toEqual(['done', 'undone']);
  });

  it('six clients pressing Undo at once: one undo runs, the others are told it is already being undone', async () => {
    f = await demoCore(dir);
    f.radio.latencyMs = 20;
    const plan = await run('turn on the floor lamp');
    const before = sent(f);
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => f.core.plans.undo(plan.id, `client-${i}`)));

    const ran = results.filter((r) => r.status === 'fulfilled');
    expect(ran).toHaveLength(1);
    expect(ranOf((ran[0] as PromiseFulfilledResult<UndoResult>).value).status).toBe('done');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as { code: string; message: string });
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r).toMatchObject({ code: 'CONFLICT', message: 'That plan is already being undone.' });

    expect(sent(f).slice(before.length)).toEqual(['2.onOff=false']);
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    expect(f.core.plans.get(plan.id)).toMatchObject({ status: 'undone', undoUntil: null });
    const undos = f.core.plans.history(20).filter((p) => p.source.kind === 'undo');
    expect(undos.map((p) => [p.source, p.status])).toEqual([[{ kind: 'undo', planId: plan.id }, 'done']]);
    // Pressing it once more, later, says it was undone.
    await expect(f.core.plans.undo(plan.id, 'client-0')).rejects.toMatchObject({ code: 'CONFLICT', message: 'That plan was already undone.' });
  });
});
