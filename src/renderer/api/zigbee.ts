// Zigbee: coordinator backups, the network map, and a device's over-the-air firmware check.
import type { NetworkMap, OperationOf, RequestInput } from '../../shared/contract';
import type { Client } from './client';
import { failure, followOperation } from './operations';

export const listZigbeeBackups = (c: Client) => c.call('zigbee.backups.list', {});
export const createZigbeeBackup = (c: Client) => c.call('zigbee.backups.create', {});
export const restoreZigbeeBackup = (c: Client, restore: RequestInput<'zigbee.backups.restore'>) => c.call('zigbee.backups.restore', restore);
/** Reads the network map (a long operation, followed to its end); a cancelled scan answers the part it read. */
export async function scanNetworkMap(c: Client, timeoutSeconds = 120, maxDevices = 200, onProgress?: (op: OperationOf<'zigbee.networkMap'>) => void): Promise<NetworkMap> {
  return followNetworkMap(c, await c.call('zigbee.networkMap.scan', { timeoutSeconds, maxDevices }), onProgress);
}

/** Follows a scan already started to its end (see scanNetworkMap). */
export async function followNetworkMap(c: Client, started: OperationOf<'zigbee.networkMap'>, onProgress?: (op: OperationOf<'zigbee.networkMap'>) => void): Promise<NetworkMap> {
  const op = await followOperation(c, started, onProgress);
  if (op.result) return op.result;
  throw failure(op) ?? failure({ state: 'failed' })!;
}

/** The scan running now, if any: started in another window, or before this one was reloaded. */
export async function runningNetworkMap(c: Client): Promise<OperationOf<'zigbee.networkMap'> | null> {
  const ops = await c.call('operations.list', {});
  return ops.find((o): o is OperationOf<'zigbee.networkMap'> => o.kind === 'zigbee.networkMap' && o.state === 'running') ?? null;
}
export const cancelNetworkMap = (c: Client) => c.call('zigbee.networkMap.cancel', {});
export const checkZigbeeFirmware = (c: Client, deviceId: string) => c.call('zigbee.ota.check', { deviceId });
