// Issue 14, round 27d: sides said loosely, and questions/commands about a room that is not known (sides-27d.ts), on the own
// sets' fixture home (Curtain Left / Curtain Right in the Living Room, Shade Left in the Guest Room, Bedroom Curtain).
// Sentences written fresh for the round (none from a set).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks, parsers, now } = fixtureSetting();
const ids = (text: string, context = {}): string[] => read(text, context).map((a) => a.split(' ').slice(0, 2).join(' ')).sort();
const answer = (text: string, context = {}): string | undefined => {
  const r = parsers.F.parse(text, { now, clock: '24h', ...context });
  expect(r.actions, text).toEqual([]);
  expect(r.error, text).toBeUndefined();
  return r.answer;
};

describe('round 27d: a side said as "far left", "furthest right", "left-most" is the side', () => {
  it('far / furthest / extreme / very + side (refused before)', () => {
    for (const s of ['close the far right curtain', 'close the far-right curtain', 'close the furthest right curtain', 'close the very right curtain']) {
      expect(ids(s), s).toEqual(['cover.curtain_right close']);
    }
    for (const s of ['open the far left curtain', 'pull the far-left curtain open', 'open the furthest left curtain', 'open the extreme left curtain', 'close the curtain on the far left']) {
      expect(ids(s).map((x) => x.split(' ')[0]), s).toEqual(['cover.curtain_left']);
    }
    expect(ids('open the far left shade')).toEqual(['cover.shade_left open']);
  });
  it('after the other of the pair, "the far right one" is the right one; with nothing before, asked', () => {
    expect(ids('close the far right one', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right close']);
    asks('close the far right one');
    asks('close the far right shade'); // (no right shade)
    asks('close the far left light'); // (no sided light)
    asks('turn on the leftmost lamp');
  });
});

describe('round 27d: "<side> <state>, <side> <state>" is two commands', () => {
  it('with the kind said, or a lead-in before a colon or dash (asked before)', () => {
    expect(ids('curtains: left open, right closed')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    expect(ids('curtains - left closed, right open')).toEqual(['cover.curtain_left close', 'cover.curtain_right open']);
  });
  it('no kind said: only after one of the pair, or in its room', () => {
    expect(ids('swap them round: right open, left closed', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_left close', 'cover.curtain_right open']);
    expect(ids('left up, right down', { previous: ['cover.curtain_right'] })).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    asks('swap them round: right open, left closed');
    asks('left curtain open, left one shut'); // (one side told two things)
  });
  it('"only the right curtain closed, the left stays" and "both curtains, the left and the right, closed up"', () => {
    expect(ids('only the right curtain closed, the left stays')).toEqual(['cover.curtain_right close']);
    expect(ids('just the left curtain shut, the right stays open')).toEqual(['cover.curtain_left close']);
    expect(ids('both curtains, the left and the right, closed up')).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
    expect(ids('both curtains, left and right, open')).toEqual(['cover.curtain_left open', 'cover.curtain_right open']);
    asks('both shades, the left and the right, closed'); // (no right shade)
    asks('only the left one closed, the right stays'); // (one of what?)
  });
});

describe('round 27d: a speaker in a room with nothing of the kind still reaches the sided device', () => {
  it('(Kitchen/Garage/Office) the left curtain, the right curtain, the left shade (refused before)', () => {
    expect(ids('open the left curtain', { area: 'Kitchen' })).toEqual(['cover.curtain_left open']);
    expect(ids('close the curtain on the right', { area: 'Kitchen' })).toEqual(['cover.curtain_right close']);
    expect(ids('close the rightmost curtain', { area: 'Kitchen' })).toEqual(['cover.curtain_right close']);
    expect(ids('open the far right curtain', { area: 'Garage' })).toEqual(['cover.curtain_right open']);
    expect(ids('open the left shade', { area: 'Kitchen' })).toEqual(['cover.shade_left open']);
    expect(ids('open the right curtain and the left shade', { area: 'Office' })).toEqual(['cover.curtain_right open', 'cover.shade_left open']);
  });
  it('a room that has a curtain with no side, "in here", or "the left one" with no kind: still asked', () => {
    asks('open the left curtain', { area: 'Bedroom' });
    asks('close the left curtain in here', { area: 'Kitchen' });
    asks('open the left one', { area: 'Kitchen' });
    asks('turn on the left light', { area: 'Kitchen' });
  });
  it('controls: what already acted acts the same', () => {
    expect(ids('close the leftmost curtain')).toEqual(['cover.curtain_left close']);
    expect(ids('open the right-hand curtain')).toEqual(['cover.curtain_right open']);
    expect(ids('left curtain open, right one shut')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    expect(ids('close the other one', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right close']);
    asks('now the left one', { previous: ['cover.curtain_right'] });
  });
});

describe('round 27d: a room that is not known, or "the room" with none known', () => {
  it('questions ask instead of answering for the whole home ("It\'s 68 °F and 1 °F")', () => {
    asks('how warm is the play room');
    asks('how warm is it in the play room');
    asks("what's the temperature in the play room");
    asks('how hot is the sun room');
    asks('how warm is the room');
    asks('is it warm in the room');
    asks('what temperature is this room');
    asks('how warm is it in here');
    asks('how warm is the play room', { area: 'Living Room' });
  });
  it('commands on "the <word> room" the home has not ask (all seven lights were switched on)', () => {
    asks('turn on the lights in the play room');
    asks('turn on the lights in the play room', { area: 'Kitchen' });
    asks('is the play room light on');
  });
  it('controls: known rooms, misspelt rooms, the speaker\'s room and the whole home still answer or act', () => {
    expect(answer('how warm is the living room')).toMatch(/68/);
    expect(answer('how warm is the livng room')).toMatch(/68/);
    expect(answer('how warm is the room', { area: 'Living Room' })).toMatch(/68/);
    expect(answer('how warm is it')).toMatch(/68/);
    expect(answer('which room is the tv in')).toBeDefined();
    expect(ids('turn on the bedd room lamp')).toEqual(['light.bedroom_lamp turn_on']);
    expect(ids('turn on the lamp in the livin room')).toEqual(['light.living_room_lamp turn_on']);
    expect(ids('open the shade in the guest room')).toEqual(['cover.shade_left open']);
    asks("what's the temperature in the attic");
    asks('is it cold in the cellar');
  });
});
