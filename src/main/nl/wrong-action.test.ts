// Issue 14: never move the wrong device. Each class of wrong action a new user met — a second value dropped
// and the first copied, "the left one … the right one" both the same device, a second thermostat's value put
// on lights, "stop" closing a cover, "flip X off" toggling, a delay said in words lost so the action ran now,
// °F changes applied as °C — either does what was said or asks. A home of Hearth devices (not the benchmark's).
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { homeFromHearth } from './home-hearth';
import { createParser, type NlContext, type NlParser, type NlResult } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state'] = {}): Device => ({
  id, protocol: 'zigbee', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
const dimmable = [c('onOff', 'onOff'), c('level', 'level'), c('ct', 'colorTemp', { min: 2200, max: 6500 })];
const thermostat = [c('setpoint', 'setpoint'), c('temp', 'sensor', { writable: false, measure: 'temperature', unit: '°C' })];

const areas: Area[] = [
  { id: 'hall', name: 'Hall', floor: 'Ground Floor', sortOrder: 0 },
  { id: 'lounge', name: 'Lounge', floor: 'Ground Floor', sortOrder: 1 },
  { id: 'garage', name: 'Garage', floor: 'Ground Floor', sortOrder: 2 },
  { id: 'porch', name: 'Porch', floor: 'Ground Floor', sortOrder: 3 },
  { id: 'bedroom', name: 'Bedroom', floor: 'Upper Floor', sortOrder: 4 },
  { id: 'study', name: 'Study', floor: 'Upper Floor', sortOrder: 5 },
  { id: 'loft', name: 'Loft', floor: 'Attic', sortOrder: 6 },
];
const devices: Device[] = [
  device('lamp-l', 'Left Bedside Lamp', 'bedroom', dimmable, { onOff: false, level: 0 }),
  device('lamp-r', 'Right Bedside Lamp', 'bedroom', dimmable, { onOff: false, level: 0 }),
  device('desk', 'Desk Lamp', 'study', dimmable, { onOff: true, level: 60 }),
  device('porch', 'Porch Light', 'porch', dimmable, { onOff: false, level: 0 }),
  device('hall-light', 'Hall Light', 'hall', dimmable, { onOff: true, level: 80 }),
  device('loft-light', 'Loft Light', 'loft', dimmable, { onOff: false, level: 0 }),
  device('blind-l', 'Left Blind', 'lounge', [c('cover', 'cover')], { cover: 100 }),
  device('blind-r', 'Right Blind', 'lounge', [c('cover', 'cover')], { cover: 0 }),
  device('garage-door', 'Garage Door', 'garage', [c('cover', 'cover')], { cover: 0 }),
  device('hall-stat', 'Hall Thermostat', 'hall', thermostat, { setpoint: 20, temp: 19.5 }),
  device('loft-stat', 'Loft Thermostat', 'loft', thermostat, { setpoint: 17, temp: 16 }),
  device('loft-fan', 'Loft Fan', 'loft', [c('onOff', 'onOff'), c('level', 'level')], { onOff: true, level: 40 }),
  device('front', 'Front Door', 'hall', [c('lock', 'lock')], { lock: true }),
  device('back', 'Back Door', 'hall', [c('lock', 'lock')], { lock: false }),
];
const fahrenheit = createParser(homeFromHearth(devices, areas, { temperatureUnit: 'F' }));
const celsius = createParser(homeFromHearth(devices, areas, { temperatureUnit: 'C' }));
const now = new Date(2025, 2, 5, 9, 0, 0);

/** "lamp-l turn_on", "desk set_brightness 30", "porch turn_off +600s" */
function acts(r: NlResult): string[] {
  return r.actions.map((a) => [a.entity, a.service, ...Object.values(a.data).map(String), ...(a.delay_s ? [`+${a.delay_s}s`] : [])].join(' '));
}
function read(text: string, context: NlContext = {}, parser: NlParser = fahrenheit): string[] {
  return acts(parser.parse(text, { now, ...context }));
}
/** It asks (a question back or a refusal) and does nothing. */
function asks(text: string, context: NlContext = {}, parser: NlParser = fahrenheit): void {
  const r = parser.parse(text, { now, ...context });
  expect(acts(r), text).toEqual([]);
  expect(r.error, text).toBeDefined();
}

