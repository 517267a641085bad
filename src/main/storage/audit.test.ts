import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore, plainCodec } from '../secrets';
import { tempDir } from '../test/temp';
import { AuditLog } from './audit';
import { fileSeal, type AuditSealStore } from './audit-seal';
import { openDatabase } from './db';

describe('audit log', () => {
  const dir = tempDir();
  // A fresh seal store each time, as after a restart: nothing is remembered in memory between two of them.
  const store = (name: string): AuditSealStore => fileSeal(join(dir, `${name}.seal`), new FileSecretStore({ file: join(dir, `${name}.secrets.json`), codec: plainCodec }));

  it('chains entries so that edits and deletions show', () => {
    const db = openDatabase(join(dir, 'a.db'));
    const log = new AuditLog({ db, seal: store('a'), now: () => 1000 });
    log.append({ actor: 'hub:client-1', action: 'device.command', target: 'zwave:x-2', detail: { value: true } });
    log.append({ actor: 'hub:client-1', action: 'device.rename', target: 'zwave:x-2', detail: { name: 'Lamp' } });
    log.append({ actor: 'electron:window', action: 'device.command', target: 'zwave:x-3' });
    expect(log.verify()).toBeNull();

    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone' WHERE id = 2").run()).toThrow(/append-only/);
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(log.verify()).toEqual({ brokenAt: 3, message: 'Entries were removed or changed before entry 3.' });
    db.close();
  });

  it('shows the newest entries removed behind its back, after reopening and after new entries', () => {
    const file = join(dir, 'b.db');
    const seal = () => store('b');
    let db = openDatabase(file);
    let log = new AuditLog({ db, seal: seal(), now: () => 1000 });
    for (let i = 0; i < 6; i++) log.append({ actor: 'hub:client-1', action: 'api.devices.list' });
    db.close();

    db = openDatabase(file);
    db.prepare('DELETE FROM audit_log WHERE id > 4').run();
    db.close();

    db = openDatabase(file);
    log = new AuditLog({ db, seal: seal(), now: () => 2000 });
    expect(log.verify()).toEqual({
      brokenAt: null,
      message: 'The newest entries of the audit log were removed: it now ends at entry 4, but Hearth last wrote entry 6.',
    });
    log.append({ actor: 'hub:client-1', action: 'api.devices.list' });
    expect(log.verify()).toEqual({ brokenAt: 5, message: 'Entries were removed or changed before entry 5.' });
    db.close();
  });

  it('shows a log emptied behind its back', () => {
    const file = join(dir, 'c.db');
    const seal = () => store('c');
    let db = openDatabase(file);
    const log = new AuditLog({ db, seal: seal(), now: () => 1000 });
    for (let i = 0; i < 3; i++) log.append({ actor: 'cli', action: 'api.privacy.export' });
    db.prepare('DELETE FROM audit_log').run();
    db.close();

    db = openDatabase(file);
    expect(new AuditLog({ db, seal: seal(), now: () => 2000 }).verify()).toEqual({
      brokenAt: null,
      message: 'All entries of the audit log were removed: Hearth last wrote entry 3, and none is left.',
    });
    db.close();
  });

  it('shows entries added behind its back after the last one it wrote', () => {
    const db = openDatabase(join(dir, 'd.db'));
    const log = new AuditLog({ db, seal: store('d'), now: () => 1000 });
    log.append({ actor: 'cli', action: 'api.privacy.export' });
    const last = log.recent(1)[0]!;
    // Someone else's writer, without Hearth's secrets, adds an entry that chains correctly from the last one.
    new AuditLog({ db, seal: store('d-forger'), now: () => 1000 }).append({ actor: 'someone', action: 'api.privacy.export' });
    expect(log.verify()).toMatchObject({ brokenAt: last.id + 1, message: `Entry ${last.id + 1} and any after it were not written by Hearth.` });
    db.close();
  });

  it('erasure starts a fresh chain that verifies; retention moves the sealed start', () => {
    const db = openDatabase(join(dir, 'e.db'));
    let now = 1000;
    const log = new AuditLog({ db, seal: store('e'), now: () => now });
    for (let i = 0; i < 4; i++) log.append({ actor: 'cli', action: 'api.privacy.overview' });
    log.reset();
    expect(log.count()).toBe(0);
    expect(log.verify()).toBeNull();
    log.append({ actor: 'cli', action: 'api.privacy.erase' });
    now = 5000;
    log.append({ actor: 'cli', action: 'api.privacy.overview' });
    expect(log.prune(2000)).toBe(1);
    expect(log.verify()).toBeNull();
    db.close();
  });

  it('adopts a log written before the seal as it is, and reports a seal that goes missing later', () => {
    const file = join(dir, 'f.db');
    let db = openDatabase(file);
    // Written by a Hearth without the seal: chained rows, nothing in the secrets.
    const old = new AuditLog({ db, seal: store('f-old'), now: () => 1000 });
    old.append({ actor: 'cli', action: 'api.privacy.export' });
    db.prepare('UPDATE audit_anchor SET sealed = 0').run();
    db.close();

    db = openDatabase(file);
    const seal = () => store('f');
    const log = new AuditLog({ db, seal: seal(), now: () => 2000 });
    expect(log.verify()).toBeNull();
    log.append({ actor: 'cli', action: 'api.privacy.export' });
    expect(log.verify()).toBeNull();
    db.close();

    rmSync(join(dir, 'f.seal'));
    db = openDatabase(file);
    expect(new AuditLog({ db, seal: seal(), now: () => 3000 }).verify()).toEqual({
      brokenAt: null,
      message: 'Hearth’s sealed record of the newest audit entry is missing, so entries removed from the end of the log cannot be ruled out.',
    });
    db.close();
  });

  it('reports a seal changed by something other than Hearth (its key is in the secret store)', () => {
    const file = join(dir, 'g.db');
    let db = openDatabase(file);
    const log = new AuditLog({ db, seal: store('g'), now: () => 1000 });
    for (let i = 0; i < 4; i++) log.append({ actor: 'cli', action: 'api.privacy.export' });
    db.prepare('DELETE FROM audit_log WHERE id > 2').run();
    db.close();
    // Whoever removed the entries also moves the seal back to the new end, but cannot sign it.
    const sealFile = join(dir, 'g.seal');
    const bytes = readFileSync(sealFile);
    const row = openDatabase(file).prepare('SELECT id, hash FROM audit_log WHERE id = 2').get() as { id: number; hash: string };
    for (const at of [0, 512]) {
      const text = bytes.subarray(at, at + 512).toString('utf8').trim();
      const slot = JSON.parse(text) as { seal: { head: { id: number; hash: string } } };
      slot.seal.head = row;
      Buffer.alloc(512, 0x20).copy(bytes, at);
      bytes.write(JSON.stringify(slot), at, 'utf8');
    }
    writeFileSync(sealFile, bytes);
    db = openDatabase(file);
    expect(new AuditLog({ db, seal: store('g'), now: () => 2000 }).verify()).toEqual({
      brokenAt: null,
      message: 'Hearth’s sealed record of the newest audit entry was changed by something other than Hearth, so the end of the log cannot be trusted.',
    });
    db.close();
  });
});
