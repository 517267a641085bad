// A damaged database at start-up, with a real encrypted SQLite file: pages overwritten in the middle, the file
// cut short, a garbage header, an empty file. Each is recognised as damage (not as a wrong key), moved aside
// with a timestamp, and the newest automatic backup is restored; the person is told what was lost.
import { existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../../app';
import { HearthError } from '../../../shared/errors';
import { FakeClock } from '../../test/fake-clock';
import { quietLog, tempDir } from '../../test/temp';
import { DbBackups } from './db-backups';

const root = tempDir('hearth-recovery-');
let n = 0;
const PAGE = 4096;

function core(dataDir: string, clock: FakeClock): Core {
  return buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
}

/** An encrypted home with 600 rows (~40 pages), a backup, then 5 more rows the backup does not have. */
async function seeded(): Promise<{ dir: string; clock: FakeClock; backupAt: number }> {
  const dir = join(root, `home-${n++}`);
  const clock = new FakeClock(new Date('2026-12-04T08:00:00Z'));
  const c = core(dir, clock);
  c.security.setDatabaseEncryption(true);
  c.db.exec('CREATE TABLE pad (id INTEGER PRIMARY KEY, body TEXT)');
  const ins = c.db.prepare('INSERT INTO pad (body) VALUES (?)');
  c.db.transaction(() => {
    for (let i = 0; i < 600; i++) ins.run(`row ${i} `.padEnd(200, 'x'));
  })();
  const backups = new DbBackups({ db: c.db, dir: join(dir, 'backups', 'database'), log: quietLog, clock, keep: () => 3, everyHours: () => 6 });
  const backupAt = backups.backupNow().at;
  clock.advance(10 * 60_000); // before the core's own first scheduled copy (15 minutes after start)
  for (let i = 0; i < 5; i++) ins.run(`after backup ${i}`);
  await c.stop();
  // The file is encrypted: no SQLite header, no row text in clear.
  const bytes = readFileSync(join(dir, 'hearth.db'));
  expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  expect(bytes.includes('row 1')).toBe(false);
  return { dir, clock, backupAt };
}

function overwrite(file: string, at: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

function garbage(len: number): Buffer {
  return Buffer.from(Array.from({ length: len }, (_, i) => (i * 131 + 7) & 0xff));
}

async function expectRestored(dir: string, clock: FakeClock, backupAt: number): Promise<void> {
  clock.advance(60_000);
  const c = core(dir, clock);
  try {
    expect(c.db.prepare('SELECT count(*) AS n FROM pad').get()).toEqual({ n: 600 });
    const r = c.recovery;
    expect(r).not.toBeNull();
    expect(r!.lostSince).toBe(backupAt);
    expect(r!.message).toMatch(/damaged/);
    expect(r!.message).toMatch(/2026-12-04 08:00 UTC/);
    expect(r!.message).toMatch(/Changes made after that time .* were lost/);
    // Moved aside with a timestamp, not deleted: support can still look at it.
    const aside = readdirSync(dir).filter((f) => /^hearth\.db\.corrupt-\d{8}T\d{9}Z$/.test(f));
    expect(aside).toHaveLength(1);
    expect(r!.movedTo).toBe(join(dir, aside[0]!));
    // The audit log records it; the restored file is still encrypted.
    expect(c.audit.recent(10).map((e) => e.action)).toContain('system.database.restored');
    expect(c.audit.verify()).toBeNull();
    expect(c.info().notices?.[0]).toMatchObject({ kind: 'database.restored', message: r!.message });
    // And it is an alert (kept until dismissed), with the article on backups and restore.
    expect(c.health.alerts()).toEqual([expect.objectContaining({ kind: 'database.restored', level: 'warning', fix: expect.objectContaining({ article: 'backups-restore' }) })]);
    expect(c.security.status().database.encrypted).toBe(true);
  } finally {
    await c.stop();
  }
  // Next start: nothing to recover, no second report.
  const again = core(dir, clock);
  expect(again.recovery).toBeNull();
  await again.stop();
}

describe('a damaged database at start-up', () => {
  it('pages overwritten in the middle of the file: found by quick_check and restored from the backup', async () => {
    const { dir, clock, backupAt } = await seeded();
    const file = join(dir, 'hearth.db');
    const pages = statSync(file).size / PAGE;
    expect(pages).toBeGreaterThan(20);
    overwrite(file, Math.floor(pages / 2) * PAGE, garbage(3 * PAGE));
    await expectRestored(dir, clock, backupAt);
  });

  it('a file cut short: restored from the backup', async () => {
    const { dir, clock, backupAt } = await seeded();
    const file = join(dir, 'hearth.db');
    truncateSync(file, Math.floor(statSync(file).size / 2) + 100);
    await expectRestored(dir, clock, backupAt);
  });

  it('a garbage header is damage, not a wrong key, when the backup opens with the stored key', async () => {
    const { dir, clock, backupAt } = await seeded();
    overwrite(join(dir, 'hearth.db'), 0, garbage(100));
    await expectRestored(dir, clock, backupAt);
  });

  it('an empty file is not opened as a new, empty home', async () => {
    const { dir, clock, backupAt } = await seeded();
    writeFileSync(join(dir, 'hearth.db'), '');
    await expectRestored(dir, clock, backupAt);
  });

  it('after the key was rotated, the backups made with the old key do not leave the home without a usable one', async () => {
    const { dir, clock } = await seeded();
    clock.advance(60_000);
    const c = core(dir, clock);
    c.security.rotateDatabaseKey();
    const rotatedAt = clock.now();
    await c.stop();
    overwrite(join(dir, 'hearth.db'), 0, garbage(100));
    clock.advance(60_000);
    const again = core(dir, clock);
    try {
      expect(again.recovery?.lostSince).toBe(rotatedAt);
      expect(again.db.prepare('SELECT count(*) AS n FROM pad').get()).toEqual({ n: 605 });
    } finally {
      await again.stop();
    }
  });

  it('a damaged file without any backup: a clear error, and the file is left where it is', async () => {
    const { dir, clock } = await seeded();
    for (const f of readdirSync(join(dir, 'backups', 'database'))) writeFileSync(join(dir, 'backups', 'database', f), garbage(PAGE));
    const file = join(dir, 'hearth.db');
    overwrite(file, 20 * PAGE, garbage(2 * PAGE));
    const err = (() => {
      try {
        core(dir, clock);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(HearthError);
    expect((err as HearthError).message).toMatch(/damaged .* no automatic backup/);
    expect((err as HearthError).next).toMatch(/Restore the data folder/);
    expect(existsSync(file)).toBe(true);
  });

  it('a really wrong key (no backup opens with it either) is still reported as a wrong key', async () => {
    const { dir, clock } = await seeded();
    // Another key in the secret store: neither the database nor its backups open with it.
    const secrets = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as { values: Record<string, string> };
    const other = core(join(root, `other-${n++}`), clock);
    other.security.setDatabaseEncryption(true);
    const otherSecrets = JSON.parse(readFileSync(join(other.info().dataDir, 'secrets.json'), 'utf8')) as { values: Record<string, string> };
    await other.stop();
    writeFileSync(join(dir, 'secrets.key'), readFileSync(join(other.info().dataDir, 'secrets.key')), { mode: 0o600 });
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ ...secrets, values: { ...secrets.values, 'db.key': otherSecrets.values['db.key'] } }));
    expect(() => core(dir, clock)).toThrow(/could not be opened with the stored key/);
    expect(readdirSync(dir).some((f) => f.includes('corrupt'))).toBe(false);
  });
});
