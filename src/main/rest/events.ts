// Live events for an API client on /api/v1/events: device.state, device.health, automation.executed and
// system.health (a guest: its rooms' device events only), each as {"type":"event","event","payload"}; what the core
// emits within one turn of the event loop leaves as one {"type":"events"} frame. The token is checked again every
// few seconds: revoked, turned off or no longer allowed by the tier, the connection closes (4401).
import type { WebSocket } from 'ws';
import type { Logger } from '../../shared/logger';
import type { EventBus } from '../bus';
import type { AccessLog } from '../transport/dispatch';
import { guestMayHear, type GuardDeps } from '../transport/roles';
import { API_EVENTS } from './routes';
import type { ApiService } from './service';
import type { VerifiedToken } from './tokens';

const HEARD = new Set<string>(API_EVENTS);
const MAX_BUFFERED = 8 << 20;
let nextStream = 1;

export function streamEvents(o: {
  socket: WebSocket;
  token: VerifiedToken;
  raw: string;
  bus: EventBus;
  api: ApiService;
  devices: GuardDeps['devices'];
  log: Logger;
  record: (entry: Parameters<AccessLog['append']>[0]) => void;
  recheckMs?: number;
}): void {
  const { socket, token } = o;
  const actor = `api:${token.name}`;
  const g = token.grant;
  let queued: string[] = [];
  let scheduled = false;
  o.record({ actor, action: 'api.events.connected', target: null, detail: { role: g.role, scope: g.scope } });
  const flush = () => {
    scheduled = false;
    const items = queued;
    queued = [];
    if (items.length === 0 || socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED) {
      o.log.warn(`dropped ${actor}'s event stream: it could not keep up`);
      socket.close(4008, 'Hearth dropped this connection: it could not keep up with events.');
      return;
    }
    socket.send(items.length === 1 ? `{"type":"event",${items[0]}}` : `{"type":"events","events":[${items.map((i) => `{${i}}`).join(',')}]}`);
  };
  const stop = o.bus.onAny(`api-events-${nextStream++}`, (event, payload) => {
    if (!HEARD.has(event)) return;
    if (g.role === 'guest' && !guestMayHear(event, payload, g, o.devices)) return;
    queued.push(`"event":${JSON.stringify(event)},"payload":${JSON.stringify(payload)}`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  const recheck = setInterval(() => {
    if (!o.api.enabled() || !o.api.tokens.verify(o.raw).ok) socket.close(4401, 'This token no longer opens the API.');
  }, o.recheckMs ?? 5_000);
  recheck.unref();
  socket.on('message', () => {
    // The stream only speaks; requests go to the HTTP routes.
  });
  socket.on('close', () => {
    stop();
    clearInterval(recheck);
    o.record({ actor, action: 'api.events.disconnected', target: null, detail: {} });
  });
  socket.on('error', (err) => o.log.warn(`${actor} event stream error`, err.message));
}
