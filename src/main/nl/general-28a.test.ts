// Round 28a (issue 14): values said loosely (general-28a.ts) — a relative change said as a wish "X needs to be N warmer
// than it is", two values of different kinds for one device, "main" beside a thermostat, a media player brought to a
// number by a verb of loudness, an aside after the command, a bare word beside a list in one room, and the direction of a
// white said "cooler by N kelvin" (grammar-values.ts) — and the controls that must keep asking.
// On the own sets' fixture home (°F unless C is given).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const C = (text: string): string[] => read(text, {}, 'C');

describe('round 28a: a relative change said as how the device should end', () => {
  it('"needs to be / should be / ought to be N <comparative> (than it is / now)"', () => {
    expect(C('office needs to be 1 °C warmer than it is')).toEqual(['climate.office_thermostat temperature_step 1']);
    expect(C('the office needs to be 2 degrees warmer than it is')).toEqual(['climate.office_thermostat temperature_step 2']);
    expect(read('the garage light needs to be 40 percent brighter')).toEqual(['light.garage brightness_step 40']);
    expect(read('the play corner needs to be 15% brighter than now')).toEqual(['light.play_corner brightness_step 15']);
    expect(read('the tv should be 10 quieter than it is')).toEqual(['media_player.tv volume_step -10']);
    expect(read('the thermostat should be 3 degrees warmer than now')).toEqual(['climate.thermostat temperature_step 1.7']);
    expect(C('living room needs to be 1 degree cooler than it is')).toEqual(['climate.thermostat temperature_step -1']);
    expect(read('the living room ought to be 2 degrees warmer')).toEqual(['climate.thermostat temperature_step 1.1']);
    expect(read('office needs to be 2 degrees warmer than it currently is')).toEqual(['climate.office_thermostat temperature_step 1.1']);
  });
  it('a wrong action before: "N percent dimmer than it is" set the level to N', () => {
    expect(C('bedroom lamp needs to be 10 percent dimmer than it is')).toEqual(['light.bedroom_lamp brightness_step -10']);
    expect(C('kitchen ceiling needs to be 10% dimmer than it is')).toEqual(['light.kitchen_ceiling brightness_step -10']);
  });
  it('controls: no amount, or compared with something else, still asks', () => {
    asks('the office should be warmer than the living room');
    asks('the office needs to be 2 degrees warmer than the bedroom');
  });
});

describe('round 28a: two values of different kinds for one device', () => {
  it('a white in kelvin and a percent, in the order said', () => {
    expect(read('countertop 2700 kelvin and 80%')).toEqual(['light.kitchen_countertop set_color_temp 2700', 'light.kitchen_countertop set_brightness 80']);
    expect(read('kitchen ceiling 80% 4000K')).toEqual(['light.kitchen_ceiling set_brightness 80', 'light.kitchen_ceiling set_color_temp 4000']);
    expect(C('cabinets: 2500 kelvin, 35 percent')).toEqual(['light.kitchen_cabinets set_color_temp 2500', 'light.kitchen_cabinets set_brightness 35']);
    expect(read('the living room lamp 3000K & 50%')).toEqual(['light.living_room_lamp set_color_temp 3000', 'light.living_room_lamp set_brightness 50']);
    expect(C('play corner 20 percent and 2000K')).toEqual(['light.play_corner set_brightness 20', 'light.play_corner set_color_temp 2000']);
  });
  it('controls: two devices, or two values of one kind, still ask', () => {
    asks('countertop and ceiling 2700 kelvin and 80%');
    asks('countertop 20% and 80%');
  });
});

describe('round 28a: "main" beside a thermostat, the tv brought to a number, an aside, a bare word in a list', () => {
  it('"main" is the main thermostat', () => {
    expect(C('office thermostat to 68 fahrenheit, main to 22')).toEqual(['climate.office_thermostat set_temperature 20', 'climate.thermostat set_temperature 22']);
    expect(read('office thermostat 2 degrees warmer, main 1 degree cooler')).toEqual(['climate.office_thermostat temperature_step 1.1', 'climate.thermostat temperature_step -0.6']);
  });
  it('control: "main" with no thermostat said still asks', () => {
    asks('main to 21', {}, 'C');
  });
  it('a verb of loudness makes the number the volume', () => {
    expect(C('turn the fan to 75 percent and drop the tv to 12')).toEqual(['fan.ceiling set_fan_speed 75', 'media_player.tv set_volume 12']);
    expect(C('lower the tv to 5 and the lamp in the bedroom to 10 percent')).toEqual(['media_player.tv set_volume 5', 'light.bedroom_lamp set_brightness 10']);
    expect(read('bring the tv down to 8')).toEqual(['media_player.tv set_volume 8']);
  });
  it('control: "the tv to 12" with no such verb still asks', () => {
    asks('turn the tv to 12');
    asks('tv to 15');
  });
  it('an aside after the command that names nothing', () => {
    expect(read('3000 kelvin on the bedroom lamp, that cosy shade')).toEqual(['light.bedroom_lamp set_color_temp 3000']);
    expect(C('4000 kelvin on the kitchen ceiling, nice and bright')).toEqual(['light.kitchen_ceiling set_color_temp 4000']);
  });
  it('control: a tail naming an unknown device still asks', () => {
    asks('3000 kelvin on the bedroom lamp, and the hall lamp');
  });
  it('a bare word after a list of one room\'s devices is that room\'s', () => {
    expect(read('kitchen cabinets 20 percent, countertop 65 percent, ceiling off')).toEqual(['light.kitchen_cabinets set_brightness 20', 'light.kitchen_countertop set_brightness 65', 'light.kitchen_ceiling turn_off']);
  });
  it('control: with no room said before, or another room, it still asks', () => {
    asks('cabinets 30 percent, countertop 70 percent, ceiling on');
    asks('living room lamp off, ceiling on');
  });
});

describe('round 28a: a white said warmer or cooler by an amount', () => {
  it('cooler is more kelvin, warmer fewer (a wrong action before: the other way)', () => {
    expect(read('living room lamp cooler by 500 kelvin')).toEqual(['light.living_room_lamp color_temp_step 500']);
    expect(read('living room lamp warmer by 500 kelvin')).toEqual(['light.living_room_lamp color_temp_step -500']);
    expect(read('make the bedroom lamp 300 kelvin cooler')).toEqual(['light.bedroom_lamp color_temp_step 300']);
  });
});
