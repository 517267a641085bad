// Issue 14, round 19a: dev16's misses a careful person would act on (or answer), as classes of saying, on the test home.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
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

describe('round 19a: "draw X shut/open" says which way', () => {
  it('closes or opens the covering drawn', () => {
    expect(read('the bedroom curtain, draw it shut')).toEqual(['cover.bedroom_curtain close']);
    expect(read('draw the blinds open')).toEqual(['cover.living_blinds open']);
    expect(read('draw the bedroom curtain closed please')).toEqual(['cover.bedroom_curtain close']);
  });
  it('still does not guess the way of "draw the curtain" alone', () => {
    asks('draw the bedroom curtain');
  });
});

describe('round 19a: "the floors" said to a robot is what it cleans, not a floor of the home', () => {
  it('starts the robot', () => {
    expect(read('get robo going on the floors')).toEqual(['vacuum.robo start']);
    expect(read('get the robot cleaning the floors')).toEqual(['vacuum.robo start']);
  });
  it('still reads floors of the home said by name', () => {
    expect(read('turn off the lights on the first and ground floors')).toContain('light.bedroom_lamp turn_off');
    asks('turn off the lights on the floors');
  });
});

describe('round 19a: "the main" said alone is "the main one"', () => {
  const home = testSetting().home('C');
  const withMain = createParser({ ...home, entities: [...home.entities,
    { id: 'climate.main', name: 'Thermostat', domain: 'climate', area: 'Hallway', floor: 'Ground Floor', state: 'heat', deviceClass: null, attributes: { temperature: 20 } },
    { id: 'valve.main', name: 'Main Valve', domain: 'valve', area: null, floor: null, state: 'open', deviceClass: null, attributes: {} },
    { id: 'sensor.mains', name: 'Mains', domain: 'sensor', area: null, floor: null, state: '230', deviceClass: 'voltage', attributes: {} }] });
  it('sets the thermostat whose name has no place, never the sensor spelled like it', () => {
    expect(read('the bedroom thermostat at 19 and the main at 21', {}, withMain)).toEqual(['climate.bedroom set_temperature 19', 'climate.main set_temperature 21']);
    expect(read('set the bedroom thermostat to 19 and the main to 21', {}, withMain)).toEqual(['climate.bedroom set_temperature 19', 'climate.main set_temperature 21']);
    expect(read('close the main valve', {}, withMain)).toEqual(['valve.main close']);
  });
});

describe('round 19a: "lights on <floors> please" switches them on', () => {
  it('turns on the lights of the floors said', () => {
    expect(read('lights on the first floor please')).toEqual(['light.bedroom_lamp turn_on', 'light.office_lamp turn_on', 'light.bathroom_mirror turn_on']);
    expect(read('lamps on floor 1 please')).toEqual(['light.bedroom_lamp turn_on', 'light.office_lamp turn_on']);
  });
});
