// Decides when a device counts as offline: routers are pinged after a quiet period (as Zigbee2MQTT
// does), battery devices are only judged by when they were last heard.
import type { Models } from './herdsman';
import type { DeviceHealth } from '../../shared/model';

export interface AvailabilityPolicy {
  routerTimeoutMs: number;
  endDeviceTimeoutMs: number;
}

/** Reads a mandatory attribute; any answer proves the device is alive. */
export async function ping(device: Models.Device): Promise<boolean> {
  const endpoint = device.endpoints[0];
  if (!endpoint) return false;
  try {
    await endpoint.read('genBasic', ['zclVersion'], { disableRecovery: true, sendPolicy: 'immediate' });
    return true;
  } catch {
    return false;
  }
}

/** Health at start-up from when the device was last heard (herdsman keeps that across restarts). */
export function initialHealth(device: Models.Device, policy: AvailabilityPolicy, now = Date.now()): DeviceHealth {
  if (device.lastSeen === undefined) return 'unknown';
  const quietFor = now - device.lastSeen;
  const limit = device.type === 'Router' ? policy.routerTimeoutMs : policy.endDeviceTimeoutMs;
  return quietFor < limit ? 'online' : 'unknown';
}

/** Returns the health the device should have now, pinging routers that have been quiet too long. */
export async function checkAvailability(device: Models.Device, policy: AvailabilityPolicy, now = Date.now()): Promise<DeviceHealth | undefined> {
  const quietFor = now - (device.lastSeen ?? 0);
  if (device.type === 'Router') {
    if (quietFor < policy.routerTimeoutMs) return undefined;
    return (await ping(device)) ? 'online' : 'offline';
  }
  if (device.type === 'EndDevice' && quietFor >= policy.endDeviceTimeoutMs) return 'offline';
  return undefined;
}
