// Round 25c (said-25c.ts): dev19's loose wordings of exclusions, clock times, devices, floor lists, floors and questions, as
// classes on the test home (with a valve, a sliding door and a person's whereabouts added). Each sentence here was refused
// or asked before round 25c; an excluded device is never acted on, a time is never lost, and a reading that is not sure
// still asks.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser } from './parser';
import { readers, testSetting } from './test-read';

const { home, now } = testSetting();
const extra = (id: string, name: string, area: string | null, state: string, more: Partial<NlEntity> = {}): NlEntity => ({
  id, name, domain: id.split('.')[0]!, area, floor: area === 'Hallway' ? 'Ground Floor' : null, state, deviceClass: null, attributes: {}, ...more,
});
const parser = createParser({
  ...home('C'),
  entities: [
    ...home('C').entities,
    extra('valve.main', 'Main Valve', null, 'closed'),
    extra('lock.sliding', 'Sliding Doors', null, 'locked'),
    extra('sensor.living_humidity', 'Living Room Humidity', 'Living Room', '48', { deviceClass: 'humidity', attributes: { unit_of_measurement: '%' } }),
  ],
});
const { read, asks } = readers(parser, now);
const LIGHTS = ['light.kitchen_ceiling', 'light.kitchen_island', 'light.living_floor_lamp', 'light.living_reading', 'light.bedroom_lamp',
  'light.office_lamp', 'light.hallway', 'light.porch', 'light.bathroom_mirror'];
const offBut = (...left: string[]): string[] => LIGHTS.filter((l) => !left.includes(l)).map((l) => `${l} turn_off`);
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('25c: an exclusion said another way is "except X" — X is never acted on', () => {
  it.each([
    ['every light off, the porch light being the exception', ['light.porch']],
    ['every light off with the porch light being the exception', ['light.porch']],
    ['every light off with the porch light as the exception', ['light.porch']],
    ['turn off all the lights, the exception being the desk lamp', ['light.office_lamp']],
    ['all the lights off, the porch light excluded', ['light.porch']],
    ['all lights off, the desk lamp and the porch light excluded', ['light.office_lamp', 'light.porch']],
    ['switch off every light, the bedside lamp excepted', ['light.bedroom_lamp']],
    ['apart from the porch light, turn off all the lights', ['light.porch']],
    ['other than the desk lamp, all lights off', ['light.office_lamp']],
    ['with the exception of the bedside lamp, every light can go off', ['light.bedroom_lamp']],
    ['except for the porch light, switch every light off', ['light.porch']],
    ['besides the porch light, every light can go off', ['light.porch']],
    ['turn off all the lights, only the porch light stays on', ['light.porch']],
    ['every light off, just the desk lamp stays as it is', ['light.office_lamp']],
    ['turn off all the lights we\'ve got except the porch light', ['light.porch']],
    // ("X stays" with no "only", after a group: X was switched off with the rest before.)
    ['turn off all the lights, the porch light stays', ['light.porch']],
    ['every light off, the desk lamp stays on', ['light.office_lamp']],
    ['turn off the lights, the porch light stays on', ['light.porch']],
  ])('%s', (s, left) => expect(sorted(read(s))).toEqual(sorted(offBut(...left))));
  it('a room said first, "power it all down", "only X stays as is"', () => {
    expect(sorted(read('the living room, power it all down, only the tv stays as is'))).toEqual(['light.living_floor_lamp turn_off', 'light.living_reading turn_off']);
    expect(sorted(read('the kitchen, turn everything off, only the coffee machine stays on'))).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'media_player.kitchen_speaker turn_off']);
    expect(sorted(read('the office, power it all down, only the desk fan stays as is'))).toEqual(sorted(['light.office_lamp turn_off', 'switch.heater_plug turn_off']));
  });
  it('"apart from the lamp, every light in here can go off" in a room', () => {
    expect(read('apart from the reading light, every light in here can go off', { area: 'Living Room' })).toEqual(['light.living_floor_lamp turn_off']);
    expect(read('aside from the floor lamp, turn off every light in here', { area: 'Living Room' })).toEqual(['light.living_reading turn_off']);
  });
  it('"lock every door we\'ve got except X", "every curtain shut, the bedroom\'s one excluded"', () => {
    expect(sorted(read('lock every door we\'ve got except the back door'))).toEqual(['lock.front lock', 'lock.sliding lock']);
    expect(sorted(read('lock all the doors we\'ve got apart from the front door'))).toEqual(['lock.back lock', 'lock.sliding lock']);
    expect(read('every blind and curtain shut, the bedroom\'s one excluded')).not.toContain('cover.bedroom_curtain close');
  });
  it('"no exceptions" keeps the whole group', () => {
    expect(sorted(read('all lights off, no exceptions'))).toEqual(sorted(offBut()));
  });
  it('an exclusion that leaves nothing out, or a thing that stays with no group, is still asked', () => {
    asks('turn on the porch light, the desk lamp being the exception');
    asks('close all the curtains, it stays dark');
    asks('lock all the doors, the garage door stays open');
  });
});

