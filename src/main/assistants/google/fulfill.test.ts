// Google Assistant fulfillment against Google's documented intent examples (fixtures/, each with its source page), fed
// through the core's dispatcher as the relay's request arrives: the documented requests are accepted, Hearth's answers
// have the documented responses' shape, and what a person notices happens — "turn off the kettle plug" turns it off in
// Hearth, a device not exposed to Google is deviceNotFound, an offline one is OFFLINE, DISCONNECT is remembered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GoogleExecuteResponse, GoogleQueryResponse, GoogleSyncResponse } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const dir = tempDir('hearth-google-');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fixture = (name: string): { source: string; request: Json; response: Json } => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8'));

/** Replaces the documented device ids ("123", "456") with this home's. */
function withIds(json: Json, ids: Record<string, string>): Json {
  return JSON.parse(JSON.stringify(json).replace(/"(123|456)"/g, (_m, id: string) => JSON.stringify(ids[id] ?? id)));
}

const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * The places where `ours` differs in shape from Google's documented example: a documented key missing (unless the
 * reference marks it optional) or present with another JSON type. Arrays compare their first items.
 */
function shapeDiff(ours: unknown, documented: unknown, optional: ReadonlySet<string>, path = ''): string[] {
  if (kind(ours) !== kind(documented)) return [`${path || '.'}: ${kind(ours)} where Google documents ${kind(documented)}`];
  if (Array.isArray(documented)) return documented.length && (ours as unknown[]).length ? shapeDiff((ours as unknown[])[0], documented[0], optional, `${path}[]`) : [];
  if (kind(documented) !== 'object') return [];
  const o = ours as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(documented as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    if (k in o) out.push(...shapeDiff(o[k], v, optional, p));
    else if (!optional.has(k)) out.push(`${p}: missing`);
  }
  return out;
}

let home: AssistantHome | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

/** A premium home with the kettle plug (an outlet) and the colour bulb (a light) exposed to Google, as the examples' 123 and 456. */
async function googleHome(expose = ['Kettle Plug', 'Colour Bulb']): Promise<AssistantHome & { fulfill(body: unknown): Promise<Json> }> {
  const h = (home = await assistantHome(dir, { tier: 'premium' }));
  for (const name of expose) expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id(name), exposed: true })).ok).toBe(true);
  return {
    ...h,
    async fulfill(body) {
      const r = await h.call('assistants.google.fulfill', body);
      if (!r.ok) throw new Error(`refused: ${r.error?.message}`);
      return r.result;
    },
  };
}

