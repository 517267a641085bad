// Round 26c (issue 14): dev20's questions, polite wrappers and loosely named devices that were refused or asked, read as
// classes of saying (said-26c.ts). On the fixture home of the own sets (bench/data/nl/ha-fixtures-en.json, °F).
// Each "reads"/"answers" case was refused or asked before round 26c; each "asks" case must stay a question.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { homeFromHaFixture } from './home-ha';
import { createParser, type NlContext } from './parser';
import { acts } from './test-read';

const FIXTURE = fileURLToPath(new URL('../../../bench/data/nl/ha-fixtures-en.json', import.meta.url));
const fixture = homeFromHaFixture(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const parser = createParser({ ...fixture, temperatureUnit: 'F' });
const now = new Date(2025, 5, 11, 9, 0, 0);
const read = (text: string, context: NlContext = {}): string[] => acts(parser.parse(text, { now, clock: '24h', ...context }));
const answers = (text: string, context: NlContext = {}): string => {
  const r = parser.parse(text, { now, clock: '24h', ...context });
  expect(acts(r), text).toEqual([]);
  expect(r.error, text).toBeUndefined();
  expect(r.answer, text).toBeDefined();
  return r.answer!;
};
const asks = (text: string, context: NlContext = {}): void => {
  const r = parser.parse(text, { now, clock: '24h', ...context });
  expect(acts(r), text).toEqual([]);
  expect(r.error, text).toBeDefined();
};

describe('round 26c: a state asked after the name, or in new words, is answered and never acted on', () => {
  it('answers "X, A or B" and "X, did it get A"', () => {
    expect(answers('back door, locked or unlocked')).toMatch(/^No, unlocked/);
    expect(answers('front door, locked or unlocked')).toMatch(/^Yes/);
    expect(answers('bedroom curtain, open or closed')).toMatch(/^No, closed/);
    expect(answers('main valve: open or shut')).toMatch(/^Yes/);
    expect(answers('the water valve, open or shut')).toMatch(/^Yes/);
    expect(answers('the kitchen switch, on or off')).toMatch(/^Yes/);
    expect(answers('the living room ceiling fan, spinning or not')).toMatch(/^No, off/);
    expect(answers('back door, did it get locked')).toMatch(/^No, unlocked/);
    expect(answers('garage door, did it get closed')).toMatch(/^Yes/);
    expect(answers('front door, has it been locked')).toMatch(/^Yes/);
    expect(answers('the valve, was it shut')).toMatch(/^No, open/);
  });
  it('answers "X, are any still burning", "whereabouts", "anyone moving about", "how much", "still on its cycle", "anything lit up"', () => {
    expect(answers('kitchen lights, are any still burning')).toMatch(/^Yes, Kitchen cabinets/);
    expect(answers('living room lights, are any still lit')).toMatch(/^Yes, Living Room Lamp/);
    expect(answers('the lamps, are any on')).toMatch(/^Yes/);
    expect(answers('whereabouts is ada')).toMatch(/Ada is at Work/);
    expect(answers('whereabouts are ada')).toMatch(/Ada is at Work/);
    expect(answers('anyone moving about in the kitchen')).toMatch(/^No/);
    expect(answers('anybody moving around in the living room')).toMatch(/^No/);
    expect(answers('solar production today, how much')).toMatch(/Solar production is/);
    expect(answers('washer still on its cycle')).toMatch(/^Yes/);
    expect(answers('anything lit up in this room', { area: 'Kitchen' })).toMatch(/^Yes, Kitchen/);
    expect(answers('anything switched on in the kitchen')).toMatch(/^Yes, Kitchen/);
  });
  it('answers the outside and a room\'s warmth asked loosely', () => {
    expect(answers('how cold is it outdoors')).toMatch(/Outside Temperature is 42/);
    expect(answers('how warm is it outside')).toMatch(/Outside Temperature is 42/);
    expect(answers('how cold is it out there')).toMatch(/Outside Temperature is 42/);
    expect(answers('how warm has it got in the living room today')).toMatch(/68 °F/);
  });
  it('a command said with "all of them" stays a command; a wrapper that is not a question is not answered', () => {
    expect(read('floor two lights, all of them on')).toEqual(['light.bedroom_lamp turn_on']);
  });
});

describe('round 26c: polite wrappers around a plain command', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('kindly have the kitchen switch turned off')).toEqual(['switch.kitchen turn_off']);
    expect(read('kindly have the front door locked')).toEqual(['lock.front_door lock']);
    expect(read('kindly have the left curtain opened')).toEqual(['cover.curtain_left open']);
    expect(read('be nice to have the cabinets off now')).toEqual(['light.kitchen_cabinets turn_off']);
    expect(read('would be great to have the side door locked')).toEqual(['lock.side_door lock']);
    expect(read('be lovely to have the bedroom switch off now')).toEqual(['switch.bedroom turn_off']);
    expect(read('grateful if the side door got locked')).toEqual(['lock.side_door lock']);
    expect(read('really grateful if the bedroom curtain got closed')).toEqual(['cover.bedroom close']);
    expect(read('grateful if the kitchen switch was turned off')).toEqual(['switch.kitchen turn_off']);
    expect(read('I\'d really appreciate the left curtain being pulled open')).toEqual(['cover.curtain_left open']);
    expect(read('I\'d appreciate the right curtain being drawn shut')).toEqual(['cover.curtain_right close']);
    expect(read('I\'d really appreciate the front door getting locked')).toEqual(['lock.front_door lock']);
    expect(read('countertop off would be nice, ta')).toEqual(['light.kitchen_countertop turn_off']);
    expect(read('living room lamp off would be lovely, thanks')).toEqual(['light.living_room_lamp turn_off']);
    expect(read('back door locked, if it\'s not too much trouble')).toEqual(['lock.back_door lock']);
    expect(read('garage light off, if it\'s not too much bother')).toEqual(['light.garage turn_off']);
    expect(read('front door locked, if you don\'t mind')).toEqual(['lock.front_door lock']);
    expect(read('side door locked please, cheers')).toEqual(['lock.side_door lock']);
    expect(read('main valve shut please, thank you kindly')).toEqual(['valve.main_valve close']);
    expect(read('bedroom lamp as bright as it goes please, I\'m reading')).toEqual(['light.bedroom_lamp set_brightness 100']);
    expect(read('living room lamp as bright as possible')).toEqual(['light.living_room_lamp set_brightness 100']);
    expect(read('fan spinning at half speed would be great')).toEqual(['fan.ceiling set_fan_speed 50']);
    expect(read('ceiling fan whirring at 30%')).toEqual(['fan.ceiling set_fan_speed 30']);
    expect(read('reckon you could kick off stealth mode')).toEqual(['script.stealth_mode turn_on']);
  });
  it('a request asked with "?" stays a request', () => {
    expect(read('would you mind switching off the bedroom lamp?')).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('think you could open up the right curtain?')).toEqual(['cover.curtain_right open']);
  });
  it('still asks where it is not certain', () => {
    asks('be nice to have the lights off when I leave');
    asks('grateful if it got locked');
    asks('countertop off would be nice if it gets late');
  });
});

