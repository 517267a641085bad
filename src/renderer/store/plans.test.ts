// The plans store's Undo: a question from the core is kept for the dialog to show, and the person's answer goes
// back through the contract as `changedSince`. The transport is a fake that answers as the core would.
import { describe, expect, it } from 'vitest';
import type { Plan, UndoResult } from '../../shared/plan';
import type { Reply } from '../../shared/wire';
import { createClient } from '../api/client';
import type { Transport } from '../api/transport';
import { createPlansStore } from './plans';

const plan = (over: Partial<Plan>): Plan => ({
  id: 'p1', title: 'set the ceiling light to 50%', source: { kind: 'command', text: 'set the ceiling light to 50%' }, createdAt: 1, status: 'done',
  startsAt: 1, steps: [], conflicts: [], notes: [], previewReasons: [], automation: null, startedAt: 1, finishedAt: 2, undoUntil: 9e15, outcome: 'Done: 1 change.', ruleId: null,
  ...over,
});

function fakeCore(answers: Record<string, (params: unknown) => unknown>) {
  const calls: { method: string; params: unknown }[] = [];
  const transport: Transport = {
    connection: 'open',
    async request(method, params): Promise<Reply> {
      calls.push({ method, params });
      return { ok: true, result: answers[method]!(params) } as Reply;
    },
    onEvent: () => () => undefined,
    onConnection: () => () => undefined,
  };
  return { client: createClient(transport), calls };
}

describe('plans store: Undo', () => {
  it('keeps the question Undo asks about devices changed since, and sends the answer back', async () => {
    const question: UndoResult = {
      kind: 'choose', planId: 'p1', title: 'set the ceiling light to 50%',
      message: 'Ceiling Light was changed since this plan ran: it is now 80 % (the plan set 50 %). Put it back to 0 % anyway?',
      changed: [{ deviceId: 'zwave:3', deviceName: 'Ceiling Light', capabilityId: 'level', capabilityKind: 'level', set: 50, now: 80, before: 0 }],
      unchanged: [],
    };
    let undone = false;
    const { client, calls } = fakeCore({
      'plans.undo': (p) => ((p as { changedSince?: string }).changedSince ? ((undone = true), { kind: 'ran', plan: plan({ id: 'u1', source: { kind: 'undo', planId: 'p1' } }) }) : question),
      'plans.get': () => plan(undone ? { status: 'undone', outcome: 'Undone: Ceiling Light back to 0 %.' } : {}),
    });
    const store = createPlansStore(client);
    store.getState().open(plan({}));

    await store.getState().undo('p1');
    expect(store.getState().undoChoice).toEqual(question);
    expect(store.getState().plans.p1?.status).toBe('done');

    await store.getState().undo('p1', 'putBack');
    expect(calls.filter((c) => c.method === 'plans.undo').map((c) => c.params)).toEqual([{ planId: 'p1' }, { planId: 'p1', changedSince: 'putBack' }]);
    expect(store.getState().undoChoice).toBeNull();
    expect(store.getState().plans.p1).toMatchObject({ status: 'undone', outcome: 'Undone: Ceiling Light back to 0 %.' });

    // Dismissing the question, or closing the dialog, forgets it.
    undone = false;
    await store.getState().undo('p1');
    store.getState().dismissUndoChoice();
    expect(store.getState().undoChoice).toBeNull();
  });
});
