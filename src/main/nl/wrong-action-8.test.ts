// Issue 14, eighth round: the kinds of wrong action held-back set v7 found, each as a class (sentences of our own, on the
// parser's small test home). Hearth does what was said or asks — never something else.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import type { NlEntity } from './home';
import { testSetting } from './test-read';
import { testHome } from './test-home';

const { read, asks } = testSetting();
const curtain = (id: string, name: string, area: string, floor: string): NlEntity => ({ id, name, domain: 'cover', area, floor, state: 'open', deviceClass: 'curtain', attributes: {} });
/** The test home with a pair of living-room curtains. */
const withPair = createParser({ ...testHome(), entities: [...testHome().entities, curtain('cover.left', 'Curtain Left', 'Living Room', 'Ground Floor'), curtain('cover.right', 'Curtain Right', 'Living Room', 'Ground Floor')] });
/** The test home with a third thermostat called just "Thermostat", in the hallway. */
const withThermostat = createParser({ ...testHome(), entities: [...testHome().entities, { id: 'climate.hall', name: 'Thermostat', domain: 'climate', area: 'Hallway', floor: 'Ground Floor', state: 'heat', deviceClass: null, attributes: { temperature: 20 } }] });

describe('a number said with "at" beside a device that takes a level', () => {
  it('is that level when nothing else says what to do ("the desk lamp at 10"), and when where a verb does', () => {
    expect(read('desk lamp at 10')).toEqual(['light.office_lamp set_brightness 10']);
    expect(read('the living room blinds at 20')).toEqual(['cover.living_blinds set_position 20']);
    expect(read('the porch light should be at 20 and the desk lamp at 85')).toEqual(['light.porch set_brightness 20', 'light.office_lamp set_brightness 85']);
    expect(read('the bedroom thermostat at 19')).toEqual(['climate.bedroom set_temperature 19']);
    // (Where a verb says what to do, "at 10" is still when.)
    expect(read('turn the porch light on at 10')).toEqual(['light.porch turn_on +3600s']);
    expect(read('open the living room blinds at 11')).toEqual(['cover.living_blinds open +7200s']);
  });
});

describe('a value word in one part is that part\'s own', () => {
  it('keeps "full"/"fully" to its own part and the next part\'s number to that one', () => {
    expect(read('kitchen ceiling full and desk lamp at 10')).toEqual(['light.kitchen_ceiling set_brightness 100', 'light.office_lamp set_brightness 10']);
    expect(read('kitchen ceiling to max and desk lamp to 10')).toEqual(['light.kitchen_ceiling set_brightness 100', 'light.office_lamp set_brightness 10']);
    expect(read('open the right curtain fully and the left one to 40%', {}, withPair)).toEqual(['cover.right open', 'cover.left set_position 40']);
    expect(read('open the curtain on the left fully and the one on the right halfway', {}, withPair)).toEqual(['cover.left open', 'cover.right set_position 50']);
  });

  it('reads "a quarter open" / "three quarters closed" as how far, never fully open', () => {
    expect(read('bedroom curtain halfway and living room blinds a quarter open')).toEqual(['cover.bedroom_curtain set_position 50', 'cover.living_blinds set_position 25']);
    expect(read('the bedroom curtain three quarters closed')).toEqual(['cover.bedroom_curtain set_position 25']);
    expect(read('open the bedroom curtain a quarter')).toEqual(['cover.bedroom_curtain set_position 25']);
    // (A quarter of an hour is still a wait.)
    expect(read('open the bedroom curtain in an hour and a quarter')).toEqual(['cover.bedroom_curtain open +4500s']);
  });
});

describe('"pull the blinds down" with where said after it', () => {
  it('lowers them all the way there ("… down upstairs", "… down in the bedroom"), never one step', () => {
    expect(read('pull the curtains down upstairs')).toEqual(['cover.bedroom_curtain close']);
    expect(read('put the blinds down in the living room')).toEqual(['cover.living_blinds close']);
    expect(read('bring the curtains up on the first floor')).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('"keep X on for two hours then turn it off"', () => {
  it('leaves a device that is already so as it is, and only times the end', () => {
    expect(read('keep the desk lamp on for two hours then turn it off')).toEqual(['light.office_lamp turn_off +7200s']);
    expect(read('leave the desk lamp on for ten minutes')).toEqual(['light.office_lamp turn_off +600s']);
    // (A device not so yet is turned so first.)
    expect(read('keep the porch light on for an hour')).toEqual(['light.porch turn_on', 'light.porch turn_off +3600s']);
  });
});

describe('"the thermostat in here" where a device is called just "Thermostat"', () => {
  it('is the one in the speaker\'s room, and asks which when the room is not known', () => {
    expect(read('set the thermostat in here to 20', { area: 'Bedroom' }, withThermostat)).toEqual(['climate.bedroom set_temperature 20']);
    asks('set the thermostat in here to 20', {}, withThermostat);
    // (Said without "here", the name is the device.)
    expect(read('set the thermostat to 20', {}, withThermostat)).toEqual(['climate.hall set_temperature 20']);
  });
});

describe('a place said before a list of kinds', () => {
  it('is each kind\'s place ("close the ground floor blinds and curtains"), never every curtain in the home', () => {
    expect(read('close the ground floor blinds and curtains')).toEqual(['cover.living_blinds close']);
    expect(read('close first floor and ground floor curtains and blinds')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds close']);
  });
});

describe('"turn everything off" with no place said', () => {
  it('asks about the whole home instead of switching it all off; a place, the speaker\'s room or "the house" says where', () => {
    asks('turn everything off');
    asks('switch off everything');
    expect(read('turn everything off', { area: 'Office' })).toEqual(['light.office_lamp turn_off', 'switch.heater_plug turn_off', 'fan.office turn_off']);
    expect(read('turn everything off in the bedroom')).toEqual(['light.bedroom_lamp turn_off', 'fan.bedroom turn_off']);
    expect(read('turn off everything in the house').length).toBeGreaterThan(10);
  });
});

describe('degrees said of a device not set in degrees', () => {
  it('asks ("put the desk lamp on 70 degrees"), never 70 %', () => {
    asks('put the desk lamp on 70 degrees');
    asks('set the bedroom fan to 20 degrees');
    expect(read('set the bedroom thermostat to 20 degrees')).toEqual(['climate.bedroom set_temperature 20']);
  });
});

describe('a setting said after a command of its own', () => {
  it('is a step of its own ("next episode on the tv and volume to 25"), never the command dropped', () => {
    expect(read('next episode on the tv and volume to 25')).toEqual(['media_player.tv media_next', 'media_player.tv set_volume 25']);
    expect(read('pause the tv, the volume down')).toEqual(['media_player.tv media_pause', 'media_player.tv volume_step -10']);
  });
});