describe('a second value goes to the second device, never a copy of the first', () => {
  it('reads "A to x and B to y" with the verb left out', () => {
    expect(read('desk lamp to 30% and porch light to 70%')).toEqual(['desk set_brightness 30', 'porch set_brightness 70']);
    expect(read('hall light to 15 percent, desk lamp to 45 percent')).toEqual(['hall-light set_brightness 15', 'desk set_brightness 45']);
  });

  it('pairs a list of devices with a list of values in order', () => {
    expect(read('set the desk lamp and the porch light to 20% and 90%')).toEqual(['desk set_brightness 20', 'porch set_brightness 90']);
    expect(read('dim the hall light and the desk lamp to 10% and 35% respectively')).toEqual(['hall-light set_brightness 10', 'desk set_brightness 35']);
  });

  it('asks when the values and the devices do not pair up', () => {
    asks('set the desk lamp and the porch light to 20%, 50% and 90%');
    asks('set the desk lamp to 20% 60%');
  });
});

describe('"the left one … the right one" are two devices', () => {
  it('reads "the right one" after the left one as the other device of that kind', () => {
    expect(read('open the left blind and close the right one')).toEqual(['blind-l open', 'blind-r close']);
    expect(read('turn off the right bedside lamp and the left one')).toEqual(['lamp-r turn_off', 'lamp-l turn_off']);
    expect(read('turn on the right one', { previous: ['lamp-l'] })).toEqual(['lamp-r turn_on']);
  });

  it('keeps both sides of "the left and right …"', () => {
    expect(read('open the left and right blinds')).toEqual(['blind-l open', 'blind-r open']);
  });

  it('reads "on the left" after the noun', () => {
    expect(read('close the blind on the right')).toEqual(['blind-r close']);
  });

  it('asks "which one?" when "the right one" follows nothing', () => {
    asks('turn on the right one');
  });

  it('reads a device said first as what "it" is, not as a command to switch it on', () => {
    expect(read('the porch light, turn it off')).toEqual(['porch turn_off']);
    expect(read('the left blind, close it')).toEqual(['blind-l close']);
  });

  it('never falls back on the previous device for "the other one" or a side it cannot place', () => {
    expect(read('open the other one', { previous: ['blind-l'] })).toEqual(['blind-r open']);
    asks('turn on the middle one', { previous: ['lamp-l'] });
    asks('turn on the other one', { previous: ['hall-light'] });
  });
});

describe('a value for a second thermostat stays a temperature', () => {
  it('gives "and the loft to 64" to the loft thermostat, not the loft light', () => {
    expect(read('set the hall thermostat to 68 and the loft to 64')).toEqual(['hall-stat set_temperature 20', 'loft-stat set_temperature 17.8']);
  });

  it('reads "the loft one" as a thermostat, not the number one', () => {
    expect(read('set the hall thermostat to 68 and the loft one to 62')).toEqual(['hall-stat set_temperature 20', 'loft-stat set_temperature 16.7']);
  });

  it('asks when the second place has no thermostat', () => {
    asks('set the hall thermostat to 70 and the bedroom to 65');
  });

  it('reads "put the thermostat on 69" as a temperature, not as switching it on', () => {
    expect(read('put the hall thermostat on 69')).toEqual(['hall-stat set_temperature 20.6']);
  });
});

describe('"stop" stops a cover', () => {
  it('stops covers instead of closing them', () => {
    for (const text of ['stop the garage door', 'stop the left blind', 'stop closing the right blind', 'halt the garage door']) {
      expect(read(text).map((a) => a.split(' ').slice(1).join(' ')), text).toEqual(['stop']);
    }
    expect(read('stop it', { previous: ['garage-door'] })).toEqual(['garage-door stop']);
  });

  it('asks about a fan "speed 2" instead of setting it to 2 %', () => {
    asks('turn the loft fan to speed 2');
    expect(read('set the loft fan to 60%')).toEqual(['loft-fan set_fan_speed 60']);
  });

  it('still turns off a fan when told to stop', () => {
    expect(read('stop the loft fan')).toEqual(['loft-fan turn_off']);
  });
});

describe('"flip X off" switches it off', () => {
  it('switches in the direction said', () => {
    expect(read('flip the porch light off')).toEqual(['porch turn_off']);
    expect(read('flip on the desk lamp')).toEqual(['desk turn_on']);
    expect(read('toggle the hall light off')).toEqual(['hall-light turn_off']);
  });

  it('toggles when no direction is said', () => {
    expect(read('flip the desk lamp')).toEqual(['desk toggle']);
  });
});

