// The plans store over a fake core: what the command bar and the plan dialog show, and what is sent back.
import { describe, expect, it } from 'vitest';
import type { UndoResult } from '../../shared/plan';
import { createFakeCore } from '../api/fake-transport';
import { plan, settle, step } from './fixtures';
import { createNoticesStore } from './notices';
import { createPlansStore, selectOpenPlan, selectReply } from './plans';

function setup() {
  const core = createFakeCore();
  const notices = createNoticesStore();
  return { core, notices, plans: createPlansStore({ client: core.client, notices }) };
}

describe('plans store: the command bar and the plan dialog', () => {
  it('a sentence opens its plan in the dialog and goes into the ↑ history; only the preview is sent', async () => {
    const { core, plans } = setup();
    const preview = plan({ id: 'p7', status: 'preview', title: 'turn on the floor lamp', steps: [step({ status: 'pending' })], outcome: null, startedAt: null, finishedAt: null });
    core.answer('plans.preview', () => ({ kind: 'plan', plan: preview, autoRan: false }));

    await plans.getState().preview('turn on the floor lamp');

    expect(selectOpenPlan(plans.getState())).toEqual(preview);
    expect(plans.getState().said).toEqual(['turn on the floor lamp']);
    expect(plans.getState().busy).toBe(false);
    expect(core.sent.map((s) => s.method)).toEqual(['plans.preview']);
    expect(core.inputs('plans.preview')).toEqual([{ text: 'turn on the floor lamp' }]);
  });

  it('a question back is shown under the bar; the chosen answer goes back with the same sentence, said once', async () => {
    const { core, plans } = setup();
    core.answer('plans.preview', (i) =>
      i.clarify
        ? { kind: 'plan', plan: plan({ id: 'p2', status: 'preview', title: 'turn the Kettle Plug off' }), autoRan: false }
        : { kind: 'question', text: i.text, message: 'Which device do you mean: Floor Lamp or Kettle Plug?', subject: 'it', options: ['Floor Lamp', 'Kettle Plug'] },
    );

    await plans.getState().preview('turn it off');
    expect(selectReply(plans.getState())).toMatchObject({ kind: 'question', options: ['Floor Lamp', 'Kettle Plug'] });
    expect(selectOpenPlan(plans.getState())).toBeUndefined();

    await plans.getState().preview('turn it off', { subject: 'it', choice: 'Kettle Plug' });
    expect(core.inputs('plans.preview')[1]).toEqual({ text: 'turn it off', clarify: { subject: 'it', choice: 'Kettle Plug' } });
    expect(selectOpenPlan(plans.getState())?.title).toBe('turn the Kettle Plug off');
    expect(selectReply(plans.getState())).toBeNull();
    expect(plans.getState().said).toEqual(['turn it off']);
  });

  it('a refused preview becomes a notice with what to do next; no dialog opens and the bar is usable again', async () => {
    const { core, plans, notices } = setup();
    core.refuse('plans.preview', { code: 'RADIO_UNAVAILABLE', message: 'The Z-Wave radio is not ready.', next: 'Wait for it to start, then try again.' });

    await plans.getState().preview('turn on the floor lamp');

    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'The Z-Wave radio is not ready.', next: 'Wait for it to start, then try again.' }]);
    expect(plans.getState().current).toBeNull();
    expect(plans.getState().busy).toBe(false);
  });

  it('approving runs the plan, and the dialog follows its steps as the core reports progress', async () => {
    const { core, plans } = setup();
    const preview = plan({ id: 'p3', status: 'preview', steps: [step({ id: 's1' }), step({ id: 's2', atMs: 600_000 })], outcome: null, finishedAt: null });
    core.answer('plans.approve', () => ({ ...preview, status: 'running', steps: [step({ id: 's1', status: 'running' }), step({ id: 's2', atMs: 600_000 })] }));
    plans.getState().open(preview);

    await plans.getState().approve('p3');
    expect(core.inputs('plans.approve')).toEqual([{ planId: 'p3' }]);
    expect(selectOpenPlan(plans.getState())?.status).toBe('running');

    core.emit('plan.progress', { ...preview, status: 'running', steps: [step({ id: 's1', status: 'done' }), step({ id: 's2', atMs: 600_000 })] });
    await settle();
    expect(selectOpenPlan(plans.getState())?.steps.map((s) => s.status)).toEqual(['done', 'pending']);

    core.emit('plan.finished', { ...preview, status: 'done', outcome: 'Done: 2 changes.', steps: [step({ id: 's1', status: 'done' }), step({ id: 's2', status: 'done', atMs: 600_000 })] });
    await settle();
    expect(selectOpenPlan(plans.getState())).toMatchObject({ status: 'done', outcome: 'Done: 2 changes.' });
  });

  it('Cancel closes a previewed plan; stopping a running plan keeps the dialog open to show what ran', async () => {
    const { core, plans } = setup();
    core.answer('plans.cancel', ({ planId }) => plan({ id: planId, status: 'cancelled', outcome: 'Cancelled.' }));

    plans.getState().open(plan({ id: 'a', status: 'preview' }));
    await plans.getState().cancel('a');
    expect(plans.getState().current).toBeNull();

    plans.getState().open(plan({ id: 'b', status: 'running' }));
    await plans.getState().cancel('b');
    expect(selectOpenPlan(plans.getState())).toMatchObject({ id: 'b', status: 'cancelled' });
  });

  it('editing a step sends the change and shows the plan as the core worked it out again', async () => {
    const { core, plans } = setup();
    const conflictOf = { kind: 'impossible' as const, severity: 'blocking' as const, message: 'Thermostat can’t be set to 35 °C.', stepIds: ['s1'], ruleIds: [], deviceId: 'zwave:4' };
    plans.getState().open(plan({ id: 'p4', status: 'preview', steps: [step({ value: 35, after: 35 })], conflicts: [conflictOf] }));
    core.answer('plans.edit', ({ planId }) => plan({ id: planId, status: 'preview', steps: [step({ value: 21, after: 21 })], conflicts: [] }));

    await plans.getState().edit('p4', [{ stepId: 's1', value: 21 }]);

    expect(core.inputs('plans.edit')).toEqual([{ planId: 'p4', steps: [{ stepId: 's1', value: 21 }] }]);
    expect(selectOpenPlan(plans.getState())).toMatchObject({ conflicts: [], steps: [{ value: 21 }] });
  });

  it('a correction ("no, I meant the desk lamp") goes into the ↑ history as the command it became', async () => {
    const { core, plans } = setup();
    core.answer('plans.preview', (i) =>
      i.text.startsWith('no,')
        ? { kind: 'plan', plan: plan({ id: 'p6', status: 'preview', title: 'turn on the desk lamp', source: { kind: 'command', text: 'turn on the desk lamp' }, revises: 'p5' }), autoRan: false }
        : { kind: 'plan', plan: plan({ id: 'p5', status: 'preview', title: i.text, source: { kind: 'command', text: i.text } }), autoRan: false },
    );
    await plans.getState().preview('turn on the floor lamp');
    await plans.getState().preview('no, I meant the desk lamp');
    expect(plans.getState().said).toEqual(['turn on the floor lamp', 'turn on the desk lamp']);
    expect(selectOpenPlan(plans.getState())?.id).toBe('p6');
  });

  it('the ↑ history starts from the commands said before, newest last, each once', async () => {
    const { core, plans } = setup();
    core.answer('commands.history', () => [
      { at: 3, text: 'turn off the kettle', outcome: 'Done', planId: null },
      { at: 2, text: 'is the floor lamp on?', outcome: 'No', planId: null },
      { at: 1, text: 'turn off the kettle', outcome: 'Done', planId: null },
    ]);
    await plans.getState().loadHistory();
    expect(plans.getState().said).toEqual(['is the floor lamp on?', 'turn off the kettle']);
  });
});

