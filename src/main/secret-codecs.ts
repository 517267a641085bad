// Hub-mode protection of secrets at rest (Electron uses safeStorage instead): AES-256-GCM with a key from
// a key file readable by the owner only (0600), or derived from a passphrase with scrypt. Also a blob
// cipher keyed by a secret, for stores that keep more than a few bytes (Matter's fabric credentials).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { HearthError } from '../shared/errors';
import type { SecretCodec, SecretStore } from './secrets';

const VERSION = 1;
const IV = 12;
const TAG = 16;

/** AES-256-GCM: [version][iv 12][tag 16][ciphertext]. Tampering or a wrong key fails to decrypt. */
function sealWith(key: Buffer, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]);
}

function openWith(key: Buffer, sealed: Uint8Array): Buffer {
  const b = Buffer.from(sealed);
  if (b.length < 1 + IV + TAG || b[0] !== VERSION) throw new Error('not a sealed value');
  const d = createDecipheriv('aes-256-gcm', key, b.subarray(1, 1 + IV));
  d.setAuthTag(b.subarray(1 + IV, 1 + IV + TAG));
  return Buffer.concat([d.update(b.subarray(1 + IV + TAG)), d.final()]);
}

function codecFromKey(id: SecretCodec['id'], key: Buffer): SecretCodec {
  return {
    id,
    encode: (plain) => sealWith(key, plain),
    decode: (stored) => {
      try {
        return openWith(key, stored);
      } catch {
        throw new HearthError('UNAUTHORIZED', 'A stored secret could not be decrypted with this key.', 'Start Hearth with the key file or passphrase it was saved with.');
      }
    },
  };
}

/** Loads the 32-byte key file, creating it (0600) the first time. A key file others can read is refused. */
export function keyFileCodec(file: string): SecretCodec {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new HearthError('UNAUTHORIZED', `The key file ${file} can be read by other users.`, `Run: chmod 600 "${file}"`);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new HearthError('BAD_REQUEST', `The key file ${file} does not hold a 32-byte key.`, 'Restore it from your backup.');
  return codecFromKey('key-file', key);
}

const Keyring = z.object({
  kdf: z.literal('scrypt'),
  salt: z.string(),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  /** A known value sealed with the derived key: tells a wrong passphrase from damaged secrets. */
  check: z.string(),
});
const CHECK = Buffer.from('hearth-passphrase-check');

/** Derives the key from a passphrase (scrypt); the salt and a check value live in `keyringFile` (no secret in it). */
export function passphraseCodec(passphrase: string, keyringFile: string, cost: { N?: number } = {}): SecretCodec {
  if (passphrase.length < 8) throw new HearthError('BAD_REQUEST', 'The passphrase is too short.', 'Use at least 8 characters.');
  let ring: z.infer<typeof Keyring>;
  if (existsSync(keyringFile)) {
    ring = Keyring.parse(JSON.parse(readFileSync(keyringFile, 'utf8')));
  } else {
    const N = cost.N ?? 1 << 15;
    const salt = randomBytes(16);
    const key = scryptSync(passphrase, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
    ring = { kdf: 'scrypt', salt: salt.toString('base64'), N, r: 8, p: 1, check: sealWith(key, CHECK).toString('base64') };
    mkdirSync(dirname(keyringFile), { recursive: true, mode: 0o700 });
    writeFileSync(keyringFile, JSON.stringify(ring), { mode: 0o600 });
  }
  const key = scryptSync(passphrase, Buffer.from(ring.salt, 'base64'), 32, { N: ring.N, r: ring.r, p: ring.p, maxmem: 256 * ring.N * ring.r });
  try {
    if (!openWith(key, Buffer.from(ring.check, 'base64')).equals(CHECK)) throw new Error('mismatch');
  } catch {
    throw new HearthError('UNAUTHORIZED', 'The passphrase is wrong.', 'Start Hearth again with the passphrase you chose for this data folder.');
  }
  return codecFromKey('passphrase', key);
}

/** Encrypts blobs with a 32-byte key kept (and created once) in the secret store, e.g. Matter's storage vault. */
export interface BlobCipher {
  encrypt(plain: Uint8Array): Uint8Array;
  decrypt(sealed: Uint8Array): Uint8Array;
}

export function secretBlobCipher(secrets: SecretStore, name: string): BlobCipher {
  const key = () => secrets.getOrCreate(name, 32);
  return { encrypt: (plain) => sealWith(key(), plain), decrypt: (sealed) => openWith(key(), sealed) };
}
