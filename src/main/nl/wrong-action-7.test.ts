// Issue 14, seventh round: the kinds of wrong action held-back set v6 found, each as a class (sentences of our own, on the
// parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('each device goes the way said of it', () => {
  it('reads "X up, Y down" as two ways, never the first way copied to the second', () => {
    expect(read('living room blinds up, bedroom curtain down')).toEqual(['cover.living_blinds open', 'cover.bedroom_curtain close']);
    expect(read('the bedroom curtain up and the living room blinds down')).toEqual(['cover.bedroom_curtain open', 'cover.living_blinds close']);
    expect(read('turn the desk lamp up and the porch light down')).toEqual(['light.office_lamp brightness_step 10', 'light.porch brightness_step -10']);
  });

  it('asks when both ways are said in one step ("turn up the desk lamp and the porch light down")', () => {
    asks('turn up the desk lamp and the porch light down');
  });
});
