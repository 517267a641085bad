// Issue 14, ninth round: the kinds of wrong action development set v8 found, each as a class (sentences of our own, on
// the parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testSetting } from './test-read';
import { testHome } from './test-home';

const { read, asks } = testSetting();

describe('"shut" with "on" saying where', () => {
  it('closes ("curtains shut on the first floor", "shut the curtains on upstairs"), never opens', () => {
    expect(read('curtains shut on the first floor')).toEqual(['cover.bedroom_curtain close']);
    expect(read('shut the curtains on upstairs')).toEqual(['cover.bedroom_curtain close']);
    expect(read('close the curtains on upstairs')).toEqual(['cover.bedroom_curtain close']);
    // ("shut off" still switches off.)
    expect(read('shut off the lights on the first floor')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off']);
  });
});

describe('a list of floors for one kind, then another kind', () => {
  it('keeps every floor of the list with the kind it was said of ("lights on the ground and first floor, and the fans")', () => {
    const lights = ['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.living_floor_lamp turn_off', 'light.living_reading turn_off', 'light.hallway turn_off', 'light.porch turn_off', 'light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off'];
    expect(read('lights on the ground and first floor, and the fans, all off')).toEqual([...lights, 'fan.bedroom turn_off', 'fan.office turn_off']);
    expect(read('turn off the lights on the ground and first floor, and the desk fan')).toEqual([...lights, 'fan.office turn_off']);
  });

  it('reads places said one after another with "then" as a list of where ("ground floor then first floor, lights off")', () => {
    expect(read('ground floor then first floor, lights off')).toHaveLength(9);
    expect(read('the kitchen then the bedroom, lights off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.bedroom_lamp turn_off']);
    // (Between devices "then" is still a step after the other.)
    expect(read('turn off the kitchen lights then the bedroom lamp')).toHaveLength(3);
  });
});

describe('"close the curtains down" — the way said twice', () => {
  it('closes or opens all the way, never a step or a position', () => {
    expect(read('close the curtains down on the first floor')).toEqual(['cover.bedroom_curtain close']);
    expect(read('close the blinds down in the living room')).toEqual(['cover.living_blinds close']);
    expect(read('open the living room blinds up')).toEqual(['cover.living_blinds open']);
  });
});

describe('"dim the lights a lot" with no place said', () => {
  it('asks before changing every light in the home by some amount; "all" or a place says which', () => {
    asks('dim the lights a lot');
    asks('turn the lights up a bit');
    expect(read('dim all the lights a lot')).toHaveLength(9);
    expect(read('dim the lights in the kitchen a lot')).toEqual(['light.kitchen_ceiling brightness_step -30', 'light.kitchen_island brightness_step -30']);
    expect(read('dim the lights a bit', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp brightness_step -10']);
  });
});

/** The test home with a lamp named after its room, "Living Room Lamp", beside the room's other lights. */
const withRoomLamp = createParser({ ...testHome(), entities: [...testHome().entities, { id: 'light.living_lamp', name: 'Living Room Lamp', domain: 'light', area: 'Living Room', floor: 'Ground Floor', state: 'on', deviceClass: null, attributes: { brightness: 128 } }] });

describe('a word not known, one letter from the word said beside it', () => {
  it('is not repaired into that word ("giving the living room" is never "the living room lamp") — asked', () => {
    asks('mind giving the living room a bit more light', {}, withRoomLamp);
    asks('could you giving the living room some more light', {}, withRoomLamp);
    // (A real slip is still repaired: "livng room lamp".)
    expect(read('turn off the livng room lamp', {}, withRoomLamp)).toEqual(['light.living_lamp turn_off']);
  });
});
