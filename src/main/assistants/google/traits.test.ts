// Each trait as a person talking to Google Assistant meets it, through the core (a premium home, real SQLite, the
// scripted radio): the thermostat in the home's unit, the lock, the blind, dimming and colour; what Hearth refuses
// (out of range, a mode it does not have, a command a device has no trait for) is Google's errorCode and nothing is
// sent; a device that does not confirm is PENDING; a radio that gets no answer is OFFLINE; a Free home shows Google
// nothing; a guest's token reaches none of it.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { assistantHome, type AssistantHome } from '../test-home';

const dir = tempDir('hearth-google-traits-');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let home: AssistantHome | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

const NAMES = ['Thermostat', 'Back Door', 'Bedroom Blind', 'Ceiling Light', 'Colour Bulb', 'Kettle Plug'];

async function googleHome(tier: 'premium' | 'free' = 'premium') {
  const h = (home = await assistantHome(dir, { tier }));
  if (tier !== 'free') for (const name of NAMES) expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id(name), exposed: true })).ok).toBe(true);
  const fulfill = async (inputs: unknown[]): Promise<Json> => {
    const r = await h.call('assistants.google.fulfill', { requestId: 'r', inputs });
    if (!r.ok) throw new Error(r.error?.message);
    return (r.result as Json).payload;
  };
  const sync = async () => Object.fromEntries((await fulfill([{ intent: 'action.devices.SYNC' }])).devices.map((d: Json) => [d.name.name, d]));
  const query = async (name: string) => (await fulfill([{ intent: 'action.devices.QUERY', payload: { devices: [{ id: h.id(name) }] } }])).devices[h.id(name)];
  const execute = async (name: string, command: string, params: Record<string, unknown>) =>
    (await fulfill([{ intent: 'action.devices.EXECUTE', payload: { commands: [{ devices: [{ id: h.id(name) }], execution: [{ command: `action.devices.commands.${command}`, params }] }] } }])).commands[0];
  const state = (name: string, cap: string) => h.core.devices.get(h.id(name)).state[cap];
  return { ...h, sync, query, execute, state };
}

