// Issue 18: names people give things (a device's new name, rooms and floors, scenes, rules, the home) come in
// through the contract. What is stored is what shows: composed (NFC), trimmed, with invisible characters
// (zero-width spaces and joiners, word joiners, byte-order marks, bidi controls, control characters) taken
// out; a name with nothing visible left is refused with a plain message, never stored as an invisible device.
import { afterEach, describe, expect, it } from 'vitest';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

const ctx = { actor: 'test' };
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', ' \u200B\t', '\u202E', '\u0007', '\u00AD', '\u0301'];

describe('names given through the contract', () => {
  const dir = tempDir();
  let f: Fixture | null = null;
  afterEach(async () => f?.core.stop());

  it('refuses a device name that is empty once invisible characters are taken out, and keeps the old name', async () => {
    f = await demoCore(dir);
    const deviceId = f.id('Kettle Plug');
    for (const name of INVISIBLE) {
      const r = await f.core.dispatch('devices.rename', { deviceId, name }, ctx);
      expect(r, JSON.stringify(name)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      if (!r.ok) expect(r.error.message).toContain('has no visible letters');
    }
    expect(f.core.devices.get(deviceId).name).toBe('Kettle Plug');
  });

  it('stores a device name composed, trimmed and without invisible characters', async () => {
    f = await demoCore(dir);
    const deviceId = f.id('Kettle Plug');
    const r = await f.core.dispatch('devices.rename', { deviceId, name: ' \uFEFFCafe\u0301\u200B Kettle\u2060\n ' }, ctx);
    expect(r).toMatchObject({ ok: true, result: { name: 'Caf\u00E9 Kettle' } });
    expect(f.core.devices.get(deviceId).name).toBe('Caf\u00E9 Kettle');
    // Right-to-left overrides could make a name read as another; emoji sequences keep their joiners.
    await f.core.dispatch('devices.rename', { deviceId, name: 'Lamp\u202E2' }, ctx);
    expect(f.core.devices.get(deviceId).name).toBe('Lamp2');
    await f.core.dispatch('devices.rename', { deviceId, name: '👩\u200D🍳 Kettle' }, ctx);
    expect(f.core.devices.get(deviceId).name).toBe('👩\u200D🍳 Kettle');
  });

  it('cleans and refuses room and floor names the same way', async () => {
    f = await demoCore(dir);
    const bad = await f.core.dispatch('areas.create', { name: '\u200B\u200D' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const badFloor = await f.core.dispatch('areas.create', { name: 'Loft', floor: '\u2060' }, ctx);
    expect(badFloor).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const made = await f.core.dispatch('areas.create', { name: 'Pan\u200Btry', floor: ' Ground\uFEFF' }, ctx);
    expect(made).toMatchObject({ ok: true, result: { name: 'Pantry', floor: 'Ground' } });
    if (!made.ok) throw new Error('not made');
    const id = (made.result as { id: string }).id;
    expect(await f.core.dispatch('areas.update', { id, name: '\uFEFF' }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(f.core.devices.areas().find((a) => a.id === id)?.name).toBe('Pantry');
  });

  it('cleans and refuses scene and rule names, and the home name', async () => {
    f = await demoCore(dir);
    expect(await f.core.dispatch('scenes.capture', { name: '\u200B' }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await f.core.dispatch('scenes.capture', { name: 'Even\u200Bing' }, ctx)).toMatchObject({ ok: true, result: { name: 'Evening' } });
    const rule = (name: string) => ({
      name, enabled: true, triggers: [{ type: 'time', at: '07:00', days: [] }], conditions: [],
      actions: [{ type: 'command', deviceId: f!.id('Kettle Plug'), capabilityId: 'onOff', value: true }],
    });
    expect(await f.core.dispatch('automations.create', { rule: rule('\u2060\u200C') }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await f.core.dispatch('automations.create', { rule: rule('Morning\u200B kettle') }, ctx)).toMatchObject({ ok: true, result: { rule: { name: 'Morning kettle' } } });
    const data = { format: 'hearth.automations', version: 1, rules: [rule('\u200B')], scenes: [] };
    expect(await f.core.dispatch('automations.import', { data }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const prefs = { name: ' Maple\u200B Cottage ', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } };
    expect(await f.core.dispatch('home.setPreferences', prefs, ctx)).toMatchObject({ ok: true, result: { name: 'Maple Cottage' } });
  });
});
