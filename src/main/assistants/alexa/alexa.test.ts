// The Alexa Smart Home Skill API v3 handler as Alexa (through a person's forwarding relay) meets it: a real core over a
// temp SQLite file running the person's own home on Premium, directives through the real dispatcher. Every message the
// handler answers is validated against Amazon's published schema (schema/, with its licence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlexaEventMessage } from '../../../shared/contract';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';
import { check } from './schema/validator';
import { ask, directive, exposeToAlexa, prop } from './test-directives';

const dir = tempDir('hearth-alexa-');
let h: AssistantHome;
let ep: Record<string, string>;
const ALL = ['Floor Lamp', 'Ceiling Light', 'Thermostat', 'Kettle Plug', 'Back Door', 'Colour Bulb', 'Bedroom Blind'];

beforeAll(async () => {
  h = await assistantHome(dir, { tier: 'premium' });
  check({}); // compile Amazon's schema once, outside any test's time
}, 60_000);
afterAll(async () => {
  await h.core.stop();
});

/** Asks, and insists the answer is a valid Alexa message. */
async function valid(message: unknown) {
  const answer = await ask(h, message);
  expect(check(answer), JSON.stringify(answer)).toEqual([]);
  return answer;
}

describe('Alexa Discovery', () => {
  it('discovers nothing until devices are exposed to Alexa, then exactly those', async () => {
    const none = await valid(directive('Alexa.Discovery', 'Discover', null));
    expect(none.event.header).toMatchObject({ namespace: 'Alexa.Discovery', name: 'Discover.Response', payloadVersion: '3' });
    expect(none.event.payload.endpoints).toEqual([]);

    ep = await exposeToAlexa(h, ['Floor Lamp', 'Back Door']);
    await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Kettle Plug'), exposed: true });
    const two = await valid(directive('Alexa.Discovery', 'Discover', null));
    const endpoints = two.event.payload.endpoints as { endpointId: string; friendlyName: string; displayCategories: string[]; description: string }[];
    expect(endpoints.map((e) => e.friendlyName).sort()).toEqual(['Back Door', 'Floor Lamp']);
    expect(endpoints.find((e) => e.friendlyName === 'Floor Lamp')).toMatchObject({ endpointId: ep['Floor Lamp'], displayCategories: ['LIGHT'], description: expect.stringMatching(/Living Room, via Hearth$/) });
    expect(endpoints.find((e) => e.friendlyName === 'Back Door')?.displayCategories).toEqual(['SMARTLOCK']);
  });

  it('describes each device by what it can do', async () => {
    ep = await exposeToAlexa(h, ALL);
    const all = await valid(directive('Alexa.Discovery', 'Discover', null));
    const endpoints = all.event.payload.endpoints as { friendlyName: string; displayCategories: string[]; capabilities: { interface: string; instance?: string; configuration?: unknown }[] }[];
    const of = (name: string) => endpoints.find((e) => e.friendlyName === name)!;
    const ifaces = (name: string) => of(name).capabilities.map((c) => c.interface).sort();
    expect(endpoints.length).toBe(7);
    expect(ifaces('Colour Bulb')).toEqual(['Alexa', 'Alexa.BrightnessController', 'Alexa.ColorController', 'Alexa.ColorTemperatureController', 'Alexa.EndpointHealth', 'Alexa.PowerController']);
    expect(ifaces('Thermostat')).toEqual(['Alexa', 'Alexa.EndpointHealth', 'Alexa.TemperatureSensor', 'Alexa.ThermostatController']);
    expect(of('Thermostat').displayCategories).toEqual(['THERMOSTAT']);
    expect(of('Kettle Plug').displayCategories).toEqual(['SMARTPLUG']);
    expect(of('Bedroom Blind').displayCategories).toEqual(['INTERIOR_BLIND']);
    expect(of('Bedroom Blind').capabilities.find((c) => c.interface === 'Alexa.RangeController')).toMatchObject({ instance: 'Blind.Lift', configuration: { supportedRange: { minimumValue: 0, maximumValue: 100, precision: 1 }, unitOfMeasure: 'Alexa.Unit.Percent' } });
  });

  it('gives a device whose id Alexa cannot carry an id it can, and finds it again by that id', async () => {
    h.radio.emit({ type: 'device', device: { nativeId: 'hall/lamp 1', suggestedName: 'Hall Lamp', suggestedArea: 'Hallway', manufacturer: '', model: '', firmware: null, health: 'online', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: true } } });
    const [hall] = Object.values(await exposeToAlexa(h, ['Hall Lamp']));
    expect(hall).toMatch(/^b64=/);
    const all = await valid(directive('Alexa.Discovery', 'Discover', null));
    expect((all.event.payload.endpoints as { endpointId: string }[]).some((e) => e.endpointId === hall)).toBe(true);
    const off = await valid(directive('Alexa.PowerController', 'TurnOff', hall!));
    expect(prop(off, 'Alexa.PowerController', 'powerState')).toBe('OFF');
    expect(h.core.devices.get(h.id('Hall Lamp')).state.onOff).toBe(false);
  });
});

