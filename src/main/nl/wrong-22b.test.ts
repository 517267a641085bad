// Round 22b: parts of a sentence read into nothing (doubt-22b.ts) — asked, never dropped.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';
import { createParser } from './parser';
import { testHome } from './test-home';

const { read, asks } = testSetting();
// The test home with a light named after its room (as the fixture's "Living Room Lamp"), beside the room's two others.
const roomNamed = (() => {
  const home = testHome();
  const living = home.entities.find((e) => e.id === 'light.living_floor_lamp')!;
  return createParser({ ...home, entities: [...home.entities, { ...living, id: 'light.living_room_lamp', name: 'Living Room Lamp', state: 'off' }] });
})();

describe('22b: "stop X and Y on" is not "turn X and Y on"', () => {
  it.each([
    'in 5 minutes stop the bedroom curtain and the porch light on',
    'turn the bedroom curtain stop and the porch light on',
    'in ten minutes stop the garage door and the hallway light on',
    'halt the garage door and the porch light on',
    'after 10 minutes stop the bedroom curtain and the desk fan on',
    'turn the garage door stop and the hallway light on',
    'in 5 minutes stop the bedroom curtain and the porch light open',
  ])('%s', (s) => asks(s));
  it('still reads each step said with its own verb', () => {
    expect(read('in 5 minutes, stop the bedroom curtain and the porch light on')).toEqual(['cover.bedroom_curtain stop +300s', 'light.porch turn_on +300s']);
    expect(read('stop the bedroom curtain and turn the porch light on')).toEqual(['cover.bedroom_curtain stop', 'light.porch turn_on']);
    expect(read('stop the desk fan')).toEqual(['fan.office turn_off']);
    expect(read('stop the bedroom curtain and the porch light on')).toEqual(['cover.bedroom_curtain stop', 'light.porch turn_on']);
    expect(read('stop the living room blinds and the desk lamp on')).toEqual(['cover.living_blinds stop', 'light.office_lamp turn_on']);
    expect(read('stop the robo and the porch light on')).toEqual(['vacuum.robo stop', 'light.porch turn_on']);
  });
});

describe('22b: "it" listed with a device, with nothing said before, asks', () => {
  it.each([
    'it stop and the porch light on',
    'it off and the porch light on',
    'it closed and the porch light on',
    'in 5 minutes it stop and the porch light on',
    'them stop and the hallway light on',
    'it open and the desk lamp off',
    'them and the porch light off',
  ])('%s', (s) => asks(s));
  it('"it" named after a comma is the device named', () => {
    expect(read('hold it right there, bedroom curtain')).toEqual(['cover.bedroom_curtain stop']);
  });
});

describe('22b: a repaired list item naming a device the list already names asks', () => {
  it.each([
    'lock the back door and the bake door',
    'lock the front door and the fruit door',
    'unlock the back door and the bake door',
    'turn on the porch light and the perch light',
    'unlock the front door and the frunt door',
  ])('%s', (s) => asks(s));
  it('still locks two doors said', () => {
    expect(read('lock the back door and the front door')).toEqual(['lock.back lock', 'lock.front lock']);
  });
});

describe('22b: a word of a room name that is no room picks none of its devices alone', () => {
  it.each([
    'turn off the lights in the living area',
    'turn off the lights in the living space',
    'turn off the lights in the living',
    'close the blinds and turn off the lights in the living area',
  ])('%s', (s) => asks(s));
  it('still acts on the room said', () => {
    expect(read('turn off the lights in the living room')).toEqual(['light.living_floor_lamp turn_off', 'light.living_reading turn_off']);
    expect(read('turn off the lights in the living room', {}, roomNamed)).toEqual(['light.living_floor_lamp turn_off', 'light.living_reading turn_off', 'light.living_room_lamp turn_off']);
    expect(read('turn on the living room lamp', {}, roomNamed)).toEqual(['light.living_room_lamp turn_on']);
  });
  it.each([
    'turn off the lights in the living area',
    'turn off the lights in the living space',
    'turn off the lights in the living',
    'turn on all the lights in the living',
    'turn off the living lights',
    'switch the lights in the living area off',
    'in 5 minutes turn off the lights in the living area',
    'turn on the lamp in the living area',
  ])('with a light named after the room: %s', (s) => asks(s, {}, roomNamed));
});