describe('Google traits', () => {
  it('SYNC describes each device by what it can do', async () => {
    const h = await googleHome();
    const d = await h.sync();
    expect(Object.keys(d).sort()).toEqual([...NAMES].sort());
    expect(d['Thermostat']).toMatchObject({
      type: 'action.devices.types.THERMOSTAT',
      traits: ['action.devices.traits.TemperatureSetting'],
      attributes: { availableThermostatModes: ['heat'], thermostatTemperatureUnit: 'C', thermostatTemperatureRange: { minThresholdCelsius: 5, maxThresholdCelsius: 30 } },
      roomHint: 'Hallway',
    });
    expect(d['Back Door']).toMatchObject({ type: 'action.devices.types.LOCK', traits: ['action.devices.traits.LockUnlock'] });
    expect(d['Bedroom Blind']).toMatchObject({ type: 'action.devices.types.BLINDS', traits: ['action.devices.traits.OpenClose'], attributes: { discreteOnlyOpenClose: false } });
    expect(d['Ceiling Light']).toMatchObject({ type: 'action.devices.types.LIGHT', traits: ['action.devices.traits.OnOff', 'action.devices.traits.Brightness'] });
    // The home's temperature unit is what Google shows; the values stay Celsius, as Google's reference asks.
    const prefs = (await h.call('home.preferences', {})).result as Json;
    expect((await h.call('home.setPreferences', { ...prefs, units: { ...prefs.units, temperature: 'F' } })).ok).toBe(true);
    expect((await h.sync())['Thermostat'].attributes.thermostatTemperatureUnit).toBe('F');
    expect((await h.query('Thermostat')).thermostatTemperatureSetpoint).toBe(20);
  });

  it('QUERY reports each trait’s state', async () => {
    const h = await googleHome();
    expect(await h.query('Thermostat')).toEqual({ online: true, status: 'SUCCESS', thermostatMode: 'heat', thermostatTemperatureSetpoint: 20, thermostatTemperatureAmbient: 19.5 });
    expect(await h.query('Back Door')).toEqual({ online: true, status: 'SUCCESS', isLocked: true });
    expect(await h.query('Bedroom Blind')).toEqual({ online: true, status: 'SUCCESS', openPercent: 30 });
    expect(await h.query('Ceiling Light')).toEqual({ online: true, status: 'SUCCESS', on: false, brightness: 0 });
  });

  it('EXECUTE sets the thermostat, the lock, the blind, brightness and colour in Hearth', async () => {
    const h = await googleHome();
    expect(await h.execute('Thermostat', 'ThermostatTemperatureSetpoint', { thermostatTemperatureSetpoint: 22.5 })).toMatchObject({ status: 'SUCCESS', states: { thermostatTemperatureSetpoint: 22.5 } });
    expect(h.state('Thermostat', 'setpoint')).toBe(22.5);
    expect(await h.execute('Thermostat', 'TemperatureRelative', { thermostatTemperatureRelativeDegree: -2 })).toMatchObject({ status: 'SUCCESS' });
    expect(h.state('Thermostat', 'setpoint')).toBe(20.5);
    expect(await h.execute('Thermostat', 'ThermostatSetMode', { thermostatMode: 'heat' })).toMatchObject({ status: 'SUCCESS' });

    expect(await h.execute('Back Door', 'LockUnlock', { lock: false })).toMatchObject({ status: 'SUCCESS', states: { isLocked: false } });
    expect(h.state('Back Door', 'lock')).toBe(false);

    expect(await h.execute('Bedroom Blind', 'OpenClose', { openPercent: 100 })).toMatchObject({ status: 'SUCCESS', states: { openPercent: 100 } });
    expect(await h.execute('Bedroom Blind', 'OpenCloseRelative', { openRelativePercent: -25 })).toMatchObject({ status: 'SUCCESS' });
    expect(h.state('Bedroom Blind', 'cover')).toBe(75);

    expect(await h.execute('Ceiling Light', 'BrightnessAbsolute', { brightness: 55 })).toMatchObject({ status: 'SUCCESS', states: { brightness: 55 } });
    expect(await h.execute('Ceiling Light', 'BrightnessRelative', { brightnessRelativeWeight: -2 })).toMatchObject({ status: 'SUCCESS' });
    expect(h.state('Ceiling Light', 'level')).toBe(35);

    // "Make the bulb red": spectrumRGB 0xFF0000 is hue 0°, saturation 100 %.
    expect(await h.execute('Colour Bulb', 'ColorAbsolute', { color: { name: 'red', spectrumRGB: 0xff0000 } })).toMatchObject({ status: 'SUCCESS', states: { color: { spectrumRgb: 0xff0000 } } });
    expect(h.state('Colour Bulb', 'color')).toEqual({ hue: 0, saturation: 100 });
    // "Make it warm white": a colour temperature, which is then the colour Google is told.
    expect(await h.execute('Colour Bulb', 'ColorAbsolute', { color: { temperature: 3000 } })).toMatchObject({ status: 'SUCCESS', states: { color: { temperatureK: 3000 } } });
    expect(h.state('Colour Bulb', 'colorTemp')).toBe(3000);
    expect((await h.query('Colour Bulb')).color).toEqual({ temperatureK: 3000 });
  });

  it('refuses what a device cannot do with Google’s errorCode, sending nothing', async () => {
    const h = await googleHome();
    const before = h.radio.commands.length;
    expect(await h.execute('Thermostat', 'ThermostatTemperatureSetpoint', { thermostatTemperatureSetpoint: 35 })).toMatchObject({ status: 'ERROR', errorCode: 'valueOutOfRange', debugString: 'Thermostat takes 5–30°C; asked 35.' });
    expect(await h.execute('Thermostat', 'ThermostatSetMode', { thermostatMode: 'cool' })).toMatchObject({ status: 'ERROR', errorCode: 'notSupported' });
    expect(await h.execute('Back Door', 'OnOff', { on: true })).toMatchObject({ status: 'ERROR', errorCode: 'functionNotSupported' });
    expect(await h.execute('Kettle Plug', 'Dock', {})).toMatchObject({ status: 'ERROR', errorCode: 'functionNotSupported' });
    expect(await h.execute('Kettle Plug', 'OnOff', { on: 'yes' })).toMatchObject({ status: 'ERROR', errorCode: 'protocolError' });
    expect(await h.execute('Colour Bulb', 'ColorAbsolute', { color: { temperature: 9000 } })).toMatchObject({ status: 'ERROR', errorCode: 'valueOutOfRange' });
    expect(h.radio.commands.length).toBe(before);
    expect(h.state('Thermostat', 'setpoint')).toBe(20);
  });

  it('PENDING while the device has not confirmed; OFFLINE when the radio gets no answer', async () => {
    const h = await googleHome();
    h.radio.echo = false;
    expect(await h.execute('Kettle Plug', 'OnOff', { on: true })).toEqual({ ids: [h.id('Kettle Plug')], status: 'PENDING', states: { online: true, on: false } });
    h.radio.echo = true;
    h.radio.failWhen = (c) => c.nativeId === '6';
    expect(await h.execute('Back Door', 'LockUnlock', { lock: false })).toMatchObject({ status: 'OFFLINE', errorCode: 'deviceOffline' });
    // Hearth now knows the lock is offline: QUERY says so.
    expect(await h.query('Back Door')).toMatchObject({ online: false, status: 'OFFLINE', errorCode: 'deviceOffline' });
  });

  it('a device beyond the tier’s device limit is read-only to Google too (missingSubscription), as in the app', async () => {
    const h = await googleHome();
    // Premium allows 150 devices: the 151st (the newest) is read-only.
    const base = { manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online' as const, capabilities: [{ id: 'onOff', kind: 'onOff' as const, writable: true }], state: { onOff: false } };
    for (let i = 0; i < 144; i++) h.radio.emit({ type: 'device', device: { ...base, nativeId: `x${i}`, suggestedName: `Spare Plug ${i}`, suggestedArea: null } });
    expect(h.core.devices.list()).toHaveLength(151);
    const last = h.id('Spare Plug 143');
    expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: last, exposed: true })).ok).toBe(true);
    const sent = h.radio.commands.length;
    const r = await h.execute('Spare Plug 143', 'OnOff', { on: true });
    expect(r).toMatchObject({ status: 'ERROR', errorCode: 'missingSubscription', debugString: expect.stringMatching(/read-only: Premium allows 150 devices/) });
    expect(h.radio.commands.length).toBe(sent);
    expect(await h.execute('Kettle Plug', 'OnOff', { on: true })).toMatchObject({ status: 'SUCCESS' });
  });

  it('a Free home shows Google nothing and controls nothing; a guest token reaches none of it', async () => {
    const h = await googleHome('free');
    expect((await h.call('assistants.exposure.set', { assistant: 'google', deviceId: h.id('Kettle Plug'), exposed: true })).ok).toBe(false);
    const r = await h.call('assistants.google.fulfill', { requestId: 's', inputs: [{ intent: 'action.devices.SYNC' }] });
    expect(r.result).toMatchObject({ payload: { devices: [], debugString: expect.stringMatching(/Voice assistants .* are part of/) } });
    expect(await h.execute('Kettle Plug', 'OnOff', { on: true })).toMatchObject({ status: 'ERROR', errorCode: 'deviceNotFound' });
    const guest = await h.core.dispatch('assistants.google.fulfill', { requestId: 's', inputs: [{ intent: 'action.devices.SYNC' }] }, { actor: 'api:guest', grant: { role: 'guest', scope: 'control', rooms: [] } });
    expect(guest).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
