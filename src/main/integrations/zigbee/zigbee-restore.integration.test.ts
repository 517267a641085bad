// Coordinator migration: a backup taken from one (emulated) stick is restored onto a factory-new
// one through herdsman's own restore path; the network comes back with the same PAN id, extended
// PAN id, channel and key, and the devices answer again without pairing.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createZigbeeIntegration, ZStackEmulator, ikeaBulb, type ZigbeeNetworkSettings } from '../../../protocols/zigbee';
import { buildCore, type Core } from '../../app';
import { BusLog } from '../../test/event-log';
import { quietLog, tempDir } from '../../test/temp';
import { ZigbeeService } from './service';

const dataDir = tempDir('hearth-zigbee-restore-');
const network = { panId: 0x4d2c, extendedPanId: randomBytes(8), channel: 25, networkKey: randomBytes(16) };
const emulators: ZStackEmulator[] = [];
let core: Core | undefined;

afterAll(async () => {
  await core?.stop();
  for (const e of emulators) await e.stop();
});

describe('coordinator backup and restore', () => {
  it('restores a backup onto a factory-new stick: same network, devices answer', async () => {
    const oldStick = await ZStackEmulator.start({ network, ieee: '0x00124b0000000a01' });
    emulators.push(oldStick);
    const bulb = ikeaBulb();
    core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, listPorts: async () => [] });
    const log = new BusLog(core.bus);
    const zigbeeDir = join(dataDir, 'zigbee');
    const adapter = createZigbeeIntegration({ serialPath: oldStick.path, adapterType: 'zstack', ...network, dataDir: zigbeeDir });
    const remembered: Array<{ network: ZigbeeNetworkSettings; port: string }> = [];
    const service = new ZigbeeService({
      integration: adapter,
      bus: core.bus,
      devices: core.devices,
      log: quietLog,
      backupsDir: join(zigbeeDir, 'backups'),
      rememberNetwork: (n) => remembered.push({ network: n, port: n.port }),
    });
    core.integrations.use('zigbee', service);
    await core.startAdapters([adapter]);

    await core.integrations.pairing.start('zigbee', 60);
    await oldStick.joinWhenPermitted(bulb);
    await log.waitFor('pairing.progress', (p) => p.nativeId === bulb.ieee && p.step === 'ready');
    await core.integrations.pairing.stop('zigbee');

    const backup = await service.createBackup('manual');
    const file = join(zigbeeDir, 'backups', backup.id);
    expect(statSync(file).mode & 0o777).toBe(0o600); // it holds the network key
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ metadata: { format: 'zigpy/open-coordinator-backup' }, channel: 25, pan_id: '4d2c', network_key: { key: network.networkKey.toString('hex') } });
    expect(json.devices.map((d: { ieee_address: string }) => d.ieee_address)).toContain(bulb.ieee.slice(2));

    // The old stick dies; a new, factory-new stick of the same family is plugged in.
    await oldStick.stop();
    const newStick = await ZStackEmulator.start({ ieee: '0x00124b0000000b02' });
    emulators.push(newStick);
    expect(newStick.network).toBeUndefined();

    const restored = await service.restore(backup.id, { port: newStick.path });
    expect(restored.id).toBe(backup.id);
    expect(adapter.status().state).toBe('ready');
    expect(newStick.network).toEqual({ panId: 0x4d2c, extendedPanId: `0x${Buffer.from(network.extendedPanId).toString('hex')}`, channel: 25 });
    expect(remembered).toEqual([{ network: expect.objectContaining({ panId: 0x4d2c, channel: 25 }), port: newStick.path }]);
    expect(Buffer.from(remembered[0]!.network.networkKey).equals(network.networkKey)).toBe(true);
    // The old stick was gone, so there was nothing to back up before restoring.
    expect(service.list().map((b) => b.reason)).not.toContain('restore');

    // The bulb stays in its network and follows the restored coordinator: no pairing needed.
    newStick.resume(bulb);
    const mark = log.mark;
    await core.dispatch('devices.command', { deviceId: `zigbee:${bulb.ieee}`, capabilityId: 'onOff', value: true }, { actor: 'test' });
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
    await log.waitFor('device.state', (s) => s.deviceId === `zigbee:${bulb.ieee}` && s.capabilityId === 'onOff' && s.value === true, mark);

    // Shutdown writes one more backup.
    const before = service.list().length;
    await core.stop();
    core = undefined;
    expect(service.list().length).toBe(before + 1);
    expect(service.list()[0]!.reason).toBe('shutdown');
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});
