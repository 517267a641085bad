// Zigbee: coordinator backups, the network map, and a device's over-the-air firmware check.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const listZigbeeBackups = (c: Client) => c.call('zigbee.backups.list', {});
export const createZigbeeBackup = (c: Client) => c.call('zigbee.backups.create', {});
export const restoreZigbeeBackup = (c: Client, restore: RequestInput<'zigbee.backups.restore'>) => c.call('zigbee.backups.restore', restore);
export const scanNetworkMap = (c: Client, timeoutSeconds = 120, maxDevices = 200) => c.call('zigbee.networkMap.scan', { timeoutSeconds, maxDevices });
export const cancelNetworkMap = (c: Client) => c.call('zigbee.networkMap.cancel', {});
export const checkZigbeeFirmware = (c: Client, deviceId: string) => c.call('zigbee.ota.check', { deviceId });
