// jsonl-db (zwave-js's cache files) leaves a lock held when it closes a file whose lock proper-lockfile's
// default check calls stale; releaseCacheLocks frees it so the next Driver can open the cache.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonlDB } from '@alcalzone/jsonl-db';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseCacheLocks } from './cache-locks';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function cache() {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-locks-'));
  dirs.push(dir);
  const lockDir = join(dir, 'locks');
  const db = () => new JsonlDB(join(dir, 'c0ffee01.jsonl'), { lockfile: { directory: lockDir } });
  return { lockDir, db, lock: join(lockDir, 'c0ffee01.jsonl.lock') };
}

describe('zwave-js cache locks', () => {
  it('a lock last refreshed over 10 s ago survives close(); releaseCacheLocks frees it and the file opens again', async () => {
    const c = cache();
    const first = c.db();
    await first.open();
    // The lock's age as it is late in a session (jsonl-db refreshes it every 50 s under NODE_ENV=test).
    const old = new Date(Date.now() - 11_000);
    utimesSync(c.lock, old, old);
    await first.close();
    expect(existsSync(c.lock)).toBe(true);
    await expect(c.db().open()).rejects.toThrow(/Failed to lock DB file/);

    expect(await releaseCacheLocks(c.lockDir)).toEqual(['c0ffee01.jsonl']);
    expect(existsSync(c.lock)).toBe(false);
    const second = c.db();
    await second.open();
    await second.close();
  });

  it('leaves alone a lock another process holds, and copes with no lock folder', async () => {
    const c = cache();
    mkdirSync(c.lock, { recursive: true }); // what proper-lockfile in another process would have made
    expect(await releaseCacheLocks(c.lockDir)).toEqual([]);
    expect(existsSync(c.lock)).toBe(true);
    expect(await releaseCacheLocks(join(c.lockDir, 'nope'))).toEqual([]);
  });
});
