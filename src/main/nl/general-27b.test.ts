// Issue 14, round 27b: generalisation in stop, flip, exclusions and floors (general-27b.ts) — one vocabulary per class read
// through the existing grammar, on the own sets' fixture home. Sentences written fresh for the round (none from a set).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const ids = (text: string, context = {}): string[] => read(text, context).map((a) => a.split(' ').slice(0, 2).join(' ')).sort();
const LIGHTS = ['light.bedroom_lamp', 'light.garage', 'light.kitchen_cabinets', 'light.kitchen_ceiling', 'light.kitchen_countertop', 'light.living_room_lamp', 'light.play_corner'];
const all = (service: string, except: string[] = []): string[] => LIGHTS.filter((l) => !except.includes(l)).map((l) => `${l} ${service}`);

describe('round 27b: wrong actions found by a new writer, now read right', () => {
  it('"… and leave X be / as it is / alone" after a group keeps X aside (X was acted on too)', () => {
    expect(ids('close the curtains and leave the left one be')).toEqual(['cover.bedroom close', 'cover.curtain_right close']);
    expect(ids('close the curtains and keep the left one as it is')).toEqual(['cover.bedroom close', 'cover.curtain_right close']);
    expect(ids('turn off the kitchen lights and leave the ceiling alone')).toEqual(['light.kitchen_cabinets turn_off', 'light.kitchen_countertop turn_off']);
    expect(ids('turn off the kitchen lights and leave the ceiling as it is')).toEqual(['light.kitchen_cabinets turn_off', 'light.kitchen_countertop turn_off']);
    expect(ids('switch off the living room lights, keep the play corner untouched')).toEqual(['light.living_room_lamp turn_off']);
    // (a device that is not in the group: the rest as said)
    expect(ids('close the left curtain and leave the right one alone')).toEqual(['cover.curtain_left close']);
  });
  it('"first, second floor" is both floors (only the second was acted on)', () => {
    expect(ids('first, second floor: lights off')).toEqual(all('turn_off').sort());
    expect(ids('lights out on the first, second floors')).toEqual(all('turn_off').sort());
  });
});

describe('round 27b: stop — one vocabulary of idioms, said alone, beside what is named, or with the moment', () => {
  it('alone, of what was just moving', () => {
    for (const s of ["ok that's far enough", "don't go any further", 'hold up, stop it there', 'whoa, that will do', 'no further please', 'knock it off']) {
      expect(ids(s, { previous: ['cover.bedroom'] }), s).toEqual(['cover.bedroom stop']);
    }
    expect(ids('enough now', { previous: ['vacuum.rover'] })).toEqual(['vacuum.rover stop']);
    expect(ids("that'll do", { previous: ['fan.ceiling'] })).toEqual(['fan.ceiling turn_off']);
  });
  it('beside what is named', () => {
    expect(ids("bedroom curtain that's enough")).toEqual(['cover.bedroom stop']);
    expect(ids('the guest room shade has come down far enough, halt')).toEqual(['cover.shade_left stop']);
    expect(ids("that's enough from the vacuum, stop")).toEqual(['vacuum.rover stop']);
    expect(ids('the bedroom curtain is opening, quit it')).toEqual(['cover.bedroom stop']);
    expect(ids('yo stop the left curtain')).toEqual(['cover.curtain_left stop']);
    expect(ids('tell rover to knock it off')).toEqual(['vacuum.rover stop']);
    expect(ids('get the fan to quit for now')).toEqual(['fan.ceiling turn_off']);
  });
  it('with the moment said after it', () => {
    expect(ids('main valve, freeze exactly where it is')).toEqual(['valve.main_valve stop']);
    expect(ids('stop the bedroom curtain before it shuts')).toEqual(['cover.bedroom stop']);
    expect(ids('halt the right curtain midway')).toEqual(['cover.curtain_right stop']);
    expect(ids('stop the shade in its tracks')).toEqual(['cover.shade_left stop']);
  });
  it('still asked: nothing said or just before, a player, a position', () => {
    asks("that's far enough");
    asks('halt it there');
    asks("that's enough from the tv, stop");
    asks('halt it halfway', { previous: ['cover.curtain_left'] });
    asks("that's enough, turn on the lamp");
  });
});

