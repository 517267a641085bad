// Health (Diagnostics): the system's vital signs and each device's health with the reasons it may drop.
import type { Client } from './client';

export const systemHealth = (c: Client) => c.call('health.system', {});
export const deviceHealth = (c: Client) => c.call('health.devices', {});
export const listAlerts = (c: Client) => c.call('health.alerts', {});
export const dismissAlert = (c: Client, alertId: string) => c.call('health.alerts.dismiss', { alertId });
export const snoozeAlert = (c: Client, alertId: string, hours: number) => c.call('health.alerts.snooze', { alertId, hours });
/** A device's link measurements (LQI/RSSI) since Hearth started, oldest first. */
export const linkHistory = (c: Client, deviceId: string) => c.call('health.link', { deviceId });
/** Recorded values of one control of a device since a time (devices.history). */
export const deviceHistory = (c: Client, deviceId: string, capabilityId: string, since: number) => c.call('devices.history', { deviceId, capabilityId, since, limit: 5000 });