describe('Alexa sensors', () => {
  it('a door sensor and a motion sensor: discovered as such, reported in ReportState and ChangeReport', async () => {
    const sensor = (nativeId: string, name: string, measure: string) => ({
      nativeId, suggestedName: name, suggestedArea: 'Hallway', manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online' as const,
      capabilities: [{ id: `sensor.${measure}`, kind: 'sensor' as const, writable: false, measure }], state: { [`sensor.${measure}`]: false },
    });
    h.radio.emit({ type: 'device', device: sensor('20', 'Front Door', 'contact') });
    h.radio.emit({ type: 'device', device: sensor('21', 'Hall Motion', 'motion') });
    const ids = await exposeToAlexa(h, ['Front Door', 'Hall Motion']);
    const all = await valid(directive('Alexa.Discovery', 'Discover', null));
    const of = (name: string) => (all.event.payload.endpoints as { friendlyName: string; displayCategories: string[] }[]).find((e) => e.friendlyName === name);
    expect(of('Front Door')?.displayCategories).toEqual(['CONTACT_SENSOR']);
    expect(of('Hall Motion')?.displayCategories).toEqual(['MOTION_SENSOR']);
    expect(prop(await valid(directive('Alexa', 'ReportState', ids['Front Door']!)), 'Alexa.ContactSensor', 'detectionState')).toBe('NOT_DETECTED');
    const heard: AlexaEventMessage[] = [];
    const stop = h.core.bus.on('assistants.alexa.changeReport', 'test', (m) => heard.push(m));
    h.radio.emit({ type: 'state', nativeId: '20', capabilityId: 'sensor.contact', value: true, at: h.clock.now() }); // opened
    h.radio.emit({ type: 'state', nativeId: '21', capabilityId: 'sensor.motion', value: true, at: h.clock.now() });
    stop();
    for (const m of heard) expect(check(m), JSON.stringify(m)).toEqual([]);
    expect(heard.map((m) => [m.event.endpoint?.endpointId, prop(m, 'Alexa.ContactSensor', 'detectionState', 'change') ?? prop(m, 'Alexa.MotionSensor', 'detectionState', 'change')])).toEqual([
      [ids['Front Door'], 'DETECTED'],
      [ids['Hall Motion'], 'DETECTED'],
    ]);
  });
});

