// HTTPS when the hub is bound beyond loopback: 127.0.0.2 is outside the hub's loopback names, yet packets
// to it never leave this computer.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildCore, type Core } from '../app';
import { filesContaining } from '../test/personal-home';
import { authProtocols, testSessions } from '../test/hub-signin';
import { quietLog, tempDir } from '../test/temp';
import { startHubServer, type HubServer } from './server';
import { hubCertificate, needsTls } from './tls';

const HOST = '127.0.0.2';

describe('hub over HTTPS beyond loopback', () => {
  const dir = tempDir();
  let core: Core;
  let hub: HubServer;
  let cert: string;
  let renderer: string;
  let auth: ReturnType<typeof testSessions>;

  beforeAll(async () => {
    renderer = join(dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog });
    const tls = await hubCertificate(join(dir, 'data'), core.secrets, HOST);
    cert = tls.cert;
    auth = testSessions(core.secrets);
    hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: renderer, host: HOST, port: 0, tls });
  });
  afterAll(async () => {
    await hub?.close();
    await core.stop();
  });

  it('uses plain HTTP only on loopback names', () => {
    expect(needsTls('127.0.0.1')).toBe(false);
    expect(needsTls('localhost')).toBe(false);
    expect(needsTls('::1')).toBe(false);
    for (const h of ['0.0.0.0', '::', '192.168.1.20', HOST, 'hearth.local']) expect(needsTls(h), h).toBe(true);
  });

  it('refuses to serve plain HTTP beyond loopback', async () => {
    await expect(startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: renderer, host: HOST, port: 0 })).rejects.toThrow(/needs HTTPS/);
  });

  it('serves the API over wss:// with a certificate naming the address; the private key is not in the data folder in clear', async () => {
    expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.2:\d+\/$/);
    const x = new X509Certificate(cert);
    expect(x.checkIP(HOST)).toBe(HOST);
    expect(x.checkHost('localhost')).toBe('localhost');
    const ws = new WebSocket(`wss://${HOST}:${hub.port}/api/ws`, authProtocols(auth.signIn()), { ca: cert });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const reply = new Promise<Record<string, unknown>>((r) => ws.once('message', (d) => r(JSON.parse(String(d)))));
    ws.send(JSON.stringify({ type: 'request', id: 1, method: 'system.info', params: {} }));
    expect(await reply).toMatchObject({ id: 1, ok: true });
    ws.close();
    // Not trusted without the certificate; not reachable in plain text.
    await expect(
      new Promise((resolve, reject) => {
        const bad = new WebSocket(`wss://${HOST}:${hub.port}/api/ws`, authProtocols(auth.signIn()));
        bad.once('open', resolve);
        bad.once('error', reject);
      }),
    ).rejects.toThrow(/self-signed|certificate/);
    const keyPem = core.secrets.get('hub.tlsKey')!.toString('utf8');
    expect(keyPem).toContain('PRIVATE KEY');
    const keyBody = keyPem.split('\n')[1]!;
    expect(filesContaining(join(dir, 'data'), keyBody)).toEqual([]);
    expect(readFileSync(join(dir, 'data', 'tls', 'hub-cert.pem'), 'utf8')).not.toContain('PRIVATE KEY');
  });

  it('beyond loopback: Host must be a name in the certificate, Origin must be https, and HSTS is sent', async () => {
    const open = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(`wss://${HOST}:${hub.port}/api/ws`, authProtocols(auth.signIn()), { ca: cert, headers });
        ws.once('open', () => {
          ws.close();
          resolve(101);
        });
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', reject);
      });
    expect(await open({ Origin: `https://${HOST}:${hub.port}` })).toBe(101);
    // A name the certificate does not carry (DNS rebinding onto the hub's address) is refused.
    expect(await open({ Host: `evil.example:${hub.port}` })).toBe(403);
    // The page's own address, but over plain http: not the hub's origin.
    expect(await open({ Origin: `http://${HOST}:${hub.port}` })).toBe(403);
    const page = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = httpsRequest({ host: HOST, port: hub.port, path: '/', ca: cert, servername: undefined }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
      req.on('error', reject);
      req.end();
    });
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('keeps the certificate across restarts and renews it for another address', async () => {
    const again = await hubCertificate(join(dir, 'data'), core.secrets, HOST);
    expect(again.cert).toBe(cert);
    const other = await hubCertificate(join(dir, 'data'), core.secrets, '127.0.0.3');
    expect(other.cert).not.toBe(cert);
    expect(new X509Certificate(other.cert).checkIP('127.0.0.3')).toBe('127.0.0.3');
  });
});
