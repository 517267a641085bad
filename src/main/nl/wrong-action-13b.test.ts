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
