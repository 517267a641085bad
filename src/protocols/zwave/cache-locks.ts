// The locks on zwave-js's cache files (network cache, values, metadata): each is a jsonl-db file locked with
// proper-lockfile, a `<name>.lock` folder in the lock folder whose mtime a timer in this process keeps fresh.
//
// jsonl-db (4.0.2) closes a file without releasing its lock when proper-lockfile's check() calls the lock
// stale: check() uses its default 10 s staleness, not the one the lock was taken with. A lock older than
// that (under NODE_ENV=test jsonl-db locks with 100 s staleness, refreshed every 50 s; otherwise a refresh
// delayed more than 5 s on a busy machine) therefore outlives the destroyed Driver: its folder stays and the
// refresh timer keeps it fresh, so the next Driver on the same cache folder fails with "Failed to lock DB
// file" until the process exits. Once a Driver is destroyed, its locks are ours to release.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { unlock } from '@alcalzone/proper-lockfile';

/**
 * Releases the cache locks this process still holds in `lockDir`; call it only after the Driver that took
 * them is destroyed. Locks of other processes are left alone (proper-lockfile only unlocks its own).
 * Returns the names of the files whose lock was released.
 */
export async function releaseCacheLocks(lockDir: string): Promise<string[]> {
  const entries = await readdir(lockDir).catch(() => [] as string[]);
  const released: string[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('.lock')) continue;
    const file = entry.slice(0, -'.lock'.length);
    try {
      await unlock(join(lockDir, file), { realpath: false });
      released.push(file);
    } catch (err) {
      if ((err as { code?: string }).code !== 'ENOTACQUIRED') throw err;
    }
  }
  return released;
}
