// The hub's transport as an attacker or a confused client meets it: real server, real core, real sockets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildCore, type Core } from '../app';
import { quietLog, tempDir } from '../test/temp';
import { startHubServer, type HubServer } from './server';

const TOKEN = 'test-token-123';

describe('hub server', () => {
  const dir = tempDir();
  let core: Core;
  let hub: HubServer;
  let base: string;

  beforeAll(async () => {
    const renderer = join(dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog });
    hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, token: TOKEN, rendererDir: renderer, port: 0, audit: core.audit });
    base = `127.0.0.1:${hub.port}`;
  });
  afterAll(async () => {
    await hub.close();
    await core.stop();
  });

  const connect = (query: string, headers: Record<string, string> = {}) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(`ws://${base}/api/ws${query}`, { headers });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  const next = (ws: WebSocket) => new Promise<Record<string, unknown>>((r) => ws.once('message', (d) => r(JSON.parse(String(d)))));
  const get = (path: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: hub.port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('listens on loopback only by default', () => {
    expect(hub.host).toBe('127.0.0.1');
  });

  it('refuses a connection without the token, or with a wrong one', async () => {
    await expect(connect('')).rejects.toThrow('HTTP 401');
    await expect(connect('?token=wrong')).rejects.toThrow('HTTP 401');
  });

  it('refuses a page from another origin even with the token', async () => {
    await expect(connect(`?token=${TOKEN}`, { Origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('refuses a Host name that is not this computer (DNS rebinding)', async () => {
    await expect(connect(`?token=${TOKEN}`, { Host: `evil.example:${hub.port}` })).rejects.toThrow('HTTP 403');
  });

  it('answers requests from its own page', async () => {
    const ws = await connect(`?token=${TOKEN}`, { Origin: `http://${base}` });
    ws.send(JSON.stringify({ type: 'request', id: 7, method: 'system.info', params: {} }));
    const reply = await next(ws);
    expect(reply).toMatchObject({ type: 'reply', id: 7, ok: true, result: { host: 'hub', version: 'test' } });
    ws.close();
  });

  it('answers bad payloads with typed errors and keeps the connection', async () => {
    const ws = await connect(`?token=${TOKEN}`);
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
    await expect(connect('?token=wrong')).rejects.toThrow('HTTP 401');
    const ws = await connect(`?token=${TOKEN}`);
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
    const ws = await connect(`?token=${TOKEN}`);
    const got = next(ws);
    core.bus.emit('device.health', { deviceId: 'zwave:x-2', health: 'offline' });
    expect(await got).toEqual({ type: 'event', event: 'device.health', payload: { deviceId: 'zwave:x-2', health: 'offline' } });
    ws.close();
  });

  it('serves the UI with a strict CSP and nothing outside its folder', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });
});
