// Chooses how secrets are sealed at rest: the host's codec (Electron safeStorage) when given, else in hub
// mode a passphrase (HEARTH_PASSPHRASE or --passphrase-file) or a key file (0600, default in the data folder).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HearthError } from '../shared/errors';
import { keyFileCodec, passphraseCodec } from './secret-codecs';
import { FileSecretStore, plainCodec, type SecretCodec } from './secrets';

export interface SecretOptions {
  dataDir: string;
  codec?: SecretCodec | undefined;
  keyFile?: string | undefined;
  passphraseFile?: string | undefined;
  passphrase?: string | undefined;
  /** Further codecs an existing secrets file may have been written with (e.g. Electron's basic_text safeStorage). */
  readers?: SecretCodec[] | undefined;
}

function readPassphrase(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    throw new HearthError('BAD_REQUEST', `Could not read the passphrase file ${file}: ${(err as Error).message}.`);
  }
}

export function openSecretStore(o: SecretOptions): FileSecretStore {
  const keyFile = o.keyFile ?? join(o.dataDir, 'secrets.key');
  // Codecs an existing secrets file may have been written with: moving to a stronger one re-seals it.
  const readers: SecretCodec[] = [plainCodec];
  if (existsSync(keyFile)) readers.push(keyFileCodec(keyFile));
  readers.push(...(o.readers ?? []));
  let codec = o.codec;
  if (!codec) {
    const passphrase = o.passphraseFile ? readPassphrase(o.passphraseFile) : o.passphrase;
    codec = passphrase ? passphraseCodec(passphrase, join(o.dataDir, 'keyring.json')) : keyFileCodec(keyFile);
  }
  return new FileSecretStore({ file: join(o.dataDir, 'secrets.json'), codec, readers });
}

/**
 * The secret store of a data folder as the hub opened it, for command-line tools: its codec is the one the file
 * was sealed with, so nothing is re-sealed (a write keeps the same sealing).
 */
export function readSecretStore(dataDir: string, keyFile?: string, passphraseFile?: string): FileSecretStore {
  const file = join(dataDir, 'secrets.json');
  const readers = [plainCodec];
  const kf = keyFile ?? join(dataDir, 'secrets.key');
  if (existsSync(kf)) readers.push(keyFileCodec(kf));
  const passphrase = passphraseFile ? readPassphrase(passphraseFile) : process.env.HEARTH_PASSPHRASE;
  if (passphrase && existsSync(join(dataDir, 'keyring.json'))) readers.push(passphraseCodec(passphrase, join(dataDir, 'keyring.json')));
  let sealedWith = 'plain';
  try {
    sealedWith = String((JSON.parse(readFileSync(file, 'utf8')) as { codec?: unknown }).codec ?? 'plain');
  } catch {
    // no secrets file (or not ours): nothing to read, plain is as good as any
  }
  const codec = readers.find((r) => r.id === sealedWith);
  if (!codec) {
    throw new HearthError(
      'UNAUTHORIZED',
      `The secrets in ${dataDir} are sealed with "${sealedWith}", which this command cannot open.`,
      sealedWith === 'electron-safe-storage'
        ? 'A desktop app keeps them in the system keyring: make the bundle from its Diagnostics screen instead.'
        : 'Pass the same --key-file or --passphrase-file the hub runs with.',
    );
  }
  return new FileSecretStore({ file, codec, readers });
}