describe('Google smart-home fulfillment: the documented examples', () => {
  it('the shape check refuses what differs from the documented example', () => {
    const doc = fixture('execute').response;
    expect(shapeDiff(doc, doc, new Set())).toEqual([]);
    expect(shapeDiff({ ...doc, payload: { commands: [{ ids: '123', status: 'SUCCESS' }] } }, doc, new Set())).toEqual(['payload.commands[].ids: string where Google documents array', 'payload.commands[].states: missing']);
    expect(shapeDiff({ requestId: 'x' }, doc, new Set())).toEqual(['payload: missing']);
  });

  it('SYNC: the documented request is answered with the exposed devices, in the documented shape', async () => {
    const h = await googleHome();
    const doc = fixture('sync');
    const ours = await h.fulfill(doc.request);
    expect(GoogleSyncResponse.parse(ours)).toBeTruthy();
    expect(ours.requestId).toBe(doc.request.requestId);
    const [plug, bulb] = ['Kettle Plug', 'Colour Bulb'].map((n) => ours.payload.devices.find((d: Json) => d.id === h.id(n)));
    expect(ours.payload.devices).toHaveLength(2);
    // The reference marks these optional: Hearth sends no customData, no other ids, no nicknames, no hardware version.
    const optional = new Set(['customData', 'otherDeviceIds', 'nicknames', 'hwVersion', 'commandOnlyColorSetting']);
    const [docPlug, docLight] = doc.response.payload.devices;
    expect(shapeDiff({ ...ours, payload: { ...ours.payload, devices: [plug] } }, { ...doc.response, payload: { ...doc.response.payload, devices: [docPlug] } }, optional)).toEqual([]);
    expect(shapeDiff(bulb, docLight, optional)).toEqual([]);
    expect(plug).toMatchObject({ type: 'action.devices.types.OUTLET', traits: ['action.devices.traits.OnOff'], name: { name: 'Kettle Plug' }, roomHint: 'Kitchen' });
    expect(bulb).toMatchObject({
      type: 'action.devices.types.LIGHT',
      traits: ['action.devices.traits.OnOff', 'action.devices.traits.Brightness', 'action.devices.traits.ColorSetting'],
      attributes: { colorModel: 'rgb', colorTemperatureRange: { temperatureMinK: 2200, temperatureMaxK: 6500 } },
    });
    // The agentUserId is opaque and stays the same.
    expect(ours.payload.agentUserId).toMatch(/^hearth-[0-9a-f-]{36}$/);
    expect((await h.fulfill(doc.request)).payload.agentUserId).toBe(ours.payload.agentUserId);
  });

  it('QUERY: the documented request is accepted; the state comes back in the documented shape', async () => {
    const h = await googleHome();
    const doc = fixture('query');
    // As documented (ids this home does not have): each is deviceNotFound, nothing else.
    const asIs = await h.fulfill(doc.request);
    expect(asIs.payload.devices).toEqual({
      '123': { online: false, status: 'ERROR', errorCode: 'deviceNotFound' },
      '456': { online: false, status: 'ERROR', errorCode: 'deviceNotFound' },
    });
    const plug = h.id('Kettle Plug');
    const bulb = h.id('Colour Bulb');
    await h.call('devices.command', { deviceId: plug, capabilityId: 'onOff', value: true });
    const ours = await h.fulfill(withIds(doc.request, { '123': plug, '456': bulb }));
    expect(GoogleQueryResponse.parse(ours)).toBeTruthy();
    // The intent reference's example writes color.spectrumRGB; the ColorSetting trait reference (which Hearth follows)
    // names the state spectrumRgb. `name` is optional (a preset's name; Hearth has none).
    const docResponse = withIds(doc.response, { '123': plug, '456': bulb });
    docResponse.payload.devices[bulb].color = { spectrumRgb: 31655 };
    expect(shapeDiff(ours, docResponse, new Set())).toEqual([]);
    expect(ours.payload.devices[plug]).toEqual({ online: true, status: 'SUCCESS', on: true });
    // Hue 120°, saturation 50 %: a pale green.
    expect(ours.payload.devices[bulb]).toEqual({ online: true, status: 'SUCCESS', on: true, brightness: 40, color: { spectrumRgb: 0x80ff80 } });
  });

  it('EXECUTE: the documented OnOff request switches the exposed device, and reports it in the documented shape', async () => {
    const h = await googleHome(['Kettle Plug']);
    const doc = fixture('execute');
    const plug = h.id('Kettle Plug');
    const lamp = h.id('Floor Lamp'); // not exposed to Google
    const ours = await h.fulfill(withIds(doc.request, { '123': plug, '456': lamp }));
    expect(GoogleExecuteResponse.parse(ours)).toBeTruthy();
    expect(shapeDiff(ours, withIds(doc.response, { '123': plug, '456': lamp }), new Set())).toEqual([]);
    expect(ours.payload.commands).toEqual([
      { ids: [plug], status: 'SUCCESS', states: { online: true, on: true } },
      { ids: [lamp], status: 'ERROR', errorCode: 'deviceNotFound', debugString: 'No device with this id is exposed to Google Assistant.' },
    ]);
    expect(h.core.devices.get(plug).state.onOff).toBe(true);
    // The lamp was not touched: nothing was sent to it.
    expect(h.radio.commands.filter((c) => c.nativeId === '2')).toEqual([]);
  });

  it('DISCONNECT: the documented request is answered with an empty object, and the unlink is remembered until a SYNC', async () => {
    const h = await googleHome();
    await h.fulfill(fixture('sync').request);
    expect(h.core.settings.get('assistants.google.linkedAt')).toBe(h.clock.now());
    const doc = fixture('disconnect');
    expect(await h.fulfill(doc.request)).toEqual(doc.response);
    expect(h.core.settings.get('assistants.google.unlinkedAt')).toBe(h.clock.now());
    await h.fulfill(fixture('sync').request);
    expect(h.core.settings.get('assistants.google.unlinkedAt')).toBeNull();
  });
});
