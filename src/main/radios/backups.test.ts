import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('coordinator backup files', () => {
  it('keeps the newest N, owner-readable only, newest first, with what they hold', () => {
    const dir = join(tempDir(), 'backups');
    let clock = Date.UTC(2026, 0, 1);
    const store = new BackupStore(dir, 3, () => (clock += 60_000));
    for (const [i, reason] of (['start', 'daily', 'daily', 'shutdown', 'manual'] as const).entries()) store.save(ocb(i), reason);
    const list = store.list();
    expect(list.map((b) => [b.reason, b.devices])).toEqual([['manual', 4], ['shutdown', 3], ['daily', 2]]);
    expect(list[0]).toMatchObject({ panId: 0x1a62, channel: 15, extendedPanId: 'dddddddddddddd01', createdAt: '2026-01-02T03:04:05.000Z' });
    expect(readdirSync(dir)).toHaveLength(3);
    expect(statSync(store.path(list[0]!.id)).mode & 0o777).toBe(0o600);
  });

  it('two backups in the same millisecond get different names; junk files are not offered', () => {
    const dir = join(tempDir(), 'backups');
    const store = new BackupStore(dir, 10, () => 1_700_000_000_000);
    const a = store.save(ocb(1), 'manual');
    const b = store.save(ocb(2), 'manual');
    expect(a.id).not.toBe(b.id);
    writeFileSync(join(dir, 'coordinator-20260101T000000000Z-manual.json'), '{ not json');
    expect(store.list().map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(() => store.path('../secrets.json')).toThrow(/no longer exists/);
  });
});