describe('a delay said in words is kept, or asked about, never dropped', () => {
  it('reads delays in words', () => {
    expect(read('turn off the porch light in a quarter of an hour')).toEqual(['porch turn_off +900s']);
    expect(read('turn off the porch light twenty minutes from now')).toEqual(['porch turn_off +1200s']);
    expect(read('in half an hour, lock the back door and turn off the desk lamp')).toEqual(['back lock +1800s', 'desk turn_off +1800s']);
    expect(read('wait ten minutes then lock the back door')).toEqual(['back lock +600s']);
  });

  it('reads clock times said in words instead of taking the number for a value', () => {
    expect(read('turn on the porch light at half past seven pm')).toEqual([`porch turn_on +${(10 * 60 + 30) * 60}s`]);
    expect(read('turn off the desk lamp at quarter to ten pm')).toEqual([`desk turn_off +${(12 * 60 + 45) * 60}s`]);
  });

  it('asks when the delay is not said plainly', () => {
    asks('turn on the porch light for a bit');
    asks('turn off the porch light in a bit');
    asks('turn the porch light off in fifteen');
    asks('turn off the desk lamp in a while');
    asks('turn off the desk lamp later');
  });
});

describe('temperature changes in a °F home are in °F', () => {
  it('reads a change said in degrees in the home\'s unit', () => {
    expect(read('turn the hall thermostat up 3 degrees')).toEqual(['hall-stat temperature_step 1.7']);
    expect(read('turn the hall thermostat up 3 degrees', {}, celsius)).toEqual(['hall-stat temperature_step 3']);
  });

  it('makes an unsized change one degree of the home\'s unit', () => {
    expect(read('turn the heat down a degree in the loft')).toEqual(['loft-stat temperature_step -0.6']);
    expect(read('make the loft warmer')).toEqual(['loft-stat temperature_step 0.6']);
    expect(read('make the loft warmer', {}, celsius)).toEqual(['loft-stat temperature_step 1']);
  });

  it('asks when a setpoint only makes sense in the other unit', () => {
    asks('set the loft thermostat to 22');
    asks('set the loft thermostat to 72', {}, celsius);
    expect(read('set the loft thermostat to 22 degrees celsius')).toEqual(['loft-stat set_temperature 22']);
    expect(read('set the loft thermostat to 72')).toEqual(['loft-stat set_temperature 22.2']);
  });
});

describe('reads what a new user says instead of refusing it', () => {
  it('repairs words spelled as they sound and letters left out', () => {
    expect(read('trun of the prch light')).toEqual(['porch turn_off']);
    expect(read('lok the back door')).toEqual(['back lock']);
    expect(read('switch on the desk lite')).toEqual(['desk turn_on']);
    expect(read('set the hall thermostatt to 70')).toEqual(['hall-stat set_temperature 21.1']);
  });

  it('never repairs a word into a number, a state or a device noun', () => {
    asks('tern the desk lamp');
    asks('turn on the nice lamp');
    // "heading" is no "heating": the lead-in names nothing, so only the commands after it run.
    expect(read('heading out now, so lock the front door')).toEqual(['front lock']);
  });

  it('reads a request wrapped in a question as the request', () => {
    expect(read('is it possible to unlock the back door?')).toEqual(['back unlock']);
    expect(read('would you mind turning the porch light off?')).toEqual(['porch turn_off']);
    expect(read('do you think you could open the left blind?')).toEqual(['blind-l open']);
    expect(read('close the right blind for me, would you?')).toEqual(['blind-r close']);
    // A real question stays one.
    expect(fahrenheit.parse('is the back door locked?', { now }).answer).toBeDefined();
  });

  it('knows idioms for starting and lowering', () => {
    expect(read('fire up the loft fan')).toEqual(['loft-fan turn_on']);
    expect(read('start up the loft fan')).toEqual(['loft-fan turn_on']);
    expect(read('get the loft fan going')).toEqual(['loft-fan turn_on']);
    expect(read('knock the hall light down a notch')).toEqual(['hall-light brightness_step -10']);
  });

  it('reads a list of floors that says "floor" once', () => {
    const lights = ['desk turn_off', 'hall-light turn_off', 'lamp-l turn_off', 'lamp-r turn_off', 'porch turn_off'];
    expect(read('turn off the lights on the ground and upper floors').sort()).toEqual(lights);
    expect(read('turn off the lights on the upper and ground floor').sort()).toEqual(lights);
    asks('turn off the lights on the ground and fifth floors');
  });

  it('sets aside a lead-in that asks for nothing, and asks about one that sets a condition', () => {
    expect(read('before we go out, lock the front door and turn off the hall light')).toEqual(['front lock', 'hall-light turn_off']);
    expect(read('movie time: close the left blind and dim the hall light to 20%')).toEqual(['blind-l close', 'hall-light set_brightness 20']);
    asks('once the kids are asleep, turn off the hall light');
  });
});
