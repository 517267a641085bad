// Round 21i (review): wrong actions of the round-21 review, each now asked or done right (doubt-21b.ts carryDevice21b and
// bothButOne21b, doubt-21i.ts, answer.ts, sayings-21a.ts). On the fixture home of the own sets
// (bench/data/nl/ha-fixtures-en.json, in °F as the own sets read it): Living Room Lamp and Play Corner in the living room,
// three kitchen lights, Bedroom Lamp, Shade Left in the guest room, four locks (Back Door unlocked).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { homeFromHaFixture } from './home-ha';
import { createParser, type NlContext } from './parser';
import { acts } from './test-read';

const FIXTURE = fileURLToPath(new URL('../../../bench/data/nl/ha-fixtures-en.json', import.meta.url));
const parser = createParser({ ...homeFromHaFixture(JSON.parse(readFileSync(FIXTURE, 'utf8'))), temperatureUnit: 'F' });
const now = new Date(2025, 5, 11, 9, 0, 0);
const read = (text: string, context: NlContext = {}): string[] => acts(parser.parse(text, { now, clock: '24h', ...context }));
const asks = (text: string, context: NlContext = {}): void => {
  const r = parser.parse(text, { now, clock: '24h', ...context });
  expect(acts(r), text).toEqual([]);
  expect(r.error, text).toBeDefined();
};
const answer = (text: string, context: NlContext = {}): string | undefined => {
  const r = parser.parse(text, { now, clock: '24h', ...context });
  expect(acts(r), text).toEqual([]);
  return r.answer;
};

describe('round 21i: "<device> to X and in <place> to Y" is that kind of device in the place, never every device there', () => {
  it('a device said by name carries its kind word (it set Play Corner, or every kitchen light, too)', () => {
    expect(read('set the bedroom lamp to 30 and in the living room to 60')).toEqual(['light.bedroom_lamp set_brightness 30', 'light.living_room_lamp set_brightness 60']);
    expect(read('set the bedroom lamp to blue and in the living room to red')).toEqual(['light.bedroom_lamp set_color blue', 'light.living_room_lamp set_color red']);
    expect(read('turn the bedroom lamp to 30% and in the living room to 50%')).toEqual(['light.bedroom_lamp set_brightness 30', 'light.living_room_lamp set_brightness 50']);
    // (no lamp of that name kind alone in the kitchen: which one is asked)
    asks('set the bedroom lamp to 30 and in the kitchen to 60');
  });
  it('a device said in the speaker\'s room carries too', () => {
    expect(read('set the lamp to 30 and in the living room to 60', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp set_brightness 30', 'light.living_room_lamp set_brightness 60']);
    asks('set the light to 30 and in the kitchen to 60', { area: 'Bedroom' });
  });
  it('a state said for the place is the device\'s (it turned off the fan, the TV and both lights)', () => {
    expect(read('set the lamp in the bedroom to 30 and in the living room to off')).toEqual(['light.bedroom_lamp set_brightness 30', 'light.living_room_lamp turn_off']);
    expect(read('set the bedroom lamp to 30 and in the living room to off')).toEqual(['light.bedroom_lamp set_brightness 30', 'light.living_room_lamp turn_off']);
  });
  it('a unit of another kind is that kind (degrees: the thermostat, as before 21b)', () => {
    expect(read('set the lamp in the bedroom to 30 and in the living room to 70 degrees')).toEqual(['light.bedroom_lamp set_brightness 30', 'climate.thermostat set_temperature 21.1']);
    expect(read('set the lamp in the bedroom to 30 and in the office to 68 degrees')).toEqual(['light.bedroom_lamp set_brightness 30', 'climate.office_thermostat set_temperature 20']);
  });
  it('without "in" the place is every light there, as dev8 labels it', () => {
    expect(read('set the bedroom lamp to 40% and the kitchen to 70%')).toEqual(['light.bedroom_lamp set_brightness 40',
      'light.kitchen_countertop set_brightness 70', 'light.kitchen_ceiling set_brightness 70', 'light.kitchen_cabinets set_brightness 70']);
  });
});

describe('round 21i: a bare number said of a place in a list is checked as it is alone', () => {
  it('asks (the living room lights were set to 22 / 72 after "the kitchen to 21")', () => {
    for (const text of ['set the kitchen to 21 and the living room to 22', 'set the kitchen to 21 and the living room to 72',
      'set the garage to 30 and the office to 20', 'set the kitchen to 30 and the living room to 24']) asks(text);
    expect(read('set the kitchen to 21% and the living room to 22')).toContain('light.play_corner set_brightness 22');
  });
});

describe('round 21i: "both" with one device found is asked, however the device was said', () => {
  it('asks (the one light was switched)', () => {
    for (const text of ['turn on both kitchen ceiling lights', 'turn both kitchen ceiling lights off', 'switch off both of the kitchen ceiling lights']) asks(text);
    asks('turn off both ceiling lights', { area: 'Kitchen' });
    expect(read('close both curtains')).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
  });
});

describe('round 21i: a question about several locks says the one that is not locked', () => {
  it('names the Back Door (it said "Yes, Front Door, Side Door and Sliding Doors")', () => {
    for (const text of ['is the whole house locked', 'is the entire house secure', 'is the whole home locked up']) expect(answer(text), text).toBe('No, Back Door is not locked');
    for (const text of ['are the doors locked', 'is the door locked']) expect(answer(text), text).toMatch(/Back Door is not locked/);
    expect(answer('is it locked', { previous: ['lock.front_door'] })).toMatch(/Back Door is not locked|^Yes$/);
  });
});

describe('round 21i: a word of another device\'s name, said of the device found, is asked about', () => {
  it('asks (the Living Room Lamp was switched for "the play room light")', () => {
    for (const text of ['turn off the play room light', 'switch on the play room lamp', 'turn the play room light off']) asks(text);
    expect(read('turn on the play corner')).toEqual(['light.play_corner turn_on']);
    expect(read('turn off the living room lamp')).toEqual(['light.living_room_lamp turn_off']);
  });
});
