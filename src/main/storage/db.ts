// Opens the SQLite database (better-sqlite3, write-ahead log) and brings its schema up to date.
import Database from 'better-sqlite3';
import { HearthError } from '../../shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Override for tests: the list of migrations to apply. */
  migrations?: Migration[];
  readonly?: boolean;
  /** better-sqlite3 native binding path (Electron uses a copy rebuilt for its ABI). */
  nativeBinding?: string;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const dbOpts: Database.Options = { readonly: opts.readonly ?? false };
  if (opts.nativeBinding) dbOpts.nativeBinding = opts.nativeBinding;
  const db = new Database(file, dbOpts);
  try {
    db.pragma('journal_mode = WAL');
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
