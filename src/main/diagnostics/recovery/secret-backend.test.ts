// Electron on Linux without a keyring: safeStorage reports 'basic_text' (a fixed, public key). Hearth must
// not call that encrypted: secrets go to the key-file store, existing ones are re-sealed, and Settings says so.
// Electron is not here: a fake safeStorage implements the interface main.ts passes the real one through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../../app';
import { openSecretStore } from '../../app-secrets';
import { quietLog, tempDir } from '../../test/temp';
import { chooseSecretBackend, type SafeStorageLike } from './secret-backend';

const root = tempDir('hearth-safestorage-');

/** Like Chromium's basic_text/keychain backends: a reversible transform, tagged so a wrong backend is noticed. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), Buffer.from(s).reverse()]),
    decryptString: (b) => Buffer.from(b.subarray(3)).reverse().toString(),
  };
}

describe('secrets in the desktop app on Linux', () => {
  it('basic_text: falls back to the key-file store, re-seals what basic_text wrote, and Settings says so', async () => {
    const dataDir = join(root, 'basic');
    // An earlier Hearth wrote the secrets with safeStorage on basic_text.
    const before = openSecretStore({ dataDir, codec: chooseSecretBackend(fakeSafeStorage('gnome_libsecret'), 'linux').codec });
    before.set('zwave.s2.key', Buffer.from('00112233445566778899aabbccddeeff', 'hex'));

    const choice = chooseSecretBackend(fakeSafeStorage('basic_text'), 'linux');
    expect(choice.codec).toBeUndefined();
    expect(choice.backend).toBe('basic_text');
    const secrets = openSecretStore({ dataDir, codec: choice.codec, readers: choice.readers });
    expect(secrets.protection).toBe('key-file');
    expect(secrets.get('zwave.s2.key')?.toString('hex')).toBe('00112233445566778899aabbccddeeff');
    expect(JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'))).toMatchObject({ codec: 'key-file' });

    const core = buildCore({ dataDir, host: 'electron', version: 'test', log: quietLog, secrets, secretsNote: choice.note ?? undefined });
    const r = await core.dispatch('security.status', {}, { actor: 'test' });
    expect(r.ok && r.result).toMatchObject({ secrets: 'key-file', secretsNote: expect.stringMatching(/No keyring was found .*basic_text.* not encryption/) });
    expect(core.info().notices).toEqual([expect.objectContaining({ kind: 'secrets.unprotected', message: choice.note })]);
    await core.stop();
  });

  it('a real keyring (libsecret, kwallet): safeStorage is used and nothing is said', () => {
    for (const backend of ['gnome_libsecret', 'kwallet5']) {
      const choice = chooseSecretBackend(fakeSafeStorage(backend), 'linux');
      expect(choice.codec?.id).toBe('electron-safe-storage');
      expect(choice.note).toBeNull();
    }
  });

  it('an unknown backend is not trusted either; macOS and Windows use the keychain', () => {
    expect(chooseSecretBackend(fakeSafeStorage('unknown'), 'linux').codec).toBeUndefined();
    expect(chooseSecretBackend(fakeSafeStorage('basic_text'), 'darwin').codec?.id).toBe('electron-safe-storage');
    const off = chooseSecretBackend(fakeSafeStorage('gnome_libsecret', false), 'linux');
    expect(off.codec).toBeUndefined();
    expect(off.note).toMatch(/keychain is not available/);
  });
});
