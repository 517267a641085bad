// Round 21a (review): a state said about a device that is no request for that state is asked about or answered, never
// carried out (doubt-21a.ts, sayings-21a.ts). On the fixture home of the own sets (bench/data/nl/ha-fixtures-en.json):
// Curtain Left open, Curtain Right and Bedroom Curtain closed, Main Valve open, four locks (Back Door unlocked).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { homeFromHaFixture } from './home-ha';
import { createParser } from './parser';
import { acts } from './test-read';

const FIXTURE = fileURLToPath(new URL('../../../bench/data/nl/ha-fixtures-en.json', import.meta.url));
const parser = createParser(homeFromHaFixture(JSON.parse(readFileSync(FIXTURE, 'utf8'))));
const now = new Date(2025, 5, 11, 9, 0, 0);
const read = (text: string): string[] => acts(parser.parse(text, { now, clock: '24h' }));
const asks = (text: string): void => {
  const r = parser.parse(text, { now, clock: '24h' });
  expect(acts(r), text).toEqual([]);
  expect(r.error, text).toBeDefined();
};

describe('round 21a: "stop X and Y <end>" — a description or a timed end is never carried out on X', () => {
  it('"… and the right one that is open" asks (it opened both curtains)', () => {
    for (const text of ['stop the left curtain and the right one that is open', "stop the left curtain and the right one that's open",
      'stop the left curtain and the right one which is open', 'halt the left curtain and the right one that is open',
      'stop the left curtain and the right one that is open in 5 minutes']) asks(text);
  });
  it('"… and the right one open in 5 minutes" stops X now and opens only Y then (it opened both, later)', () => {
    expect(read('stop the left curtain and the right one open in 5 minutes')).toEqual(['cover.curtain_left stop', 'cover.curtain_right open +300s']);
    expect(read('stop the bedroom curtain and the left one open in an hour')).toEqual(['cover.bedroom stop', 'cover.curtain_left open +3600s']);
    expect(read('stop the left curtain and the right one open in half an hour please')).toEqual(['cover.curtain_left stop', 'cover.curtain_right open +1800s']);
    expect(read('freeze the left curtain and the right one shut in 5 minutes')).toEqual(['cover.curtain_left stop', 'cover.curtain_right close +300s']);
    expect(read('stop the vacuum and the main valve closed in 5 minutes')).toEqual(['vacuum.rover stop', 'valve.main_valve close +300s']);
    const at5 = read('stop the left curtain and the right one open at 5 pm');
    expect(at5[0]).toBe('cover.curtain_left stop');
    expect(at5.slice(1).every((a) => a.startsWith('cover.curtain_right open'))).toBe(true);
  });
});

describe('round 21a: "<device> is/are (not) <state>" said as a later part is a remark — asked, never a step', () => {
  it('asks (the verb before was carried to it: the curtains stopped, the back door locked, the curtains closed)', () => {
    for (const text of ["stop the vacuum and the curtains aren't closed", 'stop the vacuum and the curtains are not closed',
      "stop the vacuum, the curtains aren't closed", "stop the vacuum; the curtains aren't closed", "stop the fan and the valve isn't closed",
      "stop the vacuum and the left curtain isn't closed", 'stop the vacuum and the curtains are open', 'stop the vacuum and the curtains are closed',
      "turn off the fan and the curtains aren't closed", "close the curtains and the valve isn't closed", "lock the front door and the back door isn't locked",
      "stop the vacuum and the fan isn't on", "stop the vacuum and the fan's not on"]) asks(text);
  });
});

describe('round 21a: a negated state said as a request — what is wanted is asked', () => {
  it('"the front door not locked please" asks (it locked it)', () => {
    for (const text of ['the front door not locked please', 'the back door not locked please', 'the front door not locked, please',
      'the doors not locked please', 'front door not locked now please', 'the front door still not locked please', 'the front door not unlocked please',
      'the curtains not closed please', 'the valve not closed please', 'the tv not off please', 'the fan not off please']) asks(text);
  });
});

describe('round 21a: "do it or not" is a question of whether — asked, never done', () => {
  it('"front door, lock it or not" asks (it locked the door)', () => {
    for (const text of ['front door, lock it or not', 'lock the front door or not', 'lock the front door, or not', 'unlock the back door or not',
      'open the valve or not', 'main valve, close it or not', 'curtains, open them or not', 'the fan, turn it on or not', 'tv, turn it off or not',
      'vacuum, start it or not', "turn on the fan or don't", "front door, lock or don't"]) asks(text);
  });
});

describe('round 21a: requests, conditions and reasons with a state in them still act', () => {
  it('acts as before', () => {
    expect(read('make sure the back door is locked')).toEqual(['lock.back_door lock']);
    expect(read('turn off the fan and make sure the back door is locked')).toEqual(['fan.ceiling turn_off', 'lock.back_door lock']);
    expect(read('the back door is unlocked, lock it')).toEqual(['lock.back_door lock']);
    expect(read('the back door is not locked, please lock it')).toEqual(['lock.back_door lock']);
    expect(read("lock the back door, it isn't locked")).toEqual(['lock.back_door lock']);
    expect(read('lock the back door whether or not it\'s open')).toEqual(['lock.back_door lock']);
    expect(read('why not open the right curtain')).toEqual(['cover.curtain_right open']);
    expect(read("heads up, I'm cleaning: start the vacuum and pause the tv")).toEqual(['vacuum.rover start', 'media_player.tv media_pause']);
    expect(read('turn the fan on, not off')).toEqual(['fan.ceiling turn_on']);
    expect(read('stop the left curtain and the right one open')).toEqual(['cover.curtain_left stop', 'cover.curtain_right open']);
    expect(read('stop the left curtain and open the right one in 5 minutes')).toEqual(['cover.curtain_left stop', 'cover.curtain_right open +300s']);
    expect(read('lock every door that isn\'t locked')).toHaveLength(4);
    expect(read('close the curtains that are open').length).toBeGreaterThan(0);
  });
});

describe('round 21a: "is everything secure?" is about every lock, answered honestly', () => {
  const answer = (text: string): string | undefined => {
    const r = parser.parse(text, { now, clock: '24h' });
    expect(acts(r), text).toEqual([]);
    expect(r.error, text).toBeUndefined();
    return r.answer;
  };
  it('names the unlocked Back Door (it said "Yes, Front Door, Side Door and Sliding Doors", or listed every device)', () => {
    for (const text of ['is everything secure?', 'is everything secure', 'is everything locked', 'is everything locked up', 'is the house secure',
      'is the home secure?', 'are we secure', 'is the place secure', 'are we locked up', 'is the house locked up', 'are all the doors secure', 'is it all locked']) {
      expect(answer(text), text).toBe('No, Back Door is not locked');
    }
    expect(answer('is everything shut')).toMatch(/^No, Curtain Left and Shade Left/);
  });
  it('"how charged is my phone" says the battery level (it said "No, 98 %")', () => {
    expect(answer('how charged is my phone')).toBe('My Phone is 98 %');
    expect(answer('is my phone charged')).toBe('My Phone is 98 %');
  });
});
