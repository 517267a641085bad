// Issue 14, round 18: dev15 misses read right as classes, with sentences of our own on the test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('round 18: "another / an extra N percent" is a step of +N', () => {
  it('steps the level the device takes', () => {
    expect(read('give the desk lamp another 15 percent')).toEqual(['light.office_lamp brightness_step 15']);
    expect(read('give the desk lamp an extra 15 %')).toEqual(['light.office_lamp brightness_step 15']);
    expect(read('give the kitchen speaker another 10 percent')).toEqual(['media_player.kitchen_speaker volume_step 10']);
  });
  it('"N percent more" and a set are as before', () => {
    expect(read('give the desk lamp 15 percent more')).toEqual(['light.office_lamp brightness_step 15']);
    expect(read('set the desk lamp to 15 percent')).toEqual(['light.office_lamp set_brightness 15']);
  });
});

describe('round 18 (review): "another N percent" with a lowering word never steps up', () => {
  it('steps down, or asks — never up', () => {
    expect(read('make the desk lamp another 20 percent dimmer')).toEqual(['light.office_lamp brightness_step -20']);
    expect(read('make the kitchen speaker another 10 percent quieter')).toEqual(['media_player.kitchen_speaker volume_step -10']);
    for (const s of ['dim the desk lamp to 40 percent, then another 10 percent', 'turn down the kitchen speaker to 30 then another 10 percent']) {
      expect(read(s).some((a) => / (brightness_step|volume_step) \d/.test(a)), s).toBe(false);
    }
  });
});

