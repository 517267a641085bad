import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { directoryVault, memoryVault } from './vault';
import type { VaultCipher } from './vault';
import { VaultStorageDriver } from './vault-storage-driver';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-vault-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Toy cipher for the test: XOR plus a header, so we can see the hook was applied on write and read. */
const xor: VaultCipher = {
  encrypt: (p) => new Uint8Array([0x48, ...p.map((b) => b ^ 0x5a)]),
  decrypt: (s) => {
    if (s[0] !== 0x48) throw new Error('not sealed');
    return s.slice(1).map((b) => b ^ 0x5a);
  },
};

describe('directoryVault', () => {
  it('round-trips blobs, writes atomically and removes them', async () => {
    const dir = await tempDir();
    const vault = directoryVault(dir);
    expect(await vault.read('controller')).toBeUndefined();
    await vault.write('controller', new TextEncoder().encode('{"a":1}'));
    expect(new TextDecoder().decode(await vault.read('controller'))).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['controller.matter']);
    await vault.remove('controller');
    expect(await vault.read('controller')).toBeUndefined();
  });

  it('passes everything through the caller-supplied cipher', async () => {
    const dir = await tempDir();
    const vault = directoryVault(dir, xor);
    await vault.write('fabric', new TextEncoder().encode('secret-key'));
    const onDisk = await readFile(join(dir, 'fabric.matter'));
    expect(onDisk.includes(Buffer.from('secret-key'))).toBe(false);
    expect(new TextDecoder().decode(await vault.read('fabric'))).toBe('secret-key');
    const raw = await directoryVault(dir).read('fabric'); // same folder, no cipher: sealed bytes only
    expect(raw?.[0]).toBe(0x48);
  });

  it('rejects names that could escape the folder', async () => {
    const vault = directoryVault(await tempDir());
    await expect(vault.write('../evil', new Uint8Array())).rejects.toThrow('Invalid Matter storage name');
    await expect(vault.read('a/b')).rejects.toThrow('Invalid Matter storage name');
  });
});

describe('VaultStorageDriver', () => {
  it('persists matter.js values (bigint, bytes, nested contexts) through the vault', async () => {
    const vault = memoryVault();
    const driver = new VaultStorageDriver(vault, 'controller');
    await driver.initialize();
    driver.set(['root', 'fabrics'], 'nodeId', 0x1122334455667788n);
    driver.set(['root', 'fabrics'], { key: new Uint8Array([1, 2, 3]), label: 'Hearth' });
    driver.delete(['root', 'fabrics'], 'label');
    await driver.close();
    expect(vault.names()).toEqual(['controller']);

    const reopened = new VaultStorageDriver(vault, 'controller');
    await reopened.initialize();
    expect(reopened.get(['root', 'fabrics'], 'nodeId')).toBe(0x1122334455667788n);
    expect(reopened.get(['root', 'fabrics'], 'key')).toEqual(new Uint8Array([1, 2, 3]));
    expect(reopened.get(['root', 'fabrics'], 'label')).toBeUndefined();
    expect(reopened.contexts(['root'])).toEqual(['fabrics']);
  });

  it('keeps bigints when another library patched BigInt.prototype.toJSON (zigbee-herdsman does)', async () => {
    const proto = BigInt.prototype as unknown as { toJSON?: () => string };
    const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
    proto.toJSON = function (this: bigint) {
      return this.toString();
    };
    try {
      const vault = memoryVault();
      const driver = new VaultStorageDriver(vault, 'device');
      await driver.initialize();
      driver.set(['root', 'accessControl'], 'acl', [{ fabricIndex: 1, subjects: [3520466763454751793n] }]);
      driver.set(['fabrics'], 'ids', new Map([[1, 16295171036736815900n]]));
      // matter.js keeps some records as class instances (e.g. a peer address), not plain objects.
      class PeerAddress {
        constructor(readonly fabricIndex: number, readonly nodeId: bigint) {}
      }
      driver.set(['commissioning'], 'peerAddress', new PeerAddress(1, 1n) as never);
      await driver.close();
      const reopened = new VaultStorageDriver(vault, 'device');
      await reopened.initialize();
      expect(reopened.get(['root', 'accessControl'], 'acl')).toEqual([{ fabricIndex: 1, subjects: [3520466763454751793n] }]);
      expect(reopened.get(['fabrics'], 'ids')).toEqual(new Map([[1, 16295171036736815900n]]));
      expect(reopened.get(['commissioning'], 'peerAddress')).toEqual({ fabricIndex: 1, nodeId: 1n });
    } finally {
      if (before) Object.defineProperty(proto, 'toJSON', before);
      else delete proto.toJSON;
    }
  });

  it('coalesces a burst of writes and reports write failures on flush', async () => {
    const vault = memoryVault();
    let writes = 0;
    let fail = false;
    const counting = {
      ...vault,
      write: async (name: string, data: Uint8Array) => {
        writes++;
        if (fail) throw new Error('disk full');
        await vault.write(name, data);
      },
    };
    const driver = new VaultStorageDriver(counting, 'n');
    await driver.initialize();
    for (let i = 0; i < 50; i++) driver.set(['c'], `k${i}`, i);
    await driver.flush();
    expect(writes).toBe(1);
    fail = true;
    driver.set(['c'], 'x', 1);
    await expect(driver.flush()).rejects.toThrow('disk full');
  });
});