describe('round 27b: flip — the other state said in words is a toggle; up/down of a switch is on/off', () => {
  it('the other state', () => {
    expect(ids('switch the garage light the other way')).toEqual(['light.garage toggle']);
    expect(ids('change the bedroom lamp over')).toEqual(['light.bedroom_lamp toggle']);
    expect(ids('reverse the kitchen switch')).toEqual(['switch.kitchen toggle']);
    expect(ids('flick the play corner whichever way it is now')).toEqual(['light.play_corner toggle']);
    expect(ids("give the fan a quick flick, whatever way it's set")).toEqual(['fan.ceiling toggle']);
  });
  it('a switch flipped up or down', () => {
    expect(ids('flip the bedroom switch down')).toEqual(['switch.bedroom turn_off']);
    expect(ids('flick up the kitchen switch')).toEqual(['switch.kitchen turn_on']);
  });
  it('still asked: what is flipped not said or not one', () => {
    asks('flip it the other way');
    asks('switch the lamp the other way');
    asks('flip the light down');
  });
});

describe('round 27b: exclusions — one list of markers read as "except"', () => {
  it('markers', () => {
    expect(ids('kitchen lights off but spare the cabinets')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_countertop turn_off']);
    expect(ids('lock everything except the side door')).toEqual(['lock.back_door lock', 'lock.front_door lock', 'lock.sliding_doors lock']);
    expect(ids('unlock everything apart from the front door')).toEqual(['lock.back_door unlock', 'lock.side_door unlock', 'lock.sliding_doors unlock']);
    expect(ids('close the curtains but not in the bedroom')).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
    expect(ids('dim everything to 40 apart from the garage light').sort()).toEqual(all('set_brightness', ['light.garage']).sort());
    expect(ids('every light off, the garage light stays on')).toEqual(all('turn_off', ['light.garage']).sort());
    // (acted on the ceiling too)
    expect(ids('kitchen lights off, ceiling stays')).toEqual(['light.kitchen_cabinets turn_off', 'light.kitchen_countertop turn_off']);
    expect(ids('shut the covers, though not the shade nor the bedroom curtain')).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
  });
  it('still asked: what is left out unknown, or "everything" with no kind', () => {
    asks('everything off apart from the fridge');
    asks('turn everything off except the tv');
    asks('lock everything except the kitchen lamp');
  });
});

describe('round 27b: "the other <kind>" said without a verb after one of a pair', () => {
  it('is its partner, of the kind said', () => {
    expect(read('the other curtain to 40 please', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right set_position 40']);
    expect(read('the other curtain a quarter open', { previous: ['cover.curtain_right'] })).toEqual(['cover.curtain_left set_position 25']);
  });
  it('still asked: no pair, or another kind', () => {
    asks('the other lamp to 40', { previous: ['light.bedroom_lamp'] });
    asks('the other curtain to 40');
  });
});

describe('round 27b: floors said by number or as a level', () => {
  it('levels and numbers', () => {
    expect(ids('kill the lights on level one')).toEqual(all('turn_off', ['light.bedroom_lamp']).sort());
    expect(ids('lights off on floor 1 & 2')).toEqual(all('turn_off').sort());
    expect(ids('lights on on floor 1 and 2')).toEqual(all('turn_on').sort());
    expect(ids('lights off on levels one and two')).toEqual(all('turn_off').sort());
    // (an ordinal level was read as no place: every light)
    expect(ids('lights off on the second level')).toEqual(['light.bedroom_lamp turn_off']);
    expect(ids('the curtains on the first and on the second floor, close them')).toEqual(['cover.bedroom close', 'cover.curtain_left close', 'cover.curtain_right close']);
    expect(ids('open the covers on the second and upstairs floors')).toEqual(['cover.bedroom open', 'cover.shade_left open']);
  });
  it('still asked: a floor the home does not have', () => {
    asks('kill the lights on level seven');
    asks('lights off on floor 3 and 4');
    asks('lights on on the ground and upstairs floors');
    asks('lights off on the fifth level');
  });
});
