// Issue 14, thirteenth round (misses): courtesies said around a request, with sentences of our own.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('round 13: courtesies around the request', () => {
  it('sets them aside and does the request', () => {
    expect(read('could you be so kind as to lock the back door')).toEqual(['lock.back lock']);
    expect(read('pretty please with sugar on top, porch light on')).toEqual(['light.porch turn_on']);
    expect(read('night night hearth, lock the front door')).toEqual(['lock.front lock']);
  });
});

describe('round 13: a list of places said first', () => {
  it('is where the request after it is', () => {
    expect(read('the kitchen and the bedroom, lights off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.bedroom_lamp turn_off']);
  });
});
