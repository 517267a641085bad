// Issue 14, eleventh round: the kinds of wrong action development set v10 found, each as a class (sentences of our own,
// on the parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('values said as fractions in words, one per device', () => {
  it('gives each device its own ("A a quarter and B three quarters"), never the last one copied', () => {
    expect(read('make the desk lamp a quarter and the porch light three quarters')).toEqual(['light.office_lamp set_brightness 25', 'light.porch set_brightness 75']);
    expect(read('set the porch light a third, the desk lamp two thirds')).toEqual(['light.porch set_brightness 33', 'light.office_lamp set_brightness 67']);
    expect(read('put the hallway light three quarters, the porch light a quarter')).toEqual(['light.hallway set_brightness 75', 'light.porch set_brightness 25']);
  });
});

describe('"a quarter to/past <hour>"', () => {
  it('is a clock time, never a position', () => {
    expect(read('at a quarter to eleven close the bedroom curtain')).toEqual(['cover.bedroom_curtain close +6300s']);
    expect(read('open the living room blinds at a quarter past ten')).toEqual(['cover.living_blinds open +4500s']);
  });
});
