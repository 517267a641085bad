// `hearth diagnostics --data-dir DIR --out FILE.zip`: a support bundle for a headless hub, made from its data
// folder alone. Hearth need not be running; when it is (its lock held), this still works: the database is
// opened read-only and nothing in the folder is written.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { version } from '../../../../package.json';
import { HearthError } from '../../../shared/errors';
import { readSecretStore } from '../../app-secrets';
import type { FileSecretStore } from '../../secrets';
import { isWrongKey, openDatabase, type Db } from '../../storage/db';
import { candidateKeys } from '../../storage/db-key';
import { buildSupportBundle } from './bundle';
import { bundleFromDataDir } from './sources';

export const DIAGNOSTICS_USAGE = `Usage: hearth diagnostics --data-dir DIR --out FILE.zip [--key-file FILE | --passphrase-file FILE]
Writes a support bundle (versions, settings, recent logs, devices; names, keys and tokens as hashes) from a
data folder. Hearth may be running or stopped; the folder is only read.`;

function parse(args: string[]): { dataDir: string; out: string; keyFile?: string; passphraseFile?: string } {
  const o: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!['--data-dir', '--out', '--key-file', '--passphrase-file'].includes(a)) throw new HearthError('BAD_REQUEST', `Unknown option ${a}.`, DIAGNOSTICS_USAGE);
    const v = args[++i];
    if (v === undefined || v.startsWith('--')) throw new HearthError('BAD_REQUEST', `${a} needs a value.`, DIAGNOSTICS_USAGE);
    o[a.slice(2)] = v;
  }
  if (!o['data-dir'] || !o.out) throw new HearthError('BAD_REQUEST', 'Both --data-dir and --out are needed.', DIAGNOSTICS_USAGE);
  return { dataDir: resolve(o['data-dir']), out: resolve(o.out), ...(o['key-file'] ? { keyFile: o['key-file'] } : {}), ...(o['passphrase-file'] ? { passphraseFile: o['passphrase-file'] } : {}) };
}


function openReadOnly(file: string, secrets: FileSecretStore): Db {
  for (const key of candidateKeys(secrets)) {
    try {
      return openDatabase(file, { readonly: true, key });
    } catch (err) {
      if (!isWrongKey(err)) throw err;
    }
  }
  throw new HearthError(
    'UNAUTHORIZED',
    'The database in this data folder could not be opened with its stored key.',
    'If the hub runs with --key-file or --passphrase-file, pass the same option here. A desktop app keeps its key in the system keyring: make the bundle from its Diagnostics screen instead.',
  );
}

export async function runDiagnostics(args: string[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  if (args.includes('--help')) {
    out(DIAGNOSTICS_USAGE);
    return 0;
  }
  let db: Db | undefined;
  try {
    const o = parse(args);
    const dbFile = join(o.dataDir, 'hearth.db');
    if (!existsSync(dbFile)) throw new HearthError('NOT_FOUND', `There is no Hearth database in ${o.dataDir}.`, 'Pass the data folder the hub runs with (its --data-dir).');
    const secrets = readSecretStore(o.dataDir, o.keyFile, o.passphraseFile);
    db = openReadOnly(dbFile, secrets);
    const quiet = { info() {}, warn() {}, error() {} };
    const bundle = await buildSupportBundle(bundleFromDataDir({ dataDir: o.dataDir, db, secrets, log: quiet, now: Date.now(), version }));
    writeFileSync(o.out, bundle.zip, { mode: 0o600 });
    out(`Support bundle written to ${o.out} (${bundle.bytes} bytes):`);
    for (const c of bundle.contents) out(`  ${c.name}: ${c.about}`);
    return 0;
  } catch (e) {
    const h = e instanceof HearthError ? e : new HearthError('INTERNAL', (e as Error).message);
    err(`Could not make the support bundle: ${h.message}${h.next ? `\n${h.next}` : ''}`);
    return h.code === 'BAD_REQUEST' ? 2 : 1;
  } finally {
    db?.close();
  }
}
