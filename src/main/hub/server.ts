// Hub mode's transport: HTTP serves the built renderer, a WebSocket at /api/ws carries the same contract
// as Electron's IPC. Bound to 127.0.0.1 unless the user opts in; every connection needs a session (from a
// one-time sign-in code, see signin.ts) or a support link. Resources are bounded: a cap on clients, pings that
// drop dead ones, header and request timeouts, and refused attempts answered slowly and logged in summary.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { HUB_WS_PATH, RequestMessage, type ServerMessage } from '../../shared/wire';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { AccessLog, Dispatch } from '../transport/dispatch';
import { SECURITY_HEADERS } from '../csp';
import { supportMayReceive, type OpenRefusal, type SupportLinks } from '../diagnostics/support/links';
import { checkPlace, offeredCredential, WS_PROTOCOL, type AccessResult, type Place } from './access';
import { RefusalLog } from './refusals';
import type { HubSessions, Refusal } from './signin';
import { serveStatic } from './static';
import { needsTls } from './tls';
import { probe } from '../../shared/timing-probe';
import { inviteByNames } from '../household/cli';
import type { Grant } from '../../shared/access';
import { asciiJson } from './ascii-json';

/** The household (main/household): a member's session carries the person's role, looked up on every use. */
export interface HubMembers {
  /** Null once the person was removed: their session opens nothing. */
  grant(member: string): Grant | null;
  seen(member: string): void;
  /** Whether a guest hears this event (its rooms' devices only). */
  guestMayHear(event: string, payload: unknown, grant: Grant): boolean;
}

export interface HubServerOptions {
  dispatch: Dispatch;
  bus: EventBus;
  log: Logger;
  /** Sign-in codes and sessions (the owner's access). */
  sessions: HubSessions;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Certificate and key: the hub then serves HTTPS and wss://. Required when bound beyond loopback. */
  tls?: { cert: string; key: string; names: readonly string[] } | undefined;
  /** Records each client that connects: from then on it receives events carrying personal data (names, state). */
  audit?: AccessLog | undefined;
  /**
   * Read-only support links: a link's token, exchanged once at /api/support, opens one support session
   * (Diagnostics reads only) whose secret the browser presents from then on.
   */
  support?: Pick<SupportLinks, 'open' | 'session' | 'active'> | undefined;
  /** At most this many WebSocket clients at once (default 32). */
  maxClients?: number;
  /** Ping period; a client that has not answered the previous ping is dropped (default 30 s). */
  pingMs?: number;
  /** Time to receive a request's headers (default 10 s) and the whole request (default 15 s). */
  headersTimeoutMs?: number;
  /** Delay before answering a refused sign-in or connection (default 250 ms), so guessing is slow. */
  refusalDelayMs?: number;
  /** Events waiting for one client beyond which it is dropped as too slow (default 8 MB). */
  maxBufferedBytes?: number;
  /** Refused attempts are logged once, then as one summary line per period (default 60 s). */
  refusalSummaryMs?: number;
  /** The local API (src/main/rest), mounted: /api/v1 requests and upgrades are handed to its server. */
  api?: { server: Pick<Server, 'emit'> } | undefined;
  /** A connection closed (its actor): what it was part-way through sending (uploads) can be dropped. */
  onDisconnect?: ((actor: string) => void) | undefined;
  /** Household members' sessions (their roles); without it a member's session is refused. */
  members?: HubMembers | undefined;
}

/** A connection's standing: the owner's token (everything), or one support link (diagnostics reads). */
interface Session {
  actor: string;
  support?: { linkId: string };
  /** A household member's session: the person's id and role. */
  member?: { id: string; grant: Grant };
}

export interface HubServer {
  readonly port: number;
  readonly host: string;
  readonly url: string;
  readonly clients: number;
  /** Ends every session now (after a rotation): their connections close. */
  endSessions(): void;
  /** Ends one household member's connections now (the person was removed). */
  endMember(member: string): void;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1 << 20;
const MAX_BUFFERED_BYTES = 8 << 20;
/** Events per WebSocket frame at most (a burst larger than this leaves as several frames). */
const MAX_EVENTS_PER_FRAME = 500;
/** Events this far apart are sent at the end of the task that made them; closer ones are batched per loop turn. */
const IDLE_FLUSH_MS = 5;
const MAX_SIGNIN_BYTES = 4096;

const REFUSAL_TEXT: Record<Refusal, string> = {
  malformed: 'This is not a sign-in code.',
  wrong: 'This sign-in code is not valid for this Hearth (it may be from before a "sign out everywhere").',
  expired: 'This sign-in code has expired.',
  used: 'This sign-in code was already used.',
};
const SIGNIN_NEXT = 'Open the address Hearth printed when it started, or get a new one with: npx hearth signin-code --data-dir <your data folder>';
const SUPPORT_REFUSAL_TEXT: Record<OpenRefusal, string> = {
  unknown: 'This support link is not valid for this Hearth.',
  expired: 'This support link has expired.',
  revoked: 'This support link was revoked.',
  used: 'This support link was already opened in another browser window.',
};
const SUPPORT_NEXT = 'Ask the person who shared it for a new support link.';

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}
const isApiPath = (path: string) => path === '/api/v1' || path.startsWith('/api/v1/');

