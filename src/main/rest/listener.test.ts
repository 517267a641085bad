// The desktop app's API listener: nothing listens while the API is off; turned on in Settings → API it answers on
// 127.0.0.1; opted in to the network it serves HTTPS with the hub's certificate; turned off it stops.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCore } from '../app';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { quietLog, tempDir } from '../test/temp';
import { apiListener } from './listener';

describe('desktop API listener', () => {
  const dir = tempDir('hearth-api-listener-');
  const core = buildCore({ dataDir: join(dir, 'data'), host: 'electron', version: 'test', log: quietLog });
  // The test's own address: the network mode is checked on loopback (its certificate names 127.0.0.1).
  const listener = apiListener({ core, dataDir: join(dir, 'data'), secrets: core.secrets, log: quietLog, version: 'test', refusalDelayMs: 5 });
  afterAll(async () => {
    await listener.close();
    await core.stop();
  });

  it('listens only while on, on loopback; stops when turned off', async () => {
    const radio = new ScriptedAdapter();
    await core.startAdapters([radio], { demo: true });
    for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
    core.settings.set('api.port', 0);
    await listener.apply();
    expect(core.api.status()).toMatchObject({ enabled: false, url: null });

    const on = await core.dispatch('api.configure', { enabled: true }, { actor: 'test' });
    expect(on.ok).toBe(true);
    const url = core.api.status().url!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const made = await core.dispatch('api.tokens.create', { name: 'desk', scope: 'read' }, { actor: 'test' });
    const secret = (made as { result: { secret: string } }).result.secret;
    const res = await fetch(`${url}/devices`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(5);
    // A Host that is not this computer (DNS rebinding) is refused.
    const u = new URL(url);
    const foreign = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: u.port, path: '/api/v1/devices', headers: { Authorization: `Bearer ${secret}`, Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(foreign).toBe(403);

    await core.dispatch('api.configure', { enabled: false }, { actor: 'test' });
    expect(core.api.status().url).toBeNull();
    await expect(fetch(`${url}/devices`)).rejects.toThrow();
  });

  it('opted in to the network, it serves HTTPS with the hub certificate and shows its fingerprint', async () => {
    await listener.close();
    const net = apiListener({ core, dataDir: join(dir, 'data'), secrets: core.secrets, log: quietLog, version: 'test', host: '127.0.0.1' });
    try {
      await core.dispatch('api.configure', { enabled: true, network: true }, { actor: 'test' });
      await net.apply();
      const s = core.api.status();
      expect(s).toMatchObject({ network: true, fingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/) });
      const port = Number(/:(\d+)\/api\/v1$/.exec(s.url!)![1]);
      const ca = readFileSync(join(dir, 'data', 'tls', 'hub-cert.pem'), 'utf8');
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/v1/openapi.json', ca, servername: 'localhost' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(200);
    } finally {
      await core.dispatch('api.configure', { enabled: false, network: false }, { actor: 'test' });
      await net.close();
    }
  });
});
