import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp';
import { migrate, openDatabase, schemaVersion } from './db';
import { migrations } from './migrations';

describe('database and migrations', () => {
  const dir = tempDir();

  it('creates the latest schema in an empty file, in WAL mode', () => {
    const db = openDatabase(join(dir, 'empty.db'));
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['areas', 'audit_log', 'device_state', 'devices', 'settings', 'state_history']));
    db.close();
  });

  it('upgrades a database written by an older version and keeps its data', () => {
    const file = join(dir, 'old.db');
    const old = openDatabase(file, { migrations: migrations.slice(0, 1) });
    expect(schemaVersion(old)).toBe(1);
    old.prepare("INSERT INTO areas (id, name, created_at) VALUES ('a1', 'Kitchen', 1)").run();
    old.prepare(
      "INSERT INTO devices (id, protocol, native_id, name, area_id, created_at, updated_at) VALUES ('zwave:x-2', 'zwave', 'x-2', 'Lamp', 'a1', 1, 1)",
    ).run();
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(db.prepare('SELECT name, area_id FROM devices').get()).toEqual({ name: 'Lamp', area_id: 'a1' });
    db.prepare("INSERT INTO device_state (device_id, capability_id, value, at) VALUES ('zwave:x-2', 'onOff', 'true', 2)").run();
    expect(migrate(db)).toBe(migrations.at(-1)!.version); // running again is a no-op
    db.close();
  });

  it('adds the plans, automations, traces and command-history tables to a version-2 database', () => {
    const file = join(dir, 'v2.db');
    const old = openDatabase(file, { migrations: migrations.slice(0, 2) });
    old.prepare("INSERT INTO devices (id, protocol, native_id, name, created_at, updated_at) VALUES ('zwave:x-2', 'zwave', 'x-2', 'Lamp', 1, 1)").run();
    old.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['plans', 'automations', 'scenes', 'traces', 'command_history']));
    db.prepare("INSERT INTO automations (id, name, source, body, created_at, updated_at) VALUES ('r1', 'Morning', 'nl', '{}', 1, 1)").run();
    db.prepare("INSERT INTO command_history (at, actor, text, outcome) VALUES (1, 'hub:c', 'turn on the lamp', 'Previewed.')").run();
    expect(db.prepare('SELECT name FROM devices').get()).toEqual({ name: 'Lamp' });
    db.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const file = join(dir, 'newer.db');
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer Hearth/);
  });

  it('rolls back a migration that fails, leaving the version unchanged', () => {
    const file = join(dir, 'broken.db');
    const broken = [...migrations.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE t (a); INSERT INTO nope VALUES (1);' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow();
    const db = openDatabase(file, { migrations: migrations.slice(0, 1) });
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
    db.close();
  });
});
