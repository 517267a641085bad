// The local API over HTTP, with fastify: /api/v1 routes that reach the contract's requests through the one
// dispatcher (so validation, roles, limits and the audit log are the same as for the app), the OpenAPI 3.1
// document made from the same contract, and a WebSocket of live events. In order, each request meets: the Host
// and Origin check (no DNS rebinding), the switch (off by default), the rate limiter — before the token is
// checked, so guessing tokens is slow — then the token (401 unknown, 403 when the tier allows no API), then the
// dispatcher, which refuses what the token's scope or role does not reach (403). Served either mounted on the
// hub's own server (`mounted`: the hub hands it /api/v1 requests and upgrades) or on its own listener
// (the desktop app, listener.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { ErrorCode } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import type { EventBus } from '../bus';
import { SECURITY_HEADERS } from '../csp';
import { checkPlace, offeredCredential, WS_PROTOCOL, type Place } from '../hub/access';
import { RefusalLog } from '../hub/refusals';
import type { AccessLog, Dispatch } from '../transport/dispatch';
import type { GuardDeps } from '../transport/roles';
import { askedEvents, streamEvents } from './events';
import { jsonSchema, openApiDocument } from './openapi';
import { API_PREFIX, API_ROUTES, fastifyPath, type ApiRoute } from './routes';
import type { ApiService } from './service';
import type { VerifiedToken } from './tokens';

export interface ApiAppOptions {
  dispatch: Dispatch;
  bus: EventBus;
  api: ApiService;
  devices: GuardDeps['devices'];
  log: Logger;
  version: string;
  audit?: AccessLog | undefined;
  /** Where it is served: which Host names and scheme requests must carry. */
  place: Place;
  /** Mounted on another server (the hub's): requests and upgrades arrive through `server.emit`. */
  mounted?: boolean;
  /** Its own HTTPS listener (the desktop app on the network). */
  https?: { cert: string; key: string } | undefined;
  /** Delay before answering a refused token (default 250 ms). */
  refusalDelayMs?: number;
}

export interface ApiApp {
  readonly app: FastifyInstance;
  /** The server fastify answers on: emit 'request' and 'upgrade' on it to hand over a mounted request. */
  readonly server: Server;
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiToken?: VerifiedToken;
    rawToken?: string;
  }
}

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400, UNKNOWN_METHOD: 404, NOT_FOUND: 404, UNSUPPORTED: 422, DEVICE_UNREACHABLE: 502, RADIO_UNAVAILABLE: 503,
  TIMEOUT: 504, CANCELLED: 409, UNAUTHORIZED: 401, FORBIDDEN: 403, CONFLICT: 409, PLAN_LIMIT: 403, INTERNAL: 500,
};
const TOKEN_NEXT = 'Send a token made in Settings → API (or with `npx hearth token create`) as the header Authorization: Bearer <token>.';

/** The bearer token a request carries: the Authorization header, or (a browser's WebSocket) its subprotocol. */
function presented(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (typeof h === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    return m ? m[1]! : null;
  }
  return offeredCredential(req);
}

/** Query text as the types the input's JSON Schema says (numbers, booleans); the contract validates the rest. */
function coerceQuery(query: Record<string, unknown>, types: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    const t = types[k];
    if (typeof v === 'string' && (t === 'integer' || t === 'number') && v.trim() !== '' && Number.isFinite(Number(v))) out[k] = Number(v);
    else if (typeof v === 'string' && t === 'boolean' && (v === 'true' || v === 'false')) out[k] = v === 'true';
    else out[k] = v;
  }
  return out;
}

