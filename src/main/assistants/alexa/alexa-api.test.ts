// Alexa through the local API, as a forwarding relay uses it: the hub's real server on 127.0.0.1 with /api/v1
// mounted, a real core over SQLite in a temp folder. The relay POSTs each directive to /api/v1/assistants/alexa with
// a control token and returns the body to Alexa; ChangeReports reach it over /api/v1/events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocketClient, { type WebSocket } from 'ws';
import { apiHome, type ApiHome } from '../../rest/test-home';
import { tempDir } from '../../test/temp';
import { waitFor } from '../../test/wait';
import { endpointIdOf } from './endpoints';
import { check } from './schema/validator';
import { directive } from './test-directives';

const dir = tempDir('hearth-alexa-api-');
let h: ApiHome;
let relay: string;

beforeAll(async () => {
  h = await apiHome(dir);
  await h.core.dispatch('api.configure', { enabled: true }, { actor: 'test' });
  relay = await h.token('control', 'alexa relay');
  check({}); // compile Amazon's schema once, outside any test's time
}, 60_000);
afterAll(async () => {
  await h.stop();
});

describe('POST /api/v1/assistants/alexa', () => {
  it('exposing is for an admin token; the relay then discovers exactly what was exposed', async () => {
    const kettle = h.id('Kettle Plug');
    const refused = await h.call('POST', '/assistants/exposure', relay, { assistant: 'alexa', deviceId: kettle, exposed: true });
    expect(refused.status).toBe(403);
    const admin = await h.token('admin', 'settings');
    const set = await h.call('POST', '/assistants/exposure', admin, { assistant: 'alexa', deviceId: kettle, exposed: true });
    expect(set).toMatchObject({ status: 200, body: { name: 'Kettle Plug', assistants: ['alexa'] } });
    const listed = await h.call('GET', '/assistants/exposure', relay);
    expect(listed.body.devices.filter((d: { assistants: string[] }) => d.assistants.includes('alexa')).map((d: { name: string }) => d.name)).toEqual(['Kettle Plug']);

    const r = await h.call('POST', '/assistants/alexa', relay, directive('Alexa.Discovery', 'Discover', null));
    expect(r.status).toBe(200);
    expect(check(r.body)).toEqual([]);
    expect(r.body.event.payload.endpoints.map((e: { friendlyName: string }) => e.friendlyName)).toEqual(['Kettle Plug']);
  });

  it('a TurnOn directive switches the plug on in Hearth and answers Alexa’s Response', async () => {
    const kettle = h.id('Kettle Plug');
    const r = await h.call('POST', '/assistants/alexa', relay, directive('Alexa.PowerController', 'TurnOn', endpointIdOf(kettle)));
    expect(r.status).toBe(200);
    expect(check(r.body)).toEqual([]);
    expect(r.body.event.header).toMatchObject({ namespace: 'Alexa', name: 'Response' });
    expect(h.core.devices.get(kettle).state.onOff).toBe(true);
    const audit = h.core.db.prepare("SELECT actor FROM audit_log WHERE action = 'device.command' AND target = ? ORDER BY id DESC LIMIT 1").get(kettle);
    expect(audit).toEqual({ actor: 'api:alexa relay' });
  });

  it('an unexposed device is refused as Alexa expects (NO_SUCH_ENDPOINT), and left alone', async () => {
    const lamp = h.id('Floor Lamp');
    const before = h.core.devices.get(lamp).state.onOff;
    const r = await h.call('POST', '/assistants/alexa', relay, directive('Alexa.PowerController', 'TurnOn', endpointIdOf(lamp)));
    expect(r.status).toBe(200);
    expect(check(r.body)).toEqual([]);
    expect(r.body.event.payload.type).toBe('NO_SUCH_ENDPOINT');
    expect(h.core.devices.get(lamp).state.onOff).toBe(before);
  });

  it('a read token, no token, and a body that is no directive are refused', async () => {
    const reader = await h.token('read', 'reader');
    const kettle = endpointIdOf(h.id('Kettle Plug'));
    expect((await h.call('POST', '/assistants/alexa', reader, directive('Alexa.PowerController', 'TurnOff', kettle))).status).toBe(403);
    expect((await h.call('POST', '/assistants/alexa', null, directive('Alexa.PowerController', 'TurnOff', kettle))).status).toBe(401);
    const bad = await h.call('POST', '/assistants/alexa', relay, { hello: 'alexa' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/directive/);
    expect(h.core.devices.get(h.id('Kettle Plug')).state.onOff).toBe(true);
  });

  it('the relay hears ChangeReports for exposed devices on /api/v1/events', async () => {
    const ws: WebSocket = await h.events(relay);
    const heard: { event: string; payload: { event?: { header?: { name?: string } } } }[] = [];
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      heard.push(...(m.type === 'events' ? m.events : [m]));
    });
    h.radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: false, at: Date.now() });
    const report = await waitFor(() => heard.find((e) => e.event === 'assistants.alexa.changeReport'), 5_000, 'the change report');
    expect(check(report.payload)).toEqual([]);
    expect(report.payload.event?.header?.name).toBe('ChangeReport');
    ws.close();
  });

  it('with ?events=assistants.alexa.changeReport the relay’s stream carries the change reports and nothing else', async () => {
    const url = `ws://127.0.0.1:${h.hub.port}/api/v1/events`;
    const open = (query: string) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocketClient(url + query, { headers: { Authorization: `Bearer ${relay}` } });
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        ws.once('error', reject);
      });
    await expect(open('?events=device.state,nope')).rejects.toThrow('HTTP 400');
    const ws = await open('?events=assistants.alexa.changeReport');
    const heard: string[] = [];
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      heard.push(...(m.type === 'events' ? m.events : [m]).map((e: { event: string }) => e.event));
    });
    h.radio.emit({ type: 'state', nativeId: '2', capabilityId: 'onOff', value: true, at: Date.now() }); // the lamp: not exposed
    h.radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: true, at: Date.now() }); // the kettle: exposed
    await waitFor(() => (heard.length > 0 ? true : undefined), 5_000, 'the change report');
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toEqual(['assistants.alexa.changeReport']);
    ws.close();
  });

  it('is in the OpenAPI document', async () => {
    const doc = await h.call('GET', '/openapi.json', null);
    expect(doc.body.paths['/assistants/alexa'].post.operationId).toBe('assistants.alexa.directive');
    expect(doc.body.paths['/assistants/exposure'].post.operationId).toBe('assistants.exposure.set');
  });
});
