// Automatic copies of the database, taken on a schedule and kept N deep, so a damaged file can be replaced at
// start-up (db-recovery.ts). Each copy is encrypted exactly like the database: it is written with
// `VACUUM INTO`, which SQLite3 Multiple Ciphers encrypts with the source's cipher and key. (better-sqlite3's
// db.backup() — SQLite's online backup API — opens its destination without a key, and SQLite3MC refuses it:
// "backup is not supported with incompatible source and target databases"; a plain copy must never exist.)
// A copy is written to a temporary name and renamed, so a crash or a full disk leaves no half-written backup.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../../shared/logger';
import type { Db } from '../../storage/db';
import type { Clock, TimerHandle } from '../../time/clock';

export interface DbBackup {
  file: string;
  /** When the copy was taken (ms since the epoch), read from its name. */
  at: number;
  bytes: number;
}

const FIRST_AFTER = 15 * 60_000;
const NAME = /^hearth-(\d{8}T\d{6}\d{3}Z)\.db$/;

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(s: string): number {
  // 20261204T200245123Z → 2026-12-04T20:02:45.123Z
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
}

/** The automatic database backups in `dir`, newest first. */
export function listDbBackups(dir: string): DbBackup[] {
  if (!existsSync(dir)) return [];
  const out: DbBackup[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const file = join(dir, name);
    out.push({ file, at: parseStamp(m[1]!), bytes: statSync(file).size });
  }
  return out.sort((a, b) => b.at - a.at);
}

export interface DbBackupsDeps {
  db: Db;
  dir: string;
  log: Logger;
  clock: Clock;
  /** How many copies to keep (settings 'diagnostics.dbBackups.keep'). */
  keep: () => number;
  /** Hours between copies (settings 'diagnostics.dbBackups.everyHours'). */
  everyHours: () => number;
}

export class DbBackups {
  readonly #d: DbBackupsDeps;
  #timer: TimerHandle | null = null;

  constructor(deps: DbBackupsDeps) {
    this.#d = deps;
  }

  get dir(): string {
    return this.#d.dir;
  }

  list(): DbBackup[] {
    return listDbBackups(this.#d.dir);
  }

  /** Takes one copy now and drops the oldest beyond `keep`. Throws (e.g. SQLITE_FULL) without leaving a partial file. */
  backupNow(): DbBackup {
    const { db, dir, clock } = this.#d;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const at = clock.now();
    const file = join(dir, `hearth-${stamp(at)}.db`);
    const tmp = `${file}.partial`;
    rmSync(tmp, { force: true });
    try {
      db.prepare('VACUUM INTO ?').run(tmp);
      renameSync(tmp, file);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    this.#prune();
    return { file, at, bytes: statSync(file).size };
  }

  #prune(): void {
    const keep = Math.max(1, this.#d.keep());
    for (const old of this.list().slice(keep)) rmSync(old.file, { force: true });
  }

  /**
   * Takes a copy every `everyHours`, counting from the newest one there is (a restart does not reset the wait,
   * so a laptop used for short spells still gets copies); with none yet, the first comes 15 minutes after start.
   */
  start(): void {
    const now = this.#d.clock.now();
    const newest = this.list()[0]?.at;
    this.#arm(newest === undefined ? now + FIRST_AFTER : Math.max(now, newest + this.#every()));
  }

  #every(): number {
    return Math.max(0.25, this.#d.everyHours()) * 3_600_000;
  }

  #arm(due: number): void {
    this.stop();
    this.#timer = this.#d.clock.at(due, () => {
      try {
        const b = this.backupNow();
        this.#d.log.info(`database backup written: ${b.file} (${b.bytes} bytes)`);
      } catch (err) {
        this.#d.log.error('the scheduled database backup failed; will try again at the next interval', err);
      }
      if (this.#timer) this.#arm(this.#d.clock.now() + this.#every());
    });
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = null;
  }
}
