// What Alexa hears when a directive cannot be carried out (each an ErrorResponse valid against Amazon's schema), the
// ChangeReports Hearth emits for exposed devices, and the refusal on a tier without voice assistants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlexaEventMessage } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';
import { endpointIdOf } from './endpoints';
import { check } from './schema/validator';
import { ask, directive, exposeToAlexa, prop } from './test-directives';

const dir = tempDir('hearth-alexa-errors-');
let h: AssistantHome;
let ep: Record<string, string>;

beforeAll(async () => {
  h = await assistantHome(dir, { tier: 'premium' });
  ep = await exposeToAlexa(h, ['Floor Lamp', 'Ceiling Light', 'Kettle Plug', 'Colour Bulb', 'Thermostat']);
  check({}); // compile Amazon's schema once, outside any test's time
}, 60_000);
afterAll(async () => {
  await h.core.stop();
});

/** Asks, insists the answer is a valid ErrorResponse, and answers its payload. */
async function refused(message: unknown): Promise<{ type: string; message: string } & Record<string, unknown>> {
  const answer = await ask(h, message);
  expect(check(answer), JSON.stringify(answer)).toEqual([]);
  expect(answer.event.header.name).toBe('ErrorResponse');
  return answer.event.payload as { type: string; message: string };
}

describe('Alexa ErrorResponse', () => {
  it('the schema check does refuse a message Alexa would not take', () => {
    expect(check({ event: { header: { namespace: 'Alexa', name: 'ErrorResponse', payloadVersion: '3', messageId: 'm-1' }, payload: { type: 'NOT_A_TYPE', message: 'x' } } })).not.toEqual([]);
    expect(check({ event: { header: { namespace: 'Alexa', name: 'Response', payloadVersion: '3', messageId: 'm-1' }, endpoint: { endpointId: 'zwave:2' }, payload: {} }, context: { properties: [{ namespace: 'Alexa.BrightnessController', name: 'brightness', value: 101, timeOfSample: '2026-01-05T06:00:00.000Z', uncertaintyInMilliseconds: 0 }] } })).not.toEqual([]);
  });

  it('NO_SUCH_ENDPOINT for a device not exposed to Alexa, and it stays as it was', async () => {
    const door = h.id('Back Door');
    const e = await refused(directive('Alexa.LockController', 'Unlock', endpointIdOf(door)));
    expect(e).toMatchObject({ type: 'NO_SUCH_ENDPOINT', message: expect.stringMatching(/exposed to Alexa/) });
    expect(h.core.devices.get(door).state.lock).toBe(true);
    expect(h.radio.commands.some((c) => c.nativeId === '6')).toBe(false);
    expect((await refused(directive('Alexa', 'ReportState', endpointIdOf(door)))).type).toBe('NO_SUCH_ENDPOINT');
    expect((await refused(directive('Alexa.PowerController', 'TurnOn', 'zwave:999'))).type).toBe('NO_SUCH_ENDPOINT');
  });

  it('a device no longer exposed, or removed, is no longer found', async () => {
    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: false });
    expect((await refused(directive('Alexa.PowerController', 'TurnOn', ep['Floor Lamp']!))).type).toBe('NO_SUCH_ENDPOINT');
    await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id('Floor Lamp'), exposed: true });
    expect((await ask(h, directive('Alexa.PowerController', 'TurnOn', ep['Floor Lamp']!))).event.header.name).toBe('Response');
  });

  it('ENDPOINT_UNREACHABLE for a device that stopped answering, and when the radio gets no answer', async () => {
    h.radio.emit({ type: 'health', nativeId: '3', health: 'offline' });
    expect((await refused(directive('Alexa.PowerController', 'TurnOn', ep['Ceiling Light']!))).type).toBe('ENDPOINT_UNREACHABLE');
    expect((await refused(directive('Alexa', 'ReportState', ep['Ceiling Light']!))).type).toBe('ENDPOINT_UNREACHABLE');
    h.radio.emit({ type: 'health', nativeId: '3', health: 'online' });
    h.radio.failWhen = (c) => c.nativeId === '5';
    try {
      const e = await refused(directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!));
      expect(e).toMatchObject({ type: 'ENDPOINT_UNREACHABLE', message: expect.stringMatching(/did not answer/) });
    } finally {
      h.radio.failWhen = null;
    }
    expect(h.core.devices.get(h.id('Kettle Plug')).health).toBe('offline'); // Hearth learnt it from the failed command
    h.radio.emit({ type: 'health', nativeId: '5', health: 'online' });
  });

  it('BRIDGE_UNREACHABLE while the device’s radio is not ready, with what to check', async () => {
    h.radio.emit({ type: 'status', status: { state: 'failed', message: 'The stick was unplugged.' } });
    try {
      const e = await refused(directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!));
      expect(e).toMatchObject({ type: 'BRIDGE_UNREACHABLE', message: expect.stringMatching(/radio is not ready.*USB stick/) });
    } finally {
      h.radio.emit({ type: 'status', status: { state: 'ready' } });
    }
    expect((await ask(h, directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!))).event.header.name).toBe('Response');
  });

  it('INVALID_DIRECTIVE for what Hearth or the device does not do; INVALID_VALUE for a payload that does not fit', async () => {
    expect((await refused(directive('Alexa.Speaker', 'SetVolume', ep['Kettle Plug']!, { volume: 5 }))).type).toBe('INVALID_DIRECTIVE');
    expect((await refused(directive('Alexa.BrightnessController', 'SetBrightness', ep['Kettle Plug']!, { brightness: 50 }))).message).toMatch(/Kettle Plug cannot be dimmed/);
    expect((await refused(directive('Alexa.PowerController', 'Toggle', ep['Kettle Plug']!))).type).toBe('INVALID_DIRECTIVE');
    expect((await refused(directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!, {}, { payloadVersion: '2' }))).type).toBe('INVALID_DIRECTIVE');
    expect((await refused(directive('Alexa.PowerController', 'TurnOn', null))).type).toBe('INVALID_DIRECTIVE');
    const bad = await refused(directive('Alexa.BrightnessController', 'SetBrightness', ep['Ceiling Light']!, { brightness: 'bright' }));
    expect(bad).toMatchObject({ type: 'INVALID_VALUE', message: expect.stringMatching(/brightness/) });
    expect((await refused(directive('Alexa.ColorController', 'SetColor', ep['Colour Bulb']!, { color: { hue: 400, saturation: 1, brightness: 1 } }))).type).toBe('INVALID_VALUE');
  });

  it('VALUE_OUT_OF_RANGE with the range the device takes', async () => {
    const e = await refused(directive('Alexa.ColorTemperatureController', 'SetColorTemperature', ep['Colour Bulb']!, { colorTemperatureInKelvin: 9000 }));
    expect(e).toMatchObject({ type: 'VALUE_OUT_OF_RANGE', validRange: { minimumValue: 2200, maximumValue: 6500 } });
  });

  it('an envelope that is no Alexa directive at all is a plain BAD_REQUEST (there is nothing to answer Alexa with)', async () => {
    await expect(ask(h, { directive: { payload: {} } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('a token that may only read is refused by the dispatcher before any device is touched', async () => {
    const reader = { actor: 'api:reader', grant: { role: 'owner' as const, scope: 'read' as const, rooms: [] } };
    await expect(ask(h, directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!), reader)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Alexa ChangeReport', () => {
  const heard: AlexaEventMessage[] = [];
  beforeAll(() => {
    h.core.bus.on('assistants.alexa.changeReport', 'test', (m) => heard.push(m));
  });

  it('reports a change made at the device, for exposed devices only', async () => {
    heard.length = 0;
    h.radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: true, at: h.clock.now() });
    h.radio.emit({ type: 'state', nativeId: '6', capabilityId: 'lock', value: false, at: h.clock.now() }); // the back door is not exposed
    expect(heard.length).toBe(1);
    const m = heard[0]!;
    expect(check(m), JSON.stringify(m)).toEqual([]);
    expect(m.event.header).toMatchObject({ namespace: 'Alexa', name: 'ChangeReport' });
    expect(m.event.endpoint?.endpointId).toBe(ep['Kettle Plug']);
    expect(m.event.payload.change).toMatchObject({ cause: { type: 'PHYSICAL_INTERACTION' } });
    expect(prop(m, 'Alexa.PowerController', 'powerState', 'change')).toBe('ON');
    expect(prop(m, 'Alexa.EndpointHealth', 'connectivity')).toEqual({ value: 'OK' });
  });

  it('reports a change Hearth made (the app, a plan) as APP_INTERACTION, and none for what Alexa itself asked', async () => {
    heard.length = 0;
    expect((await h.call('devices.command', { deviceId: h.id('Colour Bulb'), capabilityId: 'level', value: 20 })).ok).toBe(true);
    expect(heard.map((m) => (m.event.payload.change as { cause: { type: string } }).cause.type)).toEqual(['APP_INTERACTION']);
    expect(check(heard[0]), JSON.stringify(heard[0])).toEqual([]);
    expect(prop(heard[0]!, 'Alexa.BrightnessController', 'brightness', 'change')).toBe(20);
    expect(prop(heard[0]!, 'Alexa.ColorController', 'color', 'change')).toMatchObject({ brightness: 0.2 });
    heard.length = 0;
    await ask(h, directive('Alexa.BrightnessController', 'SetBrightness', ep['Colour Bulb']!, { brightness: 80 }));
    expect(h.core.devices.get(h.id('Colour Bulb')).state.level).toBe(80);
    expect(heard).toEqual([]);
  });

  it('reports a device that stops answering, and a setpoint in the home’s unit', async () => {
    heard.length = 0;
    h.radio.emit({ type: 'health', nativeId: '4', health: 'offline' });
    h.radio.emit({ type: 'state', nativeId: '4', capabilityId: 'setpoint', value: 18, at: h.clock.now() }); // heard again: back online
    for (const m of heard) expect(check(m), JSON.stringify(m)).toEqual([]);
    expect(heard.map((m) => prop(m, 'Alexa.EndpointHealth', 'connectivity', 'change') ?? prop(m, 'Alexa.ThermostatController', 'targetSetpoint', 'change'))).toEqual([
      { value: 'UNREACHABLE' },
      { value: 'OK' },
      { value: 18, scale: 'CELSIUS' },
    ]);
  });
});

describe('Alexa on a tier without voice assistants', () => {
  it('is refused with the way to upgrade, and nothing is discovered or changed', async () => {
    const free = await assistantHome(dir, { tier: 'free' });
    try {
      const r = await free.core.dispatch('assistants.alexa.directive', directive('Alexa.Discovery', 'Discover', null), { actor: 'api:relay' });
      expect(r).toMatchObject({ ok: false, error: { code: 'PLAN_LIMIT', message: expect.stringMatching(/Premium/), next: expect.stringMatching(/Upgrade in Subscription/) } });
      const off = await free.core.dispatch('assistants.alexa.directive', directive('Alexa.PowerController', 'TurnOn', endpointIdOf(free.id('Kettle Plug'))), { actor: 'api:relay' });
      expect(off).toMatchObject({ ok: false, error: { code: 'PLAN_LIMIT' } });
      expect(free.radio.commands).toEqual([]);
    } finally {
      await free.core.stop();
    }
  });
});
