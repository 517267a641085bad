// The protocol-neutral pairing facet of the Zigbee adapter: permit join, and each joining device's
// way through join → interview → configure, from the adapter's Zigbee events.
import type { PairingEvent, PairingFacet } from '../../shared/adapter';
import type { ZigbeeEvent, ZigbeeListener } from './events';

export interface PairingHost {
  permitJoin(seconds: number): Promise<void>;
  stopJoin(): Promise<void>;
  retryInterview(nativeId: string): Promise<void>;
  subscribeZigbee(listener: ZigbeeListener): () => void;
}

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
    case 'scan':
      return undefined;
  }
}

export function createPairingFacet(host: PairingHost): PairingFacet {
  return {
    open: (seconds) => host.permitJoin(seconds),
    close: () => host.stopJoin(),
    retry: (nativeId) => host.retryInterview(nativeId),
    subscribe(listener) {
      return host.subscribeZigbee((e) => {
        const p = toPairingEvent(e);
        if (p) listener(p);
      });
    },
  };
}
