// Automatic database copies on a schedule: taken every N hours (setting), kept N deep (setting), encrypted
// like the database, and a restart does not reset the wait.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../../app';
import { FakeClock } from '../../test/fake-clock';
import { quietLog, tempDir } from '../../test/temp';

const root = tempDir('hearth-dbbackups-');
const HOUR = 3_600_000;

describe('scheduled database backups', () => {
  it('copies the database every N hours, keeps the newest N, each encrypted like the database', async () => {
    const dataDir = join(root, 'a');
    const clock = new FakeClock(new Date('2026-12-04T00:00:00Z'));
    const core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    core.security.setDatabaseEncryption(true);
    core.settings.set('diagnostics.dbBackups.everyHours', 2);
    core.settings.set('diagnostics.dbBackups.keep', 3);
    core.db.exec("CREATE TABLE pad (body TEXT); INSERT INTO pad VALUES ('living room secret')");
    core.backups.start(); // the settings changed: re-arm with them
    // The first copy 15 minutes after the first start, then every 2 hours.
    clock.advance(15 * 60_000 - 1);
    expect(core.backups.list()).toHaveLength(0);
    clock.advance(1);
    expect(core.backups.list()).toHaveLength(1);
    clock.advance(2 * HOUR - 15 * 60_000);
    expect(core.backups.list()).toHaveLength(1);
    clock.advance(10 * HOUR + 15 * 60_000);
    const kept = core.backups.list();
    expect(kept.map((b) => new Date(b.at).toISOString())).toEqual(['2026-12-04T12:15:00.000Z', '2026-12-04T10:15:00.000Z', '2026-12-04T08:15:00.000Z']);
    for (const b of kept) {
      const bytes = readFileSync(b.file);
      expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
      expect(bytes.includes('living room secret')).toBe(false);
    }
    await core.stop();
    // Stopped at 12:15 just after a copy, restarted at 13:15: the next copy is due at 14:15 (2 h after the newest), not 15:15.
    clock.advance(HOUR);
    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    clock.advance(HOUR - 1);
    expect(again.backups.list()[0]!.at).toBe(Date.parse('2026-12-04T12:15:00Z'));
    clock.advance(1);
    expect(again.backups.list()[0]!.at).toBe(Date.parse('2026-12-04T14:15:00Z'));
    expect(again.backups.list()).toHaveLength(3);
    await again.stop();
  });
});
