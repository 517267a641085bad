// Hub mode: the contract over a WebSocket, with automatic reconnection and request timeouts.
import { HUB_WS_PATH, ServerMessage, type Reply } from '../../shared/wire';
import type { ConnectionState, Transport } from './transport';

const REQUEST_TIMEOUT_MS = 30_000;

export interface WsTransportOptions {
  /** A request not answered within this long fails with TIMEOUT (default 30 s). Long operations are not requests held
   * open: they answer at once and report by events (api/operations.ts), so this bounds only quick calls. */
  requestTimeoutMs?: number;
  /** The WebSocket class (default the browser's). */
  WebSocket?: typeof WebSocket;
}

/**
 * `credential`: this tab's session (or a support link's token). It travels in the WebSocket subprotocol list,
 * never in the address, which browsers keep in their history.
 */
export function wsTransport(credential: string, base: Pick<Location, 'protocol' | 'host'> = window.location, options: WsTransportOptions = {}): Transport & { close(): void } {
  const Socket = options.WebSocket ?? WebSocket;
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const url = `${base.protocol === 'https:' ? 'wss' : 'ws'}://${base.host}${HUB_WS_PATH}`;
  const protocols = ['hearth', `hearth-auth.${credential}`];
  const pending = new Map<number, { resolve: (r: Reply) => void; timer: ReturnType<typeof setTimeout> }>();
  const eventListeners = new Set<(event: string, payload: unknown) => void>();
  const connListeners = new Set<(s: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let ws: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 250;
  let closed = false;
  const queue: string[] = [];

  const setState = (s: ConnectionState) => {
    state = s;
    for (const l of connListeners) l(s);
  };

  const failAll = (message: string) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.resolve({ ok: false, error: { code: 'RADIO_UNAVAILABLE', message, next: 'Hearth will reconnect by itself; try again in a moment.' } });
      pending.delete(id);
    }
  };

  const connect = () => {
    setState('connecting');
    let opened = false;
    const sock = new Socket(url, protocols);
    ws = sock;
    sock.onopen = () => {
      opened = true;
      retryMs = 250;
      setState('open');
      for (const m of queue.splice(0)) sock.send(m);
    };
    // A failed connection also closes: onclose decides what follows (a WebSocket without a browser, e.g. ws in Node,
    // would otherwise throw the error).
    sock.onerror = () => undefined;
    sock.onmessage = (ev) => {
      let msg;
      try {
        msg = ServerMessage.safeParse(JSON.parse(String(ev.data)));
      } catch {
        return;
      }
      if (!msg.success) return;
      const m = msg.data;
      if (m.type === 'event') {
        for (const l of eventListeners) l(m.event, m.payload);
        return;
      }
      if (m.type === 'events') {
        for (const e of m.events) for (const l of eventListeners) l(e.event, e.payload);
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      clearTimeout(p.timer);
      p.resolve(m.ok ? { ok: true, result: m.result } : { ok: false, error: m.error });
    };
    sock.onclose = (ev) => {
      ws = null;
      failAll('The connection to Hearth was lost.');
      if (closed) {
        setState('closed');
        return;
      }
      if (ev.code === 4401) {
        // Signed out (everywhere) or the support link ended: trying again cannot help.
        sessionStorage.removeItem('hearth.session');
        setState('unauthorized');
        return;
      }
      if (!opened && retryMs >= 4000) {
        // Repeated refusals before any open usually mean the token is wrong or stale.
        setState('unauthorized');
      } else {
        setState('closed');
      }
      setTimeout(() => closed || connect(), retryMs);
      retryMs = Math.min(retryMs * 2, 8000);
    };
  };
  connect();

  return {
    get connection() {
      return state;
    },
    request(method, params) {
      const id = nextId++;
      const text = JSON.stringify({ type: 'request', id, method, params });
      return new Promise<Reply>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { code: 'TIMEOUT', message: 'Hearth did not answer in time.', next: 'Try again.' } });
        }, requestTimeoutMs);
        pending.set(id, { resolve, timer });
        if (ws && ws.readyState === Socket.OPEN) ws.send(text);
        else queue.push(text);
      });
    },
    onEvent(cb) {
      eventListeners.add(cb);
      return () => eventListeners.delete(cb);
    },
    onConnection(cb) {
      connListeners.add(cb);
      cb(state);
      return () => connListeners.delete(cb);
    },
    /** Closes the connection for good (no reconnection). */
    close() {
      closed = true;
      ws?.close(1000, 'closed');
    },
  };
}
