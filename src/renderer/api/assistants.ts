// Settings → Voice assistants: which devices Alexa, Google Assistant and Apple Home may see.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const listExposure = (c: Client) => c.call('assistants.exposure.list', {});
export const setExposure = (c: Client, change: RequestInput<'assistants.exposure.set'>) => c.call('assistants.exposure.set', change);

// Apple Home's bridge: its status (the setup code only for the owner), on with the connections to advertise on, off, reset.
export const homekitStatus = (c: Client) => c.call('assistants.homekit.status', {});
export const enableHomekit = (c: Client, interfaces: string[], textVersion: string) => c.call('assistants.homekit.enable', { interfaces, textVersion });
export const disableHomekit = (c: Client) => c.call('assistants.homekit.disable', {});
export const resetHomekitPairings = (c: Client) => c.call('assistants.homekit.resetPairings', {});

// Google Assistant's link as the owner sees it: the relay's last SYNC, QUERY and EXECUTE, the devices synced, the last error.
export const googleActivity = (c: Client) => c.call('assistants.google.activity', {});
