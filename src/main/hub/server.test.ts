// The hub's transport as an attacker or a confused client meets it: real server, real core, real sockets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectSocket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildCore, type Core } from '../app';
import { authProtocols, testSessions } from '../test/hub-signin';
import { quietLog, tempDir } from '../test/temp';
import { probe } from '../../shared/timing-probe';
import { startHubServer, type HubServer } from './server';


describe('hub server', () => {
  const dir = tempDir();
  let core: Core;
  let hub: HubServer;
  let base: string;
  let auth: ReturnType<typeof testSessions>;
  const logged: string[] = [];
  const log = { info() {}, warn: (m: string) => logged.push(m), error() {} };

  beforeAll(async () => {
    const renderer = join(dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog });
    auth = testSessions(core.secrets);
    hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log, sessions: auth.sessions, rendererDir: renderer, port: 0, audit: core.audit, maxClients: 6, pingMs: 300, headersTimeoutMs: 1_000, refusalDelayMs: 20, refusalSummaryMs: 400 });
    base = `127.0.0.1:${hub.port}`;
  });
  afterAll(async () => {
    await hub.close();
    await core.stop();
  });

  /** Connects offering `credential` in the subprotocol (none: no credential at all). */
  const connect = (credential: string | null, headers: Record<string, string> = {}, query = '') =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(`ws://${base}/api/ws${query}`, credential === null ? ['hearth'] : authProtocols(credential), { headers });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  const next = (ws: WebSocket) => new Promise<Record<string, unknown>>((r) => ws.once('message', (d) => r(JSON.parse(String(d)))));
  const get = (path: string, method = 'GET', send?: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: hub.port, path, method, headers: send ? { 'Content-Type': 'application/json' } : {} }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end(send);
    });
  const signIn = async (code: string) => {
    const r = await get('/api/signin', 'POST', JSON.stringify({ code }));
    return { status: r.status, body: JSON.parse(r.body) as { session?: string; error?: { message: string } } };
  };

  it('listens on loopback only by default', () => {
    expect(hub.host).toBe('127.0.0.1');
  });

  it('a sign-in code gives a session once; used, expired, forged or after "sign out everywhere" it opens nothing', async () => {
    const code = auth.code();
    const first = await signIn(code);
    expect(first.status).toBe(200);
    const ws = await connect(first.body.session!);
    ws.close();
    // The same code again: refused, and said why.
    const again = await signIn(code);
    expect(again.status).toBe(401);
    expect(again.body.error!.message).toMatch(/already used/);
    // Expired (minted 11 minutes ago with a 10-minute life) and forged.
    const old = testSessions(core.secrets, () => Date.now() - 11 * 60_000).code();
    expect((await signIn(old)).body.error!.message).toMatch(/expired/);
    const forged = code.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await signIn(forged)).status).toBe(401);
    expect((await signIn('not a code')).status).toBe(401);
    expect((await get('/api/signin')).status).toBe(405);

    // Rotation: the session that worked, and a code minted before, stop working; the open connection closes.
    const session = (await signIn(auth.code())).body.session!;
    const unused = auth.code();
    const open = await connect(session);
    const closed = new Promise<number>((r) => open.once('close', (c) => r(c)));
    auth.sessions.rotate();
    hub.endSessions();
    expect(await closed).toBe(4401);
    await expect(connect(session)).rejects.toThrow('HTTP 401');
    expect((await signIn(unused)).status).toBe(401);
    expect((await signIn(auth.code())).status).toBe(200);
  });

  it('refuses a connection without a session, with a wrong one, or with a credential in the address', async () => {
    await expect(connect(null)).rejects.toThrow('HTTP 401');
    await expect(connect('wrong')).rejects.toThrow('HTTP 401');
    const session = auth.signIn();
    await expect(connect(null, {}, `?token=${session}`)).rejects.toThrow('HTTP 401');
  });

  it('refuses a page from another origin even with a session', async () => {
    await expect(connect(auth.signIn(), { Origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('refuses a Host name that is not this computer (DNS rebinding)', async () => {
    await expect(connect(auth.signIn(), { Host: `evil.example:${hub.port}` })).rejects.toThrow('HTTP 403');
    const page = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: hub.port, path: '/', headers: { Host: `evil.example:${hub.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(page).toBe(403);
  });

  it('caps clients, drops one that stops answering pings, and times out half-sent requests', async () => {
    const session = auth.signIn();
    const many = await Promise.all(Array.from({ length: 6 }, () => connect(session)));
    await expect(connect(session)).rejects.toThrow('HTTP 503');
    for (const ws of many) ws.close();
    await expect.poll(() => hub.clients).toBe(0);
    // A client that no longer answers pings (its process is stuck) is dropped within two ping periods.
    const stuck = await connect(session);
    (stuck as unknown as { _socket: { pause(): void } })._socket.pause();
    stuck.pong = () => undefined;
    await expect.poll(() => hub.clients, { timeout: 3_000 }).toBe(0);
    // Half-sent headers: the server hangs up after its header timeout instead of holding the socket.
    const t0 = Date.now();
    const hungUp = await new Promise<number>((resolve) => {
      const s = connectSocket(hub.port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '));
      s.resume(); // reads the 408, so the close that follows is seen
      s.on('close', () => resolve(Date.now() - t0));
      s.on('error', () => undefined);
    });
    expect(hungUp).toBeLessThan(5_000);
  });

  it('logs refused attempts in summary, not one line each', async () => {
    await new Promise((r) => setTimeout(r, 500));
    logged.length = 0;
    await Promise.all(Array.from({ length: 200 }, () => signIn('0.x.y')));
    const refusedLines = () => logged.filter((l) => l.includes('refused'));
    const summedUp = () => refusedLines().map((l) => /refused (\d+) more/.exec(l)?.[1]).filter(Boolean).map(Number).reduce((a, b) => a + b, 0);
    // The first refusal is told with its reason; the rest (all 199 of them) are summed up, a line per summary period
    // (400 ms here; a loaded machine spreads the 200 attempts over a few periods).
    await expect.poll(summedUp, { timeout: 10_000 }).toBe(199);
    const lines = refusedLines();
    expect(lines[0]).toMatch(/refused a hub connection: sign-in code/);
    expect(lines.length).toBeLessThanOrEqual(20);
  });

  it('answers requests from its own page', async () => {
    const ws = await connect(auth.signIn(), { Origin: `http://${base}` });
    ws.send(JSON.stringify({ type: 'request', id: 7, method: 'system.info', params: {} }));
    const reply = await next(ws);
    expect(reply).toMatchObject({ type: 'reply', id: 7, ok: true, result: { host: 'hub', version: 'test' } });
    ws.close();
  });

  it('answers bad payloads with typed errors and keeps the connection', async () => {
    const ws = await connect(auth.signIn());
    ws.send('{not json');
    expect(await next(ws)).toMatchObject({ type: 'reply', id: 0, ok: false, error: { code: 'BAD_REQUEST' } });
    ws.send(JSON.stringify({ type: 'request', id: 3, method: 'devices.command', params: { deviceId: 5 } }));
    expect(await next(ws)).toMatchObject({ id: 3, ok: false, error: { code: 'BAD_REQUEST' } });
    ws.send(JSON.stringify({ type: 'request', id: 4, method: 'devices.command', params: { deviceId: 'nope', capabilityId: 'onOff', value: true } }));
    expect(await next(ws)).toMatchObject({ id: 4, ok: false, error: { code: 'NOT_FOUND' } });
    ws.send(JSON.stringify({ hello: 'world', id: 9 }));
    expect(await next(ws)).toMatchObject({ id: 9, ok: false, error: { code: 'BAD_REQUEST' } });
    ws.send(JSON.stringify({ type: 'request', id: 5, method: 'system.info', params: {} }));
    expect(await next(ws)).toMatchObject({ id: 5, ok: true });
    ws.close();
  });

  it('records in the audit log who connected and what they read, but not refused attempts', async () => {
    await expect(connect('wrong')).rejects.toThrow('HTTP 401');
    const ws = await connect(auth.signIn());
    ws.send(JSON.stringify({ type: 'request', id: 1, method: 'devices.list', params: {} }));
    await next(ws);
    ws.close();
    const actor = core.audit.recent(20).find((e) => e.action === 'api.devices.list')!.actor;
    expect(actor).toMatch(/^hub:client-\d+$/);
    const mine = () => core.audit.recent(50).filter((e) => e.actor === actor).map((e) => e.action).reverse();
    await expect.poll(mine).toEqual(['hub.connected', 'api.devices.list', 'hub.disconnected']);
    expect(core.audit.verify()).toBeNull();
  });

  it('pushes core events to connected clients', async () => {
    const ws = await connect(auth.signIn());
    const got = next(ws);
    core.bus.emit('device.health', { deviceId: 'zwave:x-2', health: 'offline' });
    expect(await got).toEqual({ type: 'event', event: 'device.health', payload: { deviceId: 'zwave:x-2', health: 'offline' } });
    ws.close();
  });

  it('sends a lone event at once, as it is emitted, and what follows it closely as one frame', async () => {
    const ws = await connect(auth.signIn());
    const quiet = () => new Promise((r) => setTimeout(r, 20));
    const sent: string[] = [];
    probe.current = { mark: (point, detail) => point === 'event.sent' && sent.push(detail) };
    try {
      await quiet();
      const got = next(ws);
      core.bus.emit('device.health', { deviceId: 'zwave:x-2', health: 'online' });
      // Out before the rest of the task that emitted it (a stack's bookkeeping after a report) runs.
      expect(sent).toEqual(['device.health']);
      expect(await got).toMatchObject({ type: 'event', event: 'device.health' });

      await quiet();
      const frames: Record<string, unknown>[] = [];
      const two = new Promise<void>((r) => ws.on('message', (d) => frames.push(JSON.parse(String(d))) === 2 && r()));
      for (const n of [3, 4, 5, 6]) core.bus.emit('device.health', { deviceId: `zwave:x-${n}`, health: 'offline' });
      await two;
      ws.removeAllListeners('message');
      // The first after a quiet spell at once; the rest of the burst, emitted in the same task, together.
      expect(frames[0]).toMatchObject({ type: 'event', payload: { deviceId: 'zwave:x-3' } });
      expect(frames[1]!.type).toBe('events');
      expect((frames[1]!.events as { payload: { deviceId: string } }[]).map((e) => e.payload.deviceId)).toEqual(['zwave:x-4', 'zwave:x-5', 'zwave:x-6']);
      expect(sent).toEqual(['device.health', 'device.health', 'device.health device.health device.health']);
    } finally {
      probe.current = null;
      ws.close();
    }
  });

  it('serves the UI with a strict CSP and nothing outside its folder', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    // The page is never stored: a cached copy would keep the address it was opened with.
    expect(page.headers['cache-control']).toBe('no-store');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });
});