describe('plans store: Undo', () => {
  it('keeps the question Undo asks about devices changed since, and sends the answer back', async () => {
    const question: UndoResult = {
      kind: 'choose', planId: 'p1', title: 'set the ceiling light to 50%',
      message: 'Ceiling Light was changed since this plan ran: it is now 80 % (the plan set 50 %). Put it back to 0 % anyway?',
      changed: [{ deviceId: 'zwave:3', deviceName: 'Ceiling Light', capabilityId: 'level', capabilityKind: 'level', set: 50, now: 80, before: 0 }],
      unchanged: [],
    };
    let undone = false;
    const { core, plans } = setup();
    core.answer('plans.undo', (p) => (p.changedSince ? ((undone = true), { kind: 'ran', plan: plan({ id: 'u1', source: { kind: 'undo', planId: 'p1' } }) }) : question));
    core.answer('plans.get', () => plan(undone ? { status: 'undone', outcome: 'Undone: Ceiling Light back to 0 %.' } : {}));
    plans.getState().open(plan({}));

    await plans.getState().undo('p1');
    expect(plans.getState().undoChoice).toEqual(question);
    expect(plans.getState().plans.p1?.status).toBe('done');

    await plans.getState().undo('p1', 'putBack');
    expect(core.inputs('plans.undo')).toEqual([{ planId: 'p1' }, { planId: 'p1', changedSince: 'putBack' }]);
    expect(plans.getState().undoChoice).toBeNull();
    expect(plans.getState().plans.p1).toMatchObject({ status: 'undone', outcome: 'Undone: Ceiling Light back to 0 %.' });

    // Dismissing the question, or closing the dialog, forgets it.
    undone = false;
    await plans.getState().undo('p1');
    plans.getState().dismissUndoChoice();
    expect(plans.getState().undoChoice).toBeNull();
    await plans.getState().undo('p1');
    plans.getState().close();
    expect(plans.getState().undoChoice).toBeNull();
    expect(plans.getState().current).toBeNull();
  });
});
