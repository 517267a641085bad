// Radios, whatever the stack: what each can do (its declared features), which stick it uses, and pairing
// (open the network for joining devices, follow them, retry one).
import type { RequestInput } from '../../shared/contract';
import type { Protocol } from '../../shared/model';
import type { Client } from './client';

export const listRadios = (c: Client) => c.call('radios.list', {});
/** Remembers the stick a radio uses; takes effect at the next start. */
export const configureRadio = (c: Client, stick: RequestInput<'radios.configure'>) => c.call('radios.configure', stick);
export const pairingStatus = (c: Client, protocol: Protocol) => c.call('pairing.status', { protocol });
export const startPairing = (c: Client, protocol: Protocol, seconds: number) => c.call('pairing.start', { protocol, seconds });
export const stopPairing = (c: Client, protocol: Protocol) => c.call('pairing.stop', { protocol });
export const retryPairing = (c: Client, deviceId: string) => c.call('pairing.retry', { deviceId });