describe('round 26c: devices named loosely, media and scripts said in other ways', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('get that robot vacuum doing its rounds')).toEqual(['vacuum.rover start']);
    expect(read('get the robot doing its rounds')).toEqual(['vacuum.rover start']);
    expect(read('tell the robot it\'s time to go back to its charger')).toEqual(['vacuum.rover return_to_base']);
    expect(read('tell the vacuum it\'s time to go back to its dock')).toEqual(['vacuum.rover return_to_base']);
    expect(read('put party mode on, we\'ve got friends over')).toEqual(['scene.party_mode turn_on']);
    expect(read('could party mode go on, the gang just arrived')).toEqual(['scene.party_mode turn_on']);
    expect(read('trigger the stealth mode script we set up')).toEqual(['script.stealth_mode turn_on']);
    expect(read('trigger the party mode scene we made')).toEqual(['scene.party_mode turn_on']);
    expect(read('tv, go back to the track before')).toEqual(['media_player.tv media_previous']);
    expect(read('tv, go back to the song before')).toEqual(['media_player.tv media_previous']);
    expect(read('would you mind skipping to the next track on the tv')).toEqual(['media_player.tv media_next']);
    expect(read('carry on playing the tv from where it stopped')).toEqual(['media_player.tv media_play']);
    expect(read('pick up the tv from where it stopped')).toEqual(['media_player.tv media_play']);
    expect(read('the show\'s paused, hit play on the tv')).toEqual(['media_player.tv media_play']);
    expect(read('ceiling fan nearly flat out, 90 percent')).toEqual(['fan.ceiling set_fan_speed 90']);
    expect(read('ceiling fan almost flat out, 80 percent')).toEqual(['fan.ceiling set_fan_speed 80']);
    expect(read('open the main valve about halfway, no more')).toEqual(['valve.main_valve set_position 50']);
    expect(read('set the bedroom curtain to 40%, no more')).toEqual(['cover.bedroom set_position 40']);
    expect(read('let someone in through the sliding doors, unlock them')).toEqual(['lock.sliding_doors unlock']);
    expect(read('let the guests in at the side door, unlock it')).toEqual(['lock.side_door unlock']);
    expect(read('the curtain where I am, close it please', { area: 'Bedroom' })).toEqual(['cover.bedroom close']);
    expect(read('the lamp where I am, turn it off', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('lock this door I\'m standing at', { area: 'Entrance' })).toEqual(['lock.front_door lock']);
    expect(read('unlock the door I\'m standing by', { area: 'Entrance' })).toEqual(['lock.front_door unlock']);
    expect(read('stop that fan spinning round and round')).toEqual(['fan.ceiling turn_off']);
  });
  it('still asks where it is not certain', () => {
    asks('the curtain where I am, close it please');
    asks('lock this door I\'m standing at');
    asks('turn on party mode, we\'re not in the kitchen');
    asks('let someone in, unlock it');
  });
});
