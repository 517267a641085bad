// Round 24a (wrong-24a.ts): dev19's wrong actions, each as a class.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('24a: a misspelt word before "you" is a modal, never an off verb ("cud" is no "cut")', () => {
  it.each([
    ['cud you switch on the bedside lamp', ['light.bedroom_lamp turn_on']],
    ['cud u turn on the bedside lamp', ['light.bedroom_lamp turn_on']],
    ['kud you turn on the bedside lamp', ['light.bedroom_lamp turn_on']],
    ['cudd you turn on the bedside lamp', ['light.bedroom_lamp turn_on']],
    ['cud ya turn on the bedside lamp', ['light.bedroom_lamp turn_on']],
    ['cad you turn on the porch light', ['light.porch turn_on']],
    ['cud yuo turn on the porch light', ['light.porch turn_on']],
    ['cud you open the garage door', ['cover.garage_door open']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('an off said plainly is still off', () => {
    expect(read('cud you turn off the porch light')).toEqual(['light.porch turn_off']);
  });
});

describe('24a: "the heating" switched on with no place, reaching two thermostats, is asked', () => {
  it.each([
    ['turn the heating on'],
    ['heating on'],
    ['turn on the heating'],
    ['switch the heating on'],
    ['put the heating on'],
    ['the heating on please'],
    ['turn the heating on and the porch light off'],
  ])('%s', (s) => asks(s));
  it('a place, "all", "everywhere", the plural kind, or "off" still acts', () => {
    expect(read('turn the heating off')).toEqual(['climate.downstairs turn_off', 'climate.bedroom turn_off']);
    expect(read('turn the heating on in the bedroom')).toEqual(['climate.bedroom turn_on']);
    expect(read('turn all the heating off')).toEqual(['climate.downstairs turn_off', 'climate.bedroom turn_off']);
    expect(read('turn the heating off everywhere')).toEqual(['climate.downstairs turn_off', 'climate.bedroom turn_off']);
    expect(read('turn the thermostats on')).toEqual(['climate.downstairs turn_on', 'climate.bedroom turn_on']);
  });
});
