// Issue 14, ninth round: the kinds of wrong action development set v8 found, each as a class (sentences of our own, on
// the parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('"shut" with "on" saying where', () => {
  it('closes ("curtains shut on the first floor", "shut the curtains on upstairs"), never opens', () => {
    expect(read('curtains shut on the first floor')).toEqual(['cover.bedroom_curtain close']);
    expect(read('shut the curtains on upstairs')).toEqual(['cover.bedroom_curtain close']);
    expect(read('close the curtains on upstairs')).toEqual(['cover.bedroom_curtain close']);
    // ("shut off" still switches off.)
    expect(read('shut off the lights on the first floor')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off']);
  });
});
