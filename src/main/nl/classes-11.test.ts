// Issue 14, eleventh round: refusals that should be actions (development set v10), each as a class of wording — sentences
// of our own, on the parser's small test home.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('requests wrapped as "is it ok if you …", "any chance you would …"', () => {
  it('are the command inside', () => {
    expect(read('is it ok if you lock the back door')).toEqual(['lock.back lock']);
    expect(read("any chance you'd switch off the porch light")).toEqual(['light.porch turn_off']);
  });
});

describe('wishes said as "may I have …", "mind if we have …" with how the device should end', () => {
  it('are the command for that end', () => {
    expect(read('mind if we have the garage door open')).toEqual(['cover.garage_door open']);
    expect(read('it would be nice to have the bedroom curtain closed')).toEqual(['cover.bedroom_curtain close']);
    expect(read('may I have the desk lamp at half')).toEqual(['light.office_lamp set_brightness 50']);
    expect(read('it would be good to have the porch light a bit brighter')).toEqual(['light.porch brightness_step 10']);
  });
});

describe('everyday words around a command', () => {
  it('"ta" said last, "alright listen up, …" said first, "stick X on" and "storey" for floor', () => {
    expect(read('porch light off, ta')).toEqual(['light.porch turn_off']);
    expect(read("if it's alright with you, close the garage door")).toEqual(['cover.garage_door close']);
    expect(read('alright listen up, lock the front door')).toEqual(['lock.front lock']);
    expect(read('stick the desk fan on')).toEqual(['fan.office turn_on']);
    expect(read('switch off the lights on the first storey')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off']);
  });
});

describe('"put X at N"', () => {
  it('is a level, never a clock time ("put the tv on at 10" still says when)', () => {
    expect(read('put the desk lamp at 10')).toEqual(['light.office_lamp set_brightness 10']);
    expect(read('put the bedroom curtain at 80 and the blinds at 20')).toEqual(['cover.bedroom_curtain set_position 80', 'cover.living_blinds set_position 20']);
    expect(read('put the porch light on at 10')).toEqual(['light.porch turn_on +3600s']);
  });
});

describe('"for a bit of …" said after a command', () => {
  it('says what it is for, no wait ("for a bit" alone still asks how long)', () => {
    expect(read('switch on the reading light for a bit of light')).toEqual(['light.living_reading turn_on']);
    const { asks } = testSetting();
    asks('switch on the reading light for a bit');
  });
});

describe('"on both sides", and "n" typed for "and"', () => {
  it('are the left and the right ones, and a list', () => {
    expect(read('desk lamp to 20% n porch light to 60%')).toEqual(['light.office_lamp set_brightness 20', 'light.porch set_brightness 60']);
    const { home, now } = testSetting();
    const base = home('C');
    const pair = createParser({ ...base, entities: [...base.entities,
      { ...base.entities.find((e) => e.id === 'cover.bedroom_curtain')!, id: 'cover.office_left', name: 'Office Shade Left', area: 'Office', deviceClass: 'shade' },
      { ...base.entities.find((e) => e.id === 'cover.bedroom_curtain')!, id: 'cover.office_right', name: 'Office Shade Right', area: 'Office', deviceClass: 'shade' }] });
    expect(pair.parse('close the office shades on both sides', { now }).actions.map((a) => a.entity)).toEqual(['cover.office_left', 'cover.office_right']);
  });
});
