// Start-up of the database with recovery: a file that fails to open because it is damaged (SQLite reports it
// corrupt, `PRAGMA quick_check` finds damage, or it is empty while backups exist) is moved aside with a
// timestamp and replaced by the newest automatic backup that opens and passes the check. A damaged first page
// looks to SQLCipher exactly like a wrong key ("file is not a database"); it is told apart by the backups:
// if a backup opens with the stored key, the key is right and the file is damaged. The report says what
// happened and what was lost (every change since the backup's time); the core shows it and audits it.
import { copyFileSync, existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HearthError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import type { SecretStore } from '../../secrets';
import { isCorrupt, isWrongKey, openDatabase, type Db, type OpenOptions } from '../../storage/db';
import { candidateKeys, openKeyedDatabase } from '../../storage/db-key';
import { listDbBackups, type DbBackup } from './db-backups';

export interface DatabaseRecovery {
  /** When the damage was found. */
  at: number;
  /** What was wrong, in words. */
  reason: string;
  /** Where the damaged file (and its write-ahead log) now is. */
  movedTo: string;
  restoredFrom: { file: string; at: number };
  /** Changes made after this time are lost (the backup's time). */
  lostSince: number;
  /** One plain paragraph for the person: what happened and what was lost. */
  message: string;
}

export interface RecoveryDeps {
  backupsDir: string;
  now: () => number;
  log: Logger;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('.', '');
}

/** Opens the backup read-only with one of the stored keys and runs the integrity check; true if it is usable. */
function backupOpens(backup: DbBackup, keys: (Buffer | null)[], opts: Omit<OpenOptions, 'key'>): boolean {
  for (const key of keys) {
    let db: Db | null = null;
    try {
      db = openDatabase(backup.file, { ...opts, key, readonly: true });
      return true;
    } catch {
      // wrong key or damaged copy: try the next key, then the next backup
    } finally {
      db?.close();
    }
  }
  return false;
}

function damage(err: unknown): string {
  if (isCorrupt(err)) return `SQLite found it damaged (${(err as Error).message})`;
  return 'its first page is unreadable';
}

export function openDatabaseWithRecovery(
  file: string,
  secrets: SecretStore,
  opts: Omit<OpenOptions, 'key'>,
  deps: RecoveryDeps,
): { db: Db; recovery: DatabaseRecovery | null } {
  const backups = listDbBackups(deps.backupsDir);
  const keys = candidateKeys(secrets);
  const usable = () => backups.find((b) => backupOpens(b, keys, opts)) ?? null;
  let reason: string;
  let restore: DbBackup | null;
  if (existsSync(file) && statSync(file).size === 0 && backups.length > 0) {
    // SQLite would open an empty file as a new, empty database: every device and rule would silently be gone.
    reason = 'the file is empty';
    restore = usable();
  } else {
    try {
      return { db: openKeyedDatabase(file, secrets, opts), recovery: null };
    } catch (err) {
      const wrongKey = err instanceof HearthError && err.code === 'UNAUTHORIZED';
      if (!isCorrupt(err) && !wrongKey && !isWrongKey(err)) throw err;
      restore = usable();
      // Without a backup that the stored key opens, a wrong key cannot be ruled out: say so, as before.
      if (!isCorrupt(err) && !restore) throw err;
      reason = damage(err);
    }
  }
  if (!restore) {
    throw new HearthError(
      'INTERNAL',
      `The database in this data folder is damaged (${reason}) and there is no automatic backup to restore it from.`,
      'Restore the data folder from your own backup, or move hearth.db out of the data folder to start with an empty home.',
      { file },
    );
  }
  const at = deps.now();
  const movedTo = `${file}.corrupt-${stamp(at)}`;
  renameSync(file, movedTo);
  for (const side of ['-wal', '-shm']) if (existsSync(file + side)) renameSync(file + side, movedTo + side);
  copyFileSync(restore.file, file);
  const db = openKeyedDatabase(file, secrets, opts);
  const when = new Date(restore.at).toISOString().replace('T', ' ').slice(0, 16);
  const recovery: DatabaseRecovery = {
    at,
    reason,
    movedTo,
    restoredFrom: { file: restore.file, at: restore.at },
    lostSince: restore.at,
    message:
      `Hearth's database was damaged (${reason}). It was moved aside as ${basename(movedTo)} and restored from the automatic backup of ${when} UTC. ` +
      `Changes made after that time (device states, renamed devices, new or edited rules) were lost.`,
  };
  deps.log.error(`database recovered: ${recovery.message}`);
  return { db, recovery };
}

/** Damaged database files moved aside at start-up (with their write-ahead logs): copies of personal data. */
export function damagedCopies(file: string): string[] {
  const dir = dirname(file);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(file)}.corrupt-`;
  return readdirSync(dir).filter((n) => n.startsWith(prefix)).map((n) => join(dir, n));
}
