// Live events for an API client on /api/v1/events: device.state, device.health, automation.executed and
// system.health (a guest: its rooms' device events only), each as {"type":"event","event","payload"}; what the core
// emits within one turn of the event loop leaves as one {"type":"events"} frame. A client may ask for some of them
// only (`?events=assistants.alexa.changeReport`: a voice assistant's relay then carries nothing else). The token is
// checked again every few seconds: revoked, turned off or no longer allowed by the tier, the connection closes (4401).
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import type { EventBus } from '../bus';
import type { AccessLog } from '../transport/dispatch';
import { guestMayHear, type GuardDeps } from '../transport/roles';
import { API_EVENTS } from './routes';
import type { ApiService } from './service';
import type { VerifiedToken } from './tokens';

const HEARD = new Set<string>(API_EVENTS);
const StreamEvent = z.enum(API_EVENTS);
const EventsQuery = z.object({ events: z.string().max(1000).optional() });

/** The `events` query of /api/v1/events as a set of names (null: none asked, all heard); a name it does not carry is an error. */
export function askedEvents(query: unknown): { ok: true; only: ReadonlySet<string> | null } | { ok: false; message: string } {
  const q = EventsQuery.safeParse(query ?? {});
  if (!q.success) return { ok: false, message: 'events must be one comma-separated list of event names (at most 1,000 characters).' };
  const names = (q.data.events ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) return { ok: true, only: null };
  const unknown = names.filter((n) => !StreamEvent.safeParse(n).success);
  if (unknown.length) return { ok: false, message: `This stream carries no ${unknown.slice(0, 3).map((n) => JSON.stringify(n.slice(0, 64))).join(', ')}; it carries ${API_EVENTS.join(', ')}.` };
  return { ok: true, only: new Set(names) };
}

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
  /** The events this client asked for (`?events=`); null: all it may hear. */
  only?: ReadonlySet<string> | null;
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
    if (!HEARD.has(event) || (o.only && !o.only.has(event))) return;
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
