import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCoordinatorBackup } from '../../protocols/zigbee';
import type { BackupImage } from '../../shared/integration';
import { tempDir } from '../test/temp';
import { BackupStore } from './backups';

const ocb = (devices: number) =>
  JSON.stringify({
    metadata: { format: 'zigpy/open-coordinator-backup', version: 1, source: 'zigbee-herdsman@10.9.5', internal: { date: '2026-01-02T03:04:05.000Z' } },
    coordinator_ieee: '00124b00deadbeef',
    pan_id: '1a62',
    extended_pan_id: 'dddddddddddddd01',
    channel: 15,
    network_key: { key: '00112233445566778899aabbccddeeff', sequence_number: 0, frame_counter: 1 },
    devices: Array.from({ length: devices }, (_, i) => ({ ieee_address: `00000000000000${String(i).padStart(2, '0')}` })),
  });
const image = (devices: number): BackupImage => {
  const data = new Uint8Array(Buffer.from(ocb(devices)));
  return { data, meta: describeCoordinatorBackup(data) };
};
const zigbee = { prefix: 'coordinator', extension: 'json' };

describe('the backup store', () => {
  it('keeps the newest N, owner-readable only, newest first, with what they hold', () => {
    const dir = join(tempDir(), 'backups');
    let clock = Date.UTC(2026, 0, 1);
    const store = new BackupStore({ dir, file: zigbee, keep: 3, now: () => (clock += 60_000) });
    for (const [i, reason] of (['start', 'daily', 'daily', 'shutdown', 'manual'] as const).entries()) store.save(image(i), reason);
    const list = store.list();
    expect(list.map((b) => [b.reason, b.meta.devices])).toEqual([['manual', 4], ['shutdown', 3], ['daily', 2]]);
    expect(list[0]).toMatchObject({ meta: { facts: { panId: 0x1a62, channel: 15, extendedPanId: 'dddddddddddddd01' } }, createdAt: '2026-01-02T03:04:05.000Z' });
    // Each image with its description beside it, nothing else.
    expect(readdirSync(dir)).toHaveLength(6);
    expect(statSync(join(dir, list[0]!.id)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, `${list[0]!.id}.json`)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(store.read(list[0]!.id).data).toString()).toBe(ocb(4));
  });

  it('two backups in the same millisecond get different names; junk files are not offered', () => {
    const dir = join(tempDir(), 'backups');
    const store = new BackupStore({ dir, file: zigbee, now: () => 1_700_000_000_000, describe: describeCoordinatorBackup });
    const a = store.save(image(1), 'manual');
    const b = store.save(image(2), 'manual');
    expect(a.id).not.toBe(b.id);
    writeFileSync(join(dir, 'coordinator-20260101T000000000Z-manual.json'), '{ not json');
    expect(store.list().map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(() => store.read('../secrets.json')).toThrow(/no longer exists/);
  });

  it('reads the backups earlier versions kept: Zigbee images without a description, Z-Wave NVM descriptions', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'coordinator-20250101T000000000Z-daily.json'), ocb(3));
    const zigbeeStore = new BackupStore({ dir, file: zigbee, describe: describeCoordinatorBackup });
    expect(zigbeeStore.list()).toEqual([
      expect.objectContaining({ id: 'coordinator-20250101T000000000Z-daily.json', reason: 'daily', createdAt: '2026-01-02T03:04:05.000Z', meta: expect.objectContaining({ devices: 3 }) }),
    ]);

    const nvmDir = tempDir();
    writeFileSync(join(nvmDir, 'nvm-20250101T000000000Z.nvm'), new Uint8Array(64));
    writeFileSync(
      join(nvmDir, 'nvm-20250101T000000000Z.nvm.json'),
      JSON.stringify({ generation: '700', sdkVersion: '7.18.1', stickModel: 'Zooz', homeId: 'c0ffee01', nodes: 4, createdAt: '2025-01-01T00:00:00.000Z' }),
    );
    const nvmStore = new BackupStore({ dir: nvmDir, file: { prefix: 'nvm', extension: 'nvm' } });
    expect(nvmStore.list()).toEqual([
      { id: 'nvm-20250101T000000000Z.nvm', createdAt: '2025-01-01T00:00:00.000Z', reason: 'manual', sizeBytes: 64, meta: { createdAt: null, devices: 4, facts: { generation: '700', sdkVersion: '7.18.1', stickModel: 'Zooz', homeId: 'c0ffee01' } } },
    ]);
  });
});