export async function startHubServer(o: HubServerOptions): Promise<HubServer> {
  const host = o.host ?? '127.0.0.1';
  const loopbackOnly = !needsTls(host);
  if (!loopbackOnly && !o.tls) throw new Error(`refusing to serve plain HTTP on ${host}: beyond this computer the hub needs HTTPS`);
  const place: Place = { loopbackOnly, names: o.tls?.names ?? [], scheme: o.tls ? 'https' : 'http' };
  const maxClients = o.maxClients ?? 32;
  const refusalDelay = o.refusalDelayMs ?? 250;
  const refusals = new RefusalLog({ log: o.log, periodMs: o.refusalSummaryMs ?? 60_000 });
  const extraHeaders: Record<string, string> = o.tls ? { 'Strict-Transport-Security': 'max-age=31536000' } : {};
  const later = (fn: () => void) => setTimeout(fn, refusalDelay).unref();

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extraHeaders }).end(JSON.stringify(body));
  };
  /** POST /api/signin {code}: a one-time code for a session; POST /api/rotate {code}: sign out everywhere;
   * POST /api/cli/token {code, name, scope, role, rooms}: a local API token (`npx hearth token create`);
   * POST /api/cli/invite {code, name, role, rooms}: a household invitation (`npx hearth signin-code --role`). */
  const signIn = async (req: IncomingMessage, res: ServerResponse, rotate: boolean, token = false, invite = false) => {
    const body = await readBody(req, MAX_SIGNIN_BYTES);
    let parsed: Record<string, unknown> = {};
    try {
      const v: unknown = body === null ? undefined : JSON.parse(body);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) parsed = v as Record<string, unknown>;
    } catch {
      parsed = {};
    }
    const code = parsed.code;
    if (token || invite) {
      // `npx hearth token create` / `signin-code --role` on this computer: a fresh code proves it may; the core makes the
      // token or the invitation (its tier, its audit).
      const refused = o.sessions.spend(code);
      if (refused) {
        refusals.add(`${token ? 'token' : 'invite'} code ${refused}`);
        later(() => json(res, 401, { error: { code: 'UNAUTHORIZED', message: REFUSAL_TEXT[refused], next: SIGNIN_NEXT } }));
        return;
      }
      const { code: _code, ...fields } = parsed;
      const r = token ? await o.dispatch('api.tokens.create', fields, { actor: 'hub:cli' }) : await inviteByNames(o.dispatch, fields, 'hub:cli');
      json(res, r.ok ? 200 : r.error.code === 'PLAN_LIMIT' ? 403 : r.error.code === 'CONFLICT' ? 409 : 400, r.ok ? r.result : { error: r.error });
      return;
    }
    if (rotate) {
      // `npx hearth token rotate` on this computer: a fresh code proves it may.
      const refused = o.sessions.spend(code);
      if (!refused) {
        const ended = o.sessions.rotate();
        record({ actor: 'hub:cli', action: 'security.hub.signOutEverywhere', target: null, detail: { ended } });
        json(res, 200, { ended });
        setTimeout(() => endSessions(), 50).unref();
        return;
      }
      refusals.add(`rotation code ${refused}`);
      later(() => json(res, 401, { error: { code: 'UNAUTHORIZED', message: REFUSAL_TEXT[refused], next: SIGNIN_NEXT } }));
      return;
    }
    const r = o.sessions.redeem(code);
    if (r.ok && r.member !== null && !o.members?.grant(r.member)) {
      // The person was removed after this address was made: it opens nothing.
      o.sessions.endMember(r.member);
      refusals.add('sign-in code of a removed person');
      later(() => json(res, 401, { error: { code: 'UNAUTHORIZED', message: 'This sign-in address is no longer valid: its person was removed from the household.', next: 'Ask the home’s owner for a new one.' } }));
      return;
    }
    if (r.ok) {
      record({ actor: 'hub:signin', action: 'hub.signin', target: r.member, detail: r.member === null ? {} : { member: true } });
      json(res, 200, { session: r.session, expiresAt: r.expiresAt });
      return;
    }
    refusals.add(`sign-in code ${r.reason}`);
    later(() => json(res, 401, { error: { code: 'UNAUTHORIZED', message: REFUSAL_TEXT[r.reason], next: SIGNIN_NEXT } }));
  };
  /**
   * POST /api/support {token}: a support link's one-time token for its support session (once). The browser keeps
   * the session in its tab, so a reload or a reconnection keeps working until the link expires or is revoked.
   */
  const openSupport = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, MAX_SIGNIN_BYTES);
    let token: unknown;
    try {
      token = body === null ? undefined : (JSON.parse(body) as { token?: unknown }).token;
    } catch {
      token = undefined;
    }
    const opened: ReturnType<SupportLinks['open']> =
      o.support && typeof token === 'string' && token.length > 0 && token.length <= 200 ? o.support.open(token) : { ok: false, reason: 'unknown' };
    if (opened.ok) {
      supportActors.set(opened.id, `hub:support-${nextSupport++}`);
      record({ actor: supportActors.get(opened.id)!, action: 'support.session.opened', target: opened.id, detail: { access: 'diagnostics' } });
      json(res, 200, { session: opened.session, expiresAt: opened.expiresAt });
      return;
    }
    if (opened.reason !== 'unknown') record({ actor: 'hub:support', action: 'support.session.refused', target: null, detail: { reason: opened.reason } });
    refusals.add(`support link ${opened.reason}`);
    later(() => json(res, 401, { error: { code: 'UNAUTHORIZED', message: SUPPORT_REFUSAL_TEXT[opened.reason], next: SUPPORT_NEXT } }));
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const where = checkPlace(req, place);
    if (!where.ok) {
      refusals.add(where.reason);
      res.writeHead(where.status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end(where.reason);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (o.api && isApiPath(path)) {
      o.api.server.emit('request', req, res);
      return;
    }
    if (path === '/api/signin' || path === '/api/rotate' || path === '/api/support' || path === '/api/cli/token' || path === '/api/cli/invite') {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST', ...SECURITY_HEADERS }).end();
        return;
      }
      if (path === '/api/support') void openSupport(req, res);
      else void signIn(req, res, path === '/api/rotate', path === '/api/cli/token', path === '/api/cli/invite');
      return;
    }
    serveStatic(o.rendererDir, req, res, extraHeaders);
  };
  const serverOptions = { headersTimeout: o.headersTimeoutMs ?? 10_000, requestTimeout: (o.headersTimeoutMs ?? 10_000) + 5_000, connectionsCheckingInterval: Math.min(1_000, o.headersTimeoutMs ?? 1_000) };
  const http: Server = o.tls ? createHttpsServer({ cert: o.tls.cert, key: o.tls.key, minVersion: 'TLSv1.2', ...serverOptions }, handler) : createServer(serverOptions, handler);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, handleProtocols: (offered) => (offered.has(WS_PROTOCOL) ? WS_PROTOCOL : false) });
  let nextClient = 1;
  let nextSupport = 1;
  /** Each support session's actor in the audit log, the same across its reloads and reconnections. */
  const supportActors = new Map<string, string>();
  const sessions = new WeakMap<WebSocket, Session>();
  const record = (entry: Parameters<AccessLog['append']>[0]) => {
    try {
      o.audit?.append(entry);
    } catch (err) {
      // During shutdown the database may already be closed; a lost "disconnected" entry is no reason to crash.
      o.log.warn('could not record a hub connection in the audit log', (err as Error).message);
    }
  };

  const refuse = (socket: Duplex, status: number, reason: string, delay: boolean) => {
    refusals.add(reason);
    const text = status === 401 ? 'Unauthorized' : status === 503 ? 'Service Unavailable' : 'Forbidden';
    const end = () => socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    if (delay) later(end);
    else end();
  };

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (o.api && isApiPath(path)) {
      o.api.server.emit('upgrade', req, socket, head);
      return;
    }
    if (path !== HUB_WS_PATH) return refuse(socket, 403, 'Not found', false);
    const where = checkPlace(req, place);
    if (!where.ok) return refuse(socket, where.status, where.reason, false);
    if (wss.clients.size >= maxClients) return refuse(socket, 503, `too many clients (${maxClients})`, false);
    const given = offeredCredential(req);
    let access: AccessResult = { ok: false, status: 401, reason: given ? 'unknown session' : 'no credential' };
    let session: Session = { actor: '' };
    const who = given ? o.sessions.lookup(given) : null;
    const grant = who?.member ? (o.members?.grant(who.member) ?? null) : null;
    if (who && who.member === null) {
      access = { ok: true };
      session = { actor: `hub:client-${nextClient++}` };
    } else if (who?.member && grant) {
      access = { ok: true };
      session = { actor: `hub:member-${who.member}-${nextClient++}`, member: { id: who.member, grant } };
      o.members?.seen(who.member);
    } else if (who?.member) {
      access = { ok: false, status: 401, reason: 'session of a removed person' };
    } else if (given && o.support) {
      // Not the owner's session: maybe a support session (its link's token was exchanged at /api/support).
      const linkId = o.support.session(given);
      if (linkId) {
        access = { ok: true };
        session = { actor: supportActors.get(linkId) ?? 'hub:support', support: { linkId } };
      }
    }
    if (!access.ok) return refuse(socket, access.status, access.reason, true);
    wss.handleUpgrade(req, socket, head, (ws) => {
      sessions.set(ws, session);
      wss.emit('connection', ws);
    });
  });

  const endSessions = () => {
    for (const ws of wss.clients) if (!sessions.get(ws)?.support) ws.close(4401, 'signed out');
  };
  const endMember = (member: string) => {
    for (const ws of wss.clients) if (sessions.get(ws)?.member?.id === member) ws.close(4401, 'signed out');
  };
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws: WebSocket) => {
    const session = sessions.get(ws) ?? { actor: `hub:client-${nextClient++}` };
    const { actor, support, member } = session;
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    if (support) record({ actor, action: 'support.session.connected', target: support.linkId, detail: { access: 'diagnostics' } });
    else record({ actor, action: 'hub.connected', detail: { access: 'read', events: true } });
    ws.on('close', () => {
      record({ actor, action: 'hub.disconnected' });
      try {
        o.onDisconnect?.(actor);
      } catch (err) {
        o.log.warn(`could not clean up after ${actor}`, (err as Error).message);
      }
    });
    const send = (m: ServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(asciiJson(m));
    };
    ws.on('message', async (data, isBinary) => {
      const arrived = probe.current ? performance.now() : 0;
      let parsed: unknown;
      try {
        parsed = JSON.parse(isBinary ? '' : data.toString());
      } catch {
        send({ type: 'reply', id: 0, ok: false, error: { code: 'BAD_REQUEST', message: 'The message was not valid JSON.' } });
        return;
      }
      const msg = RequestMessage.safeParse(parsed);
      if (!msg.success) {
        const id = typeof (parsed as { id?: unknown })?.id === 'number' ? Math.max(0, Math.trunc((parsed as { id: number }).id)) : 0;
        send({ type: 'reply', id, ok: false, error: { code: 'BAD_REQUEST', message: 'The message is not a request (type, id, method, params).' } });
        return;
      }
      if (support && !o.support?.active(support.linkId)) {
        // Revoked or expired while open: the session ends here.
        send({ type: 'reply', id: msg.data.id, ok: false, error: { code: 'UNAUTHORIZED', message: 'This support link has expired or was revoked.', next: 'Ask for a new support link.' } });
        ws.close(4401, 'support link ended');
        return;
      }
      // A member's role is read again on every request: removed (or erased) since, the session ends here.
      const grant = member ? (o.members?.grant(member.id) ?? null) : null;
      if (member && !grant) {
        send({ type: 'reply', id: msg.data.id, ok: false, error: { code: 'UNAUTHORIZED', message: 'You are signed out: the home’s owner removed you from the household.', next: 'Ask the owner for a new sign-in address.' } });
        ws.close(4401, 'signed out');
        return;
      }
      if (member) {
        member.grant = grant!;
        o.members?.seen(member.id);
      }
      probe.current?.mark('request.received', msg.data.method, arrived);
      const reply = await o.dispatch(msg.data.method, msg.data.params, support ? { actor, scope: 'support' } : member ? { actor, grant: member.grant, member: member.id } : { actor });
      send({ type: 'reply', id: msg.data.id, ...reply });
    });
    ws.on('error', (err) => o.log.warn(`${actor} connection error`, err.message));
  });

  const dropping = new WeakSet<WebSocket>();
  const dropSlow = (ws: WebSocket) => {
    if (dropping.has(ws)) return;
    dropping.add(ws);
    const actor = sessions.get(ws)?.actor ?? 'a client';
    o.log.warn(`dropped ${actor}: it could not keep up with events (${Math.round(ws.bufferedAmount / 1048576)} MB waiting)`);
    ws.close(4008, 'Hearth dropped this connection: it could not keep up with events.');
    setTimeout(() => ws.terminate(), 2_000).unref();
  };
  // Events go out in batches: everything the core emits within one turn of the event loop leaves as one frame per
  // client (an `events` message; a lone event stays an `event` message), so 10,000 state changes a second cost
  // each client about a hundred frames, not ten thousand. When events are sparse (none sent for IDLE_FLUSH_MS) an
  // event leaves at once, as it is emitted — not after the rest of the task that made it (the radio stack's own
  // bookkeeping after a report runs on for a tenth of a millisecond) nor after the loop's turn: a device's new state
  // reaches the screen sooner. What follows it within IDLE_FLUSH_MS is batched per turn again.
  type Queued = { event: string; json: string | undefined };
  let queued: Queued[] = [];
  let flushScheduled = false;
  const one = (i: Queued): string => `"event":${JSON.stringify(i.event)}${i.json === undefined ? '' : `,"payload":${i.json}`}`;
  const frame = (items: readonly Queued[]): string =>
    items.length === 1 ? `{"type":"event",${one(items[0]!)}}` : `{"type":"events","events":[${items.map((i) => `{${one(i)}}`).join(',')}]}`;
  let lastFlush = -Infinity;
  const flush = () => {
    flushScheduled = false;
    lastFlush = performance.now();
    const items = queued;
    queued = [];
    if (items.length === 0 || wss.clients.size === 0) return;
    const frames: string[] = [];
    for (let i = 0; i < items.length; i += MAX_EVENTS_PER_FRAME) frames.push(frame(items.slice(i, i + MAX_EVENTS_PER_FRAME)));
    for (const ws of wss.clients) {
      if (ws.readyState !== ws.OPEN || dropping.has(ws)) continue;
      // A support session hears health and system state only, and nothing once its link has ended.
      const { support, member } = sessions.get(ws) ?? {};
      let own = frames;
      const guest = member?.grant.role === 'guest' ? member.grant : null;
      if (support || guest) {
        if (support && !o.support?.active(support.linkId)) continue;
        // A guest hears its rooms' devices only.
        const allowed = items.filter((i) => (support ? supportMayReceive(i.event) : !!o.members?.guestMayHear(i.event, i.json === undefined ? undefined : JSON.parse(i.json), guest!)));
        if (allowed.length === 0) continue;
        own = [];
        for (let i = 0; i < allowed.length; i += MAX_EVENTS_PER_FRAME) own.push(frame(allowed.slice(i, i + MAX_EVENTS_PER_FRAME)));
      }
      for (const text of own) {
        // A client that cannot keep up is dropped rather than letting the core's memory grow: told why (a close
        // frame, 4008), logged, and cut off for good if it does not even read that.
        if (ws.bufferedAmount > (o.maxBufferedBytes ?? MAX_BUFFERED_BYTES)) {
          dropSlow(ws);
          break;
        }
        ws.send(text);
      }
    }
    probe.current?.mark('event.sent', items.map((i) => i.event).join(' '));
  };
  const stopForwarding = o.bus.onAny('hub', (event, payload) => {
    if (wss.clients.size === 0) return;
    queued.push({ event, json: payload === undefined ? undefined : JSON.stringify(payload) });
    if (flushScheduled) return;
    if (performance.now() - lastFlush > IDLE_FLUSH_MS) flush();
    else {
      flushScheduled = true;
      setImmediate(flush);
    }
  });

  // Pings: a client that did not answer the last one (gone without closing, or stuck) is dropped.
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, o.pingMs ?? 30_000);
  pinger.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(o.port ?? 0, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    port,
    host,
    url: `${o.tls ? 'https' : 'http'}://${urlHost}:${port}/`,
    get clients() {
      return wss.clients.size;
    },
    endSessions,
    endMember,
    async close() {
      clearInterval(pinger);
      refusals.stop();
      stopForwarding();
      for (const ws of wss.clients) ws.close(1001, 'Hearth is shutting down');
      await new Promise<void>((r) => wss.close(() => r()));
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
