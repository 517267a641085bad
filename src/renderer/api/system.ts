// What is running: version, host, demo home, and the radios' states.
import type { Client } from './client';

export const systemInfo = (c: Client) => c.call('system.info', {});
