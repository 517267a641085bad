// Round 23b (ways-23b.ts): a cover's way with no amount is all the way; a small number said of another device is not the
// fan's; "the main one" / "the other one" beside a thermostat named by its place is not looked for only in that place.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { readers, testSetting } from './test-read';
import { testHome } from './test-home';

const { read, asks, now, fahrenheit } = testSetting();
const readF = (s: string, prev?: string[]): string[] => readers(fahrenheit, now).read(s, prev ? { previous: prev } : {});

describe('23b: a cover raised or lowered with no amount goes all the way', () => {
  it.each([
    ['ground floor blinds up please', ['cover.living_blinds open']],
    ['could you pop the bedroom curtain up', ['cover.bedroom_curtain open']],
    ['first floor curtain up', ['cover.bedroom_curtain open']],
    ['up with the living room blinds', ['cover.living_blinds open']],
    ['down with every blind on the ground floor', ['cover.living_blinds close']],
    ['getting dark, desk lamp on and the ground floor blinds down', ['light.office_lamp turn_on', 'cover.living_blinds close']],
    ['first floor curtain up and ground floor blinds down', ['cover.bedroom_curtain open', 'cover.living_blinds close']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('said of "it" / "them" after a cover', () => {
    expect(read('raise it back up', { previous: ['cover.bedroom_curtain'] })).toEqual(['cover.bedroom_curtain open']);
    expect(read('lower them', { previous: ['cover.living_blinds'] })).toEqual(['cover.living_blinds close']);
    expect(readF('put it back down', ['cover.living_blinds'])).toEqual(['cover.living_blinds close']);
  });
  it('a step said so is still a step', () => {
    expect(read('raise the living room blinds a bit')).toEqual(['cover.living_blinds set_position 70']);
    expect(read('nudge the living room blinds up')).toEqual(['cover.living_blinds set_position 70']);
    expect(read('raise the living room blinds higher')).not.toEqual(['cover.living_blinds open']);
    expect(read('living room blinds up 20 percent')).toEqual(['cover.living_blinds set_position 80']);
    expect(read('turn the desk lamp up')).toEqual(['light.office_lamp brightness_step 10']);
  });
});

describe('23b: a small number said of another device is not the fan\'s', () => {
  it('°C', () => {
    expect(read('desk fan to 60 and the bedroom thermostat down 2')).toEqual(['fan.office set_fan_speed 60', 'climate.bedroom temperature_step -2']);
    expect(read('bedroom fan on full and the downstairs thermostat up 3 degrees')).toEqual(['fan.bedroom set_fan_speed 100', 'climate.downstairs temperature_step 3']);
    expect(read('the downstairs thermostat up 2 and the desk fan to 50')).toEqual(['climate.downstairs temperature_step 2', 'fan.office set_fan_speed 50']);
    expect(read('since it is warm, desk fan at 70, bedroom thermostat 1 degree cooler')).toEqual(['fan.office set_fan_speed 70', 'climate.bedroom temperature_step -1']);
  });
  it('°F', () => {
    expect(readF('bedroom fan to 90 and the downstairs thermostat down 4 degrees')).toEqual(['fan.bedroom set_fan_speed 90', 'climate.downstairs temperature_step -2.2']);
  });
  it('the fan\'s own small number is still asked', () => {
    asks('turn the desk fan up by 2');
    asks('desk fan up 2 and the porch light on');
  });
});

// The test home with a thermostat that has a bare name ("Thermostat") beside one named by its place ("Bedroom Thermostat").
const mainHome = (unit: 'C' | 'F') => {
  const home = testHome();
  return createParser({ ...home, temperatureUnit: unit, entities: home.entities.map((e) => (e.id === 'climate.downstairs' ? { ...e, name: 'Thermostat' } : e)) });
};
const mainC = readers(mainHome('C'), now);
const mainF = readers(mainHome('F'), now);

describe('23b: "the main one", "the other one" after a thermostat named by its place', () => {
  it.each([
    ['put the bedroom heating on 17 and the main thermostat on 21', ['climate.bedroom set_temperature 17', 'climate.downstairs set_temperature 21']],
    ['bedroom heating to 16 and then the other one to 22', ['climate.bedroom set_temperature 16', 'climate.downstairs set_temperature 22']],
    ['bedroom heat to 18, the other one to 20', ['climate.bedroom set_temperature 18', 'climate.downstairs set_temperature 20']],
    ['turn the bedroom heat down 2 degrees and the main thermostat up 1', ['climate.bedroom temperature_step -2', 'climate.downstairs temperature_step 1']],
    ['heating in the bedroom to 19 and the regular thermostat to 22', ['climate.bedroom set_temperature 19', 'climate.downstairs set_temperature 22']],
    ['set the bedroom thermostat to 18 and the normal thermostat to 21', ['climate.bedroom set_temperature 18', 'climate.downstairs set_temperature 21']],
    ['the primary thermostat to 20', ['climate.downstairs set_temperature 20']],
  ])('°C: %s', (s, want) => expect(mainC.read(s)).toEqual(want));
  it.each([
    ['bedroom heating to 64 and the main thermostat to 70', ['climate.bedroom set_temperature 17.8', 'climate.downstairs set_temperature 21.1']],
    ['put the bedroom heating on 61 and the other one on 72', ['climate.bedroom set_temperature 16.1', 'climate.downstairs set_temperature 22.2']],
    ['bedroom heat down 4 degrees and the other one up 2', ['climate.bedroom temperature_step -2.2', 'climate.downstairs temperature_step 1.1']],
  ])('°F: %s', (s, want) => expect(mainF.read(s)).toEqual(want));
  it('"regular" is no word of a lamp\'s name: asked', () => {
    mainC.asks('the regular lamp on');
  });
});
