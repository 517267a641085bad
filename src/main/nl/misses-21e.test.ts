// Issue 14, round 21e: dev15–dev17 misses read as classes of saying (sayings-21e.ts), on the test home (read on Wednesday
// 09:00) with a left/right curtain pair added. Each case here was refused or asked before round 21e; the near-misses at
// the end of each class still ask.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser } from './parser';
import { testSetting } from './test-read';

const { home, read, asks, fahrenheit } = testSetting();

const curtain = (id: string, name: string): NlEntity => ({
  id, name, domain: 'cover', area: 'Living Room', floor: 'Ground Floor', state: 'open', deviceClass: 'curtain', attributes: { current_position: 100 },
});
const pair = createParser({ ...home('C'), entities: [...home('C').entities, curtain('cover.curtain_left', 'Curtain Left'), curtain('cover.curtain_right', 'Curtain Right')] });

describe('round 21e: the verb said after the device', () => {
  it('"X stop moving", "X needs to / has to come up N" is the end said', () => {
    expect(read('bedroom curtain stop moving')).toEqual(['cover.bedroom_curtain stop']);
    expect(read('the living room blinds stop moving please')).toEqual(['cover.living_blinds stop']);
    expect(read('garage door, stop moving')).toEqual(['cover.garage_door stop']);
    // (Before: "X stop and Y on" took Y's end for X too — it opened the curtain told to stop.)
    expect(read('the bedroom curtain stop moving and the porch light on')).toEqual(['cover.bedroom_curtain stop', 'light.porch turn_on']);
    expect(read('the bedroom curtain stop and the porch light on')).toEqual(['cover.bedroom_curtain stop', 'light.porch turn_on']);
    expect(read('bedroom curtain stop and porch light off')).toEqual(['cover.bedroom_curtain stop', 'light.porch turn_off']);
    expect(read('garage door stop, and the bedroom curtain open')).toEqual(['cover.garage_door stop', 'cover.bedroom_curtain open']);
    expect(read('robo stop and the tv on')).toEqual(['vacuum.robo stop', 'media_player.tv turn_on']);
    expect(read('the bedroom thermostat needs to come up 2 degrees')).toEqual(['climate.bedroom temperature_step 2']);
    expect(read('downstairs thermostat has to go down 1 degree')).toEqual(['climate.downstairs temperature_step -1']);
    expect(read('the tv volume needs to come down a bit')).toEqual(['media_player.tv volume_step -10']);
    expect(read('the desk lamp needs to go up 20%')).toEqual(['light.office_lamp brightness_step 20']);
  });
  it('a condition, a question, a remark or "it" is never a step', () => {
    asks('why does the bedroom curtain stop moving');
    asks('it needs to come up 2 degrees');
    expect(read('does the bedroom thermostat need to come up 2 degrees?')).toEqual([]);
    // (said with "goes", "gets", "starts" it tells how the home goes — rounds 16/17 — and still asks)
    asks('five mins from now the porch light goes off');
    asks('the back door gets locked');
    asks('robo starts cleaning and the tv goes quiet');
  });
});

describe('round 21e: side words', () => {
  it('"rightmost", "left-most", "lefthand (side)" are the side', () => {
    expect(read('close the rightmost curtain', {}, pair)).toEqual(['cover.curtain_right close']);
    expect(read('open the leftmost curtain', {}, pair)).toEqual(['cover.curtain_left open']);
    expect(read('close the left-most curtain', {}, pair)).toEqual(['cover.curtain_left close']);
    expect(read('the curtain on the lefthand side, close it', {}, pair)).toEqual(['cover.curtain_left close']);
    expect(read('shut the righthand curtain', {}, pair)).toEqual(['cover.curtain_right close']);
    expect(read('righthand curtain to 30%', {}, pair)).toEqual(['cover.curtain_right set_position 30']);
  });
  it('a side word where no side fits still asks', () => {
    asks('close the rightmost lamp', {}, pair);
    asks('turn off the leftmost light');
  });
});

