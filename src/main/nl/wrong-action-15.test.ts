// Issue 14, round 15: classes of wrong action found in v13 (now development material as dev13), each tested with
// sentences of our own on the test home (no set's lines). The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { acts, testSetting } from './test-read';

const { read, asks, home, now } = testSetting();

/** The test home with two lights whose names hold a word people say as two ("work top", "up light"). */
const split = createParser({
  ...home('C'),
  entities: [
    ...home('C').entities,
    { id: 'light.worktop', name: 'Kitchen Worktop', domain: 'light', area: 'Kitchen', floor: 'Ground Floor', state: 'on', deviceClass: null, attributes: {} },
    { id: 'light.stair_uplight', name: 'Stair Uplight', domain: 'light', area: 'Hallway', floor: 'Ground Floor', state: 'off', deviceClass: null, attributes: {} },
  ],
});
const readSplit = (text: string): string[] => acts(split.parse(text, { now }));

describe('round 15: a word of a name said as two words', () => {
  it('is that word — "top" or "up" in it is never a level or a step', () => {
    expect(readSplit('turn off the work top')).toEqual(['light.worktop turn_off']);
    expect(readSplit('switch the work-top on')).toEqual(['light.worktop turn_on']);
    expect(readSplit('turn off the stair up light')).toEqual(['light.stair_uplight turn_off']);
    expect(readSplit('dim the work top to 30')).toEqual(['light.worktop set_brightness 30']);
  });
});

describe('round 15: a device asked to end up done ("get X fired up", "could X be switched off")', () => {
  it('does what the idiom says — "fired up" and "lit up" are switching on, never a speed or a step', () => {
    expect(read('could the bedroom fan get fired up')).toEqual(['fan.bedroom turn_on']);
    expect(read('please get the porch light lit up')).toEqual(['light.porch turn_on']);
    expect(read('can the hallway light get flipped on')).toEqual(['light.hallway turn_on']);
    expect(read('could the desk fan be switched off')).toEqual(['fan.office turn_off']);
  });
  it('leaves a question about it a question', () => {
    expect(read('have all the ground floor lights been switched off?')).toEqual([]);
  });
});

describe('round 15: a step beyond the whole range', () => {
  it('asks — "by 200" was made a step of 100', () => {
    asks('brighten the desk lamp by 200');
    asks('turn the bedroom fan up by 150 percent');
    asks('turn the tv down by 300');
  });
  it('still reads a step of the whole range', () => {
    expect(read('brighten the desk lamp by 100')).toEqual(['light.office_lamp brightness_step 100']);
  });
});

