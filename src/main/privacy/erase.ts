// Erasure (GDPR art. 17): every declared table emptied (except the help index shipped with Hearth), the file
// compacted so no deleted bytes remain, the log files emptied, and copies of the database (automatic backups,
// a damaged file moved aside) removed. The radios keep their network keys (they are not personal data, and
// without them devices already paired could not be reached). The audit log starts afresh, its new (empty) chain
// sealed in the same transaction, so the erasure's own entry verifies and a later truncation still shows.
import { existsSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditLog } from '../storage/audit';
import { compactDatabase, type Db } from '../storage/db';
import { presentTables, quoteIdent } from './catalog';

/** Folders of the data folder whose files may hold personal data and are emptied on erasure. */
const LOG_FOLDERS = ['logs'];

export function erasePersonalData(db: Db, dataDir: string, audit: AuditLog, databaseCopies: readonly string[] = []): { rows: number; files: number } {
  let rows = 0;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const t of presentTables(db).filter((d) => !d.shipped)) rows += db.prepare(`DELETE FROM ${quoteIdent(t.table)}`).run().changes;
    audit.reset();
  })();
  compactDatabase(db);
  for (const folder of LOG_FOLDERS) emptyFiles(join(dataDir, folder));
  // Copies of the database (automatic backups, a damaged file moved aside) hold the same personal data.
  for (const file of databaseCopies) for (const side of ['', '-wal', '-shm']) rmSync(file + side, { force: true });
  return { rows, files: databaseCopies.length };
}

/** Empties files in place: a library may hold them open and keep appending, which then starts from nothing. */
function emptyFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) emptyFiles(path);
    else if (st.isFile()) truncateSync(path, 0);
  }
}
