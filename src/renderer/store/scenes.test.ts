// The scenes store over a fake core: capture, apply (through the plan dialog), remove.
import { describe, expect, it } from 'vitest';
import { createFakeCore } from '../api/fake-transport';
import { plan, scene } from './fixtures';
import { createNoticesStore } from './notices';
import { createPlansStore, selectOpenPlan } from './plans';
import { createScenesStore } from './scenes';

function setup() {
  const core = createFakeCore();
  const notices = createNoticesStore();
  const plans = createPlansStore({ client: core.client, notices });
  return { core, notices, plans, scenes: createScenesStore({ client: core.client, notices, plans }) };
}

describe('scenes store', () => {
  it('lists scenes by name, and a captured scene takes its place among them', async () => {
    const { core, scenes } = setup();
    core.answer('scenes.list', () => [scene({ id: 'b', name: 'Night' }), scene({ id: 'a', name: 'Evening' })]);
    core.answer('scenes.capture', ({ name }) => scene({ id: 'c', name }));
    await scenes.getState().load();
    expect(await scenes.getState().capture('Movie night')).toBe(true);
    expect(scenes.getState().scenes.map((s) => s.name)).toEqual(['Evening', 'Movie night', 'Night']);
    expect(core.inputs('scenes.capture')).toEqual([{ name: 'Movie night' }]);
  });

  it('applying a scene opens its plan in the plan dialog (nothing changes before Approve)', async () => {
    const { core, plans, scenes } = setup();
    const p = plan({ id: 'sp', status: 'preview', title: 'Scene “Evening”', source: { kind: 'scene', sceneId: 'a', sceneName: 'Evening' } });
    core.answer('scenes.apply', () => ({ kind: 'plan', plan: p, autoRan: false }));
    await scenes.getState().apply('a');
    expect(selectOpenPlan(plans.getState())).toEqual(p);
    expect(core.sent.map((s) => s.method)).toEqual(['scenes.apply']);
  });

  it('a scene that could not be removed stays, and the reason is a notice', async () => {
    const { core, notices, scenes } = setup();
    core.answer('scenes.list', () => [scene({ id: 'a', name: 'Evening' }), scene({ id: 'b', name: 'Night' })]);
    await scenes.getState().load();
    core.answer('scenes.remove', () => ({ ok: true }));
    await scenes.getState().remove('b');
    expect(scenes.getState().scenes.map((s) => s.name)).toEqual(['Evening']);

    core.refuse('scenes.remove', { code: 'CONFLICT', message: 'The automation “Movie” applies this scene.', next: 'Change that automation first.' });
    await scenes.getState().remove('a');
    expect(scenes.getState().scenes.map((s) => s.name)).toEqual(['Evening']);
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'The automation “Movie” applies this scene.', next: 'Change that automation first.' }]);
  });
});
