// Issue 14, round 19c: classes of wrong action found by probe 19 (/tmp/probe19/wrong.md, classes G, W, H, T, J) — a part
// that describes, a reading, a place said after a state, "on your way out", advice and permission asked. Each asks or
// reads right; never the description, the reading or the question carried out.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks, fahrenheit, now } = testSetting();

describe('round 19c G: a part that describes a device is no command of its own', () => {
  it('"X is still going / started again / in the way, <do> it" does only what is asked, to X', () => {
    expect(read("the vacuum's still going, stop it")).toEqual(['vacuum.robo stop']);
    expect(read('the vacuum is on, stop it')).toEqual(['vacuum.robo stop']);
    expect(read("robo's started again, send it home")).toEqual(['vacuum.robo return_to_base']);
    expect(read("robo's in the way, dock it")).toEqual(['vacuum.robo return_to_base']);
    // (With no "is": "still" says how it is.)
    expect(read('vacuum still going, stop it')).toEqual(['vacuum.robo stop']);
    expect(read('kitchen lights still on, turn them off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
  it('"X is too dim, brighten it" brightens it, never dims it first', () => {
    expect(read("the floor lamp's too dim, brighten it")).toEqual(['light.living_floor_lamp brightness_step 10']);
    expect(read('the reading light is too dim, turn it up')).toEqual(['light.living_reading brightness_step 10']);
    expect(read("floor lamp's too dim, brighten it")).toEqual(['light.living_floor_lamp brightness_step 10']);
    expect(read("reading light's too dim, turn it up")).toEqual(['light.living_reading brightness_step 10']);
    expect(read("the floor lamp's a bit dim, brighten it")).toEqual(['light.living_floor_lamp brightness_step 10']);
  });
  it('"X is <state>, turn it <other>" with no article: X, once (it was refused or done twice)', () => {
    expect(read("desk fan's on, turn it off")).toEqual(['fan.office turn_off']);
    expect(read("the garage door's open, close it")).toEqual(['cover.garage_door close']);
  });
  it('a state said of one device before a request about another is asked, never done to it', () => {
    asks('the porch light is off, turn off the kitchen lights too');
    asks('the back door is unlocked, lock the front door too');
    asks("the hallway light's on, switch the porch light on as well");
    // (A singular description that fits several: which one is asked.)
    asks("the lamp's on, turn it off");
  });
});

describe('round 19c W: a reading said first is not a setting', () => {
  it('"it\'s N (degrees) in <room>, turn the thermostat …" only steps the thermostat there', () => {
    expect(read("it's 28 degrees in the living room, turn the thermostat down")).toEqual(['climate.downstairs temperature_step -1']);
    expect(read("it's only 16 in the bedroom, turn the heat up 2 degrees")).toEqual(['climate.bedroom temperature_step 2']);
    expect(read("it's 18 in the bedroom, warm it up")).toEqual(['climate.bedroom temperature_step 1']);
  });
  it('"it\'s N in <room>, turn it down": the lights or the heating? asked, never the lights set to N', () => {
    asks("it's about 26 degrees in the living room, turn it down");
    asks("it's 26 in the living room, turn it down a bit");
    asks('the living room is 26, turn it down');
  });
  it('what a device reads ("the thermostat\'s at 18", "… reads 18") is never set; an unsized step after it is asked', () => {
    expect(read('the bedroom thermostat reads 18, turn it up 2 degrees')).toEqual(['climate.bedroom temperature_step 2']);
    expect(read("the bedroom thermostat's only at 17, turn it up 2 degrees")).toEqual(['climate.bedroom temperature_step 2']);
    asks("the bedroom thermostat's at 18, turn it down");
    asks('set the bedroom thermostat to 20 and then turn it down');
  });
  it('in a °F home too', () => {
    const r = fahrenheit.parse("it's only 60 in the bedroom, turn the heat up 3 degrees", { now });
    expect(r.actions.map((a) => `${a.entity} ${a.service}`)).toEqual(['climate.bedroom temperature_step']);
  });
});

describe('round 19c H: "the X are <state> in <place>, <do> them" keeps the place', () => {
  it('only the devices there', () => {
    expect(read('the lights are on in the kitchen, turn them off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
    expect(read('the lights are off in the kitchen, turn them on')).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']);
    expect(read('the lights are on on the first floor, turn them off')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off']);
    expect(read('the lights are on in the garden, turn it off')).toEqual(['light.porch turn_off']);
    expect(read('the lights are on in the kitchen and the office, turn them off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.office_lamp turn_off']);
  });
});

describe('round 19c T: "on your way out" is no switching on', () => {
  it('asked when nothing else says on', () => {
    asks('get the lights in the kitchen on your way out');
    asks('get the porch light on your way out');
    asks('get the hallway light on the way out please');
    // ("turn X on on your way in" still switches it on.)
    expect(read('turn the porch light on on your way in')).toEqual(['light.porch turn_on']);
  });
});

describe('round 19c J: advice and permission asked are never carried out', () => {
  it('"should X be <state>" asks back', () => {
    asks('should the blinds be open');
    asks('should the lights be off in the kitchen');
    asks('should the lights in the kitchen go off');
  });
  it('"is it ok to …" asks back; "is it ok if you …" is still a request', () => {
    asks('is it ok to open the blinds');
    asks('is it okay to unlock the back door?');
    asks('is it alright to turn off the lights');
    expect(read('is it ok if you open the blinds')).toEqual(['cover.living_blinds open']);
  });
});

describe('round 19c: a lead-in about loudness before stopping the thing that makes it (it was refused)', () => {
  it('is done', () => {
    expect(read("the vacuum's too loud, send it home")).toEqual(['vacuum.robo return_to_base']);
    expect(read('the desk fan is too noisy, turn it off')).toEqual(['fan.office turn_off']);
    // (A step up said after "too loud" is still asked.)
    asks("it's too loud, turn up the desk fan");
  });
});
