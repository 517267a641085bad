// Household members on the hub, as their browsers meet it: real core, real hub server, real sockets on 127.0.0.1.
// The owner invites a guest (one room) and a member; each signs in with the one-time address's code and gets a
// session carrying its role, which the dispatcher applies as for API tokens; removing a person signs their pages out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Device } from '../../shared/model';
import { buildCore, type Core } from '../app';
import { startHubServer, type HubServer } from '../hub/server';
import { authProtocols, testSessions } from '../test/hub-signin';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { quietLog, tempDir } from '../test/temp';
import { attachHousehold, hubMembers } from './hub';

type Reply = { ok: boolean; result?: unknown; error?: { code: string; message: string } };

describe('household sessions on the hub', () => {
  const dir = tempDir();
  let core: Core;
  let hub: HubServer;
  let auth: ReturnType<typeof testSessions>;
  let owner: WebSocket;
  const id = (name: string) => core.devices.list().find((d) => d.name === name)!.id;
  const area = (name: string) => core.devices.areas().find((a) => a.name === name)!.id;

  const post = async (path: string, body: unknown) => {
    const r = await fetch(`http://127.0.0.1:${hub.port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: r.status, body: (await r.json()) as { session?: string; error?: { message: string } } };
  };
  const connect = (session: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/ws`, authProtocols(session));
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  let nextId = 1;
  const rpc = (ws: WebSocket, method: string, params: unknown = {}) =>
    new Promise<Reply>((resolve) => {
      const rid = nextId++;
      const on = (d: WebSocket.RawData) => {
        const m = JSON.parse(String(d)) as Reply & { type: string; id: number };
        if (m.type === 'reply' && m.id === rid) {
          ws.off('message', on);
          resolve(m);
        }
      };
      ws.on('message', on);
      ws.send(JSON.stringify({ type: 'request', id: rid, method, params }));
    });
  /** The owner invites someone; their browser opens the address (POST /api/signin with its code) and connects. */
  const invite = async (name: string, role: 'member' | 'guest', rooms: string[] = []) => {
    const r = await rpc(owner, 'household.invite', { name, role, rooms });
    expect(r.ok, r.error?.message).toBe(true);
    const { member, code } = r.result as { member: { id: string }; code: string };
    const signed = await post('/api/signin', { code });
    expect(signed.status).toBe(200);
    return { memberId: member.id, code, session: signed.body.session!, ws: await connect(signed.body.session!) };
  };

  beforeAll(async () => {
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
    core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'test', log: quietLog });
    const radio = new ScriptedAdapter();
    radio.echo = true;
    await core.startAdapters([radio], { demo: true });
    for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
    auth = testSessions(core.secrets);
    hub = await startHubServer({
      dispatch: core.dispatch, bus: core.bus, log: quietLog, sessions: auth.sessions, rendererDir: renderer, port: 0, audit: core.audit, refusalDelayMs: 5,
      members: hubMembers(core.household, core.devices),
    });
    attachHousehold({ household: core.household, secrets: core.secrets, sessions: auth.sessions, hub });
    owner = await connect(auth.signIn());
  }, 30_000);
  afterAll(async () => {
    owner?.close();
    await hub.close();
    await core.stop();
  });

  it('the owner’s own session is the owner', async () => {
    expect((await rpc(owner, 'session.whoami')).result).toEqual({ role: 'owner', rooms: [], name: null });
  });

  it('a guest sees and controls only its rooms’ devices, and is refused history, privacy, diagnostics, settings and the household in words', async () => {
    const kitchen = area('Kitchen');
    const guest = await invite('Robin', 'guest', [kitchen]);
    expect((await rpc(guest.ws, 'session.whoami')).result).toEqual({ role: 'guest', rooms: [kitchen], name: 'Robin' });
    const listed = (await rpc(guest.ws, 'devices.list')).result as Device[];
    expect(listed.map((d) => d.name)).toEqual(['Kettle Plug']);
    expect(((await rpc(guest.ws, 'areas.list')).result as { name: string }[]).map((a) => a.name)).toEqual(['Kitchen']);
    // Its own room's device: switched, as the owner sees.
    const on = await rpc(guest.ws, 'devices.command', { deviceId: id('Kettle Plug'), capabilityId: 'onOff', value: true });
    expect(on.ok, on.error?.message).toBe(true);
    await expect.poll(() => core.devices.find(id('Kettle Plug'))?.state.onOff).toBe(true);
    // Another room's device: refused, untouched.
    const lamp = await rpc(guest.ws, 'devices.command', { deviceId: id('Floor Lamp'), capabilityId: 'onOff', value: true });
    expect(lamp.error).toMatchObject({ code: 'FORBIDDEN', message: 'That device is not in a room you were given.' });
    expect(core.devices.find(id('Floor Lamp'))?.state.onOff).toBe(false);
    for (const [method, params] of [
      ['devices.history', { deviceId: id('Kettle Plug') }],
      ['privacy.overview', {}],
      ['health.system', {}],
      ['logs.query', {}],
      ['settings.list', {}],
      ['household.list', {}],
    ] as const) {
      const r = await rpc(guest.ws, method, params);
      expect(r.ok, method).toBe(false);
      expect(r.error?.code, method).toBe('FORBIDDEN');
      expect(r.error?.message, method).toMatch(/^A guest may not use .*(see no history, privacy or diagnostics|it is for the home's owner)\.$/);
    }
    guest.ws.close();
  });

  it('a guest hears its rooms’ devices change, and no other room’s', async () => {
    const guest = await invite('Sam', 'guest', [area('Living Room')]);
    const heard: string[] = [];
    guest.ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as { type: string; event?: string; payload?: { deviceId?: string }; events?: { event: string; payload?: { deviceId?: string } }[] };
      for (const e of m.type === 'events' ? m.events! : m.type === 'event' ? [{ event: m.event!, payload: m.payload }] : []) heard.push(`${e.event}:${e.payload?.deviceId ?? ''}`);
    });
    await rpc(owner, 'devices.command', { deviceId: id('Kettle Plug'), capabilityId: 'onOff', value: false });
    await rpc(owner, 'devices.command', { deviceId: id('Floor Lamp'), capabilityId: 'onOff', value: true });
    await expect.poll(() => heard).toContain(`device.state:${id('Floor Lamp')}`);
    expect(heard.filter((h) => h.endsWith(id('Kettle Plug')))).toEqual([]);
    expect(heard.every((h) => h.startsWith('device.'))).toBe(true);
    guest.ws.close();
  });

  it('a member uses the home but may not invite people or make API tokens', async () => {
    const member = await invite('Alex', 'member');
    expect((await rpc(member.ws, 'session.whoami')).result).toEqual({ role: 'member', rooms: [], name: 'Alex' });
    expect(((await rpc(member.ws, 'devices.list')).result as Device[]).length).toBe(core.devices.list().length);
    expect((await rpc(member.ws, 'devices.command', { deviceId: id('Floor Lamp'), capabilityId: 'onOff', value: false })).ok).toBe(true);
    const inviting = await rpc(member.ws, 'household.invite', { name: 'Eve', role: 'member' });
    expect(inviting.error).toMatchObject({ code: 'FORBIDDEN', message: "A member may not use household.invite: it is for the home's owner." });
    const token = await rpc(member.ws, 'api.tokens.create', { name: 'mine', scope: 'read' });
    expect(token.error).toMatchObject({ code: 'FORBIDDEN', message: "A member may not use api.tokens.create: it is for the home's owner." });
    expect((await rpc(member.ws, 'security.signOutEverywhere')).error?.code).toBe('FORBIDDEN');
    expect(core.api.tokens.list()).toEqual([]);
    // The household shows who signed in, and when last.
    const list = (await rpc(owner, 'household.list')).result as { available: boolean; members: { name: string; role: string; lastSeenAt: number | null; signedIn: boolean }[] };
    expect(list.available).toBe(true);
    expect(list.members.find((m) => m.name === 'Alex')).toMatchObject({ role: 'member', signedIn: true, lastSeenAt: expect.any(Number) });
    member.ws.close();
  });

  it('a member’s address is no owner’s proof: it cannot sign everyone out or make a token from the command line', async () => {
    const r = await rpc(owner, 'household.invite', { name: 'Kim', role: 'member' });
    const { code } = r.result as { code: string };
    expect((await post('/api/rotate', { code })).status).toBe(401);
    expect((await post('/api/cli/token', { code, name: 'x', scope: 'admin' })).status).toBe(401);
    expect(owner.readyState).toBe(WebSocket.OPEN);
  });

  it('removing a person ends their open page at once and their session and unused address open nothing', async () => {
    const member = await invite('Jo', 'member');
    const closed = new Promise<number>((r) => member.ws.once('close', (code) => r(code)));
    const again = await rpc(owner, 'household.reinvite', { id: member.memberId });
    const unused = (again.result as { code: string }).code;
    const removed = await rpc(owner, 'household.remove', { id: member.memberId });
    expect(removed.result).toEqual({ ended: 1 });
    // The page hears 4401: the window shows "You are signed out".
    expect(await closed).toBe(4401);
    await expect(connect(member.session)).rejects.toThrow('HTTP 401');
    const late = await post('/api/signin', { code: unused });
    expect(late.status).toBe(401);
    expect(late.body.error?.message).toMatch(/no longer valid/);
    const list = (await rpc(owner, 'household.list')).result as { members: { name: string }[] };
    expect(list.members.map((m) => m.name)).not.toContain('Jo');
    // Every change to the household is in the audit log, by whom.
    const actions = core.audit.recent(200).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['household.invite', 'household.reinvite', 'household.remove']));
  });

  it('a guest needs a room that exists', async () => {
    expect((await rpc(owner, 'household.invite', { name: 'Nobody', role: 'guest', rooms: [] })).error?.message).toBe('A guest needs at least one room.');
    expect((await rpc(owner, 'household.invite', { name: 'Nobody', role: 'guest', rooms: ['nope'] })).error?.code).toBe('BAD_REQUEST');
  });
});
