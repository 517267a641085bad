// What a forwarding relay meets at POST /api/v1/assistants/google (real sockets on 127.0.0.1): a control token makes
// Google's intents work — "turn off the floor lamp" turns it off in Hearth, recorded in the audit log as the token's
// doing via Google Assistant; an offline device answers OFFLINE; no token is 401, a read token 403; the route is in
// the OpenAPI document, which stays valid.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apiHome, type ApiHome } from '../../rest/test-home';
import { tempDir } from '../../test/temp';

const dir = tempDir('hearth-google-rest-');
let h: ApiHome;
let control: string;
let lamp: string;

const execute = (id: string, command: string, params: Record<string, unknown>) => ({
  requestId: 'req-1',
  inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: [{ id }], execution: [{ command: `action.devices.commands.${command}`, params }] }] } }],
});

beforeAll(async () => {
  h = await apiHome(dir);
  await h.core.dispatch('api.configure', { enabled: true }, { actor: 'test' });
  control = await h.token('control', 'google-relay');
  lamp = h.id('Floor Lamp');
  const exposed = await h.core.dispatch('assistants.exposure.set', { assistant: 'google', deviceId: lamp, exposed: true }, { actor: 'test' });
  expect(exposed.ok).toBe(true);
});
afterAll(async () => {
  await h.stop();
});

describe('POST /api/v1/assistants/google', () => {
  it('GET tells a read token whether Google is linked: not until the first SYNC, then since when', async () => {
    const read = await h.token('read', 'status-reader');
    const before = await h.call('GET', '/assistants/google', read);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ linked: false, linkedAt: null, unlinkedAt: null, exposed: 1, problem: null });
    await h.call('POST', '/assistants/google', control, { requestId: 's0', inputs: [{ intent: 'action.devices.SYNC' }] });
    expect((await h.call('GET', '/assistants/google', read)).body).toMatchObject({ linked: true, linkedAt: expect.any(Number), unlinkedAt: null });
    await h.call('POST', '/assistants/google', control, { requestId: 'd0', inputs: [{ intent: 'action.devices.DISCONNECT' }] });
    expect((await h.call('GET', '/assistants/google', read)).body).toMatchObject({ linked: false, unlinkedAt: expect.any(Number) });
  });

  it('answers SYNC with the exposed devices only', async () => {
    const r = await h.call('POST', '/assistants/google', control, { requestId: 'sync-1', inputs: [{ intent: 'action.devices.SYNC' }] });
    expect(r.status).toBe(200);
    expect(r.body.requestId).toBe('sync-1');
    expect(r.body.payload.devices.map((d: { name: { name: string } }) => d.name.name)).toEqual(['Floor Lamp']);
    expect(r.body.payload.devices[0]).toMatchObject({ id: lamp, type: 'action.devices.types.LIGHT', traits: ['action.devices.traits.OnOff'], roomHint: 'Living Room' });
  });

  it('EXECUTE OnOff turns the lamp off in Hearth, through the normal command path (audited as the relay via Google Assistant)', async () => {
    expect((await h.core.dispatch('devices.command', { deviceId: lamp, capabilityId: 'onOff', value: true }, { actor: 'test' })).ok).toBe(true);
    expect(h.core.devices.get(lamp).state.onOff).toBe(true);
    const r = await h.call('POST', '/assistants/google', control, execute(lamp, 'OnOff', { on: false }));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ requestId: 'req-1', payload: { commands: [{ ids: [lamp], status: 'SUCCESS', states: { online: true, on: false } }] } });
    expect(h.core.devices.get(lamp).state.onOff).toBe(false);
    const audit = h.core.db.prepare("SELECT actor, action, target FROM audit_log WHERE action IN ('device.command', 'api.assistants.google.fulfill') ORDER BY id DESC LIMIT 2").all();
    expect(audit).toEqual([
      { actor: 'api:google-relay', action: 'api.assistants.google.fulfill', target: null },
      { actor: 'api:google-relay via Google Assistant', action: 'device.command', target: lamp },
    ]);
  });

  it('an offline device is OFFLINE, and nothing is sent to it', async () => {
    h.radio.emit({ type: 'health', nativeId: '2', health: 'offline' });
    const sent = h.radio.commands.length;
    const r = await h.call('POST', '/assistants/google', control, execute(lamp, 'OnOff', { on: true }));
    expect(r.body.payload.commands).toEqual([{ ids: [lamp], status: 'OFFLINE', errorCode: 'deviceOffline', debugString: 'Floor Lamp is offline.' }]);
    expect(h.radio.commands.length).toBe(sent);
    const q = await h.call('POST', '/assistants/google', control, { requestId: 'q', inputs: [{ intent: 'action.devices.QUERY', payload: { devices: [{ id: lamp }] } }] });
    expect(q.body.payload.devices[lamp]).toEqual({ online: false, status: 'OFFLINE', errorCode: 'deviceOffline', on: false });
    h.radio.emit({ type: 'health', nativeId: '2', health: 'online' });
  });

  it('the relay hears Report State on /api/v1/events once Google has linked the home', async () => {
    await h.call('POST', '/assistants/google', control, { requestId: 'sync-2', inputs: [{ intent: 'action.devices.SYNC' }] });
    // As docs/ASSISTANTS.md has the relay ask: only the reports, nothing else on the wire.
    const ws = new WebSocket(`ws://127.0.0.1:${h.hub.port}/api/v1/events?events=assistants.google.reportState`, { headers: { Authorization: `Bearer ${control}` } });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const first = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    await h.core.dispatch('devices.command', { deviceId: lamp, capabilityId: 'onOff', value: true }, { actor: 'test' });
    expect(await first).toEqual({ type: 'event', event: 'assistants.google.reportState', payload: { requestId: expect.any(String), agentUserId: expect.stringMatching(/^hearth-/), payload: { devices: { states: { [lamp]: { online: true, on: true } } } } } });
    ws.close();
  });

  it('refuses without a token (401), with a read token (403), and a body that is not an intent (400)', async () => {
    const body = { requestId: 's', inputs: [{ intent: 'action.devices.SYNC' }] };
    expect((await h.call('POST', '/assistants/google', null, body)).status).toBe(401);
    const read = await h.token('read', 'reader');
    const r = await h.call('POST', '/assistants/google', read, body);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/scope is read/);
    const bad = await h.call('POST', '/assistants/google', control, { requestId: 's', inputs: [{ intent: 'action.devices.REBOOT' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_REQUEST');
  });

  it('is described in the OpenAPI document, which stays valid', async () => {
    const r = await h.call('GET', '/openapi.json', null);
    const op = r.body.paths['/assistants/google'].post;
    expect(op).toMatchObject({ operationId: 'assistants.google.fulfill', 'x-hearth-scope': 'control' });
    expect(op.requestBody.content['application/json'].schema.required).toEqual(['requestId', 'inputs']);
    const res = await new Validator().validate(r.body);
    expect(res.errors ?? []).toEqual([]);
  });
});
