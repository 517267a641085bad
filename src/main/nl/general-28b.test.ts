// Issue 14, round 28b: devices, questions and spelling said loosely (general-28b.ts), on the own sets' fixture home.
// Sentences written fresh for the round (none from a set); each class has variants, and controls that must keep asking.
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const ids = (text: string, context = {}): string[] => read(text, context).map((a) => a.split(' ').slice(0, 2).join(' ')).sort();

describe('round 28b: a scene or script named with a generic trailing word', () => {
  it('routine / preset / scene / script after the name (refused before)', () => {
    for (const s of ['fire up stealth mode routine please', 'stealth mode routine, go', 'trigger the stealth mode routine']) expect(ids(s), s).toEqual(['script.stealth_mode turn_on']);
    for (const s of ['activate the party mode preset', 'run party mode routine', 'launch the party mode sequence']) expect(ids(s), s).toEqual(['scene.party_mode turn_on']);
  });
  it('a routine the home lacks still asks', () => {
    asks('start the routine');
    asks('activate the night scene');
  });
});

describe('round 28b: possessive fillers "of ours / of mine"', () => {
  it('read as the device (refused before)', () => {
    expect(ids('that kitchen ceiling of mine, off with it')).toEqual(['light.kitchen_ceiling turn_off']);
    expect(ids('the bedroom lamp of ours, on with it')).toEqual(['light.bedroom_lamp turn_on']);
    expect(ids('that front door of ours, lock it')).toEqual(['lock.front_door lock']);
    expect(ids('the telly of mine, off with it')).toEqual(['media_player.tv turn_off']);
    expect(ids('the rover of ours, send it home')).toEqual(['vacuum.rover return_to_base']);
    expect(ids('that main valve of ours, shut it')).toEqual(['valve.main_valve close']);
  });
  it('someone else\'s device is not ours: asked', () => {
    asks('the front door of theirs, lock it');
  });
});

describe('round 28b: a reason said after a clear command', () => {
  it('the reason names nothing: the command acts (refused before)', () => {
    expect(ids('close the left curtain, the sun is in my eyes')).toEqual(['cover.curtain_left close']);
    expect(ids('main valve closed, there\'s a leak under the sink')).toEqual(['valve.main_valve close']);
    expect(ids('tv off, dinner\'s ready')).toEqual(['media_player.tv turn_off']);
  });
  it('a reason with a device, "too" or a vague target still asks', () => {
    asks('close the curtain, the sun\'s in my eyes');
    asks('tv off, the kids are in bed');
    asks('turn on the light, I\'m reading');
  });
});

describe('round 28b: "I think X\'s done, send it home"', () => {
  it('the lead-in dropped, "X\'s <state>" as "X is <state>" (refused or asked before)', () => {
    expect(ids('the rover\'s done, send it back')).toEqual(['vacuum.rover return_to_base']);
    expect(ids('I think the tv\'s on, turn it off')).toEqual(['media_player.tv turn_off']);
    expect(ids('I guess the rover is done, dock it')).toEqual(['vacuum.rover return_to_base']);
    expect(ids('I think the garage light\'s still on, switch it off')).toEqual(['light.garage turn_off']);
  });
  it('a statement with no command still asks', () => {
    asks('I think the tv\'s on');
    asks('the rover\'s done');
  });
});

describe('round 28b: covers moved loosely, valves said with no verb', () => {
  it('"could X come down", yank/tug/haul/wind/drag, "give X a tug open" (refused before)', () => {
    expect(ids('could the bedroom curtain come down')).toEqual(['cover.bedroom close']);
    expect(ids('can the shade come up')).toEqual(['cover.shade_left open']);
    expect(ids('haul the shade up')).toEqual(['cover.shade_left open']);
    expect(ids('wind the left curtain open')).toEqual(['cover.curtain_left open']);
    expect(ids('drag the right curtain closed')).toEqual(['cover.curtain_right close']);
    expect(ids('give the left curtain a tug open')).toEqual(['cover.curtain_left open']);
    expect(ids('yank the right curtain fully open')).toEqual(['cover.curtain_right open']);
    expect(ids('main valve: closed')).toEqual(['valve.main_valve close']);
    expect(ids('the vacuum ought to stop')).toEqual(['vacuum.rover stop']);
  });
  it('not a cover, or which cover unknown: asked', () => {
    asks('could the curtain come down');
    asks('haul the fan up');
    asks('give the tv a tug open');
    asks('could the tv come down');
  });
});

describe('round 28b: misspelt name words inside a longer name, sound-alike verbs', () => {
  it('one candidate: read (refused before)', () => {
    expect(ids('turn off the ceilng lights in the kichen')).toEqual(['light.kitchen_ceiling turn_off']);
    expect(ids('tunr the countretop lights off')).toEqual(['light.kitchen_countertop turn_off']);
    expect(ids('switch the bedroom swich off')).toEqual(['switch.bedroom turn_off']);
    expect(ids('mewt the tellie')).toEqual(['media_player.tv mute']);
  });
  it('two candidates: asked', () => {
    asks('turn off the cieling');
  });
});

describe('round 28b: a yes/no question read as a command is asked', () => {
  it('"is the telly\'s sound off" muted the TV', () => {
    asks('is the telly\'s sound off');
  });
});
