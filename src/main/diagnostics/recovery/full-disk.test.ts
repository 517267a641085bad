// A full disk, for real: SQLite's own size limit on the connection (PRAGMA max_page_count) makes every write
// that needs a new page fail with SQLITE_FULL, exactly as ENOSPC does underneath. Writes then fail with one
// clear notice (not one per write), nothing committed is lost, the queue of waiting states stays bounded, and
// writing resumes by itself once there is room again.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SystemNotice } from '../../../shared/contract';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { quietLog, tempDir } from '../../test/temp';
import { createDispatcher, type Handlers } from '../../transport/dispatch';

const dir = tempDir('hearth-fulldisk-');
const ctx = { actor: 'test' };

describe('a full disk', () => {
  let f: Fixture;
  afterEach(async () => {
    await f.core.stop();
  });

  const fill = (db: Fixture['core']['db']) => {
    db.exec('CREATE TABLE IF NOT EXISTS ballast (b BLOB)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 4}`);
    // Use up the room left, free pages too, so the next write needs a new page.
    try {
      for (;;) db.prepare('INSERT INTO ballast VALUES (randomblob(2000))').run();
    } catch (err) {
      expect((err as { code: string }).code).toBe('SQLITE_FULL');
    }
  };

  it('says so once, keeps what was saved, bounds the queue, and saves again when space returns', async () => {
    f = await demoCore(dir);
    const { core, radio } = f;
    const notices: SystemNotice[] = [];
    core.bus.on('system.notice', 'test', (n) => notices.push(n));
    const lamp = f.id('Floor Lamp');
    const nativeId = radio.devices().find((d) => d.suggestedName === 'Floor Lamp')!.nativeId;
    radio.emit({ type: 'state', nativeId, capabilityId: 'level', value: 10, at: Date.now() });
    core.writer.flush();
    const savedHistory = (core.db.prepare('SELECT count(*) AS n FROM state_history').get() as { n: number }).n;

    fill(core.db);

    // Thousands of state changes while the disk is full: one notice, however many flushes fail.
    for (let i = 0; i < 30_000; i++) radio.emit({ type: 'state', nativeId, capabilityId: 'level', value: i % 100, at: Date.now() + i });
    for (let i = 0; i < 5; i++) core.writer.flush();
    expect(core.writer.failing).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'storage.full', level: 'error' });
    expect(notices[0]!.message).toMatch(/disk is full/);
    expect(notices[0]!.next).toMatch(/Free some space/);
    // The queue does not grow without end.
    expect(core.writer.pending).toBeLessThanOrEqual(20_000);

    // A request whose write needs room gets a clear error, not SQLite's (the real SQLITE_FULL, through the dispatcher).
    const dispatch = createDispatcher(
      { 'devices.rename': () => core.db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)').run(lamp, 'x', 'y'.repeat(8000), 1) } as unknown as Handlers,
      quietLog,
    );
    const r = await dispatch('devices.rename', { deviceId: lamp, name: 'Reading Lamp' }, ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ message: expect.stringMatching(/disk is full/), next: expect.stringMatching(/Free some space/) });

    // Nothing committed before is lost; the file is sound.
    expect((core.db.prepare('SELECT count(*) AS n FROM state_history').get() as { n: number }).n).toBe(savedHistory);
    expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');

    // Space returns: the waiting states are written, the latest value among them, and one notice says so.
    core.db.exec('DROP TABLE ballast');
    core.db.pragma('max_page_count = 1073741823');
    core.writer.flush();
    expect(core.writer.failing).toBe(false);
    expect(core.writer.pending).toBe(0);
    expect(notices.map((n) => n.kind)).toEqual(['storage.full', 'storage.resumed']);
    expect(notices[1]!.message).toMatch(/older history values were not kept/);
    const state = core.db.prepare("SELECT value FROM device_state WHERE device_id = ? AND capability_id = 'level'").get(lamp) as { value: string };
    expect(JSON.parse(state.value)).toBe(29_999 % 100);
    const rename = await core.dispatch('devices.rename', { deviceId: lamp, name: 'Reading Lamp' }, ctx);
    expect(rename.ok).toBe(true);
  });

  // The same with a real file system that runs out of space (ENOSPC underneath): scripts/netns-run.sh (which
  // npm test uses) mounts an 8 MB tmpfs in its own mount namespace and names it in HEARTH_TINY_FS.
  it.skipIf(!process.env.HEARTH_TINY_FS)('a real full file system (tmpfs): one notice, nothing lost, saves again once space is freed', async () => {
    const fsDir = process.env.HEARTH_TINY_FS!;
    f = await demoCore(fsDir);
    const { core, radio } = f;
    const notices: SystemNotice[] = [];
    core.bus.on('system.notice', 'test', (n) => notices.push(n));
    const lamp = f.id('Floor Lamp');
    const nativeId = radio.devices().find((d) => d.suggestedName === 'Floor Lamp')!.nativeId;
    radio.emit({ type: 'state', nativeId, capabilityId: 'level', value: 10, at: Date.now() });
    core.writer.flush();
    const count = () => (core.db.prepare('SELECT count(*) AS n FROM state_history').get() as { n: number }).n;
    const saved = count();
    // Fill the file system to the last byte.
    const ballast = join(fsDir, 'ballast');
    const fd = openSync(ballast, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    try {
      for (;;) writeSync(fd, chunk, 0, 512);
    } catch {
      // full to the byte
    }
    closeSync(fd);
    for (let i = 0; i < 30_000; i++) radio.emit({ type: 'state', nativeId, capabilityId: 'level', value: i % 100, at: Date.now() + i });
    for (let i = 0; i < 5; i++) core.writer.flush();
    expect(core.writer.failing).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'storage.full', level: 'error', message: expect.stringMatching(/disk is full/) });
    expect(core.writer.pending).toBeLessThanOrEqual(20_000);
    expect(count()).toBe(saved);

    unlinkSync(ballast);
    core.writer.flush();
    expect(core.writer.failing).toBe(false);
    expect(notices.map((n) => n.kind)).toEqual(['storage.full', 'storage.resumed']);
    const state = core.db.prepare("SELECT value FROM device_state WHERE device_id = ? AND capability_id = 'level'").get(lamp) as { value: string };
    expect(JSON.parse(state.value)).toBe(29_999 % 100);
    expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