describe('25c: a clock time said loosely is that time, never now', () => {
  it.each([
    ['22:00 on the dot, lock the front door', ['lock.front lock +46800s']],
    ['at 22:00 on the dot lock the front door', ['lock.front lock +46800s']],
    ['lock the front door at 22:00 on the dot', ['lock.front lock +46800s']],
    ['10 pm sharp, lock the back door', ['lock.back lock +46800s']],
    ['switch off the tv at 10 on the dot', ['media_player.tv turn_off +3600s']],
    ['at exactly 10 pm lock the front door', ['lock.front lock +46800s']],
    ['at the stroke of midnight lock the back door', ['lock.back lock +54000s']],
    ['on the stroke of midnight lock the back door', ['lock.back lock +54000s']],
    ['at the stroke of 10 pm switch off the tv', ['media_player.tv turn_off +46800s']],
    ['come five in the afternoon, desk fan off', ['fan.office turn_off +28800s']],
    ['come six in the evening, close the bedroom curtain', ['cover.bedroom_curtain close +32400s']],
    ['at 5 in the afternoon set the bedroom thermostat to 18', ['climate.bedroom set_temperature 18 +28800s']],
    ['9:30 today, get the vacuum cleaning', ['vacuum.robo start +1800s']],
    ['get the robo cleaning at 11', ['vacuum.robo start +7200s']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it.each([
    ['desk fan on for a twenty minute stint', ['fan.office turn_on', 'fan.office turn_off +1200s']],
    ['desk fan on for a 20 minute stint', ['fan.office turn_on', 'fan.office turn_off +1200s']],
    ['turn the porch light on for a ten minute spell', ['light.porch turn_on', 'light.porch turn_off +600s']],
    ['turn the porch light on for a quick ten-minute burst', ['light.porch turn_on', 'light.porch turn_off +600s']],
    ['put the kitchen speaker on for an hour-long stint', ['media_player.kitchen_speaker turn_on', 'media_player.kitchen_speaker turn_off +3600s']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('a time already past, said loosely, is still asked', () => {
    asks('come seven in the morning, open the bedroom curtain');
    asks('at the stroke of 8 am lock the back door');
  });
});

describe('25c: devices said loosely', () => {
  it.each([
    ['unlock the sliding patio doors', ['lock.sliding unlock']],
    ['lock the patio sliding doors', ['lock.sliding lock']],
    ['lock the front entrance', ['lock.front lock']],
    ['unlock the back entrance', ['lock.back unlock']],
    ['robo can go do its cleaning round now', ['vacuum.robo start']],
    ['the vacuum can do its cleaning round now', ['vacuum.robo start']],
    ['robo, can you go do your cleaning round', ['vacuum.robo start']],
    ['send robo off on its cleaning round', ['vacuum.robo start']],
    ['let the robot do its rounds', ['vacuum.robo start']],
    ['let water through the main valve again, fully open', ['valve.main open']],
    ['let the water flow through the main valve', ['valve.main open']],
    ['turn off the water at the main valve before I fix the tap', ['valve.main close']],
    ['close the main valve before I replace the washer', ['valve.main close']],
    ['resume whatever was on the tv', ['media_player.tv media_play']],
    ['carry on with whatever was playing on the kitchen speaker', ['media_player.kitchen_speaker media_play']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('a door or device the home has no name for is still asked', () => {
    asks('lock the main entrance');
    asks('lock the side entrance');
    asks('the desk lamp can go do its cleaning round');
    asks('turn off the tv before I fall asleep');
  });
});

describe('25c: lists of floors and one floor', () => {
  const ground = ['light.kitchen_ceiling', 'light.kitchen_island', 'light.living_floor_lamp', 'light.living_reading', 'light.hallway', 'light.porch'];
  const first = ['light.bedroom_lamp', 'light.office_lamp', 'light.bathroom_mirror'];
  it.each([
    ['lights please - first floor, then ground floor', 'turn_on', [...first, ...ground]],
    ['lights please: the ground floor and the first floor', 'turn_on', [...ground, ...first]],
    ['lights off please - ground floor, then first floor', 'turn_off', [...ground, ...first]],
    ['can I get lights on the first floor', 'turn_on', first],
    ['can I get lights on the ground floor plus the first floor', 'turn_on', [...ground, ...first]],
    ['turn off whichever lights are on the first floor', 'turn_off', first],
    ['switch on whichever lights are in the kitchen', 'turn_on', ['light.kitchen_ceiling', 'light.kitchen_island']],
  ])('%s', (s, service, lights) => expect(sorted(read(s))).toEqual(sorted(lights.map((l) => `${l} ${service}`))));
  it('"wall switch" is a switch; "every X on <floors>, off"', () => {
    expect(read('turn off the office wall switch')).toEqual(['switch.heater_plug turn_off']);
    expect(sorted(read('every wall switch on the ground floor and the first floor, off'))).toEqual(['switch.coffee turn_off', 'switch.heater_plug turn_off']);
  });
  it('"68 degrees for the thermostats down in …", "knock N points off the lighting …", "… across the board"', () => {
    expect(read('20 degrees for the thermostats down in the living room and in the bedroom')).toEqual(['climate.downstairs set_temperature 20', 'climate.bedroom set_temperature 20']);
    expect(sorted(read('knock twenty points off the lighting on the first floor'))).toEqual(sorted(first.map((l) => `${l} brightness_step -20`)));
    expect(sorted(read('first floor lighting down to 35 across the board'))).toEqual(sorted(first.map((l) => `${l} set_brightness 35`)));
  });
  it('"whichever lights are on" with no place, and a way said after a verb, are left as before', () => {
    asks('turn off whichever lights are on');
    expect(sorted(read('turn the lights down in the kitchen'))).toEqual(['light.kitchen_ceiling brightness_step -10', 'light.kitchen_island brightness_step -10']);
  });
});

describe('25c: questions said loosely are answered, never acted on', () => {
  const answers = (text: string): string | undefined => {
    const r = parser.parse(text, { now });
    expect(r.actions, text).toEqual([]);
    expect(r.error, text).toBeUndefined();
    return r.answer;
  };
  it.each([
    ['has Bo left or is she somewhere else'],
    ['is Ada home or is she out'],
    ['has Bo gone out or is he still home'],
    ['how damp is the air in the living room at the mo'],
    ['how humid is the air in the living room'],
    ['is the front door locked at the mo'],
  ])('%s', (s) => expect(answers(s)).toBeDefined());
});
