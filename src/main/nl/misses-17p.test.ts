// Issue 14, round 17p: everyday sentences Hearth refused or read short, found by probing with sentences of our own; each
// tested on the test home (with a left/right pair of blinds added where sides are said), with near readings.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testSetting } from './test-read';

const { home, now, read, asks } = testSetting();
const base = home('C');
const paired = createParser({ ...base, entities: [...base.entities,
  { id: 'cover.blind_left', name: 'Blind Left', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'open', deviceClass: 'blind', attributes: {} },
  { id: 'cover.blind_right', name: 'Blind Right', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'open', deviceClass: 'blind', attributes: {} }] });
const sided = (text: string, previous: string[]): string[] =>
  paired.parse(text, { now, previous }).actions.map((a) => `${a.entity} ${a.service}`);

describe('round 17p: "left and right" said bare is both sides', () => {
  it('does both, never only one of them', () => {
    expect(sided('close left and right', ['cover.blind_left'])).toEqual(['cover.blind_left close', 'cover.blind_right close']);
    expect(sided('open the right and left', ['cover.blind_right'])).toEqual(['cover.blind_right open', 'cover.blind_left open']);
  });
  it('sides said after the devices are read as before', () => {
    expect(sided('close both blinds, left and right', [])).toEqual(['cover.blind_left close', 'cover.blind_right close']);
  });
});

describe('round 17p: words that start a step and ask for nothing', () => {
  it('"finally", "lastly", "don\'t forget to", "remember to" before a verb are dropped', () => {
    expect(read('close the bedroom curtain, then finally switch off the desk fan')).toEqual(['cover.bedroom_curtain close', 'fan.office turn_off']);
    expect(read('lastly, lock the back door')).toEqual(['lock.back lock']);
    expect(read("don't forget to lock the back door")).toEqual(['lock.back lock']);
    expect(read('remember to switch off the desk fan')).toEqual(['fan.office turn_off']);
  });
  it('a reminder about a person is still no request', () => {
    asks('remind me to lock the back door');
  });
});

describe('round 17p: "if it\'s no bother" and "lift"', () => {
  it('a courtesy, and raising a cover', () => {
    expect(read("if it's no bother, close the bedroom curtain")).toEqual(['cover.bedroom_curtain close']);
    expect(read('lift the bedroom curtain')).toEqual(['cover.bedroom_curtain open']);
    expect(read('could you lift the living room blinds halfway')).toEqual(['cover.living_blinds set_position 50']);
  });
});

describe('round 17p: roundabout requests', () => {
  it('"you\'d better", "better", "it\'s time to", "you might want to", "it\'d be a good idea to" before a verb are requests', () => {
    expect(read("you'd better lock the back door")).toEqual(['lock.back lock']);
    expect(read('better switch off the desk fan')).toEqual(['fan.office turn_off']);
    expect(read("it's time to close the bedroom curtain")).toEqual(['cover.bedroom_curtain close']);
    expect(read('you might want to lock the back door')).toEqual(['lock.back lock']);
    expect(read("it'd be a good idea to switch off the desk fan")).toEqual(['fan.office turn_off']);
  });
  it('what the speaker says they had better do is not read as a request; a lead-in before "go" stays a lead-in', () => {
    asks("I'd better switch off the desk fan");
    expect(read("it's time to go to bed, switch off the desk fan")).toEqual(['fan.office turn_off']);
  });
});

describe('round 17p: "pull back" / "draw back" a cover opens it', () => {
  it('opens, and "draw the curtain" alone (open or close?) is still asked', () => {
    expect(read('pull back the bedroom curtain')).toEqual(['cover.bedroom_curtain open']);
    expect(read('could you draw back the living room blinds')).toEqual(['cover.living_blinds open']);
    asks('draw the bedroom curtain');
  });
});

describe('round 17p: "see if you can …", "try to …"', () => {
  it('are requests', () => {
    expect(read('see if you can lock the back door')).toEqual(['lock.back lock']);
    expect(read('please try to switch off the desk fan')).toEqual(['fan.office turn_off']);
  });
});
