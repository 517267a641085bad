// Round 25d (said-25d.ts): dev19's refused polite, misspelt and lead-in sentences, as classes — and what must still ask.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('25d: a wish about how a device should end is the request', () => {
  it.each([
    ["I'd be grateful if the kitchen ceiling went off", ['light.kitchen_ceiling turn_off']],
    ["I'd be really grateful if the bedroom curtain were closed", ['cover.bedroom_curtain close']],
    ["we'd be glad if the back door got locked", ['lock.back lock']],
    ['mind if the hallway light goes off?', ['light.hallway turn_off']],
    ['do you mind if the desk fan goes off', ['fan.office turn_off']],
    ['would you mind if the tv was paused?', ['media_player.tv media_pause']],
    ['mind if I switch off the desk lamp?', ['light.office_lamp turn_off']],
    ['I was wondering whether the back door could be locked', ['lock.back lock']],
    ['I wonder if the garage door could be opened', ['cover.garage_door open']],
    ["I'd be grateful if the tv went off and the desk fan came on", ['media_player.tv turn_off', 'fan.office turn_on']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it.each([
    // (how it is now, a past state, a denial: a question or a remark, never done)
    ['mind if the tv is on?'],
    ['I was wondering whether the back door was locked'],
    ['I was wondering whether the garage door is open'],
    ["I'd be grateful if the kitchen ceiling didn't go off"],
    ["I'd be grateful if it went off"],
  ])('%s — not done', (s) => expect(read(s)).toEqual([]));
});

describe('25d: sayings — pull the plug, more juice, some light, have the robot clean', () => {
  it.each([
    ['please pull the plug on the desk fan', ['fan.office turn_off']],
    ['pull the plug on the hallway light', ['light.hallway turn_off']],
    ['give the desk lamp a bit more juice', ['light.office_lamp brightness_step 10']],
    ['give the kitchen ceiling a little less juice', ['light.kitchen_ceiling brightness_step -10']],
    ["I'd love some light in the bedroom", ['light.bedroom_lamp turn_on']],
    ['could I get some light in the hallway', ['light.hallway turn_on']],
    ['run goodnight and have the robot clean', ['script.goodnight turn_on', 'vacuum.robo start']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it("'some light in here' is the speaker's room", () => {
    expect(read("I'd love some light in here", { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_on']);
  });
  it.each([
    ['give the desk fan a bit more juice'],
    ["I'd love some light in there"],
    ["I'd love some light in here"],
    ['pull the plug on it'],
  ])('%s — asked', (s) => asks(s));
});

describe('25d: a reason after the command is set aside', () => {
  it.each([
    ['please silence the tv, the ads are deafening', ['media_player.tv mute']],
    ['please silence the tv, the adverts are awful', ['media_player.tv mute']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
});

describe('25d: misspellings with one reading are mended', () => {
  it.each([
    ['put the tele volume to 20', ['media_player.tv set_volume 20']],
    ['mute the tele', ['media_player.tv mute']],
    ['opem the garage door', ['cover.garage_door open']],
    ['clode the bedroom curtain', ['cover.bedroom_curtain close']],
    ['activat the movie night seen', ['scene.movie turn_on']],
    ['activate movie night seen', ['scene.movie turn_on']],
    ['paws the tv', ['media_player.tv media_pause']],
    ["paws wot's on the telly", ['media_player.tv media_pause']],
    ["mute what's on the telly", ['media_player.tv mute']],
    ['set the bedside lamp to blu', ['light.bedroom_lamp set_color blue']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it.each([
    ['activate the seen'],
    ['paws the desk fan'],
  ])('%s — asked', (s) => asks(s));
});

describe('25d: a lead-in that only says why, what for, or where the speaker is, is set aside', () => {
  it.each([
    ["as I'm working late tonight, set the bedroom thermostat to 21 and turn off the desk fan", ['climate.bedroom set_temperature 21', 'fan.office turn_off']],
    ["as I'm working late tonight, turn on the desk lamp", ['light.office_lamp turn_on']],
    ['right, listen up: coffee machine off, desk fan on, tv muted', ['switch.coffee turn_off', 'fan.office turn_on', 'media_player.tv mute']],
    ["here's the plan: tv paused and the desk fan off", ['media_player.tv media_pause', 'fan.office turn_off']],
    ['for the party tonight please put the floor lamp on purple and the reading light on orange', ['light.living_floor_lamp set_color purple', 'light.living_reading set_color orange']],
    ['so the plan is, robo starts cleaning and the hallway light goes off', ['vacuum.robo start', 'light.hallway turn_off']],
    ["while I'm out, run goodnight and have the robot clean", ['script.goodnight turn_on', 'vacuum.robo start']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('"in here" after a lead-in saying the speaker is here, each thing with its own place', () => {
    expect(read("I'm in here making dinner, so switch on the lights in here and the desk fan in the office", { area: 'Kitchen' }))
      .toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on', 'fan.office turn_on']);
  });
  it.each([
    // (a lead-in with a part of the day, and a time in the rest: which time is meant is asked)
    ["as I'm working late tonight, turn on the desk lamp at 10"],
    ["since I'm away tomorrow, turn off the desk lamp"],
    ["as I'm leaving in 10 minutes, lock the back door"],
    ["while I'm out, turn it off"],
  ])('%s — asked', (s) => asks(s));
  it('a list said as how things end: only after such a lead-in, never a state said with is/went', () => {
    expect(read('listen up: the tv muted and the desk fan off')).toEqual(['media_player.tv mute', 'fan.office turn_off']);
    expect(read('the tv muted and the desk fan off')).toEqual([]);
    expect(read('so the plan is, in ten minutes the desk fan goes off')).toEqual([]);
    expect(read('listen up: switch on the lights in here and the desk fan in the office', { area: 'Kitchen' })).toEqual([]);
    expect(read('the front door locked')).toEqual([]);
    expect(read('the desk fan went off and the tv muted')).toEqual([]);
  });
});
