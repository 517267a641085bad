// Health (Diagnostics): the system's vital signs and each device's health with the reasons it may drop.
import type { Client } from './client';

export const systemHealth = (c: Client) => c.call('health.system', {});
export const deviceHealth = (c: Client) => c.call('health.devices', {});
