// Issue 14, thirteenth round: classes of v12's wrong actions, with sentences of our own (none copied from a set).
// The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 13: "open" said of a lock', () => {
  it('asks — a lock is never unlocked by "open"', () => {
    asks('open the back door');
    asks('please open the front door for me');
  });
  it('still unlocks when told to, and "close" still locks', () => {
    expect(read('unlock the back door')).toEqual(['lock.back unlock']);
    expect(read('lock the front door')).toEqual(['lock.front lock']);
  });
});

describe('round 13: "get X off mute"', () => {
  it('unmutes — never mutes', () => {
    expect(read('get the tv off mute')).toEqual(['media_player.tv unmute']);
    expect(read('take the tv off mute')).toEqual(['media_player.tv unmute']);
  });
});

describe('round 13: "quarter to one" on the 24-hour clock at 09:00', () => {
  it('asks which half of the day, as a bare "at 1" does — never 00:45 tomorrow', () => {
    asks('at quarter to one turn on the porch light');
    asks('switch the desk lamp off at twenty to one');
  });
  it('still schedules a time that can only be later today', () => {
    expect(read('at a quarter past eleven turn on the porch light')).toEqual(['light.porch turn_on +8100s']);
  });
});
