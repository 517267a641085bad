// "no, the right one" after a misread command: the misread words are replaced, and the sentence is read again.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testHome } from './test-home';

const parser = createParser(testHome());
const fix = (previous: string, text: string): { text: string; acts: string[]; error?: string } | null => {
  const r = parser.correct(previous, text);
  return r && { text: r.text, acts: r.actions.map((a) => `${a.entity} ${a.service}`), ...(r.error ? { error: r.error.code } : {}) };
};

describe('corrections of the previous command', () => {
  it('replaces the device said with the one meant', () => {
    expect(fix('turn on the desk lamp', 'no, I meant the floor lamp')).toEqual({ text: 'turn on the floor lamp', acts: ['light.living_floor_lamp turn_on'] });
    expect(fix('turn on the desk lamp', 'I meant the reading light')).toMatchObject({ acts: ['light.living_reading turn_on'] });
  });

  it('replaces a room with a room', () => {
    expect(fix('turn off the lights in the kitchen', 'no, the bedroom')).toMatchObject({ text: 'turn off the lights in the bedroom', acts: ['light.bedroom_lamp turn_off'] });
  });

  it('keeps the kind of device for "the … one"', () => {
    expect(fix('open the bedroom curtain', 'no, the living room one')).toMatchObject({ text: 'open the living room curtain' });
  });

  it('asks when it can\'t tell what to replace, and is no correction when a new command follows "no"', () => {
    expect(fix('turn on the desk lamp and the porch light', 'no, the reading light')?.error).toBe('AMBIGUOUS');
    expect(fix('turn on the desk lamp', 'no, turn it off')).toBeNull();
    expect(fix('turn on the desk lamp', 'turn on the porch light')).toBeNull();
  });
});
