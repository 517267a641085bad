// One running Hearth per data folder: a lock file holding the owner's pid; a stale lock is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { HearthError } from '../shared/errors';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'hearth.lock');
  if (heldHere.has(file)) {
    throw new HearthError('CONFLICT', 'Hearth is already running with this data folder.', 'Use the running Hearth, or another --data-dir.');
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new HearthError('CONFLICT', `Hearth is already running with this data folder (process ${pid}).`, 'Switch to the running Hearth, or use another --data-dir.');
      }
      unlinkSync(file);
    }
  }
  throw new HearthError('CONFLICT', 'Could not lock the data folder.', 'Check its permissions.');
}
