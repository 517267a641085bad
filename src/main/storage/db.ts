// Opens the SQLite database (better-sqlite3-multiple-ciphers, write-ahead log) and brings its schema up to
// date. Without a key the file is a plain SQLite database, exactly as before; with one it is encrypted with
// SQLCipher 4's scheme (AES-256, HMAC per page), the key passed raw so opening costs no key derivation.
import Database from 'better-sqlite3-multiple-ciphers';
import { HearthError } from '../../shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;
export type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

export const DB_CIPHER = 'sqlcipher';

export interface OpenOptions {
  /** Override for tests: the list of migrations to apply. */
  migrations?: Migration[];
  readonly?: boolean;
  /** Native binding path (Electron uses a copy rebuilt for its ABI, see scripts/electron-native.mjs). */
  nativeBinding?: string;
  /** 32-byte key: the file is encrypted with it. */
  key?: Buffer | null;
}

const rawKey = (key: Buffer) => `"x'${key.toString('hex')}'"`;

/** The pragmas that open the file with this key (none without one): for a second connection to the same file. */
export function keyPragmas(key: Buffer | null): string[] {
  if (!key) return [];
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  return [`cipher = '${DB_CIPHER}'`, `key = ${rawKey(key)}`];
}

function applyKey(db: Db, key: Buffer): void {
  for (const p of keyPragmas(key)) db.pragma(p);
}

/**
 * Writers on other threads with their own connection to this database (the trace writer): each is told to finish
 * and let go of the file before the file is re-keyed or compacted, which must be done on the only connection.
 */
const otherWriters = new WeakMap<Db, Set<() => void>>();

/** Registers `settle` (writes what is queued and closes the thread's connection); returns the unregistering. */
export function registerWriter(db: Db, settle: () => void): () => void {
  let set = otherWriters.get(db);
  if (!set) otherWriters.set(db, (set = new Set()));
  set.add(settle);
  return () => void set.delete(settle);
}

function settleWriters(db: Db): void {
  for (const settle of otherWriters.get(db) ?? []) settle();
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const dbOpts: Database.Options = { readonly: opts.readonly ?? false };
  if (opts.nativeBinding) dbOpts.nativeBinding = opts.nativeBinding;
  const db = new Database(file, dbOpts);
  try {
    if (opts.key) applyKey(db, opts.key);
    // The first read tells a wrong key (or a missing one) from a good one: "file is not a database".
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // A damaged file is told apart from a wrong key here (diagnostics/recovery/db-recovery.ts restores it).
    const check = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.join() !== 'ok') throw new CorruptDatabaseError(check.join('; '));
    // A read-only connection cannot switch a copy (VACUUM INTO writes rollback-journal files) to WAL.
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) migrate(db, opts.migrations ?? allMigrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** `PRAGMA quick_check` found damage: the file opened, but some of its pages are not what SQLite wrote. */
export class CorruptDatabaseError extends Error {
  readonly code = 'SQLITE_CORRUPT';
  readonly finding: string;
  constructor(finding: string) {
    super(`the database failed its integrity check: ${finding}`);
    this.finding = finding;
    this.name = 'CorruptDatabaseError';
  }
}

/** SQLite found the file damaged (on open, on a read, or in the start-up check). */
export function isCorrupt(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_CORRUPT' || code?.startsWith('SQLITE_CORRUPT_') === true || code === 'SQLITE_IOERR_SHORT_READ';
}

export function isWrongKey(err: unknown): boolean {
  return (err as { code?: string }).code === 'SQLITE_NOTADB';
}

/**
 * Encrypts, re-keys (null: decrypts) the open database in place. SQLite cannot rekey in WAL mode, so the
 * log is checkpointed into the file first and WAL is switched back on afterwards.
 */
export function rekeyDatabase(db: Db, key: Buffer | null): void {
  settleWriters(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.pragma(`cipher = '${DB_CIPHER}'`);
    db.pragma(`rekey = ${key ? rawKey(key) : "''"}`);
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

/** Rewrites the file without free pages and empties the write-ahead log, so deleted rows leave no bytes behind. */
export function compactDatabase(db: Db): void {
  settleWriters(db);
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations: Migration[] = allMigrations): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new HearthError(
      'CONFLICT',
      `This data folder was written by a newer Hearth (schema ${current}, this version knows ${latest}).`,
      'Update Hearth, or start it with a different --data-dir.',
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
