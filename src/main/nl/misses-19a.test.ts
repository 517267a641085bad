// Issue 14, round 19a: dev16's misses a careful person would act on (or answer), as classes of saying, on the test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks, celsius, now } = testSetting();
const answers = (text: string): string | undefined => {
  const r = celsius.parse(text, { now });
  expect(r.actions, text).toEqual([]);
  expect(r.error, text).toBeUndefined();
  return r.answer;
};

describe('round 19a: "hold" a covering is stopping it where it is', () => {
  it('stops the covering said', () => {
    expect(read('hold the bedroom curtain')).toEqual(['cover.bedroom_curtain stop']);
    expect(read('hold the blinds please')).toEqual(['cover.living_blinds stop']);
    expect(read('hold the blind in here', { area: 'Living Room' })).toEqual(['cover.living_blinds stop']);
  });
  it('leaves other "hold"s as they were', () => {
    expect(read('hold on, pause the tv')).toEqual(['media_player.tv media_pause']);
    asks('hold the curtain open');
  });
});

describe('round 19a: "a mo", "a tick" said after a step is briefly, as "for a sec"', () => {
  it('does the step, with nothing undone after', () => {
    expect(read('pause the tv a mo')).toEqual(['media_player.tv media_pause']);
    expect(read('mute the kitchen speaker a tick')).toEqual(['media_player.kitchen_speaker mute']);
  });
  it('still asks when "in a mo" is when', () => {
    asks('pause the tv in a mo');
  });
});

describe('round 19a: "mute the tv sound" is muting the tv', () => {
  it('mutes or unmutes the player whose sound is said', () => {
    expect(read('mute the tv sound')).toEqual(['media_player.tv mute']);
    expect(read('unmute the telly sound')).toEqual(['media_player.tv unmute']);
    expect(read('silence the kitchen speaker audio')).toEqual(['media_player.kitchen_speaker mute']);
  });
});

describe('round 19a: "X open or shut" with no verb asks how X is', () => {
  it('answers, never asks which to do', () => {
    expect(answers('bedroom curtain open or shut')).toMatch(/closed/);
    expect(answers('garage door open or closed')).toMatch(/closed/);
    expect(answers('front door locked or unlocked at the minute')).toBeDefined();
  });
  it('still asks when a verb says to do one or the other', () => {
    asks('open or close the bedroom curtain');
  });
});

describe('round 19a: "<device> is too bright/dark/loud/quiet", said alone, asks for its answer', () => {
  it('steps the device the other way, once', () => {
    expect(read('the floor lamp is too bright')).toEqual(['light.living_floor_lamp brightness_step -10']);
    expect(read("the tv's too quiet")).toEqual(['media_player.tv volume_step 10']);
    expect(read('the kitchen speaker is a bit too loud')).toEqual(['media_player.kitchen_speaker volume_step -10']);
    expect(read('the living room is too dark')).toEqual(['light.living_floor_lamp brightness_step 10', 'light.living_reading brightness_step 10']);
  });
  it('still asks when the answer is of another kind, or nothing is said', () => {
    asks('the desk fan is too loud');
    asks("it's too bright");
  });
});

describe('round 19a: a lock said first, then "lock it" / "unlock it" with no comma', () => {
  it('locks or unlocks the door said', () => {
    expect(read('back door lock it')).toEqual(['lock.back lock']);
    expect(read('front door unlock it please')).toEqual(['lock.front unlock']);
  });
});

describe('round 19a: "go on then, …" said first urges — it switches nothing on', () => {
  it('does only the step after it', () => {
    expect(read('go on then, pause the kitchen speaker')).toEqual(['media_player.kitchen_speaker media_pause']);
    expect(read('go on then, close the bedroom curtain')).toEqual(['cover.bedroom_curtain close']);
    expect(read('go on and pause the tv')).toEqual(['media_player.tv media_pause']);
  });
});
