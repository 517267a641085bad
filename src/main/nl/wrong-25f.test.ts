// Round 25f (wrong-25f.ts): wrong actions a hostile tester found with fresh sentences, each as a class.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { readers, testSetting } from './test-read';
import { testHome } from './test-home';

const { read, asks } = testSetting();

describe('25f: "not here" said, acting on the speaker\'s room, is asked', () => {
  it.each([
    ['open the blinds, not here, the bedroom curtain', 'Living Room'],
    ['turn off the lights not here', 'Kitchen'],
    ['turn the lights off, not here, the hallway', 'Kitchen'],
    ['switch the lamp off not here', 'Bedroom'],
    ['the lights, not here but in the living room, off please', 'Kitchen'],
    ['lights off but not here, in the hallway', 'Kitchen'],
    ['close the blinds, not here, the ones in the bedroom', 'Living Room'],
  ])('%s (%s)', (s, area) => asks(s, { area }));
  it('"here" alone still acts', () => {
    expect(read('turn off the lights in here', { area: 'Kitchen' })).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
});

describe('25f: "not X, Y" read as leaving out Y too is asked (a correction, or two left out?)', () => {
  it.each([
    ['turn on the lights, not the kitchen ones, the hallway'],
    ['switch off the lights, not the kitchen, the office'],
    ['turn off all the lights, not the bedroom, the kitchen'],
    ['turn off the lights, not the kitchen ones but the hallway'],
    ['turn on the lights but not the office, the hallway'],
    ['turn off the lights, not the kitchen, the hallway and the bedroom'],
  ])('%s', (s) => asks(s));
  it('"not X and Y", "not X, not Y" and "not X, and …" still act', () => {
    expect(read('turn off the lights, not the kitchen and not the hallway')).not.toEqual([]);
    expect(read('turn on the desk fan, not the desk lamp, and close the bedroom curtain')).toEqual(['fan.office turn_on', 'cover.bedroom_curtain close']);
  });
});

describe('25f: "of" starting or ending a part after "on" is "off" misspelt — asked, never switched on', () => {
  it.each([
    ['turn on the desk lamp and of the porch light'],
    ['switch on the desk fan and of the hallway light'],
    ['turn the porch light on and of the desk lamp'],
    ['turn on the kitchen ceiling, of the desk lamp'],
    ['turn on the porch light then of the desk fan'],
    ['turn on the porch light and the hallway light of'],
    ['switch on the desk lamp and the desk fan of'],
    ['turn on the porch light and of'],
  ])('%s', (s) => asks(s));
  it('"of" as a preposition, or an "of" read as off, still acts', () => {
    expect(read('turn on the lights of the kitchen')).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']);
    expect(read('turn the porch light on, the desk fan of')).toEqual(['light.porch turn_on', 'fan.office turn_off']);
    expect(read('turn off the desk fan and of the porch light')).toEqual(['fan.office turn_off', 'light.porch turn_off']);
  });
});

describe('25f: "the <room> one" is a device, never the value 1', () => {
  it.each([
    ['open the blinds and the bedroom one but not the garage'],
    ['open the covers and the bedroom one except the garage door'],
  ])('%s', (s) => asks(s));
  it('"to one percent" still acts', () => {
    expect(read('set the desk lamp to one percent')).toEqual(['light.office_lamp set_brightness 1']);
  });
});

describe('25f: "and the one here" / "and this one" with nothing of the speaker\'s room acted on is asked', () => {
  it.each([
    ['turn on the porch light and the one here', 'Bedroom'],
    ['turn on the porch light and the one in here', 'Bedroom'],
    ['close the bedroom curtain and the ones here', 'Living Room'],
    ['turn off the desk lamp and this one', 'Kitchen'],
  ])('%s (%s)', (s, area) => asks(s, { area }));
  it('with no room known, "this one" is asked too', () => asks('turn off the desk lamp and this one'));
});

describe('25f: "there" with no place said before it is asked (not read as here, or as everywhere)', () => {
  it.each([
    ['turn on the lights there', 'Kitchen'],
    ['close the curtain over there', 'Bedroom'],
    ['open the curtain there', 'Bedroom'],
    ['turn the lamp off there', 'Living Room'],
  ])('%s (%s)', (s, area) => asks(s, { area }));
  it('"there" after a room, "stop it there" and "hey there" still act', () => {
    expect(read("I'm going to the bedroom, turn the lamp on there", { area: 'Kitchen' })).toEqual(['light.bedroom_lamp turn_on']);
    expect(read('switch off the desk fan there', { area: 'Kitchen' })).toEqual(['fan.office turn_off']);
    expect(read('stop the blinds there')).toEqual(['cover.living_blinds stop']);
    expect(read('hey there, turn on the porch light')).toEqual(['light.porch turn_on']);
  });
});

describe('25f: a part of the day repeated with no clock time is asked; "every afternoon" is a repeat', () => {
  it.each([
    ['every afternoon close the bedroom curtain'],
    ['close the bedroom curtain every afternoon'],
    ['every morning open the blinds'],
    ['every evening turn on the porch light'],
    ['every weekday morning open the blinds'],
  ])('%s', (s) => asks(s));
  it('"every afternoon at 3" repeats at 15:00', () => {
    const parser = createParser(testHome());
    const r = parser.parse('every afternoon at 3 close the bedroom curtain', { now: new Date(2025, 2, 5, 9, 0) });
    expect(r.actions.map((a) => a.schedule)).toEqual([expect.objectContaining({ kind: 'weekly', time: '15:00' })]);
  });
});

describe('25f: a side left out, while a device of that side is still acted on, is asked', () => {
  const base = testHome();
  const home = { ...base, entities: [...base.entities] };
  home.entities.push({ id: 'cover.left_blind', name: 'Left Blind', domain: 'cover', area: 'Bedroom', floor: 'First Floor', state: 'open', deviceClass: 'blind', attributes: {} });
  home.entities.push({ id: 'cover.left_curtain', name: 'Curtain Left', domain: 'cover', area: 'Living Room', floor: 'Ground Floor', state: 'open', deviceClass: 'curtain', attributes: {} });
  const { read: read2, asks: asks2 } = readers(createParser(home), new Date(2025, 2, 5, 9, 0));
  it.each([
    ['close the curtains and the bedroom blind except the left one'],
    ['close the curtains and the left blind except the left one'],
    ['close all the covers in the bedroom and the curtains except the left one'],
  ])('%s', (s) => asks2(s));
  it('the side said with its kind still acts', () => {
    expect(read2('close the curtains, but not the left curtain')).toEqual(['cover.bedroom_curtain close']);
  });
});

describe('25f: a bare room after a device named with its room, where the room has that device, is asked', () => {
  const base = testHome();
  const home = { ...base, entities: [...base.entities] };
  home.entities.push({ id: 'light.bedroom_light', name: 'Bedroom Light', domain: 'light', area: 'Bedroom', floor: 'First Floor', state: 'off', deviceClass: null, attributes: {} });
  home.entities.push({ id: 'light.office_light', name: 'Office Light', domain: 'light', area: 'Office', floor: 'First Floor', state: 'off', deviceClass: null, attributes: {} });
  const { read: read2, asks: asks2 } = readers(createParser(home), new Date(2025, 2, 5, 9, 0));
  it.each([
    ['bedroom light on and office off'],
    ['turn the office light off and the bedroom on'],
    ['set the bedroom light to 40 and the office to 60'],
    ['office light on, bedroom off'],
  ])('%s', (s) => asks2(s));
  it('the room with its kind, or its device named, still acts', () => {
    expect(read2('turn the bedroom light on and the office light off')).toEqual(['light.bedroom_light turn_on', 'light.office_light turn_off']);
    expect(read2('bedroom light on and the lights in the office off')).toEqual(['light.bedroom_light turn_on', 'light.office_lamp turn_off', 'light.office_light turn_off']);
  });
});

describe('25f: "heat on/off …" read as "heat up" is asked (it raised the setpoint for "heat off")', () => {
  it.each([
    ['heat off in the living room'],
    ['heat on in the bedroom'],
    ['heat off in the bedroom please'],
    ['ok, heat on in the living room'],
  ])('%s', (s) => asks(s));
  it('"heat the bedroom" and "turn the heating off in the bedroom" still act', () => {
    expect(read('turn the heating off in the bedroom')).toEqual(['climate.bedroom turn_off']);
    expect(read('heat the bedroom to 20')).toEqual(['climate.bedroom set_temperature 20']);
  });
});

describe('25f: a fan switched on and turned "up" in one sentence, its speed unknown, is asked (never 10 %)', () => {
  const base = testHome();
  const home = { ...base, entities: base.entities.map((e) => (e.id === 'fan.bedroom' ? { ...e, attributes: {} } : e)) };
  const { read: read2, asks: asks2 } = readers(createParser(home), new Date(2025, 2, 5, 9, 0));
  it.each([
    ['turn on the bedroom fan and turn it up'],
    ['bedroom fan on then turn it up'],
    ['switch the bedroom fan on and speed it up'],
  ])('%s', (s) => asks2(s));
  it('a speed said still acts', () => {
    expect(read2('turn on the bedroom fan and set it to 60%')).toEqual(['fan.bedroom turn_on', 'fan.bedroom set_fan_speed 60']);
  });
});
