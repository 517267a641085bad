// Devices: the list, commands, names and rooms, details and removal.
import type { CapabilityValue } from '../../shared/model';
import type { Client } from './client';

export const listDevices = (c: Client) => c.call('devices.list', {});
export const commandDevice = (c: Client, deviceId: string, capabilityId: string, value: CapabilityValue) => c.call('devices.command', { deviceId, capabilityId, value });
export const renameDevice = (c: Client, deviceId: string, name: string) => c.call('devices.rename', { deviceId, name });
export const moveDevice = (c: Client, deviceId: string, areaId: string | null) => c.call('devices.setArea', { deviceId, areaId });
export const deviceDetails = (c: Client, deviceId: string) => c.call('devices.details', { deviceId });
/** `force`: forget it without asking it to leave (after a normal removal failed). */
export const removeDevice = (c: Client, deviceId: string, force = false) => c.call('devices.remove', { deviceId, force });
export const listAreas = (c: Client) => c.call('areas.list', {});
