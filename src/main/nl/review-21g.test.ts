// Issue 14, round 21g (review 21, N1/O5/O3): the room a robot vacuum cleans (robot-21g.ts), on the test home.
// Each case cleaned the whole house (or switched the kitchen on) before; what a user would notice is checked.
import { describe, expect, it } from 'vitest';
import type { NlContext } from './parser';
import { testSetting } from './test-read';

const { read, asks, celsius, now } = testSetting();
/** The question Hearth asks instead of acting. */
const asked = (text: string, context: NlContext = {}): string => {
  asks(text, context);
  return celsius.parse(text, { now, ...context }).error?.message ?? '';
};
const ASKED_ROOM = /clean only the (Kitchen|Bedroom|Office|Living Room|Garage|Hallway), or everywhere/;

describe('round 21g: a room said in an opening part is the vacuum\'s (N1)', () => {
  it('is asked about, never a whole-house clean', () => {
    // (Before: vacuum.robo start, no area — round 21b took the said room for the app's.)
    for (const s of ['in the kitchen, start the vacuum', 'kitchen: start the vacuum', 'in the office, run the vacuum', 'for the bedroom, start the robot',
      'so, about the kitchen: start the vacuum', "I'm in the office, start the vacuum", 'in the kitchen, turn on the lights and start the vacuum',
      'in the bedroom, start the vacuum and turn off the lamp']) {
      expect(asked(s)).toMatch(ASKED_ROOM);
    }
  });
  it('with a time said first, too (before: started now, everywhere)', () => {
    asks('in 10 minutes, in the office, start the vacuum');
    asks('at 5pm, in the kitchen, start the vacuum');
    asks('in the kitchen, start the vacuum in 10 minutes');
  });
  it('the same room said by the app changes nothing', () => {
    asks('in the kitchen, start the vacuum', { area: 'Kitchen' });
    asks('kitchen: start the vacuum', { area: 'Kitchen' });
  });
});

describe('round 21g: "there" after a room (N1, O5)', () => {
  it('is asked about', () => {
    asks('turn off the desk lamp and start the vacuum there');
    asks('close the garage door and start the vacuum in there');
    asks('turn off the office lights then start the vacuum there');
    expect(asked('turn on the hallway light and start the vacuum in there')).toMatch(/only the Hallway/);
  });
});

describe('round 21g: the speaker\'s room said in words (N1, O5)', () => {
  it('"in here, …", "this room", "where I am", "around me": that room', () => {
    // (Before: vacuum.robo start, no area.)
    expect(read('in here, start the vacuum', { area: 'Kitchen' })).toEqual(['vacuum.robo start Kitchen']);
    expect(read('here, start the vacuum', { area: 'Office' })).toEqual(['vacuum.robo start Office']);
    expect(read('in this room, start the vacuum', { area: 'Bedroom' })).toEqual(['vacuum.robo start Bedroom']);
    expect(read('start the vacuum where I am', { area: 'Kitchen' })).toEqual(['vacuum.robo start Kitchen']);
    expect(read('vacuum around me', { area: 'Office' })).toEqual(['vacuum.robo start Office']);
  });
  it('said of the robot by its name: asked, never the whole house', () => {
    asks('start robo in here', { area: 'Kitchen' });
    asks('in here: vacuum', { area: 'Kitchen' });
  });
});

describe('round 21g: a room said before "vacuum" that the reading set aside (O5)', () => {
  it('is asked about', () => {
    for (const s of ['in the kitchen: vacuum', 'kitchen, vacuum please', 'bedroom: start robo', 'the kitchen is dirty, start the vacuum', 'the office is a mess, vacuum']) {
      expect(asked(s)).toMatch(ASKED_ROOM);
    }
  });
});

describe('round 21g: "start a cleaning" (O3)', () => {
  it('is asked about, never the kitchen switched on', () => {
    asks('start a cleaning', { area: 'Kitchen' });
    asks('run a cleaning', { area: 'Kitchen' });
  });
});

describe('round 21g: what still acts', () => {
  it('"start the vacuum" said with only the app\'s room starts it (round 21b)', () => {
    expect(read('start the vacuum', { area: 'Kitchen' })).toEqual(['vacuum.robo start']);
    expect(read('vacuum', { area: 'Office' })).toEqual(['vacuum.robo start']);
  });
  it('a room said only for an earlier step is not the vacuum\'s (as own-heldback-v15 labels it)', () => {
    expect(read('turn off the office lights and start the vacuum')).toEqual(['light.office_lamp turn_off', 'vacuum.robo start']);
  });
  it('a room said in its own step is cleaned', () => {
    expect(read('in the kitchen start the vacuum')).toEqual(['vacuum.robo start Kitchen']);
    expect(read('vacuum the bedroom', { area: 'Kitchen' })).toEqual(['vacuum.robo start Bedroom']);
    expect(read('start the vacuum everywhere', { area: 'Kitchen' })).toEqual(['vacuum.robo start']);
  });
});
