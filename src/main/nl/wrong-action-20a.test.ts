// Issue 14, round 20a: dev17's wrong actions, as classes of saying, on a test home without a hall, a bathroom or a
// third floor (each test acted wrongly before its fix: the command was widened to the whole home, or a known room's
// device was taken for an unknown room's).
import { describe, expect, it } from 'vitest';
import type { NlHome } from './home';
import { createParser } from './parser';
import { readers } from './test-read';
import { testHome } from './test-home';

const GONE = new Set(['Hallway', 'Bathroom']);
function smallHome(): NlHome {
  const h = testHome();
  const wall = { ...h.entities.find((e) => e.id === 'switch.coffee')!, id: 'switch.bedroom_wall', name: 'Bedroom Switch', area: 'Bedroom', floor: 'First Floor' };
  return { ...h, entities: [...h.entities.filter((e) => !GONE.has(e.area ?? '')), wall], areas: h.areas.filter((a) => !GONE.has(a.name)) };
}
const now = new Date(2025, 2, 5, 9, 0, 0);
const { read, asks } = readers(createParser(smallHome()), now);

describe('round 20a: a place the home does not have is asked about, never dropped or repaired into "all"', () => {
  it('"hall", "loft" are not spelling-repaired into "all", "lot"', () => {
    asks('brighten up the hall');
    asks('lights off in the hall');
    asks('turn off the hall lights');
    asks('dim the hallway');
    asks('brighten up the loft');
  });
  it('an unknown floor said first is not set aside as a lead-in', () => {
    asks('third floor, kill the lights');
    asks('fourth floor, lights off');
    asks('third floor, turn off the lights');
    asks('kill the lights on floor 3');
  });
  it('known places and typos still act', () => {
    expect(read('first floor, kill the lights')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off']);
    expect(read('turn off all the lights in the kichen')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
});

describe('round 20a: an unknown room is not spelling-repaired into another room', () => {
  it('"bathroom" is not "bedroom"', () => {
    asks('stop the bathroom curtain');
    asks('open the bathroom curtain');
    asks('close the bathroom curtains please');
  });
  it('typos of a room still act', () => {
    expect(read('stop the bedrom curtain')).toEqual(['cover.bedroom_curtain stop']);
    expect(read('turn on the livng room reading light')).toEqual(['light.living_reading turn_on']);
  });
});

describe('round 20a: a question after "X:" is asked of X, never a command', () => {
  it('answers about the device named, acts on nothing', () => {
    for (const text of ["bedroom switch: what state's it in", 'bedroom switch, is it on', 'bedroom switch: what state is it in?']) {
      const r = createParser(smallHome()).parse(text, { now });
      expect(r.actions, text).toEqual([]);
      expect(r.answer, text).toBeDefined();
    }
  });
  it('"X, on" still switches it on', () => {
    expect(read('bedroom switch, on')).toEqual(['switch.bedroom_wall turn_on']);
  });
});

describe('round 20a: "stop the heating", "warm the place up" with two thermostats ask', () => {
  it('"stop"/"halt" the heating asks which, and whether off is meant', () => {
    asks('stop the heating');
    asks('halt the heating');
  });
  it('"the place", "the house" is no room: which thermostat is asked', () => {
    asks('warm the place up');
    asks('warm the house up');
    asks('cool the place down a bit');
  });
  it('a thermostat said, or every one, still acts', () => {
    expect(read('stop the bedroom heating')).toEqual(['climate.bedroom turn_off']);
    expect(read('turn off the heating')).toEqual(['climate.downstairs turn_off', 'climate.bedroom turn_off']);
    expect(read('warm the whole house up').length).toBe(2);
  });
});

describe('round 20a: "the left of those two" is one of them', () => {
  const both = { previous: ['cover.living_blinds', 'cover.bedroom_curtain'] };
  it('never acts on both', () => {
    asks('just close the left of those two', both);
    asks('open the right of them', both);
    asks('close the left of these', both);
  });
});
