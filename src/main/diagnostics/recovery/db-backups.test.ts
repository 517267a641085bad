// Automatic database copies on a schedule: taken every N hours (setting), kept N deep (setting), encrypted
// like the database, one at once when the database key changes, and a restart does not reset the wait.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../../app';
import { FakeClock } from '../../test/fake-clock';
import { quietLog, tempDir } from '../../test/temp';

const root = tempDir('hearth-dbbackups-');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('scheduled database backups', () => {
  it('a new home gets its first copy 15 minutes after it starts', async () => {
    const clock = new FakeClock(new Date('2026-12-04T00:00:00Z'));
    const core = buildCore({ dataDir: join(root, 'new'), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    clock.advance(15 * 60_000 - 1);
    expect(core.backups.list()).toHaveLength(0);
    clock.advance(1);
    expect(core.backups.list().map((b) => iso(b.at))).toEqual(['2026-12-04T00:15:00.000Z']);
    await core.stop();
  });

  it('copies every N hours, keeps the newest N, each encrypted like the database; a key change makes one at once', async () => {
    const dataDir = join(root, 'a');
    const clock = new FakeClock(new Date('2026-12-04T00:00:00Z'));
    const core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    core.db.exec("CREATE TABLE pad (body TEXT); INSERT INTO pad VALUES ('living room secret')");
    core.security.setDatabaseEncryption(true);
    // Backups are encrypted with the key of their time: the key change makes a copy with the new key at once.
    expect(core.backups.list().map((b) => iso(b.at))).toEqual(['2026-12-04T00:00:00.000Z']);
    core.settings.set('diagnostics.dbBackups.everyHours', 2);
    core.settings.set('diagnostics.dbBackups.keep', 3);
    core.backups.start(); // the settings changed: re-arm with them
    clock.advance(2 * HOUR - 1);
    expect(core.backups.list()).toHaveLength(1);
    clock.advance(1);
    expect(core.backups.list()).toHaveLength(2);
    clock.advance(10 * HOUR);
    const kept = core.backups.list();
    expect(kept.map((b) => iso(b.at))).toEqual(['2026-12-04T12:00:00.000Z', '2026-12-04T10:00:00.000Z', '2026-12-04T08:00:00.000Z']);
    for (const b of kept) {
      const bytes = readFileSync(b.file);
      expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
      expect(bytes.includes('living room secret')).toBe(false);
    }
    await core.stop();
    // Stopped at 12:00 just after a copy, restarted at 13:00: the next copy is due at 14:00 (2 h after the newest), not 15:00.
    clock.advance(HOUR);
    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    clock.advance(HOUR - 1);
    expect(iso(again.backups.list()[0]!.at)).toBe('2026-12-04T12:00:00.000Z');
    clock.advance(1);
    expect(iso(again.backups.list()[0]!.at)).toBe('2026-12-04T14:00:00.000Z');
    expect(again.backups.list()).toHaveLength(3);
    await again.stop();
  });
});
