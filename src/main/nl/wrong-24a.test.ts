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

describe('24a: "lit" ending a part is on, never the verb of the part before', () => {
  it.each([
    ['kitchen ceiling off and porch light lit', ['light.kitchen_ceiling turn_off', 'light.porch turn_on']],
    ['porch light lit and kitchen ceiling off', ['light.porch turn_on', 'light.kitchen_ceiling turn_off']],
    ['turn the kitchen ceiling off and the porch light lit', ['light.kitchen_ceiling turn_off', 'light.porch turn_on']],
    ['kitchen ceiling off, porch light lit', ['light.kitchen_ceiling turn_off', 'light.porch turn_on']],
    ['kitchen ceiling off and porch light lit in 10 minutes', ['light.kitchen_ceiling turn_off', 'light.porch turn_on +600s']],
    ['porch light lit', ['light.porch turn_on']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('"lit up" (on or brighter) is asked; "out and … lit" is off and on (round 25b reads a light\'s "out", said-25b.ts)', () => {
    expect(read('kitchen ceiling out and porch light lit')).toEqual(['light.kitchen_ceiling turn_off', 'light.porch turn_on']);
    asks('kitchen ceiling off and porch light lit up');
  });
});

describe('24a: a device named, then "let it …", never acts on the previous command\'s device', () => {
  it.each([
    ['the hallway light and let it come on', ['light.bedroom_lamp']],
  ])('%s', (s, previous) => asks(s, { previous }));
  // (round 25b, said-25b.ts: "X, let it …" is read as "… X" — the device named, as dev19's "same again for the right one, let
  // it open too" is labelled; never the previous command's device)
  it.each([
    ['the porch light, let it come on', ['light.bedroom_lamp'], ['light.porch turn_on']],
    ['porch light, let it come on', ['light.bedroom_lamp'], ['light.porch turn_on']],
    ['the lights in the kitchen, let them come on', ['light.bedroom_lamp'], ['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']],
    ['the blinds, let them open', ['cover.bedroom_curtain'], ['cover.living_blinds open']],
    ['the garage door, let it open', ['cover.bedroom_curtain'], ['cover.garage_door open']],
  ])('%s', (s, previous, want) => expect(read(s, { previous })).toEqual(want));
  it('"let it …" alone, or the device said with its verb, still acts', () => {
    expect(read('let it come on', { previous: ['light.bedroom_lamp'] })).toEqual(['light.bedroom_lamp turn_on']);
    expect(read('the porch light then let it come on', { previous: ['light.bedroom_lamp'] })).toEqual(['light.porch turn_on']);
  });
});

describe('24a: "in here" with another room said later, acting on nothing in the speaker\'s room, is asked', () => {
  it.each([
    ['switch on the lights in here and the fan in the bedroom'],
    ['turn off the lights in here and the tv in the living room'],
    ['lights in here on and the fan in the bedroom too'],
    ['turn off the lights in here and the lamp in the office'],
    ['switch the lights in here off and the fan in the office'],
    ['I am cooking in here, so turn on the lights in here and the fan in the bedroom'],
  ])('%s', (s) => asks(s, { area: 'Kitchen' }));
  it('"in here" alone, or with no other room, still acts', () => {
    expect(read('turn on the lights in here', { area: 'Kitchen' })).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']);
    expect(read('turn on the fan in the bedroom', { area: 'Kitchen' })).toEqual(['fan.bedroom turn_on']);
  });
});
