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
