// Read-only support links against the real hub server and core: a link opens one session that may read
// Diagnostics and nothing else; it expires, can be revoked, opens once, and each step is in the audit log. The
// browser exchanges the link's one-time token (POST /api/support) for the session's secret, which it keeps, so a
// reload of the support view (a new connection with that secret) keeps working until the link ends.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHubServer, type HubServer } from '../../hub/server';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { authProtocols, testSessions } from '../../test/hub-signin';
import { quietLog, tempDir } from '../../test/temp';

let f: Fixture;
let hub: HubServer;
let auth: ReturnType<typeof testSessions>;
const dir = tempDir('hearth-support-link-');

beforeAll(async () => {
  f = await demoCore(dir);
  auth = testSessions(f.core.secrets);
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  hub = await startHubServer({ dispatch: f.core.dispatch, bus: f.core.bus, log: quietLog, sessions: auth.sessions, rendererDir: renderer, port: 0, audit: f.core.audit, support: f.core.diagnostics.links });
});

afterAll(async () => {
  await hub?.close();
  await f?.core.stop();
});

const connect = (token: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/ws`, authProtocols(token));
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });

/** What the support view does when it opens: exchanges the link's token for its support session. */
async function openSupport(token: string): Promise<{ status: number; body: { session?: string; expiresAt?: number; error?: { message: string; next?: string } } }> {
  const r = await fetch(`http://127.0.0.1:${hub.port}/api/support`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  return { status: r.status, body: (await r.json()) as never };
}

/** Opens the link as the support view does and connects with its session; answers the session too. */
async function support(token: string): Promise<{ ws: WebSocket; session: string }> {
  const opened = await openSupport(token);
  expect(opened.status).toBe(200);
  const session = opened.body.session!;
  return { ws: await connect(session), session };
}

let nextId = 1;
type Reply = { ok: boolean; result?: unknown; error?: { code: string; message: string } };
function call(ws: WebSocket, method: string, params: unknown = {}): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve) => {
    const on = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d)) as Reply & { type: string; id: number };
      if (m.type === 'reply' && m.id === id) {
        ws.off('message', on);
        resolve(m);
      }
    };
    ws.on('message', on);
    ws.send(JSON.stringify({ type: 'request', id, method, params }));
  });
}

async function newLink(hours?: number): Promise<{ id: string; token: string; expiresAt: number }> {
  const owner = await connect(auth.signIn());
  const r = await call(owner, 'support.link.create', { consent: true, ...(hours ? { hours } : {}) });
  owner.close();
  expect(r.ok).toBe(true);
  return r.result as { id: string; token: string; expiresAt: number };
}

const audit = () => f.core.audit.recent(500).map((e) => ({ action: e.action, target: e.target, actor: e.actor }));

describe('read-only support link', () => {
  it('is made only with consent, expires after 24 h by default, and is audit-logged', async () => {
    const owner = await connect(auth.signIn());
    const refused = await call(owner, 'support.link.create', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    owner.close();
    const link = await newLink();
    expect(link.expiresAt - f.clock.now()).toBe(24 * 3_600_000);
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'support.link.create', target: link.id }));
  });

  it('lets the support session read Diagnostics: logs, the bundle, system information', async () => {
    const link = await newLink();
    const { ws } = await support(link.token);
    expect(await call(ws, 'logs.query', { limit: 10 })).toMatchObject({ ok: true, result: { entries: expect.any(Array) } });
    expect(await call(ws, 'system.info')).toMatchObject({ ok: true });
    const bundle = await call(ws, 'diagnostics.bundle');
    expect(bundle).toMatchObject({ ok: true, result: { fileName: expect.stringMatching(/\.zip$/) } });
    ws.close();
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'support.session.opened', target: link.id }));
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'diagnostics.bundle', actor: expect.stringMatching(/^hub:support-/) }));
  });

  it('refuses control, privacy data and link management, and records each refusal', async () => {
    const link = await newLink();
    const { ws } = await support(link.token);
    for (const [method, params] of [
      ['devices.command', { deviceId: f.id('Floor Lamp'), capabilityId: 'onOff', value: true }],
      ['devices.list', {}],
      ['privacy.export', {}],
      ['automations.list', {}],
      ['support.link.create', { consent: true }],
      ['support.link.revoke', { id: link.id }],
    ] as const) {
      const r = await call(ws, method, params);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('only read Diagnostics') } });
    }
    expect(f.value('Floor Lamp', 'onOff')).toBe(false);
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'support.refused', target: 'devices.command' }));
    ws.close();
  });

  it('opens one session only', async () => {
    const link = await newLink();
    const { ws: first } = await support(link.token);
    // The token is spent: another browser (or the same address opened again) gets no session with it.
    const again = await openSupport(link.token);
    expect(again).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/already opened/), next: expect.stringMatching(/new support link/) } } });
    first.close();
    expect((await openSupport(link.token)).status).toBe(401);
    // Nor does the token itself open a connection.
    await expect(connect(link.token)).rejects.toThrow('HTTP 401');
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'support.session.refused' }));
  });

  it('a reload of the support view keeps working until the link expires: its session reconnects, read-only', async () => {
    const link = await newLink(3);
    const { ws, session } = await support(link.token);
    expect((await call(ws, 'health.devices')).ok).toBe(true);
    ws.close();
    // The reload: a new connection with the session the tab kept, as often as it likes.
    for (let i = 0; i < 2; i++) {
      const again = await connect(session);
      expect(await call(again, 'logs.query', { limit: 5 })).toMatchObject({ ok: true });
      expect(await call(again, 'devices.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      again.close();
    }
    const opened = audit().filter((e) => e.target === link.id);
    expect(opened.filter((e) => e.action === 'support.session.opened')).toHaveLength(1);
    expect(new Set(opened.filter((e) => e.action === 'support.session.connected').map((e) => e.actor)).size).toBe(1); // one support session
    // Until it expires.
    f.clock.advance(3 * 3_600_000);
    await expect(connect(session)).rejects.toThrow('HTTP 401');
  });

  it('ends when it expires: no new session, and the open one is closed at its next request', async () => {
    const link = await newLink(2);
    const { ws } = await support(link.token);
    expect((await call(ws, 'system.info')).ok).toBe(true);
    f.clock.advance(2 * 3_600_000 + 1);
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    expect(await call(ws, 'logs.query')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/expired or was revoked/) } });
    expect(await closed).toBe(4401);
    const later = await newLink(1);
    f.clock.advance(3_600_000);
    expect(await openSupport(later.token)).toMatchObject({ status: 401, body: { error: { message: 'This support link has expired.' } } });
  });

  it('can be revoked by the owner, which ends the open session and any reload of it', async () => {
    const link = await newLink();
    const { ws, session } = await support(link.token);
    const owner = await connect(auth.signIn());
    expect(await call(owner, 'support.link.revoke', { id: link.id })).toMatchObject({ ok: true, result: { revoked: true } });
    expect(await call(owner, 'support.link.list')).toMatchObject({ ok: true, result: expect.arrayContaining([expect.objectContaining({ id: link.id, revoked: true, used: true })]) });
    owner.close();
    expect(await call(ws, 'system.info')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await expect(connect(session)).rejects.toThrow('HTTP 401');
    expect(audit()).toContainEqual(expect.objectContaining({ action: 'support.link.revoke', target: link.id }));
  });

  it('the owner\'s own token still does everything', async () => {
    const owner = await connect(auth.signIn());
    expect(await call(owner, 'devices.list')).toMatchObject({ ok: true });
    owner.close();
  });
});
