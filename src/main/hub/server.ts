// Hub mode's transport: HTTP serves the built renderer, a WebSocket at /api/ws carries the same contract
// as Electron's IPC. Bound to 127.0.0.1 unless the user opts in; every connection needs the token.
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { HUB_WS_PATH, RequestMessage, type ServerMessage } from '../../shared/wire';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { AccessLog, Dispatch } from '../transport/dispatch';
import { supportMayReceive, type SupportLinks } from '../diagnostics/support/links';
import { checkAccess } from './access';
import { serveStatic } from './static';
import { needsTls } from './tls';

export interface HubServerOptions {
  dispatch: Dispatch;
  bus: EventBus;
  log: Logger;
  token: string;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Certificate and key: the hub then serves HTTPS and wss://. Required when bound beyond loopback. */
  tls?: { cert: string; key: string } | undefined;
  /** Records each client that connects: from then on it receives events carrying personal data (names, state). */
  audit?: AccessLog | undefined;
  /** Read-only support links: a link's token opens one support session (Diagnostics reads only). */
  support?: Pick<SupportLinks, 'open' | 'active'> | undefined;
}

/** A connection's standing: the owner's token (everything), or one support link (diagnostics reads). */
interface Session {
  actor: string;
  support?: { linkId: string };
}

export interface HubServer {
  readonly port: number;
  readonly host: string;
  readonly url: string;
  readonly clients: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1 << 20;
const MAX_BUFFERED_BYTES = 8 << 20;
export async function startHubServer(o: HubServerOptions): Promise<HubServer> {
  const host = o.host ?? '127.0.0.1';
  const loopbackOnly = !needsTls(host);
  if (!loopbackOnly && !o.tls) throw new Error(`refusing to serve plain HTTP on ${host}: beyond this computer the hub needs HTTPS`);
  const handler = (req: Parameters<typeof serveStatic>[1], res: Parameters<typeof serveStatic>[2]) => serveStatic(o.rendererDir, req, res);
  const http: Server = o.tls ? createHttpsServer({ cert: o.tls.cert, key: o.tls.key, minVersion: 'TLSv1.2' }, handler) : createServer(handler);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let nextClient = 1;
  let nextSupport = 1;
  const sessions = new WeakMap<WebSocket, Session>();
  const record = (entry: Parameters<AccessLog['append']>[0]) => {
    try {
      o.audit?.append(entry);
    } catch (err) {
      // During shutdown the database may already be closed; a lost "disconnected" entry is no reason to crash.
      o.log.warn('could not record a hub connection in the audit log', (err as Error).message);
    }
  };

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let access = path === HUB_WS_PATH ? checkAccess(req, o.token, { loopbackOnly }) : ({ ok: false, status: 403, reason: 'Not found' } as const);
    let session: Session = { actor: '' };
    const given = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
    if (!access.ok && access.status === 401 && o.support && given) {
      // Not the owner's token: maybe a support link's. Host and Origin are checked the same way.
      const place = checkAccess(req, given, { loopbackOnly });
      const opened = place.ok ? o.support.open(given) : null;
      if (opened?.ok) {
        access = { ok: true };
        session = { actor: `hub:support-${nextSupport++}`, support: { linkId: opened.id } };
      } else if (opened) {
        if (opened.reason !== 'unknown') record({ actor: 'hub:support', action: 'support.session.refused', target: null, detail: { reason: opened.reason } });
        access = { ok: false, status: 401, reason: `support link ${opened.reason}` };
      }
    }
    if (!access.ok) {
      o.log.warn(`refused a WebSocket connection: ${access.reason}`, { origin: req.headers.origin, host: req.headers.host });
      socket.end(`HTTP/1.1 ${access.status} ${access.status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sessions.set(ws, session.actor ? session : { actor: `hub:client-${nextClient++}` });
      wss.emit('connection', ws);
    });
  });

  wss.on('connection', (ws: WebSocket) => {
    const session = sessions.get(ws) ?? { actor: `hub:client-${nextClient++}` };
    const { actor, support } = session;
    if (support) record({ actor, action: 'support.session.opened', target: support.linkId, detail: { access: 'diagnostics' } });
    else record({ actor, action: 'hub.connected', detail: { access: 'read', events: true } });
    ws.on('close', () => record({ actor, action: 'hub.disconnected' }));
    const send = (m: ServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    ws.on('message', async (data, isBinary) => {
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
      const reply = await o.dispatch(msg.data.method, msg.data.params, support ? { actor, scope: 'support' } : { actor });
      send({ type: 'reply', id: msg.data.id, ...reply });
    });
    ws.on('error', (err) => o.log.warn(`${actor} connection error`, err.message));
  });

  const stopForwarding = o.bus.onAny('hub', (event, payload) => {
    if (wss.clients.size === 0) return;
    const text = JSON.stringify({ type: 'event', event, payload });
    for (const ws of wss.clients) {
      if (ws.readyState !== ws.OPEN) continue;
      // A support session hears health and system state only, and nothing once its link has ended.
      const support = sessions.get(ws)?.support;
      if (support && (!supportMayReceive(event) || !o.support?.active(support.linkId))) continue;
      // A client that cannot keep up is dropped rather than letting the core's memory grow.
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) ws.terminate();
      else ws.send(text);
    }
  });

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
    async close() {
      stopForwarding();
      for (const ws of wss.clients) ws.close(1001, 'Hearth is shutting down');
      await new Promise<void>((r) => wss.close(() => r()));
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
