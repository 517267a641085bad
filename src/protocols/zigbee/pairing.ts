// The protocol-neutral pairing facet of the Zigbee integration: permit join, and each joining device's
// way through join → interview → configure, from the integration's Zigbee events.
import type { PairingEvent, PairingFacet } from '../../shared/integration';
import type { ZigbeeEvent } from './events';

export function toPairingEvent(e: ZigbeeEvent): PairingEvent | undefined {
  switch (e.type) {
    case 'permitJoin':
      return { type: 'window', open: e.open, endsAt: e.open ? (e.endsAt ?? null) : null };
    case 'joined':
      return { type: 'progress', nativeId: e.nativeId, step: 'joined', canRetry: false };
    case 'interview':
      if (e.status === 'started') return { type: 'progress', nativeId: e.nativeId, step: 'interviewing', canRetry: false };
      if (e.status === 'failed') return { type: 'progress', nativeId: e.nativeId, step: 'failed', message: e.message, canRetry: true };
      return { type: 'progress', nativeId: e.nativeId, step: 'configuring', message: e.message, canRetry: false };
    case 'configure':
      if (e.status === 'started') return undefined;
      return {
        type: 'progress',
        nativeId: e.nativeId,
        step: 'ready',
        message: e.status === 'failed' ? 'Paired, but it did not accept every reporting setting: changes made at the device itself may show late.' : undefined,
        canRetry: false,
      };
    case 'left':
      return { type: 'progress', nativeId: e.nativeId, step: 'left', canRetry: false };
  }
}

export interface PairingHost {
  permitJoin(seconds: number): Promise<void>;
  stopJoin(): Promise<void>;
  retryInterview(nativeId: string): Promise<void>;
}

/** Opening the network is herdsman's permit join; the steps arrive in the integration's stream (toPairingEvent). */
export function createPairingFacet(host: PairingHost): PairingFacet {
  return {
    open: (seconds) => host.permitJoin(seconds),
    close: () => host.stopJoin(),
    retry: (nativeId) => host.retryInterview(nativeId),
  };
}
