// "Before" is the state the devices confirmed. Matter devices report their new state up to a second after the
// command returned; a plan that starts meanwhile must not record the stale value as its "before".
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PreviewResult, UndoResult } from '../../../shared/plan';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';
import { waitFor } from '../../test/wait';

const planOf = (r: PreviewResult): Plan => {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
};
const ranOf = (r: UndoResult): Plan => {
  if (r?.kind !== 'ran') throw new Error(`expected the undo to run, got ${JSON.stringify(r)}`);
  return r.plan;
};

describe('plans record the confirmed state as "before"', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  async function run(text: string): Promise<Plan> {
    const p = planOf(await f.core.plans.preview({ text }, 't'));
    return f.core.plans.approve(p.id, 't');
  }
  const level = () => f.value('Ceiling Light', 'level');

  it('a plan started while a value awaits the device’s confirmation waits for it, and its Undo restores it', async () => {
    f = await demoCore(dir);
    f.radio.echoAfterMs = 300; // the device confirms 300 ms after the command call returned
    expect((await run('set the ceiling light to 50%')).status).toBe('done');
    expect(level()).toBe(0); // not confirmed yet
    const second = await run('set the ceiling light to 20%');
    await waitFor(() => (level() === 20 ? true : undefined), 5_000);

    const undo = ranOf(await f.core.plans.undo(second.id, 't'));
    expect(undo.steps.map((s) => s.label)).toEqual(['Set Ceiling Light brightness to 50 %']);
    await waitFor(() => (level() === 50 ? true : undefined), 5_000);
  });

  it('Undo right after a plan ran, before the device confirmed, puts it back without asking', async () => {
    f = await demoCore(dir);
    f.radio.echoAfterMs = 300;
    const plan = await run('set the ceiling light to 50%');
    const undo = ranOf(await f.core.plans.undo(plan.id, 't'));
    expect(undo.steps.map((s) => [s.label, s.before])).toEqual([['Set Ceiling Light brightness to 0 %', 50]]);
    await waitFor(() => (level() === 0 && f.core.devices.awaiting(f.id('Ceiling Light'), 'level') === undefined ? true : undefined), 5_000);
    expect(f.core.plans.get(plan.id).status).toBe('undone');
  });
});