export async function createApiApp(o: ApiAppOptions): Promise<ApiApp> {
  let server: Server | undefined;
  const app = Fastify({
    logger: false,
    bodyLimit: 1 << 20,
    return503OnClosing: true,
    ...(o.https ? { https: { cert: o.https.cert, key: o.https.key, minVersion: 'TLSv1.2' as const } } : {}),
    ...(o.mounted
      ? {
          serverFactory: (handler: (req: IncomingMessage, res: ServerResponse) => void) => {
            server = createServer(handler);
            return server;
          },
        }
      : {}),
  });
  const refusals = new RefusalLog({ log: o.log, periodMs: 60_000 });
  const delay = o.refusalDelayMs ?? 250;
  const extraHeaders: Record<string, string> = o.place.scheme === 'https' ? { 'Strict-Transport-Security': 'max-age=31536000' } : {};
  const record = (entry: Parameters<AccessLog['append']>[0]) => {
    try {
      o.audit?.append(entry);
    } catch (err) {
      o.log.warn('could not record an API call in the audit log', (err as Error).message);
    }
  };
  const fail = (reply: FastifyReply, status: number, code: string, message: string, next?: string) =>
    reply.code(status).send({ error: { code, message, ...(next ? { next } : {}) } });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers({ ...SECURITY_HEADERS, ...extraHeaders, 'Cache-Control': 'no-store' });
    return payload;
  });
  // JSON bodies; an empty one is an empty object (POST /plans/{planId}/approve needs none).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => (body === '' ? done(null, {}) : parseJson(req, body as string, done)));
  app.setErrorHandler((err: Error & { statusCode?: number; hearth?: { code: string; message: string; next?: string } }, _req, reply) => {
    if (err.hearth) return fail(reply, err.statusCode ?? 429, err.hearth.code, err.hearth.message, err.hearth.next);
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) o.log.error('API request failed', err);
    return fail(reply, status, status === 500 ? 'INTERNAL' : 'BAD_REQUEST', status === 500 ? 'Something went wrong inside Hearth.' : err.message);
  });

  // 1. Where: Host and Origin name this server.
  app.addHook('onRequest', async (req, reply) => {
    const where = checkPlace(req.raw, o.place);
    if (!where.ok) {
      refusals.add(`API: ${where.reason}`);
      return fail(reply, where.status, 'FORBIDDEN', where.reason);
    }
    // 2. The switch.
    if (!o.api.enabled()) return fail(reply, 503, 'API_OFF', 'The local API is turned off.', 'Turn it on in Settings → API, or start the hub with --api.');
  });
  // 3. The rate, per address, before any token is looked at (its hooks run on each route's onRequest).
  await app.register(rateLimit, {
    global: true,
    max: () => o.api.ratePerMinute(),
    timeWindow: 60_000,
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: (_req, ctx) => {
      const e = new Error('rate limited') as Error & { statusCode: number; hearth: unknown };
      e.statusCode = ctx.statusCode;
      e.hearth = { code: 'RATE_LIMITED', message: `Too many requests from this address (at most ${ctx.max} a minute).`, next: `Wait ${Math.ceil(ctx.ttl / 1000)} s and try again.` };
      return e;
    },
  });
  // 4. The token: after every onRequest hook (so after the limiter), before the body is read.
  app.addHook('preParsing', async (req, reply) => {
    if (req.routeOptions.config && (req.routeOptions.config as { public?: boolean }).public) return;
    const raw = presented(req.raw);
    const check = o.api.tokens.verify(raw);
    if (!check.ok) {
      refusals.add(`API: ${check.reason}`);
      if (check.status === 401) {
        await new Promise((r) => setTimeout(r, delay).unref());
        void reply.header('WWW-Authenticate', 'Bearer realm="hearth"');
        return fail(reply, 401, 'UNAUTHORIZED', raw ? 'This token is not valid for this Hearth (revoked or mistyped).' : 'This request needs a token.', TOKEN_NEXT);
      }
      return fail(reply, 403, 'PLAN_LIMIT', check.reason, 'Upgrade in Subscription (a licence key unlocks it at once), or revoke tokens you no longer use.');
    }
    req.apiToken = check.token;
    req.rawToken = raw!;
  });

  await app.register(websocket, { options: { maxPayload: 64 * 1024, handleProtocols: (offered: Set<string>) => (offered.has(WS_PROTOCOL) ? WS_PROTOCOL : false) } });

  const document = openApiDocument(o.version);
  app.get(`${API_PREFIX}/openapi.json`, { config: { public: true } }, async () => document);

  for (const route of API_ROUTES) addRoute(app, route, o, fail);

  app.get(
    `${API_PREFIX}/events`,
    {
      websocket: true,
      preValidation: async (req, reply) => {
        const asked = askedEvents(req.query);
        if (!asked.ok) return fail(reply, 400, 'BAD_REQUEST', asked.message);
      },
    },
    (socket, req) => {
      const token = req.apiToken!;
      const asked = askedEvents(req.query);
      streamEvents({ socket, token, raw: req.rawToken!, bus: o.bus, api: o.api, devices: o.devices, log: o.log, record, only: asked.ok ? asked.only : null });
    },
  );
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (_req, reply) => fail(reply, 404, 'NOT_FOUND', 'There is no such address in the API.', `See ${API_PREFIX}/openapi.json.`));

  await app.ready();
  return {
    app,
    server: server ?? app.server,
    async close() {
      refusals.stop();
      await app.close();
    },
  };
}

function addRoute(app: FastifyInstance, route: ApiRoute, o: ApiAppOptions, fail: (reply: FastifyReply, status: number, code: string, message: string, next?: string) => FastifyReply) {
  const props = (jsonSchema(route, 'input').properties ?? {}) as Record<string, { type?: string }>;
  const types = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.type]));
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const token = req.apiToken!;
      const fromPath = req.params as Record<string, string>;
      let fields: unknown;
      if (route.method === 'GET') fields = coerceQuery(req.query as Record<string, unknown>, types);
      else fields = req.body ?? {};
      if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return fail(reply, 400, 'BAD_REQUEST', 'The body must be a JSON object.');
      const r = await o.dispatch(route.request, { ...fields, ...fromPath }, { actor: `api:${token.name}`, grant: token.grant, auditEvery: true });
      if (r.ok) return reply.code(200).send(r.result);
      return reply.code(STATUS[r.error.code] ?? 500).send({ error: r.error });
    },
  });
}
