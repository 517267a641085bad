// Round 26b (wrong-26b.ts): dev20's wrong actions, each as a class, on the fixture home of the own sets
// (bench/data/nl/ha-fixtures-en.json: three kitchen lights, Living Room Lamp + Play Corner, one garage light, one bedroom
// lamp; the Ground Floor, Upstairs and Basement have no lights).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const KITCHEN = ['light.kitchen_countertop', 'light.kitchen_ceiling', 'light.kitchen_cabinets'];

describe('26b: "those/these" with no devices just before is asked (never every device of the kind)', () => {
  it.each([
    ['flip all those lights around'],
    ['turn off those lights'],
    ['those lights off please'],
    ['dim these lights to 40%'],
    ['switch those two lamps on'],
    ['close those curtains'],
    ['these lights, on'],
    ['make those lights blue'],
    ['toggle all of those lamps'],
    ['turn those lights back on'],
  ])('%s', (s) => asks(s));
  // (Round 27w narrowed this: "these/those <kind>" said in a room that has that kind acts on them there — "(Kitchen) turn
  // these lights off" is the three kitchen lights; with no room, or a room with none of the kind, it still asks.)
  it('(Kitchen, nothing before) acts on the kitchen lights since round 27w; (Office, none there) asks', () => {
    expect(read('turn these lights off', { area: 'Kitchen' })).toEqual(KITCHEN.map((e) => `${e} turn_off`));
    expect(read('those lights, on', { area: 'Kitchen' })).toEqual(KITCHEN.map((e) => `${e} turn_on`));
    asks('turn these lights off', { area: 'Office' });
    asks('those lights, on', { area: 'Office' });
  });
  it('"those lights" just after a curtain is asked', () => {
    asks('flip all those lights around', { previous: ['cover.curtain_left'] });
    asks('turn those lights off', { previous: ['cover.curtain_left', 'cover.curtain_right'] });
  });
  it('just after lights, "those lights" are those lights; "except those in …" still acts', () => {
    expect(read('flip all those lights around', { previous: ['light.garage', 'light.bedroom_lamp'] })).toEqual(['light.bedroom_lamp toggle', 'light.garage toggle']);
    expect(read('those lights off', { previous: ['light.kitchen_ceiling', 'light.kitchen_cabinets'] })).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off']);
    expect(read('close those two', { previous: ['cover.curtain_left', 'cover.curtain_right'] })).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
    expect(read('turn on every light except those in the kitchen')).not.toEqual([]);
    expect(read('the play corner lights, flip those off')).toEqual(['light.play_corner turn_off']);
  });
});

describe('26b: one "light" (or lamp, curtain) where the place has several of the kind is asked which', () => {
  it.each([
    ['the light here, off', 'Kitchen'],
    ['turn off the light here', 'Kitchen'],
    ['dim the light here to 30%', 'Kitchen'],
    ['turn on the light in here please', 'Kitchen'],
    ['the light in here, on', 'Kitchen'],
    ['switch the light here off', 'Kitchen'],
    ['switch on the lamp in here', 'Kitchen'],
    ['the light here, off', 'Living Room'],
    ['turn off the light here', 'Living Room'],
    ['make the light here brighter', 'Living Room'],
    ['dim the light here to 30%', 'Living Room'],
    ['close the curtain here', 'Living Room'],
  ])('%s (%s)', (s, area) => asks(s, { area }));
  it('"the kitchen light" asks as before; "the light in the kitchen" acts on all, as the sets and Home Assistant read it', () => {
    asks('switch off the kitchen light');
    expect(read('turn off the light in the kitchen')).toEqual(KITCHEN.map((e) => `${e} turn_off`));
  });
  it('"the light here" in another part of the sentence is asked too', () => {
    asks('the light here off and the garage light on', { area: 'Kitchen' });
    asks('the light right here off', { area: 'Kitchen' });
    asks('turn the light in here off', { area: 'Living Room' });
  });
  it('the plural acts on all; a room with one light acts on it; a named one acts', () => {
    expect(read('the lights here, off', { area: 'Kitchen' })).toEqual(KITCHEN.map((e) => `${e} turn_off`));
    expect(read('turn off all the lights here', { area: 'Kitchen' })).toEqual(KITCHEN.map((e) => `${e} turn_off`));
    expect(read('the light here, off', { area: 'Garage' })).toEqual(['light.garage turn_off']);
    expect(read('turn off the light here', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('switch on the lamp in here', { area: 'Living Room' })).toEqual(['light.living_room_lamp turn_on']);
    expect(read('turn off the ceiling light here', { area: 'Kitchen' })).toEqual(['light.kitchen_ceiling turn_off']);
    expect(read('the switch here on', { area: 'Kitchen' })).toEqual(['switch.kitchen turn_on']);
    expect(read('the fan here, on', { area: 'Living Room' })).toEqual(['fan.ceiling turn_on']);
  });
});

describe('26b: a place said, then "its/their <kind>", is never dropped — a place with none of the kind asks', () => {
  it.each([
    ['ground floor, switch its lights off'],
    ['the ground floor, turn its lights on'],
    ['ground floor - put all its lights on'],
    ['on the ground floor, turn its lights off'],
    ['ground floor, turn off its ceiling lights'],
    ['the basement, turn its lights on'],
    ['basement - its lights off'],
    ['upstairs, turn its lights off'],
    ['the ground floor, close its curtains'],
    ['the basement: switch its lights off please'],
    ['the guest room, its lights on'],
    ['the office, switch its lights off'],
    ['the entrance, turn its lights on'],
  ])('%s', (s) => asks(s));
  it('a place with the kind acts on its own devices only', () => {
    expect(read('garage, its lights off')).toEqual(['light.garage turn_off']);
    expect(read('the second floor, its lights off')).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('kitchen, turn its lights off')).toEqual(KITCHEN.map((e) => `${e} turn_off`));
    expect(read('first floor - its lights off')).toEqual([...KITCHEN, 'light.living_room_lamp', 'light.garage', 'light.play_corner'].map((e) => `${e} turn_off`));
  });
});
