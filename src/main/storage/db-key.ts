// The database key's life: kept in the SecretStore (never next to the database in clear), turned on or off,
// and rotated. A change is staged as "db.key.next" before the file is re-keyed and promoted afterwards, so a
// crash at any point leaves a key that opens the file.
import { randomBytes } from 'node:crypto';
import { HearthError } from '../../shared/errors';
import type { SecretStore } from '../secrets';
import { isWrongKey, openDatabase, rekeyDatabase, type Db, type OpenOptions } from './db';

const CURRENT = 'db.key';
const NEXT = 'db.key.next';
/** A staged empty key means "decrypt". */
const NONE = Buffer.alloc(0);

export function databaseKey(secrets: SecretStore): Buffer | null {
  return secrets.get(CURRENT);
}

/** The keys the database file may be encrypted with: the current one, and a staged one a crash left behind. */
export function candidateKeys(secrets: SecretStore): (Buffer | null)[] {
  const staged = secrets.get(NEXT);
  return staged ? [secrets.get(CURRENT), staged.length ? staged : null] : [secrets.get(CURRENT)];
}

/** Opens the database with the stored key, finishing a key change that a crash interrupted. */
export function openKeyedDatabase(file: string, secrets: SecretStore, opts: Omit<OpenOptions, 'key'> = {}): Db {
  const current = secrets.get(CURRENT);
  const staged = secrets.get(NEXT);
  const candidates: (Buffer | null)[] = [current];
  if (staged) candidates.push(staged.length ? staged : null);
  let lastErr: unknown;
  for (const key of candidates) {
    let db: Db;
    try {
      db = openDatabase(file, { ...opts, key });
    } catch (err) {
      if (!isWrongKey(err)) throw err;
      lastErr = err;
      continue;
    }
    if (staged) {
      // Either the re-key happened (opened with the staged key) or it did not: finish it now.
      const target = staged.length ? staged : null;
      if (key !== target) rekeyDatabase(db, target);
      promote(secrets, target);
    }
    return db;
  }
  throw new HearthError(
    'UNAUTHORIZED',
    'The database in this data folder could not be opened with the stored key.',
    'Start Hearth with the same key file or passphrase as before, or restore the data folder from a backup.',
    { cause: String(lastErr) },
  );
}

function promote(secrets: SecretStore, key: Buffer | null): void {
  if (key) secrets.set(CURRENT, key);
  else secrets.delete(CURRENT);
  secrets.delete(NEXT);
}

/** Encrypts (new key), rotates (new key) or decrypts (null) the open database. */
export function changeDatabaseKey(db: Db, secrets: SecretStore, encrypt: boolean): void {
  const next = encrypt ? randomBytes(32) : null;
  secrets.set(NEXT, next ?? NONE);
  rekeyDatabase(db, next);
  promote(secrets, next);
}
