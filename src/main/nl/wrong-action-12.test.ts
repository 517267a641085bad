// Issue 14, twelfth round: classes of v11's wrong actions, with sentences of our own (none copied from a set).
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 12: "in here" with no room known for the speaker', () => {
  it('asks which room — never every device of the kind in the home', () => {
    asks('switch the lights off in here');
    asks('would you dim the lamps in here to 20%');
    asks('open the blinds in here please');
  });
  it('still acts in the speaker\'s room when it is known', () => {
    expect(read('switch the lights off in here', { area: 'Kitchen' })).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
});

describe('round 12: a colour temperature beyond any white a lamp makes', () => {
  it('is asked about, never sent', () => {
    asks('make the kitchen ceiling 20000 kelvin');
    asks('set the desk lamp to 500 kelvin');
  });
});
