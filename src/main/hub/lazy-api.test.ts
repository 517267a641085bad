import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildCore } from '../app';
import { testSessions } from '../test/hub-signin';
import { quietLog, tempDir } from '../test/temp';
import { lazyApi } from './lazy-api';
import { startHubServer } from './server';

describe('the local API on the hub, built on its first request', () => {
  const dir = tempDir();

  it('answers a first WebSocket upgrade and simultaneous first requests, and after close says it is unavailable', async () => {
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog });
    await core.startAdapters([], { demo: true });
    core.api.force();
    const api = lazyApi({
      dispatch: core.dispatch, bus: core.bus, api: core.api, devices: core.devices, log: quietLog, version: 'test', audit: core.audit,
      place: { loopbackOnly: true, names: [], scheme: 'http' }, mounted: true, refusalDelayMs: 5,
    });
    const hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: testSessions(core.secrets).sessions, rendererDir: renderer, port: 0, audit: core.audit, api });
    try {
      const created = await core.dispatch('api.tokens.create', { name: 'test', scope: 'read', role: 'owner', rooms: [] }, { actor: 'test' });
      if (!created.ok) throw new Error(created.error.message);
      const auth = { Authorization: `Bearer ${(created.result as { secret: string }).secret}` };
      // The very first request is an upgrade: the event stream opens once the API is built.
      const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/v1/events`, { headers: auth });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        ws.once('error', reject);
      });
      ws.close();
      const [a, b] = await Promise.all([fetch(`${hub.url}api/v1/devices`, { headers: auth }), fetch(`${hub.url}api/v1/openapi.json`)]);
      expect(a.status).toBe(200);
      expect(Array.isArray(await a.json())).toBe(true);
      expect(b.status).toBe(200);
      expect(((await b.json()) as { openapi: string }).openapi).toMatch(/^3\./);
      await api.close();
      const after = await fetch(`${hub.url}api/v1/devices`, { headers: auth });
      expect(after.status).toBe(503);
      expect(((await after.json()) as { error: { message: string } }).error.message).toBe('The local API could not start.');
    } finally {
      await api.close();
      await hub.close();
      await core.stop();
    }
  });
});
