// Secrets (network keys, API tokens) live behind one interface so the host can choose how they are
// protected at rest: Electron's safeStorage, or in hub mode a key file / passphrase.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SecretStore {
  get(name: string): Buffer | null;
  set(name: string, value: Buffer): void;
  /** Returns the secret, creating `bytes` random bytes the first time. */
  getOrCreate(name: string, bytes: number): Buffer;
}

/** Codec that protects secret bytes at rest. The identity codec is what hub mode uses until encryption is set up. */
export interface SecretCodec {
  encode(plain: Buffer): Buffer;
  decode(stored: Buffer): Buffer;
}

export const plainCodec: SecretCodec = { encode: (b) => b, decode: (b) => b };

/** Secrets in one JSON file readable by the owner only (0600), each value encoded by the codec. */
export class FileSecretStore implements SecretStore {
  readonly #file: string;
  readonly #codec: SecretCodec;
  #cache: Record<string, string> | null = null;

  constructor(file: string, codec: SecretCodec = plainCodec) {
    this.#file = file;
    this.#codec = codec;
  }

  #load(): Record<string, string> {
    if (this.#cache) return this.#cache;
    this.#cache = existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>) : {};
    return this.#cache;
  }

  get(name: string): Buffer | null {
    const v = this.#load()[name];
    return v === undefined ? null : this.#codec.decode(Buffer.from(v, 'base64'));
  }

  set(name: string, value: Buffer): void {
    const all = { ...this.#load(), [name]: this.#codec.encode(value).toString('base64') };
    mkdirSync(dirname(this.#file), { recursive: true, mode: 0o700 });
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.#file);
    this.#cache = all;
  }

  getOrCreate(name: string, bytes: number): Buffer {
    const existing = this.get(name);
    if (existing) return existing;
    const fresh = randomBytes(bytes);
    this.set(name, fresh);
    return fresh;
  }
}
