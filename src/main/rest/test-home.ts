// Test helper: a core with the scripted demo devices, the hub's server with the local API mounted on it (real
// sockets on 127.0.0.1), and small clients for HTTP and the event WebSocket.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Role, Scope } from '../../shared/access';
import { buildCore, type Core } from '../app';
import { startHubServer, type HubServer } from '../hub/server';
import { testSessions } from '../test/hub-signin';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { quietLog } from '../test/temp';
import { createApiApp, type ApiApp } from './server';

/** A JSON answer as a test reads it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

export interface ApiHome {
  core: Core;
  hub: HubServer;
  api: ApiApp;
  radio: ScriptedAdapter;
  base: string;
  id(name: string): string;
  area(name: string): string;
  token(scope: Scope, name: string, role?: Role, rooms?: string[]): Promise<string>;
  call(method: string, path: string, token?: string | null, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Body; headers: Headers }>;
  events(token: string | null, headers?: Record<string, string>): Promise<WebSocket>;
  stop(): Promise<void>;
}

export async function apiHome(dir: string, o: { demo?: boolean; env?: Record<string, string> } = {}): Promise<ApiHome> {
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog, ...(o.env ? { env: o.env } : {}) });
  const radio = new ScriptedAdapter();
  radio.echo = true;
  await core.startAdapters([radio], { demo: o.demo ?? true });
  for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
  const api = await createApiApp({
    dispatch: core.dispatch, bus: core.bus, api: core.api, devices: core.devices, log: quietLog, version: 'test', audit: core.audit,
    place: { loopbackOnly: true, names: [], scheme: 'http' }, mounted: true, refusalDelayMs: 5,
  });
  const hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: testSessions(core.secrets).sessions, rendererDir: renderer, port: 0, audit: core.audit, api, refusalDelayMs: 5 });
  const base = `http://127.0.0.1:${hub.port}/api/v1`;
  core.api.attach({ url: () => base, fingerprint: () => null, problem: () => null });
  const id = (name: string) => core.devices.list().find((d) => d.name === name)!.id;
  const area = (name: string) => core.devices.areas().find((a) => a.name === name)!.id;
  const owner = { actor: 'test' };
  return {
    core, hub, api, radio, base, id, area,
    async token(scope, name, role = 'owner', rooms = []) {
      const r = await core.dispatch('api.tokens.create', { name, scope, role, rooms }, owner);
      if (!r.ok) throw new Error(r.error.message);
      return (r.result as { secret: string }).secret;
    },
    async call(method, path, token, body, headers = {}) {
      const res = await fetch(base + path, {
        method,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
    events(token, headers = {}) {
      return new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/v1/events`, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        ws.once('error', reject);
      });
    },
    async stop() {
      await api.close();
      await hub.close();
      await core.stop();
    },
  };
}
