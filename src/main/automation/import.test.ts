// Importing an automations export: rules and scenes the home already has are recognised (same id or the same
// content), skipped and counted; copies only when asked for.
import { afterEach, describe, expect, it } from 'vitest';
import type { AutomationExport } from '../../shared/automation';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

describe('importing automations', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  const setUp = async () => {
    f = await demoCore(dir);
    const scene = f.core.automations.captureScene('Evening', [f.id('Floor Lamp')]);
    f.core.automations.create({ name: 'Evening at sunset', enabled: true, conditions: [], triggers: [{ type: 'sun', event: 'sunset', offsetMin: -15, days: [] }], actions: [{ type: 'scene', sceneId: scene.id }] }, 'form');
    f.core.automations.create({ name: 'Kettle at 7', enabled: true, conditions: [], triggers: [{ type: 'time', at: '07:00', days: [] }], actions: [{ type: 'command', deviceId: f.id('Kettle Plug'), capabilityId: 'onOff', value: true }] }, 'form');
    return JSON.parse(JSON.stringify(f.core.automations.export())) as AutomationExport;
  };

  it('importing your own export adds nothing and says how many it skipped', async () => {
    const data = await setUp();
    const res = f.core.automations.import(data);
    expect(res).toMatchObject({ rules: [], scenes: 0, skippedRules: 2, skippedScenes: 1, message: 'Imported 0 automations and 0 scenes. Skipped 2 automations and 1 scene this home already has (import copies to add them again).' });
    expect(f.core.automations.list()).toHaveLength(2);
    expect(f.core.automations.scenes()).toHaveLength(1);
  });

  it('recognises the same content under other ids (an export from another home, imported twice)', async () => {
    const data = await setUp();
    const other = await demoCore(dir);
    try {
      // The demo homes have the same device ids, so the same rules read the same.
      const first = other.core.automations.import(data);
      expect([first.rules.length, first.scenes, first.skippedRules, first.skippedScenes]).toEqual([2, 1, 0, 0]);
      const again = other.core.automations.import(data);
      expect([again.rules.length, again.scenes, again.skippedRules, again.skippedScenes]).toEqual([0, 0, 2, 1]);
      // Rules without ids (written by hand) are still recognised by their content.
      const bare = { ...data, rules: data.rules.map(({ id: _id, ...r }) => r) };
      expect(other.core.automations.import(bare)).toMatchObject({ rules: [], skippedRules: 2, skippedScenes: 1 });
      expect(other.core.automations.list()).toHaveLength(2);
    } finally {
      await other.core.stop();
    }
  });

  it('a file whose rule names a scene it does not carry imports nothing and says which rule', async () => {
    const data = await setUp();
    const other = await demoCore(dir);
    try {
      expect(() => other.core.automations.import({ ...data, scenes: [] })).toThrow('Nothing was imported: in the file, “Evening at sunset”: one of the actions names a scene that no longer exists.');
      expect(other.core.automations.list()).toEqual([]);
    } finally {
      await other.core.stop();
    }
  });

  it('imports copies when asked to, with the rules following the copied scene', async () => {
    const data = await setUp();
    const res = f.core.automations.import(data, { copies: true });
    expect([res.rules.length, res.scenes, res.skippedRules, res.skippedScenes]).toEqual([2, 1, 0, 0]);
    expect(f.core.automations.list()).toHaveLength(4);
    const copied = res.rules.find((r) => r.name === 'Evening at sunset')!;
    const sceneId = (copied.actions[0] as { sceneId: string }).sceneId;
    expect(f.core.automations.scenes().map((s) => s.id)).toContain(sceneId);
    expect(data.scenes.map((s) => s.id)).not.toContain(sceneId);
  });
});
