// Issue 14, tenth round: the kinds of wrong action development set v9 found, each as a class (sentences of our own, on
// the parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, celsius, now } = testSetting();
const answer = (text: string): string | undefined => {
  const r = celsius.parse(text, { now });
  expect(r.actions, text).toEqual([]);
  return r.answer;
};

describe('a question asked after the name it is about', () => {
  it('is answered, never done ("bedroom curtain, is it open or shut", "the kitchen lights, are they on")', () => {
    expect(answer('bedroom curtain, is it open or shut')).toBe(answer('is the bedroom curtain open or shut'));
    expect(answer('the living room blinds, are they closed')).toBe(answer('are the living room blinds closed'));
    expect(answer('front door, is it locked?')).toBe(answer('is the front door locked'));
    expect(answer('the kitchen lights, are they on')).toBeDefined();
    // (A command after a name is still done.)
    expect(read('bedroom curtain, open it')).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('a choice in a command ("A or B", "one of the …")', () => {
  it('asks which, never does all of them or picks one', () => {
    const { asks } = testSetting();
    asks('turn on the bedroom lamp or the porch light');
    asks('switch off the desk fan or the bedroom fan');
    asks('front or back, lock one of the doors');
    asks('close one of the curtains');
    // (A question with "or" is still answered; a number "or" another is not a choice of devices.)
    expect(answer('is the bedroom lamp on or off')).toBeDefined();
    expect(read('turn on the porch light')).toEqual(['light.porch turn_on']);
  });
});

describe('"up/down by N" after the lights of a place, with no verb', () => {
  it('is a step ("lights on the ground floor up by 10"), never "turn on"', () => {
    expect(read('the lights on the first floor down by 20')).toEqual(['light.bedroom_lamp brightness_step -20', 'light.office_lamp brightness_step -20', 'light.bathroom_mirror brightness_step -20']);
    expect(read('lights on the ground floor up by 10')).toHaveLength(6);
    expect(read('lights on the ground floor up by 10').every((a) => a.endsWith('brightness_step 10'))).toBe(true);
    // (With no step said, "lights on the ground floor" is still not a step.)
    expect(read('lights on the ground floor').some((a) => a.includes('brightness_step'))).toBe(false);
  });
});

describe('a device pointed at, not named ("that one as well", "the thing on the porch")', () => {
  it('asks which, never takes the previous device or a word of a name', () => {
    const { asks } = testSetting();
    asks('close that one as well', { previous: ['cover.bedroom_curtain'] });
    asks('turn on this one too', { previous: ['light.porch'] });
    asks('turn off the thing on the porch');
    // ("that one" alone is still the device just acted on; "too" after a name still does it.)
    expect(read('close that one', { previous: ['cover.bedroom_curtain'] })).toEqual(['cover.bedroom_curtain close']);
    expect(read('turn off the porch light too')).toEqual(['light.porch turn_off']);
  });
});
