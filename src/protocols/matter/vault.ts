// Where Hearth's Matter state (fabric keys, certificates, known devices) lives at rest.
// The whole matter.js storage goes through this one small interface, so the caller can encrypt it
// (pass a VaultCipher to directoryVault) or replace the backend entirely (implement MatterVault).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A flat set of named blobs. One blob per matter.js storage namespace (e.g. "controller", "light-1"). */
export interface MatterVault {
  /** The stored bytes for `name`, or undefined if nothing was stored yet. */
  read(name: string): Promise<Uint8Array | undefined>;
  /** Replaces the bytes for `name`; must be atomic (a crash leaves the old or the new content). */
  write(name: string, data: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

/** Optional at-rest encryption hook for directoryVault (e.g. Electron safeStorage or a key from the OS keychain). */
export interface VaultCipher {
  encrypt(plain: Uint8Array): Promise<Uint8Array> | Uint8Array;
  decrypt(sealed: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function assertVaultName(name: string): void {
  if (!SAFE_NAME.test(name) || name.includes('..')) {
    throw new Error(`Invalid Matter storage name "${name}"`);
  }
}

/** Stores each blob as `<dir>/<name>.matter` (encrypted with `cipher` when given). */
export function directoryVault(dir: string, cipher?: VaultCipher): MatterVault {
  const fileOf = (name: string) => {
    assertVaultName(name);
    return join(dir, `${name}.matter`);
  };
  return {
    async read(name) {
      let raw: Uint8Array;
      try {
        raw = await readFile(fileOf(name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      return cipher ? await cipher.decrypt(raw) : raw;
    },
    async write(name, data) {
      const file = fileOf(name);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const sealed = cipher ? await cipher.encrypt(data) : data;
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, sealed, { mode: 0o600 });
      await rename(tmp, file);
    },
    async remove(name) {
      await rm(fileOf(name), { force: true });
    },
  };
}

/** In-memory vault (tests, throwaway demo homes). */
export function memoryVault(): MatterVault & { names(): string[] } {
  const blobs = new Map<string, Uint8Array>();
  return {
    async read(name) {
      return blobs.get(name);
    },
    async write(name, data) {
      assertVaultName(name);
      blobs.set(name, new Uint8Array(data));
    },
    async remove(name) {
      blobs.delete(name);
    },
    names: () => [...blobs.keys()],
  };
}
