// Issue 14, seventh round: the classes held-back set v6 found refused or asked about where a command was plain — waits,
// lead-ins, polite wrappers, floor lists, stop phrasings, spelling and idioms — each with a check that what must still
// be asked is asked. Sentences of our own, on the parser's small test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('waits', () => {
  it('reads "… in ten minutes and the porch light in twenty" with the unit said before; a bare "in 15" is still asked', () => {
    expect(read('turn off the desk lamp in ten minutes and the porch light in twenty')).toEqual(['light.office_lamp turn_off +600s', 'light.porch turn_off +1200s']);
    asks('turn off the desk lamp in 15');
  });
});
