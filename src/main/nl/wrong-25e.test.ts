// Round 25e: wrong actions still known (none in a dev set), asked as classes (wrong-25e.ts). On the fixture home of the
// own sets (bench/data/nl/ha-fixtures-en.json): Ceiling Fan, TV, the lights of the kitchen, living room, bedroom and
// garage, the Front Door in the Entrance and three more locks, the Thermostat (living room) and the Office Thermostat.
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();

describe('round 25e: a misheard "could you" is no verb', () => {
  it('asks when the word before "you" would do something else than the command after it', () => {
    // (was: the fan, the tv, the lamp switched OFF)
    asks('cut you turn on the fan');
    asks('kill you turn on the tv');
    asks('cut you switch on the bedroom lamp');
    asks('cut you turn the garage light on');
  });
  it('"could you", "thank you" and a request said plainly are read as before', () => {
    expect(read('could you turn on the fan')).toEqual(['fan.ceiling turn_on']);
    expect(read('thank you turn on the fan')).toEqual(['fan.ceiling turn_on']);
    expect(read('cud you turn on the fan')).toEqual(['fan.ceiling turn_on']);
    expect(read('cut the fan')).toEqual(['fan.ceiling turn_off']);
  });
});

describe('round 25e: "it" listed before anything it could be is asked', () => {
  it('it, the tv and the fan', () => {
    // (was: the TV and the fan switched off, "it" dropped)
    asks('turn off it, the tv and the fan');
    asks('turn off it and the fan');
    asks('switch on it, the garage light and the fan');
    asks('turn off them, the tv and the fan');
  });
  it('"it" after a device, or an aside with "it", as before', () => {
    expect(read('hold it, stop the right curtain')).toEqual(['cover.curtain_right stop']);
    expect(read("while you're at it, close the bedroom curtain")).toEqual(['cover.bedroom close']);
  });
});

describe('round 25e: a word before the kind that names nothing never widens to every one', () => {
  it('the play lights, too lights', () => {
    // (was: every light of the home)
    asks('turn off the play lights');
    asks('turn on too lights');
    asks('turn off the blue lights');
    asks('switch off the tree lights');
    asks('turn on the porch lights');
  });
  it('the lights, all the lights, a room\'s lights as before', () => {
    expect(read('turn off the lights').length).toBeGreaterThan(3);
    expect(read('turn off all the lights').length).toBeGreaterThan(3);
    expect(read('turn on the kitchen lights')).toEqual(['light.kitchen_countertop turn_on', 'light.kitchen_ceiling turn_on', 'light.kitchen_cabinets turn_on']);
    expect(read('in an hour lock all the doors').length).toBe(4);
  });
});

describe('round 25e: "all the <kind>" said in a room, with others of the kind elsewhere, is asked', () => {
  it('lock all the doors in the Entrance', () => {
    // (was: the Front Door locked, the three other locks not)
    asks('lock all the doors', { area: 'Entrance' });
    asks('unlock all the doors', { area: 'Entrance' });
    asks('lock every door', { area: 'Entrance' });
    asks('turn off all the lights', { area: 'Kitchen' });
  });
  it('"in here", a room said, or no room: as before', () => {
    expect(read('lock all the doors')).toEqual(['lock.front_door lock', 'lock.back_door lock', 'lock.side_door lock', 'lock.sliding_doors lock']);
    expect(read('turn off all the lights in here', { area: 'Kitchen' })).toEqual(['light.kitchen_countertop turn_off', 'light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off']);
    expect(read('turn off all the lights in this room', { area: 'Kitchen' })).toEqual(['light.kitchen_countertop turn_off', 'light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off']);
  });
});

describe('round 25e: a device called by a name the speaker\'s room has too is asked', () => {
  it('the thermostat said in the Office', () => {
    // (was: the living room's Thermostat set)
    asks('set the thermostat to 70', { area: 'Office' });
    asks('set the thermostat to 20', { area: 'Office' }, 'C');
    asks('turn up the thermostat', { area: 'Office' });
    asks('make the thermostat 2 degrees warmer', { area: 'Office' });
  });
  it('a room said, or said elsewhere: as before', () => {
    expect(read('set the living room thermostat to 20', { area: 'Office' }, 'C')).toEqual(['climate.thermostat set_temperature 20']);
    expect(read('set the office thermostat to 20', { area: 'Office' }, 'C')).toEqual(['climate.office_thermostat set_temperature 20']);
    expect(read('set the thermostat to 20', { area: 'Kitchen' }, 'C')).toEqual(['climate.thermostat set_temperature 20']);
  });
});
