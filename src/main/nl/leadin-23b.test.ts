// Round 23b (leadin-23b.ts): a lead-in that names nothing of the home, before a pause, is set aside when the whole sentence
// was refused; one that says a condition, a time, a denial or "it" is never.
import { describe, expect, it } from 'vitest';
import { readers, testSetting } from './test-read';

const { read, asks, now, fahrenheit } = testSetting();

describe('23b: a lead-in naming nothing is set aside', () => {
  it.each([
    ["it's laundry day so could you turn on the coffee machine and open the living room blinds", ['switch.coffee turn_on', 'cover.living_blinds open']],
    ["so I've just got home, unlock the back door and turn on the porch light", ['lock.back unlock', 'light.porch turn_on']],
    ['what a day! desk lamp off and close the bedroom curtain', ['light.office_lamp turn_off', 'cover.bedroom_curtain close']],
    ['bringing the groceries in, hallway light on', ['light.hallway turn_on']],
    ["when you've got a minute: close the bedroom curtain, lock the back door", ['cover.bedroom_curtain close', 'lock.back lock']],
    ['carrying the shopping in, hallway light on and unlock the back door', ['light.hallway turn_on', 'lock.back unlock']],
    ['hauling the bins in, porch light on', ['light.porch turn_on']],
    ['what a mess! start the robo and open the living room blinds', ['vacuum.robo start', 'cover.living_blinds open']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('°F', () => {
    expect(readers(fahrenheit, now).read('ugh what a day! downstairs thermostat to 70 and the desk lamp on')).toEqual(['climate.downstairs set_temperature 21.1', 'light.office_lamp turn_on']);
  });
});

describe('23b: a lead-in that says when, if, not, or points to something is never set aside', () => {
  it.each([
    'in a bit: porch light off',
    'if the baby wakes: hallway light on',
    'after the film, porch light off',
    'going away tomorrow, so lock the front door',
    'once the kids are in bed, porch light off',
    'the kids are asleep, turn it off',
    'when I get home: unlock the front door',
    'as soon as we leave, lock the back door',
    "it's too loud, turn up the desk fan",
    'up in the loft, lights off',
    'open the bedroom curtain, make it quit',
  ])('%s', (s) => asks(s));
  it('a device called by its kind with no place of its own, said in a room, is not read there when a lead-in was set aside', () => {
    asks('den, blinds down', { area: 'Living Room' });
  });
});

describe('23b: "stop" said after the device, wanted, or with "where it\'s at" / "any further"', () => {
  it.each([
    ["bedroom curtain — that's it, stop", ['cover.bedroom_curtain stop']],
    ['living room blinds, hold on, stop there', ['cover.living_blinds stop']],
    ['garage door, whoa, stay there', ['cover.garage_door stop']],
    ["freeze the living room blinds where they're at", ['cover.living_blinds stop']],
    ['I want the desk fan to stop now', ['fan.office turn_off']],
    ['the living room blinds are closing, make them quit', ['cover.living_blinds stop']],
    ["the garage door's opening, make it quit", ['cover.garage_door stop']],
    ['stop the garage door from closing any further', ['cover.garage_door stop']],
    ["bedroom fan — ok, that's enough", ['fan.bedroom turn_off']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('with nothing named, still asked', () => {
    asks('make it stop');
    asks('I want the porch light to stop flickering');
    asks("that's it, stop");
  });
});

describe('23b: "nudge/take X N higher/lower" is a change by that amount', () => {
  it.each([
    ['nudge the downstairs thermostat 2 higher', ['climate.downstairs temperature_step 2']],
    ['take the bedroom thermostat 3 degrees lower', ['climate.bedroom temperature_step -3']],
    ['take the desk lamp 20 percent lower', ['light.office_lamp brightness_step -20']],
    ['push the floor lamp 15 percent brighter', ['light.living_floor_lamp brightness_step 15']],
    ['nudge the downstairs thermostat 1 higher and the bedroom thermostat 2 lower', ['climate.downstairs temperature_step 1', 'climate.bedroom temperature_step -2']],
    ['shift the bedroom thermostat 2 degrees warmer', ['climate.bedroom temperature_step 2']],
    ['edge the living room tv 5 quieter', ['media_player.tv volume_step -5']],
  ])('%s', (s, want) => expect(read(s)).toEqual(want));
  it('°F', () => {
    expect(readers(fahrenheit, now).read('take the bedroom thermostat 4 °F lower')).toEqual(['climate.bedroom temperature_step -2.2']);
  });
  it('with no way said, still asked', () => {
    asks('take the desk lamp 20 percent');
    asks('nudge the desk lamp 20 percent');
  });
});
