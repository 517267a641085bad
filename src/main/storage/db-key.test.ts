import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../app';
import { openSecretStore } from '../app-secrets';
import { filesContaining, fillPersonalData, PERSONAL, personalHome } from '../test/personal-home';
import { quietLog, tempDir } from '../test/temp';
import { openDatabase, rekeyDatabase } from './db';
import { databaseKey, openKeyedDatabase } from './db-key';

const NAME_ROW = "SELECT name FROM devices WHERE id = 'zwave:h-2'";

describe('database encryption at rest', () => {
  const root = tempDir();

  it('when turned on, the file holds no plaintext device names; it reopens with the stored key; the key rotates', async () => {
    const dataDir = join(root, 'a');
    const h = await personalHome(dataDir);
    await fillPersonalData(h, Date.now());
    expect(filesContaining(dataDir, PERSONAL.deviceName).map((f) => f.replace(dataDir, ''))).toContain('/hearth.db-wal');

    expect(await h.call('security.setDatabaseEncryption', { on: true })).toMatchObject({ database: { encrypted: true, cipher: 'sqlcipher' } });
    // Still usable while running, and new writes are encrypted too.
    await h.call('devices.rename', { deviceId: 'zwave:h-2', name: `${PERSONAL.deviceName} Two` });
    h.core.writer.flush();
    for (const s of [PERSONAL.deviceName, PERSONAL.room, PERSONAL.command]) expect(filesContaining(dataDir, s), s).toEqual([]);
    const firstKey = databaseKey(h.core.secrets)!;
    await h.core.stop();
    for (const s of [PERSONAL.deviceName, PERSONAL.room]) expect(filesContaining(dataDir, s), s).toEqual([]);

    // Without the key it is not a database; with the secrets store it opens as before.
    expect(() => openDatabase(join(dataDir, 'hearth.db'))).toThrow(/not a database/);
    const again = buildCore({ dataDir, host: 'hub', version: 't', log: quietLog, secrets: openSecretStore({ dataDir }) });
    expect(again.db.prepare(NAME_ROW).get()).toEqual({ name: `${PERSONAL.deviceName} Two` });
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');

    // Rotation: the old key no longer opens it, the new one does, the data is intact.
    const r = await again.dispatch('security.rotateDatabaseKey', {}, { actor: 'electron:window' });
    expect(r.ok).toBe(true);
    const secondKey = databaseKey(again.secrets)!;
    expect(secondKey.equals(firstKey)).toBe(false);
    expect(again.audit.recent(5).map((e) => e.action)).toContain('security.database.rotateKey');
    await again.stop();
    expect(() => openDatabase(join(dataDir, 'hearth.db'), { key: firstKey })).toThrow(/not a database/);
    const withNew = openDatabase(join(dataDir, 'hearth.db'), { key: secondKey });
    expect(withNew.prepare(NAME_ROW).get()).toEqual({ name: `${PERSONAL.deviceName} Two` });
    withNew.close();

    // Turning it off gives a plain SQLite file again.
    const third = buildCore({ dataDir, host: 'hub', version: 't', log: quietLog, secrets: openSecretStore({ dataDir }) });
    expect(third.security.setDatabaseEncryption(false).database.encrypted).toBe(false);
    await third.stop();
    const plain = openDatabase(join(dataDir, 'hearth.db'));
    expect(plain.prepare(NAME_ROW).get()).toEqual({ name: `${PERSONAL.deviceName} Two` });
    plain.close();
  });

  it('finishes a key change that a crash interrupted, whichever side of the re-key it stopped on', async () => {
    const dataDir = join(root, 'b');
    const file = join(dataDir, 'hearth.db');
    const secrets = openSecretStore({ dataDir });
    const h = await personalHome(dataDir, { secrets });
    await fillPersonalData(h, Date.now());
    await h.core.stop();

    // Crash after staging the key but before the re-key: the file is still plain.
    const staged = Buffer.alloc(32, 7);
    secrets.set('db.key.next', staged);
    let db = openKeyedDatabase(file, secrets);
    expect(db.prepare(NAME_ROW).get()).toEqual({ name: PERSONAL.deviceName });
    db.close();
    expect(databaseKey(secrets)).toEqual(staged);
    expect(secrets.get('db.key.next')).toBeNull();
    expect(() => openDatabase(file)).toThrow(/not a database/);

    // Crash after the re-key but before the new key was promoted.
    const next = Buffer.alloc(32, 9);
    secrets.set('db.key.next', next);
    db = openDatabase(file, { key: staged });
    rekeyDatabase(db, next);
    db.close();
    db = openKeyedDatabase(file, secrets);
    expect(db.prepare(NAME_ROW).get()).toEqual({ name: PERSONAL.deviceName });
    db.close();
    expect(databaseKey(secrets)).toEqual(next);

    // A wrong key store is refused with a plain message rather than a SQLite error.
    const wrong = openSecretStore({ dataDir: join(root, 'c') });
    wrong.set('db.key', Buffer.alloc(32, 1));
    expect(() => openKeyedDatabase(file, wrong)).toThrow('could not be opened with the stored key');
  });
});