describe('Alexa controllers change the device in Hearth', () => {
  it('PowerController: TurnOn / TurnOff switch the kettle plug, and the Response says so', async () => {
    const on = await valid(directive('Alexa.PowerController', 'TurnOn', ep['Kettle Plug']!));
    expect(on.event.header).toMatchObject({ namespace: 'Alexa', name: 'Response', correlationToken: expect.stringMatching(/^corr-/) });
    expect(on.event.endpoint?.endpointId).toBe(ep['Kettle Plug']);
    expect(h.core.devices.get(h.id('Kettle Plug')).state.onOff).toBe(true);
    const off = await valid(directive('Alexa.PowerController', 'TurnOff', ep['Kettle Plug']!));
    expect(prop(off, 'Alexa.PowerController', 'powerState')).toBe('OFF');
    expect(prop(off, 'Alexa.EndpointHealth', 'connectivity')).toEqual({ value: 'OK' });
    expect(h.core.devices.get(h.id('Kettle Plug')).state.onOff).toBe(false);
    // Through the core's normal path: the command is in the audit log, by the relay's token.
    const rows = h.core.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'device.command' AND target = ?").all(h.id('Kettle Plug')) as { actor: string; detail: string }[];
    expect(rows.at(-1)).toMatchObject({ actor: 'api:relay' });
    expect(JSON.parse(rows.at(-1)!.detail)).toMatchObject({ capabilityId: 'onOff', value: false });
  });

  it('BrightnessController: SetBrightness and AdjustBrightness (kept within 0–100)', async () => {
    const set = await valid(directive('Alexa.BrightnessController', 'SetBrightness', ep['Ceiling Light']!, { brightness: 65 }));
    expect(prop(set, 'Alexa.BrightnessController', 'brightness')).toBe(65);
    const down = await valid(directive('Alexa.BrightnessController', 'AdjustBrightness', ep['Ceiling Light']!, { brightnessDelta: -25 }));
    expect(prop(down, 'Alexa.BrightnessController', 'brightness')).toBe(40);
    await valid(directive('Alexa.BrightnessController', 'AdjustBrightness', ep['Ceiling Light']!, { brightnessDelta: 90 }));
    expect(h.core.devices.get(h.id('Ceiling Light')).state.level).toBe(100);
  });

  it('ColorController: SetColor (saturation 0–1 to Hearth’s 0–100)', async () => {
    const r = await valid(directive('Alexa.ColorController', 'SetColor', ep['Colour Bulb']!, { color: { hue: 350, saturation: 0.7153, brightness: 0.6753 } }));
    expect(h.core.devices.get(h.id('Colour Bulb')).state.color).toEqual({ hue: 350, saturation: 71.5 });
    expect(prop(r, 'Alexa.ColorController', 'color')).toEqual({ hue: 350, saturation: 0.715, brightness: 0.4 });
  });

  it('ColorTemperatureController: Set, warmer and cooler within the bulb’s range', async () => {
    await valid(directive('Alexa.ColorTemperatureController', 'SetColorTemperature', ep['Colour Bulb']!, { colorTemperatureInKelvin: 5000 }));
    expect(h.core.devices.get(h.id('Colour Bulb')).state.colorTemp).toBe(5000);
    const cooler = await valid(directive('Alexa.ColorTemperatureController', 'IncreaseColorTemperature', ep['Colour Bulb']!));
    expect(prop(cooler, 'Alexa.ColorTemperatureController', 'colorTemperatureInKelvin')).toBe(5500);
    await valid(directive('Alexa.ColorTemperatureController', 'IncreaseColorTemperature', ep['Colour Bulb']!));
    await valid(directive('Alexa.ColorTemperatureController', 'IncreaseColorTemperature', ep['Colour Bulb']!));
    expect(h.core.devices.get(h.id('Colour Bulb')).state.colorTemp).toBe(6500);
    await valid(directive('Alexa.ColorTemperatureController', 'DecreaseColorTemperature', ep['Colour Bulb']!));
    expect(h.core.devices.get(h.id('Colour Bulb')).state.colorTemp).toBe(6000);
  });

  it('ThermostatController: set and adjust in the home’s unit (°C, then °F)', async () => {
    const c = await valid(directive('Alexa.ThermostatController', 'SetTargetTemperature', ep['Thermostat']!, { targetSetpoint: { value: 21.5, scale: 'CELSIUS' } }));
    expect(h.core.devices.get(h.id('Thermostat')).state.setpoint).toBe(21.5);
    expect(prop(c, 'Alexa.ThermostatController', 'targetSetpoint')).toEqual({ value: 21.5, scale: 'CELSIUS' });
    expect(prop(c, 'Alexa.TemperatureSensor', 'temperature')).toEqual({ value: 19.5, scale: 'CELSIUS' });
    const prefs = h.core.settings.get('home.preferences');
    expect((await h.call('home.setPreferences', { ...prefs, units: { ...prefs.units, temperature: 'F' } })).ok).toBe(true);
    const f = await valid(directive('Alexa.ThermostatController', 'SetTargetTemperature', ep['Thermostat']!, { targetSetpoint: { value: 68, scale: 'FAHRENHEIT' } }));
    expect(h.core.devices.get(h.id('Thermostat')).state.setpoint).toBe(20);
    expect(prop(f, 'Alexa.ThermostatController', 'targetSetpoint')).toEqual({ value: 68, scale: 'FAHRENHEIT' });
    expect(prop(f, 'Alexa.TemperatureSensor', 'temperature')).toEqual({ value: 67.1, scale: 'FAHRENHEIT' });
    const up = await valid(directive('Alexa.ThermostatController', 'AdjustTargetTemperature', ep['Thermostat']!, { targetSetpointDelta: { value: 3.6, scale: 'FAHRENHEIT' } }));
    expect(h.core.devices.get(h.id('Thermostat')).state.setpoint).toBe(22);
    expect(prop(up, 'Alexa.ThermostatController', 'targetSetpoint')).toEqual({ value: 71.6, scale: 'FAHRENHEIT' });
    await h.call('home.setPreferences', prefs);
  });

  it('ThermostatController: what the thermostat cannot do is Alexa.ThermostatController’s own error', async () => {
    const mode = await valid(directive('Alexa.ThermostatController', 'SetThermostatMode', ep['Thermostat']!, { thermostatMode: { value: 'COOL' } }));
    expect(mode.event.header).toMatchObject({ namespace: 'Alexa.ThermostatController', name: 'ErrorResponse' });
    expect(mode.event.payload).toMatchObject({ type: 'UNSUPPORTED_THERMOSTAT_MODE' });
    const dual = await valid(directive('Alexa.ThermostatController', 'SetTargetTemperature', ep['Thermostat']!, { lowerSetpoint: { value: 18, scale: 'CELSIUS' }, upperSetpoint: { value: 24, scale: 'CELSIUS' } }));
    expect(dual.event.payload).toMatchObject({ type: 'DUAL_SETPOINTS_UNSUPPORTED' });
    const hot = await valid(directive('Alexa.ThermostatController', 'SetTargetTemperature', ep['Thermostat']!, { targetSetpoint: { value: 35, scale: 'CELSIUS' } }));
    expect(hot.event.header).toMatchObject({ namespace: 'Alexa', name: 'ErrorResponse' });
    expect(hot.event.payload).toMatchObject({ type: 'TEMPERATURE_VALUE_OUT_OF_RANGE', validRange: { minimumValue: { value: 5, scale: 'CELSIUS' }, maximumValue: { value: 30, scale: 'CELSIUS' } } });
    expect(h.core.devices.get(h.id('Thermostat')).state.setpoint).toBe(22);
  });

  it('LockController: Lock and Unlock the back door', async () => {
    const open = await valid(directive('Alexa.LockController', 'Unlock', ep['Back Door']!));
    expect(prop(open, 'Alexa.LockController', 'lockState')).toBe('UNLOCKED');
    expect(h.core.devices.get(h.id('Back Door')).state.lock).toBe(false);
    const shut = await valid(directive('Alexa.LockController', 'Lock', ep['Back Door']!));
    expect(prop(shut, 'Alexa.LockController', 'lockState')).toBe('LOCKED');
    expect(h.core.devices.get(h.id('Back Door')).state.lock).toBe(true);
  });

  it('RangeController: the blind’s position, set and adjusted; another instance is refused', async () => {
    const set = await valid(directive('Alexa.RangeController', 'SetRangeValue', ep['Bedroom Blind']!, { rangeValue: 75 }, { instance: 'Blind.Lift' }));
    expect(prop(set, 'Alexa.RangeController', 'rangeValue')).toBe(75);
    expect(set.context?.properties.find((p) => p.name === 'rangeValue')?.instance).toBe('Blind.Lift');
    await valid(directive('Alexa.RangeController', 'AdjustRangeValue', ep['Bedroom Blind']!, { rangeValueDelta: 40, rangeValueDeltaDefault: false }, { instance: 'Blind.Lift' }));
    expect(h.core.devices.get(h.id('Bedroom Blind')).state.cover).toBe(100);
    const far = await valid(directive('Alexa.RangeController', 'SetRangeValue', ep['Bedroom Blind']!, { rangeValue: 150 }, { instance: 'Blind.Lift' }));
    expect(far.event.payload).toMatchObject({ type: 'VALUE_OUT_OF_RANGE', validRange: { minimumValue: 0, maximumValue: 100 } });
    const other = await valid(directive('Alexa.RangeController', 'SetRangeValue', ep['Bedroom Blind']!, { rangeValue: 10 }, { instance: 'Fan.Speed' }));
    expect(other.event.payload).toMatchObject({ type: 'INVALID_DIRECTIVE' });
    expect(h.core.devices.get(h.id('Bedroom Blind')).state.cover).toBe(100);
  });
});

describe('Alexa ReportState', () => {
  it('answers a StateReport with every property of the endpoint', async () => {
    const r = await valid(directive('Alexa', 'ReportState', ep['Colour Bulb']!));
    expect(r.event.header).toMatchObject({ namespace: 'Alexa', name: 'StateReport', correlationToken: expect.stringMatching(/^corr-/) });
    const names = r.context?.properties.map((p) => `${p.namespace}.${p.name}`).sort();
    expect(names).toEqual(['Alexa.BrightnessController.brightness', 'Alexa.ColorController.color', 'Alexa.ColorTemperatureController.colorTemperatureInKelvin', 'Alexa.EndpointHealth.connectivity', 'Alexa.PowerController.powerState']);
    const lock = await valid(directive('Alexa', 'ReportState', ep['Back Door']!));
    expect(prop(lock, 'Alexa.LockController', 'lockState')).toBe('LOCKED');
  });
});
