// The local API as a program (or an attacker) meets it: the hub's real server on 127.0.0.1 with /api/v1 mounted,
// a real core and SQLite in a temporary folder. Every refusal path (401, 403 scope, 403 role, 429), a control call
// that moves a device, the OpenAPI document validated as OpenAPI 3.1, tokens kept only as hashes, and the audit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { API_ROUTES } from './routes';
import { quietLog, tempDir } from '../test/temp';
import { waitFor } from '../test/wait';
import { apiHome, type ApiHome } from './test-home';

const dir = tempDir('hearth-api-');
let h: ApiHome;
beforeAll(async () => {
  h = await apiHome(dir);
});
afterAll(async () => {
  await h.stop();
});

/** Every file under `root`, as bytes. */
function filesUnder(root: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push({ path: p, bytes: readFileSync(p) });
  }
  return out;
}

/** Every "$ref" in a JSON value. */
function refsIn(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => refsIn(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out.push(x);
      else refsIn(x, out);
    }
  }
  return out;
}

describe('local API', () => {
  it('is off by default: 503 until Settings → API turns it on', async () => {
    expect(h.core.api.status()).toMatchObject({ enabled: false, allowed: true });
    const off = await h.call('GET', '/devices', null);
    expect(off.status).toBe(503);
    expect(off.body.error.next).toMatch(/Settings → API/);
    const on = await h.core.dispatch('api.configure', { enabled: true }, { actor: 'test' });
    expect(on).toMatchObject({ ok: true, result: { enabled: true, url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/) } });
  });

  it('serves a valid OpenAPI 3.1 document made from the contract, every $ref resolving inside it', async () => {
    const r = await h.call('GET', '/openapi.json', null);
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const res = await new Validator().validate(r.body);
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    // The validator does refuse a broken one.
    expect((await new Validator().validate({ ...r.body, paths: { '/x': { get: { responses: 'none' } } } })).valid).toBe(false);
    for (const route of API_ROUTES) expect(r.body.paths[route.path][route.method.toLowerCase()].operationId).toBe(route.request);
    for (const ref of refsIn(r.body)) expect(r.body.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    // The control route's body is the contract's DeviceCommand less the path's deviceId.
    const control = r.body.paths['/devices/{deviceId}/control'].post;
    expect(control.parameters).toEqual([{ name: 'deviceId', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } }]);
    expect(control.requestBody.content['application/json'].schema.required).toEqual(['capabilityId', 'value']);
  });

  it('401: no token, a malformed one, a wrong one, a revoked one — and says how to get one', async () => {
    const none = await h.call('GET', '/devices', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(none.body.error).toMatchObject({ code: 'UNAUTHORIZED', next: expect.stringMatching(/Authorization: Bearer/) });
    expect((await h.call('GET', '/devices', 'not-a-token')).status).toBe(401);
    const real = await h.token('read', 'revoked later');
    const wrong = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await h.call('GET', '/devices', wrong)).status).toBe(401);
    expect((await h.call('GET', '/devices', real)).status).toBe(200);
    const id = (h.core.api.listTokens().find((t) => t.name === 'revoked later')!).id;
    expect(await h.core.dispatch('api.tokens.revoke', { id }, { actor: 'test' })).toEqual({ ok: true, result: { ok: true } });
    expect((await h.call('GET', '/devices', real)).status).toBe(401);
    // Not in the address either.
    expect((await h.call('GET', `/devices?token=${real}`, null)).status).toBe(401);
  });

  it('a read token reads but is refused control (403, scope); a control token moves a demo device', async () => {
    const read = await h.token('read', 'dashboard');
    const control = await h.token('control', 'scripts');
    const lamp = h.id('Floor Lamp');
    const list = await h.call('GET', '/devices', read);
    expect(list.status).toBe(200);
    expect(list.body.map((d: { name: string }) => d.name)).toContain('Floor Lamp');
    expect((await h.call('GET', `/devices/${lamp}`, read)).body).toMatchObject({ name: 'Floor Lamp', state: { onOff: false } });

    const refused = await h.call('POST', `/devices/${lamp}/control`, read, { capabilityId: 'onOff', value: true });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/scope is read; devices.command needs control/) });
    expect(h.core.devices.get(lamp).state.onOff).toBe(false);

    const ok = await h.call('POST', `/devices/${lamp}/control`, control, { capabilityId: 'onOff', value: true });
    expect(ok).toMatchObject({ status: 200, body: { ok: true } });
    await waitFor(() => (h.core.devices.get(lamp).state.onOff === true ? true : undefined), 5_000, 'the lamp to turn on');
    expect((await h.call('GET', `/devices/${lamp}`, read)).body.state.onOff).toBe(true);

    // Rename and move, with the contract's own validation.
    expect((await h.call('POST', `/devices/${lamp}/rename`, control, { name: '  Reading\u200B Lamp ' })).body.name).toBe('Reading Lamp');
    const kitchen = h.area('Kitchen');
    expect((await h.call('POST', `/devices/${lamp}/move`, control, { areaId: kitchen })).body.areaId).toBe(kitchen);
    const bad = await h.call('POST', `/devices/${lamp}/control`, control, { capabilityId: 'onOff', value: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Invalid input for devices.command/);
    expect((await h.call('GET', '/devices/nope', read)).status).toBe(404);
    expect((await h.call('GET', '/nowhere', read)).status).toBe(404);
  });

  it('plans: preview from text, approve, undo; automations, health, onboarding, subscription, value', async () => {
    const control = await h.token('control', 'planner');
    const preview = await h.call('POST', '/plans/preview', control, { text: 'turn on the ceiling light at 50%' });
    expect(preview.status).toBe(200);
    expect(preview.body.kind).toBe('plan');
    const planId = preview.body.plan.id as string;
    if (!preview.body.autoRan) expect((await h.call('POST', `/plans/${planId}/approve`, control)).body.status).toMatch(/running|done/);
    await waitFor(() => (h.core.devices.get(h.id('Ceiling Light')).state.level === 50 ? true : undefined), 5_000, 'the light at 50 %');
    await waitFor(async () => ((await h.call('GET', `/plans/${planId}`, control)).body.status === 'done' ? true : undefined), 5_000);
    const undo = await h.call('POST', '/plans/undo', control, { planId });
    expect(undo.status).toBe(200);
    expect(undo.body.kind).toBe('ran');
    for (const path of ['/automations', '/health', '/health/devices', '/onboarding', '/subscription', '/value?days=7', '/system', '/areas', '/scenes', '/plans']) {
      const r = await h.call('GET', path, control);
      expect(r.status, path).toBe(200);
    }
    expect((await h.call('GET', '/value?days=3', control)).status).toBe(400);
    // Business figures are Enterprise's (the demo home is exempt from tiers, not from the contract's own checks).
    expect((await h.call('GET', '/business/figures?month=2026-01', control)).status).not.toBe(401);
  });

  it('403 by role: a member with an admin-scoped token may not manage tokens; the owner may', async () => {
    const member = await h.token('admin', 'member-admin', 'member');
    const owner = await h.token('admin', 'owner-admin', 'owner');
    const r = await h.call('POST', '/tokens', member, { name: 'sneaky', scope: 'admin' });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/member may not use api.tokens.create/);
    expect((await h.call('GET', '/tokens', member)).status).toBe(403);
    const made = await h.call('POST', '/tokens', owner, { name: 'made over the API', scope: 'read' });
    expect(made.status).toBe(200);
    expect(made.body.secret).toMatch(/^hearth_[0-9a-f]{16}_/);
    expect((await h.call('GET', '/devices', made.body.secret)).status).toBe(200);
    const listed = await h.call('GET', '/tokens', owner);
    expect(JSON.stringify(listed.body)).not.toContain(/^hearth_[0-9a-f]{16}_(.{43})$/.exec(made.body.secret)![1]!);
    expect((await h.call('DELETE', `/tokens/${made.body.token.id}`, owner)).status).toBe(200);
    expect((await h.call('GET', '/devices', made.body.secret)).status).toBe(401);
  });

  it('a guest controls only its rooms and sees no history, privacy or diagnostics', async () => {
    const hallway = h.area('Hallway');
    const guest = await h.token('control', 'visitor', 'guest', [hallway]);
    const list = await h.call('GET', '/devices', guest);
    expect(list.body.map((d: { name: string }) => d.name).sort()).toEqual(['Back Door', 'Thermostat']);
    expect((await h.call('GET', '/areas', guest)).body.map((a: { id: string }) => a.id)).toEqual([hallway]);
    const kettle = h.id('Kettle Plug');
    const outside = await h.call('POST', `/devices/${kettle}/control`, guest, { capabilityId: 'onOff', value: true });
    expect(outside.status).toBe(403);
    expect(outside.body.error.message).toMatch(/not in a room you were given/);
    expect((await h.call('GET', `/devices/${kettle}`, guest)).status).toBe(403);
    const thermostat = h.id('Thermostat');
    expect((await h.call('POST', `/devices/${thermostat}/control`, guest, { capabilityId: 'setpoint', value: 22 })).status).toBe(200);
    for (const path of [`/devices/${thermostat}/history?capabilityId=setpoint`, '/health', '/health/devices', '/plans', '/automations', '/subscription', '/value']) {
      expect((await h.call('GET', path, guest)).status, path).toBe(403);
    }
    // A sentence reaching beyond its rooms finds nothing there: nothing runs, and no reply names a device or room
    // it was not given (not the kettle, not a "did you mean" from the living room, not an answer about one).
    const outsideNames = ['Kettle Plug', 'Kitchen', 'Floor Lamp', 'Ceiling Light', 'Living Room'];
    for (const text of ['turn on the kettle plug', 'turn on the lamp', 'is the kettle plug on?', 'is the kettle on', 'turn on the lights in the kitchen', 'turn everything off', 'turn on the kettle']) {
      const r = await h.call('POST', '/plans/preview', guest, { text });
      const said = JSON.stringify(r.body).toLowerCase();
      // Its own words come back ("I don't know a device called "kettle plug""), as for a device no one has.
      for (const name of outsideNames.filter((n) => !text.includes(n.toLowerCase()))) expect(said, `${text} → ${said}`).not.toContain(name.toLowerCase());
      expect(r.body.kind, `${text} → ${said}`).not.toBe('answer');
      if (r.status === 200 && r.body.kind === 'plan') expect(r.body.plan.steps.every((st: { deviceId: string }) => [h.id('Thermostat'), h.id('Back Door')].includes(st.deviceId))).toBe(true);
    }
    expect(h.core.devices.get(kettle).state.onOff).toBe(false);
    const mine = await h.call('POST', '/plans/preview', guest, { text: 'set the thermostat to 21' });
    expect(mine.body).toMatchObject({ kind: 'plan', autoRan: false });
    expect((await h.call('POST', `/plans/${mine.body.plan.id}/approve`, guest)).status).toBe(200);
    // Privacy and diagnostics through the contract too (the app's own requests): refused.
    for (const m of ['privacy.overview', 'privacy.audit', 'logs.query', 'devices.history', 'traces.list'] as const) {
      const r = await h.core.dispatch(m, {}, { actor: 'api:visitor', grant: { role: 'guest', scope: 'control', rooms: [hallway] } });
      expect(r.ok ? 'allowed' : r.error.code, m).toBe('FORBIDDEN');
    }
  });

  it('events: device.state over the WebSocket with the same token; a guest hears its rooms only; 401 without one', async () => {
    await expect(h.events(null)).rejects.toThrow('HTTP 401');
    await expect(h.events('hearth_0000000000000000_' + 'A'.repeat(43))).rejects.toThrow('HTTP 401');
    const read = await h.token('read', 'listener');
    const guest = await h.token('read', 'guest listener', 'guest', [h.area('Hallway')]);
    const all = await h.events(read);
    const mine = await h.events(guest);
    const heard = (ws: WebSocket, into: { event: string; payload: { deviceId?: string } }[]) =>
      ws.on('message', (d) => {
        const m = JSON.parse(String(d));
        into.push(...(m.type === 'events' ? m.events : [m]));
      });
    const a: { event: string; payload: { deviceId?: string } }[] = [];
    const g: typeof a = [];
    heard(all, a);
    heard(mine, g);
    const kettle = h.id('Kettle Plug');
    const thermostat = h.id('Thermostat');
    await h.core.dispatch('devices.command', { deviceId: kettle, capabilityId: 'onOff', value: true }, { actor: 'test' });
    await h.core.dispatch('devices.command', { deviceId: thermostat, capabilityId: 'setpoint', value: 19 }, { actor: 'test' });
    await waitFor(() => (a.some((e) => e.event === 'device.state' && e.payload.deviceId === thermostat) ? true : undefined), 5_000, 'the thermostat event');
    await waitFor(() => (g.some((e) => e.event === 'device.state' && e.payload.deviceId === thermostat) ? true : undefined), 5_000, 'the guest event');
    expect(a.some((e) => e.payload.deviceId === kettle)).toBe(true);
    expect(g.some((e) => e.payload.deviceId === kettle)).toBe(false);
    expect(new Set(a.map((e) => e.event)).size).toBeGreaterThan(0);
    for (const e of a) expect(['device.state', 'device.health', 'automation.executed', 'system.health']).toContain(e.event);
    all.close();
    mine.close();
  });

  it('audits every call as api:<token name>, reads that touch no personal data too', async () => {
    const t = await h.token('read', 'auditor');
    await h.call('GET', '/health', t);
    await h.call('GET', '/devices', t);
    const rows = h.core.db.prepare("SELECT action FROM audit_log WHERE actor = 'api:auditor' ORDER BY id").all() as { action: string }[];
    expect(rows.map((r) => r.action)).toEqual(['api.health.system', 'api.devices.list']);
    const refused = h.core.db.prepare("SELECT target FROM audit_log WHERE actor = 'api:dashboard' AND action = 'access.refused'").all();
    expect(refused).toEqual([{ target: 'devices.command' }]);
  });

  it('keeps only hashes: no token secret is anywhere in the data folder', async () => {
    const secrets = [await h.token('admin', 'needle'), await h.token('read', 'needle 2')];
    h.core.writer.flush();
    h.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = filesUnder(join(dir, 'data'));
    expect(files.length).toBeGreaterThan(3);
    for (const s of secrets) {
      // The secret is everything after `hearth_<id>_` (base64url: it may hold '_' itself, so never split on it —
      // a short tail after its last '_' could match any bytes of the database by chance).
      const part = /^hearth_[0-9a-f]{16}_(.{43})$/.exec(s)![1]!;
      for (const f of files) expect(f.bytes.includes(part), f.path).toBe(false);
    }
    const row = h.core.db.prepare("SELECT hash FROM api_tokens WHERE name = 'needle'").get() as { hash: string };
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('local API rate limit', () => {
  const dir2 = tempDir('hearth-api-rate-');
  it('429 over the rate, counted before the token is checked (a guesser is slowed, not told)', async () => {
    const home = await apiHome(dir2, { env: { HEARTH_API: 'true', HEARTH_API_RATE: '5' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await home.call('GET', '/devices', `hearth_${'0'.repeat(16)}_${String(i).repeat(43)}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const last = await home.call('GET', '/devices', await home.token('read', 'good'));
      expect(last.status).toBe(429);
      expect(last.body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/at most 5 a minute/) });
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await home.stop();
    }
  });
});

describe('local API and the subscription', () => {
  const dir3 = tempDir('hearth-api-tier-');
  it('Free (a real home) has no API: tokens are refused with the way to upgrade', async () => {
    const home = await apiHome(dir3, { demo: false, env: { HEARTH_API: 'true' } });
    try {
      const r = await home.core.dispatch('api.tokens.create', { name: 'x', scope: 'read' }, { actor: 'test' });
      expect(r).toMatchObject({ ok: false, error: { code: 'PLAN_LIMIT', message: expect.stringMatching(/part of Premium, Professional and Enterprise; this home is on Free/) } });
      expect(home.core.api.status()).toMatchObject({ allowed: false, tokens: { count: 0, limit: 0 } });
    } finally {
      await home.stop();
    }
  });
  void quietLog;
});
