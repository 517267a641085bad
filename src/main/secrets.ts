// Secrets (network keys, API tokens, the database key, TLS key) live behind one interface so the host can
// choose how they are protected at rest: Electron's safeStorage, or in hub mode a key file / passphrase
// (see secret-codecs.ts). Every secret Hearth keeps goes through a SecretStore.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SecretProtection } from '../shared/contract';
import { HearthError } from '../shared/errors';

export interface SecretStore {
  get(name: string): Buffer | null;
  set(name: string, value: Buffer): void;
  delete(name: string): void;
  /** Returns the secret, creating `bytes` random bytes the first time. */
  getOrCreate(name: string, bytes: number): Buffer;
  /** How the values are protected at rest. */
  readonly protection: SecretProtection;
}

/** Codec that protects secret bytes at rest. `id` is written next to the values so a change of codec is noticed. */
export interface SecretCodec {
  readonly id: SecretProtection;
  encode(plain: Buffer): Buffer;
  decode(stored: Buffer): Buffer;
}

export const plainCodec: SecretCodec = { id: 'plain', encode: (b) => b, decode: (b) => b };

const SecretsFile = z.object({ format: z.literal(2), codec: z.string(), values: z.record(z.string(), z.string()) });
/** Files written before codecs were named: a flat name → base64 map. */
const LegacyFile = z.record(z.string(), z.string());

export interface FileSecretStoreOptions {
  /** Codecs that may have written an existing file (e.g. plain, from before encryption); their values are re-encoded. */
  readers?: SecretCodec[];
}

/** Secrets in one JSON file readable by the owner only (0600), each value encoded by the codec. */
export class FileSecretStore implements SecretStore {
  readonly #file: string;
  readonly #codec: SecretCodec;
  readonly #readers: SecretCodec[];
  #cache: Record<string, string> | null = null;

  constructor(deps: { file: string; codec?: SecretCodec } & FileSecretStoreOptions) {
    this.#file = deps.file;
    this.#codec = deps.codec ?? plainCodec;
    this.#readers = deps.readers ?? [plainCodec];
  }

  get protection(): SecretProtection {
    return this.#codec.id;
  }

  #load(): Record<string, string> {
    if (this.#cache) return this.#cache;
    if (!existsSync(this.#file)) return (this.#cache = {});
    const raw: unknown = JSON.parse(readFileSync(this.#file, 'utf8'));
    const v2 = SecretsFile.safeParse(raw);
    // A legacy file was written by the same kind of host: plain in hub mode, safeStorage in Electron.
    const stored = v2.success ? v2.data : { codec: this.#codec.id === 'electron-safe-storage' ? this.#codec.id : 'plain', values: LegacyFile.parse(raw) };
    if (stored.codec === this.#codec.id) {
      this.#cache = stored.values;
      if (!v2.success) this.#write(this.#cache);
      return this.#cache;
    }
    const reader = this.#readers.find((r) => r.id === stored.codec);
    if (!reader) {
      throw new HearthError(
        'CONFLICT',
        `The secrets in this data folder were protected with "${stored.codec}", which this Hearth cannot open (it uses "${this.#codec.id}").`,
        stored.codec === 'electron-safe-storage'
          ? 'Start Hearth as the desktop app on the computer that created this folder, or use another --data-dir.'
          : 'Start Hearth with the same key file or passphrase as before.',
      );
    }
    // Re-protect everything with the current codec (e.g. plain → key file) and write it back at once.
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(stored.values)) values[k] = this.#codec.encode(reader.decode(Buffer.from(v, 'base64'))).toString('base64');
    this.#write(values);
    return (this.#cache = values);
  }

  #write(values: Record<string, string>): void {
    mkdirSync(dirname(this.#file), { recursive: true, mode: 0o700 });
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: 2, codec: this.#codec.id, values }), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.#file);
    this.#cache = values;
  }

  get(name: string): Buffer | null {
    const v = this.#load()[name];
    return v === undefined ? null : this.#codec.decode(Buffer.from(v, 'base64'));
  }

  set(name: string, value: Buffer): void {
    this.#write({ ...this.#load(), [name]: this.#codec.encode(value).toString('base64') });
  }

  delete(name: string): void {
    const all = { ...this.#load() };
    if (!(name in all)) return;
    delete all[name];
    this.#write(all);
  }

  getOrCreate(name: string, bytes: number): Buffer {
    const existing = this.get(name);
    if (existing) return existing;
    const fresh = randomBytes(bytes);
    this.set(name, fresh);
    return fresh;
  }
}