describe('round 21e: "pump X up", "shave N off X"', () => {
  it('reads as turning up and knocking off', () => {
    expect(read('pump the tv volume up a lot')).toEqual(['media_player.tv volume_step 30']);
    expect(read('pump the kitchen speaker up a bit')).toEqual(['media_player.kitchen_speaker volume_step 10']);
    expect(read('pump the bedroom thermostat up 2 degrees')).toEqual(['climate.bedroom temperature_step 2']);
    expect(read('shave two degrees off the bedroom thermostat')).toEqual(['climate.bedroom temperature_step -2']);
    expect(read('shave 1 degree off the downstairs thermostat')).toEqual(['climate.downstairs temperature_step -1']);
    expect(read('shave 10% off the tv volume')).toEqual(['media_player.tv volume_step -10']);
  });
  it('with nothing to turn up or no amount, asks', () => {
    asks('pump the thermostat up');
    asks('shave some off the bedroom thermostat');
  });
});

describe('round 21e: a courtesy or reason said last', () => {
  it('is left out', () => {
    expect(read('would you lock the back door before I forget')).toEqual(['lock.back lock']);
    expect(read('turn off the porch light, before i forget')).toEqual(['light.porch turn_off']);
    expect(read('close the garage door while I remember')).toEqual(['cover.garage_door close']);
    expect(read('can you flick the porch light on love')).toEqual(['light.porch turn_on']);
    expect(read('desk lamp off mate')).toEqual(['light.office_lamp turn_off']);
    expect(read('hallway light to 40% please dear')).toEqual(['light.hallway set_brightness 40']);
    expect(read('flip the tv on for the news')).toEqual(['media_player.tv turn_on']);
    expect(read('switch on the kitchen speaker for the match')).toEqual(['media_player.kitchen_speaker turn_on']);
  });
  it('still asks what it asked', () => {
    asks('turn it off before i forget');
    asks('turn on the lamp love');
  });
});

describe('round 21e: a lead-in saying how the speaker is', () => {
  it('is set aside', () => {
    expect(read('just woke up: kitchen ceiling to 60 and open the bedroom curtain')).toEqual(['light.kitchen_ceiling set_brightness 60', 'cover.bedroom_curtain open']);
    expect(read("i've just got up, porch light off")).toEqual(['light.porch turn_off']);
    expect(read('feeling cold now, bedroom thermostat to 21')).toEqual(['climate.bedroom set_temperature 21']);
    expect(read("i'm feeling a bit hot, turn on the bedroom fan")).toEqual(['fan.bedroom turn_on']);
    expect(read('done reading, turn off the reading light')).toEqual(['light.living_reading turn_off']);
    expect(read("someone's at the door, mute the tv")).toEqual(['media_player.tv mute']);
    expect(read("there's someone at the door: hallway light on")).toEqual(['light.hallway turn_on']);
    expect(read("hang on, the phone's ringing: pause the tv")).toEqual(['media_player.tv media_pause']);
    expect(read('for the record I hate the cold, so bedroom thermostat to 22 please')).toEqual(['climate.bedroom set_temperature 22']);
  });
  it('before "it" or with nothing after, still asks', () => {
    asks("someone's at the door, unlock it");
    asks('just woke up, turn it on');
    asks('feeling cold now');
    asks('for the record I hate the cold');
    asks('feeling cold now, bedroom thermostat to 21', {}, fahrenheit);
  });
});

describe('round 21e: a wish said in the past ("I\'d be grateful if you opened X")', () => {
  it('is the request', () => {
    expect(read("I'd be grateful if you opened the bedroom curtain")).toEqual(['cover.bedroom_curtain open']);
    expect(read('it would be great if you locked the back door')).toEqual(['lock.back lock']);
    expect(read('i would appreciate it if you turned off the porch light')).toEqual(['light.porch turn_off']);
    expect(read("I'd be grateful if you switched the desk fan on")).toEqual(['fan.office turn_on']);
    expect(read('it would be nice if you dimmed the desk lamp to 30%')).toEqual(['light.office_lamp set_brightness 30']);
    expect(read('i would be glad if you closed the garage door')).toEqual(['cover.garage_door close']);
  });
  it('with "it", a time gone by, or no wrapper, still asks', () => {
    asks('i would be grateful if you opened it');
    asks('it would be great if you opened the bedroom curtain yesterday');
    asks('i wish you opened the bedroom curtain');
    expect(read('what if you opened the bedroom curtain')).toEqual([]);
  });
});
