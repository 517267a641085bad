// Matter: commissioning by pairing code, sharing a device with another app (multi-admin), its apps and network.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

/** Returns at once; progress arrives as matter.commissioning.progress events with the same attemptId. */
export const commissionMatter = (c: Client, input: RequestInput<'matter.commission'>) => c.call('matter.commission', input);
export const cancelCommissioning = (c: Client, attemptId: string) => c.call('matter.commission.cancel', { attemptId });
export const openSharingWindow = (c: Client, deviceId: string, minutes: number) => c.call('matter.openWindow', { deviceId, minutes });
export const closeSharingWindow = (c: Client, deviceId: string) => c.call('matter.closeWindow', { deviceId });
export const matterFabrics = (c: Client, deviceId: string) => c.call('matter.fabrics', { deviceId });
export const matterNetwork = (c: Client, deviceId: string) => c.call('matter.network', { deviceId });
/** What Hearth knows of the device's connection without asking it: transport, apps it is in, why it is offline. */
export const matterConnection = (c: Client, deviceId: string) => c.call('matter.connection', { deviceId });
/** Demo home only: a virtual device loses power or gets it back. */
export const demoMatterPower = (c: Client, deviceId: string, on: boolean) => c.call('matter.demo.power', { deviceId, on });
export const matterHomeNetwork = (c: Client) => c.call('matter.homeNetwork.get', {});
export const agreeMatterHomeNetwork = (c: Client, interfaces: string[], textVersion: string) => c.call('matter.homeNetwork.set', { interfaces, textVersion });
export const withdrawMatterHomeNetwork = (c: Client) => c.call('matter.homeNetwork.withdraw', {});
