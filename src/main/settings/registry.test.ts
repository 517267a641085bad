import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { openDatabase, type Db } from '../storage/db';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';
import { allSettings, createSettings } from '.';
import { defineSetting, Settings } from './registry';

const defs = [
  defineSetting({ key: 'test.port', schema: z.string().min(1).optional(), default: undefined, description: 'A port.', userVisible: true, env: 'TEST_PORT' }),
  defineSetting({ key: 'test.count', schema: z.number().int().min(1), default: 3, description: 'How many.', userVisible: true, env: 'TEST_COUNT' }),
  defineSetting({ key: 'test.hidden', schema: z.object({ at: z.number() }), default: { at: 0 }, description: 'Bookkeeping.', userVisible: false }),
] as const;

describe('settings registry', () => {
  const dir = tempDir();
  let n = 0;
  const warnings: string[] = [];
  const log = { info() {}, warn: (m: string) => warnings.push(m), error() {} };
  const open = (): Db => openDatabase(join(dir, `s-${n++}.db`));
  let f: Fixture | null = null;
  afterEach(async () => {
    await f?.core.stop();
    f = null;
  });

  it('answers the default until a value is stored, stores JSON, and types get/set by key', () => {
    const db = open();
    const s = new Settings({ db, defs, log, now: () => 42 });
    expect(s.get('test.count')).toBe(3);
    expect(s.get('test.port')).toBeUndefined();
    expect(s.has('test.count')).toBe(false);
    s.set('test.count', 7);
    s.set('test.port', '/dev/ttyUSB0');
    expect(s.get('test.count')).toBe(7);
    expect(s.get('test.port')).toBe('/dev/ttyUSB0');
    expect(db.prepare("SELECT value, updated_at FROM settings WHERE key = 'test.count'").get()).toEqual({ value: '7', updated_at: 42 });
    expectTypeOf(s.get('test.count')).toEqualTypeOf<number>();
    expectTypeOf(s.get('test.port')).toEqualTypeOf<string | undefined>();
    expectTypeOf(s.get('test.hidden')).toEqualTypeOf<{ at: number }>();
    // @ts-expect-error: a key nobody declared does not compile
    expect(() => s.get('test.nobody')).toThrow('not declared');
    // @ts-expect-error: nor does a value of the wrong type
    expect(() => s.set('test.count', 'seven')).toThrow(HearthError);
    // Forgetting a value brings the default back.
    s.set('test.port', undefined);
    expect(s.get('test.port')).toBeUndefined();
    expect(s.has('test.port')).toBe(false);
    db.close();
  });

  it('refuses a value its schema refuses, and reads a stored value that no longer fits as the default', () => {
    const db = open();
    const s = new Settings({ db, defs, log, now: () => 1 });
    expect(() => s.set('test.count', 0)).toThrow(/Invalid value for the setting test\.count/);
    expect(s.has('test.count')).toBe(false);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('test.count', '\"many\"', 1), ('test.hidden', 'not json', 1)").run();
    warnings.length = 0;
    expect(s.get('test.count')).toBe(3);
    expect(s.get('test.count')).toBe(3);
    expect(s.get('test.hidden')).toEqual({ at: 0 });
    expect(warnings).toEqual(['the saved setting test.count is not valid; using its default', 'the saved setting test.hidden is not valid; using its default']);
    db.close();
  });

  it('reads what the table holds now, also when it changed behind its back, and never hands out a shared object', () => {
    const db = open();
    const s = new Settings({ db, defs, log, now: () => 1 });
    s.set('test.count', 5);
    expect(s.get('test.count')).toBe(5);
    db.prepare("UPDATE settings SET value = '9' WHERE key = 'test.count'").run();
    expect(s.get('test.count')).toBe(9);
    db.prepare("DELETE FROM settings WHERE key = 'test.count'").run();
    expect(s.get('test.count')).toBe(3);
    s.set('test.hidden', { at: 2 });
    s.get('test.hidden').at = 99;
    expect(s.get('test.hidden')).toEqual({ at: 2 });
    db.close();
  });

  it('lets an environment variable override a stored value, parsed by the schema, and says which', () => {
    const db = open();
    warnings.length = 0;
    const s = new Settings({ db, defs, log, now: () => 1, env: { TEST_PORT: 'COM3', TEST_COUNT: '0' } });
    s.set('test.port', '/dev/ttyACM0');
    expect(s.get('test.port')).toBe('COM3');
    expect(s.stored('test.port')).toBe('/dev/ttyACM0');
    expect(s.overriddenBy('test.port')).toBe('TEST_PORT');
    // An environment value its schema refuses is said, and the stored setting stays in force.
    expect(warnings).toEqual(['TEST_COUNT is not a valid value for test.count; using the saved setting instead']);
    expect(s.overriddenBy('test.count')).toBeNull();
    const numeric = new Settings({ db, defs, log, now: () => 1, env: { TEST_COUNT: '12' } });
    expect(numeric.get('test.count')).toBe(12);
    expect(numeric.report().map((r) => [r.key, r.value, r.overriddenBy])).toEqual([
      ['test.count', 12, 'TEST_COUNT'],
      ['test.port', '/dev/ttyACM0', null],
    ]);
    expect(numeric.report({ all: true }).map((r) => r.key)).toEqual(['test.count', 'test.hidden', 'test.port']);
    db.close();
  });

  it('refuses a key declared twice', () => {
    const db = open();
    const twice = [defs[1], defineSetting({ key: 'test.count', schema: z.number(), default: 1, description: 'Again.', userVisible: false })] as const;
    expect(() => new Settings({ db, defs: twice, log, now: () => 1 })).toThrow('setting test.count is declared twice');
    db.close();
  });

  it('declares every key the app stores, each with a description and a default its schema accepts', async () => {
    for (const def of allSettings) {
      expect(def.description.length, def.key).toBeGreaterThan(10);
      expect(def.schema.safeParse(def.default).success, def.key).toBe(true);
    }
    f = await demoCore(dir);
    const { core } = f;
    const ctx = { actor: 'test' };
    await core.dispatch('plans.setSettings', { autoRunSimple: true }, ctx);
    await core.dispatch('automations.setSettings', { chainLimit: 20 }, ctx);
    await core.dispatch('automations.setLocation', { location: { lat: 52, lon: 4 } }, ctx);
    await core.dispatch('home.setPreferences', { name: 'Maple', location: { kind: 'none' }, units: { temperature: 'C', clock: '12h' } }, ctx);
    await core.dispatch('onboarding.update', { step: 'radio' }, ctx);
    await core.dispatch('privacy.setRetention', { category: 'history', days: 30 }, ctx);
    await core.dispatch('security.setDatabaseEncryption', { on: true }, ctx);
    const keys = (core.db.prepare('SELECT key FROM settings').all() as { key: string }[]).map((r) => r.key);
    expect(keys.length).toBeGreaterThanOrEqual(7);
    for (const key of keys) expect(core.settings.declares(key), key).toBe(true);
    expect(core.settings.get('plans.autoRunSimple')).toBe(true);
    expect(core.settings.get('privacy.retention')).toEqual({ history: 30 });
    // The Settings API lists what a person sees, with the values in force.
    const listed = await core.dispatch('settings.list', {}, ctx);
    if (!listed.ok) throw new Error(listed.error.message);
    const byKey = new Map((listed.result as { key: string; value: unknown }[]).map((r) => [r.key, r.value]));
    expect(byKey.get('plans.autoRunSimple')).toBe(true);
    expect(byKey.get('automations.settings')).toEqual({ chainLimit: 20 });
    expect(byKey.has('onboarding')).toBe(false);
  });

  it('is built with the environment the host passes: HEARTH_ZWAVE_PORT and the Zigbee stick variables override the saved radios', () => {
    const db = open();
    const s = createSettings({ db, log, now: () => 1, env: {} });
    expect(s.get('home.location')).toBeNull();
    expect(s.report().every((r) => r.userVisible)).toBe(true);
    s.set('radios.zwave.port', '/dev/ttyACM0');
    const env = { HEARTH_ZWAVE_PORT: 'COM3', HEARTH_ZIGBEE_PORT: 'COM4', HEARTH_ZIGBEE_ADAPTER: 'ember' };
    const overridden = createSettings({ db, log, now: () => 1, env });
    expect([overridden.get('radios.zwave.port'), overridden.get('radios.zigbee.port'), overridden.get('radios.zigbee.adapter')]).toEqual(['COM3', 'COM4', 'ember']);
    expect(overridden.overriddenBy('radios.zwave.port')).toBe('HEARTH_ZWAVE_PORT');
    expect(overridden.stored('radios.zwave.port')).toBe('/dev/ttyACM0');
    warnings.length = 0;
    expect(createSettings({ db, log, now: () => 1, env: { HEARTH_ZIGBEE_ADAPTER: 'ezsp' } }).get('radios.zigbee.adapter')).toBeUndefined();
    expect(warnings).toEqual(['HEARTH_ZIGBEE_ADAPTER is not a valid value for radios.zigbee.adapter; using the saved setting instead']);
    db.close();
  });
});
