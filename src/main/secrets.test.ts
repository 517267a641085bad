import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matterVaultCipher, zigbeeNetworkKey } from './radio-keys';
import { keyFileCodec, passphraseCodec } from './secret-codecs';
import { FileSecretStore, plainCodec } from './secrets';
import { tempDir } from './test/temp';

describe('secrets at rest', () => {
  const dir = tempDir();

  it('hub mode: a 0600 key file encrypts every secret; the file holds no secret bytes in clear', () => {
    const file = join(dir, 'a', 'secrets.json');
    const keyFile = join(dir, 'a', 'secrets.key');
    const store = new FileSecretStore({ file, codec: keyFileCodec(keyFile) });
    const token = store.getOrCreate('hub.token', 24);
    const zigbee = zigbeeNetworkKey(store);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 2, codec: 'key-file' });
    for (const secret of [token, Buffer.from(zigbee)]) {
      expect(text).not.toContain(secret.toString('base64'));
      expect(readFileSync(file).includes(secret)).toBe(false);
    }
    // Read back by a fresh process with the same key file.
    const again = new FileSecretStore({ file, codec: keyFileCodec(keyFile) });
    expect(again.get('hub.token')).toEqual(token);
    expect(Buffer.from(zigbeeNetworkKey(again))).toEqual(Buffer.from(zigbee));
    // Another key cannot read them.
    const other = new FileSecretStore({ file, codec: keyFileCodec(join(dir, 'other.key')), readers: [] });
    expect(() => other.get('hub.token')).toThrow(/cannot open|could not be decrypted/);
  });

  it('refuses a key file that other users can read', () => {
    const keyFile = join(dir, 'loose.key');
    keyFileCodec(keyFile);
    chmodSync(keyFile, 0o644);
    expect(() => keyFileCodec(keyFile)).toThrow(/can be read by other users/);
  });

  it('upgrades secrets written in clear by an older Hearth to the key file, keeping their values', () => {
    const file = join(dir, 'legacy.json');
    const legacyToken = Buffer.from('legacy-token-bytes');
    writeFileSync(file, JSON.stringify({ 'hub.token': legacyToken.toString('base64') }), { mode: 0o600 });
    const store = new FileSecretStore({ file, codec: keyFileCodec(join(dir, 'legacy.key')) });
    expect(store.get('hub.token')).toEqual(legacyToken);
    expect(readFileSync(file, 'utf8')).not.toContain(legacyToken.toString('base64'));
    expect(JSON.parse(readFileSync(file, 'utf8')).codec).toBe('key-file');
  });

  it('a passphrase protects the secrets; a wrong one is refused with a plain message', () => {
    const ring = join(dir, 'keyring.json');
    const file = join(dir, 'pp.json');
    const store = new FileSecretStore({ file, codec: passphraseCodec('correct horse battery', ring, { N: 1 << 12 }) });
    store.set('licence', Buffer.from('LICENCE-123'));
    expect(readFileSync(file, 'utf8')).not.toContain(Buffer.from('LICENCE-123').toString('base64'));
    expect(new FileSecretStore({ file, codec: passphraseCodec('correct horse battery', ring) }).get('licence')?.toString()).toBe('LICENCE-123');
    expect(() => passphraseCodec('wrong passphrase!', ring)).toThrow('The passphrase is wrong.');
  });

  it('seals Matter storage blobs with a key from the store; tampering is detected', () => {
    const store = new FileSecretStore({ file: join(dir, 'm.json'), codec: plainCodec });
    const cipher = matterVaultCipher(store);
    const fabric = Buffer.from('{"fabric":"operational-key"}');
    const sealed = cipher.encrypt(fabric);
    expect(Buffer.from(sealed).includes(Buffer.from('operational-key'))).toBe(false);
    expect(Buffer.from(matterVaultCipher(store).decrypt(sealed))).toEqual(fabric);
    sealed[sealed.length - 1]! ^= 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it('deletes a secret', () => {
    const store = new FileSecretStore({ file: join(dir, 'd.json') });
    store.set('x', Buffer.from('1'));
    store.delete('x');
    expect(new FileSecretStore({ file: join(dir, 'd.json') }).get('x')).toBeNull();
  });
});
