// How the renderer reaches the core: Electron's preload bridge or the hub's WebSocket. Both carry the
// same contract; the client on top validates everything that comes back.
import type { Reply } from '../../shared/wire';

export type ConnectionState = 'connecting' | 'open' | 'closed' | 'unauthorized';

export interface Transport {
  request(method: string, params: unknown): Promise<Reply>;
  /** Every event from the core, not yet validated. Returns an unsubscribe function. */
  onEvent(cb: (event: string, payload: unknown) => void): () => void;
  onConnection(cb: (state: ConnectionState) => void): () => void;
  readonly connection: ConnectionState;
}

/** What the Electron preload exposes on window.hearth (see src/main/electron/preload.ts). */
export interface HearthBridge {
  requests: Record<string, (params: unknown) => Promise<Reply>>;
  onEvent(cb: (event: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    hearth?: HearthBridge;
  }
}

export function electronTransport(bridge: HearthBridge): Transport {
  return {
    connection: 'open',
    request(method, params) {
      const fn = bridge.requests[method];
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown request "${method}".` } });
      return fn(params);
    },
    onEvent: (cb) => bridge.onEvent(cb),
    onConnection(cb) {
      cb('open');
      return () => undefined;
    },
  };
}