describe('round 15: "all the way" after a step with its own verb', () => {
  it('keeps that verb — "shut A and open B all the way" closed both', () => {
    expect(read('pull the bedroom curtain shut and open the living room blinds all the way')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds open']);
  });
});

describe('round 15: "crack X open"', () => {
  it('all the way open is open; without it, a small way open (never "crank")', () => {
    expect(read('crack the living room blinds all the way open')).toEqual(['cover.living_blinds open']);
    expect(read('crack open the living room blinds all the way')).toEqual(['cover.living_blinds open']);
    expect(read('crack the living room blinds open')).toEqual(['cover.living_blinds set_position 70']);
    expect(read('crack the bedroom curtain open')).toEqual(['cover.bedroom_curtain set_position 10']);
  });
});

describe('round 15: "down in …" / "up in …" saying where', () => {
  it('is a place after a join in a list of places, or after how the device should end — never a step', () => {
    expect(read('lights out in the kitchen and down in the hallway')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.hallway turn_off']);
    expect(read('turn the desk lamp off up in the office')).toEqual(['light.office_lamp turn_off']);
  });
  it('is still a step where it says which way', () => {
    expect(read('turn the lights down in the kitchen')).toEqual(['light.kitchen_ceiling brightness_step -10', 'light.kitchen_island brightness_step -10']);
  });
});

describe('round 15: "off" said, but only switching on or a level read', () => {
  it('asks — "off" was dropped ("X off and up in Y" switched X on; "off … full" set 100 %)', () => {
    asks('lights off in the kitchen and up in the bedroom');
    asks('switch off the porch light full');
    asks('lights off in the kitchen and brighter in the bedroom');
  });
  it('still reads "kick off", "leave X off"', () => {
    expect(read('kick off the goodnight script')).toEqual(['script.goodnight turn_on']);
    expect(read('turn the kitchen lights on but leave the island pendant off')).toEqual(['light.kitchen_ceiling turn_on']);
  });
});

describe('round 15: a kind switched in one place, then only another place with the other end', () => {
  it('is that kind there — never everything in the place, never the first place again', () => {
    expect(read('the lights in the kitchen off and in the bedroom on')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.bedroom_lamp turn_on']);
    expect(read('lights on the first floor off and on the ground floor on')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off',
      'light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on', 'light.living_floor_lamp turn_on', 'light.living_reading turn_on', 'light.hallway turn_on', 'light.porch turn_on']);
  });
  it('still reads "off and on again" as two steps', () => {
    expect(read('turn the porch light off and on again')).toEqual(['light.porch turn_off', 'light.porch turn_on']);
  });
});

/** The test home with a left and a right blind in the office. */
const sides = createParser({
  ...home('C'),
  entities: [
    ...home('C').entities,
    { id: 'cover.office_left', name: 'Office Blind Left', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'closed', deviceClass: 'blind', attributes: {} },
    { id: 'cover.office_right', name: 'Office Blind Right', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'closed', deviceClass: 'blind', attributes: {} },
  ],
});
const readSides = (text: string): string[] => acts(sides.parse(text, { now }));

describe('round 15: "the blinds, left first then right"', () => {
  it('is the left and the right one, in that order — never every blind in the home', () => {
    expect(readSides('open the blinds, left first then right')).toEqual(['cover.office_left open', 'cover.office_right open']);
    expect(readSides('close the blinds, the right one first and then the left')).toEqual(['cover.office_right close', 'cover.office_left close']);
  });
});

describe('round 15: "all"/"both" said of one part of a list', () => {
  it('never lets another part that is not in the place said go unnoticed — asked, never dropped', () => {
    expect(acts(sides.parse('close the garage door and all the blinds in the living room', { now }))).toEqual([]);
    expect(sides.parse('close the garage door and all the blinds in the living room', { now }).error).toBeDefined();
    asks('close the bedroom fan and both blinds in the living room');
  });
});

describe('round 15: a wait said of the last of a list set apart', () => {
  it('asks — "close A, and B in ten minutes" delayed both', () => {
    asks('close the bedroom curtain, and the living room blinds in ten minutes');
    asks('turn off the porch light, and the hallway light in ten minutes');
  });
  it('still delays a plain list, and reads "A now and B in ten minutes"', () => {
    expect(read('turn off the porch light and the hallway light in ten minutes')).toEqual(['light.porch turn_off +600s', 'light.hallway turn_off +600s']);
    expect(read('turn off the porch light now and the hallway light in ten minutes')).toEqual(['light.porch turn_off', 'light.hallway turn_off +600s']);
  });
});

describe('round 15: "get X turned down a bit"', () => {
  it('is the step said', () => {
    expect(read('could you get the tv turned down a bit')).toEqual(['media_player.tv volume_step -10']);
  });
});

describe('round 15: "X need(s) …ing" asked about or denied', () => {
  it('never does it — "does the back door need locking" locked it, "doesn\'t need locking" too', () => {
    expect(read('does the back door need locking')).toEqual([]);
    expect(read("the front door doesn't need locking")).toEqual([]);
    expect(read('do the living room blinds need closing')).toEqual([]);
  });
  it('still does what a device needs', () => {
    expect(read('the back door needs locking')).toEqual(['lock.back lock']);
  });
});

describe('round 15: "lit up" / "fired up" read as a step', () => {
  it('asks — on, or brighter?', () => {
    asks('the porch light lit up please');
    asks("can't the porch light get lit up");
  });
});

describe('round 15: a value said only after "the … one" of a list whose verb has its own end', () => {
  it('asks — "open A and the other one halfway" set both halfway', () => {
    const both = createParser({ ...home('C'), entities: [...home('C').entities,
      { id: 'cover.office_left', name: 'Office Blind Left', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'closed', deviceClass: 'blind', attributes: {} },
      { id: 'cover.office_right', name: 'Office Blind Right', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'closed', deviceClass: 'blind', attributes: {} }] });
    const r = both.parse('open the left office blind and the right one halfway', { now });
    expect(acts(r)).toEqual([]);
    expect(r.error).toBeDefined();
    expect(acts(both.parse('open the left and the right office blind halfway', { now }))).toEqual(['cover.office_left set_position 50', 'cover.office_right set_position 50']);
  });
});
