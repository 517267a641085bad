// Issue 14, fifth round: the classes held-back set v4 found refused or asked about where a command was plain — lead-ins,
// "stop", lists of floors, devices and the rest — each with a safety check that what must still be asked is asked.
// Sentences of our own, on the parser's small test home.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { readers } from './test-read';
import { testHome } from './test-home';

const parser = createParser(testHome());
/** Wednesday 2025-03-05, 09:00. */
const now = new Date(2025, 2, 5, 9, 0, 0);
const { read, asks } = readers(parser, now);

describe('lead-ins', () => {
  it('sets aside what is said first and asks for nothing, however many parts it has', () => {
    expect(read('right, bedtime. desk lamp off and lock the front door')).toEqual(['light.office_lamp turn_off', 'lock.front lock']);
    expect(read('ok so before we go out: lock the back door and switch off the kitchen ceiling')).toEqual(['lock.back lock', 'light.kitchen_ceiling turn_off']);
    expect(read('alright listen, two things: desk fan on, porch light off')).toEqual(['fan.office turn_on', 'light.porch turn_off']);
    expect(read('one more thing before I forget, set the bedroom thermostat to 19')).toEqual(['climate.bedroom set_temperature 19']);
    expect(read('game time! tv on, floor lamp off')).toEqual(['media_player.tv turn_on', 'light.living_floor_lamp turn_off']);
    expect(read('look, I want the desk fan at 30%')).toEqual(['fan.office set_fan_speed 30']);
    expect(read('for the guests: movie night on')).toEqual(['scene.movie turn_on']);
    expect(read('all right, time to sleep: desk lamp off, front door locked')).toEqual(['light.office_lamp turn_off', 'lock.front lock']);
    expect(read('time for bed: porch light off')).toEqual(['light.porch turn_off']);
  });

  it('takes a place said first as where the rest happens', () => {
    expect(read("okay, I'm in the office now, turn on the lamp")).toEqual(['light.office_lamp turn_on']);
    expect(read('so, about the bedroom: close the curtain and turn the fan off')).toEqual(['cover.bedroom_curtain close', 'fan.bedroom turn_off']);
  });

  it('still asks when the lead-in sets a condition or a time it cannot read, or a place is "them"', () => {
    asks('after lunch, lock the back door');
    asks("I'm out tonight, so turn the bedroom thermostat down");
    asks('the kitchen is dark, turn them on');
  });
});

describe('stop', () => {
  it('reads stop said with hesitations, repeats, "right now" and "quit …ing"', () => {
    expect(read('hold on, stop the garage door right now')).toEqual(['cover.garage_door stop']);
    expect(read('no no stop', { previous: ['cover.garage_door'] })).toEqual(['cover.garage_door stop']);
    expect(read('wait, stop', { previous: ['cover.garage_door'] })).toEqual(['cover.garage_door stop']);
    expect(read('quit moving the bedroom curtain')).toEqual(['cover.bedroom_curtain stop']);
    expect(read('robo, quit cleaning')).toEqual(['vacuum.robo stop']);
    expect(read('stop cleaning')).toEqual(['vacuum.robo stop']);
    expect(read('every blind in the house, stop')).toEqual(['cover.living_blinds stop']);
  });

  it('stops the one just moved when "the curtain" fits several', () => {
    const twoCurtains = createParser({
      ...testHome(),
      entities: [...testHome().entities, { id: 'cover.office_curtain', name: 'Office Curtain', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'open', deviceClass: 'curtain', attributes: {} }],
    });
    expect(read('stop closing the curtain', { previous: ['cover.office_curtain'] }, twoCurtains)).toEqual(['cover.office_curtain stop']);
    asks('stop closing the curtain', {}, twoCurtains);
    asks('close the curtain', { previous: ['cover.office_curtain'] }, twoCurtains);
  });

  it('reads a count of devices as a count, and asks when it does not fit', () => {
    const twoCurtains = createParser({
      ...testHome(),
      entities: [...testHome().entities, { id: 'cover.office_curtain', name: 'Office Curtain', domain: 'cover', area: 'Office', floor: 'First Floor', state: 'open', deviceClass: 'curtain', attributes: {} }],
    });
    expect(read('stop the two curtains', {}, twoCurtains)).toEqual(['cover.bedroom_curtain stop', 'cover.office_curtain stop']);
    asks('stop the three curtains', {}, twoCurtains);
    asks('stop the two living room blinds');
    expect(read('set the 2 kitchen lights to 40%')).toEqual(['light.kitchen_ceiling set_brightness 40', 'light.kitchen_island set_brightness 40']);
  });
});

describe('lists of floors', () => {
  it('reads floors listed every way: "as well as", articles, "floors one and two", a pause, the second said alone', () => {
    const all = ['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.living_floor_lamp turn_off', 'light.living_reading turn_off',
      'light.hallway turn_off', 'light.porch turn_off', 'light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off'];
    expect(read('turn off every light on the ground as well as the first floor')).toEqual(all);
    expect(read('both the ground and the first floor: lights off')).toEqual(all);
    expect(read('turn off the lights on the ground floor and on the first, but leave the kitchen on')).toEqual(all.slice(2));
    expect(read('close the window coverings on the first floor')).toEqual(['cover.bedroom_curtain close']);
    expect(read('lights off on the ground floor plus the first')).toEqual(all);
  });

  it('asks about a floor the home does not have, and never drops "the second" said alone', () => {
    asks('turn off the lights on floors one and two');
    asks('turn off the lights in the kitchen and the second');
  });
});

describe('devices said with more around them', () => {
  it('reads "for the dog", "whatever\'s playing on", "the sound back on", "make sure … is locked"', () => {
    expect(read('unlock the front door for the dog')).toEqual(['lock.front unlock']);
    expect(read("pause whatever's playing on the living room tv")).toEqual(['media_player.tv media_pause']);
    expect(read('turn the sound back on on the living room tv')).toEqual(['media_player.tv unmute']);
    expect(read('make sure the back door is locked')).toEqual(['lock.back lock']);
    expect(read('make sure the porch light is off')).toEqual(['light.porch turn_off']);
    expect(read('open the bedroom curtain but leave the blinds')).toEqual(['cover.bedroom_curtain open']);
  });

  it('still asks about words after "for" that may name something', () => {
    asks('unlock the front door for the postbox');
  });
});

describe('values, sides, spelling and politeness said loosely', () => {
  it('reads "pct", and two settings of different kinds for one light as two steps (two of one kind still ask)', () => {
    expect(read('desk lamp at 25 pct and porch light at 75 pct')).toEqual(['light.office_lamp set_brightness 25', 'light.porch set_brightness 75']);
    expect(read('kitchen ceiling to 3000 kelvin and 50%')).toEqual(['light.kitchen_ceiling set_color_temp 3000', 'light.kitchen_ceiling set_brightness 50']);
    asks('set the kitchen ceiling to 30 and 50%');
  });

  it('reads "first" of the steps, "pull … shut", and an end said among other commands', () => {
    expect(read('close the bedroom curtain first and after that the blinds')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds close']);
    expect(read('can you pull the bedroom curtain shut')).toEqual(['cover.bedroom_curtain close']);
    expect(read('pull the living room blinds shut, then do the same with the bedroom curtain')).toEqual(['cover.living_blinds close', 'cover.bedroom_curtain close']);
    expect(read('bedroom curtain closed, and could you open the blinds')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds open']);
    // Alone, "the curtain closed" may be a question: asked.
    asks('bedroom curtain closed');
  });

  it('reads "em", "evry", a misspelled word beside another misspelled word of the name', () => {
    expect(read('flip em off', { previous: ['light.office_lamp', 'light.porch'] })).toEqual(['light.office_lamp turn_off', 'light.porch turn_off']);
    expect(read('turn of evry light in the kichen')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
    expect(read('pls lok the frunt dor')).toEqual(['lock.front lock']);
  });

  it('reads "I\'d really appreciate it if …", "… spinning", "pretty please"', () => {
    expect(read("I'd really appreciate it if the desk fan were switched off")).toEqual(['fan.office turn_off']);
    expect(read("let's get the bedroom fan spinning")).toEqual(['fan.bedroom turn_on']);
    expect(read('pretty please unlock the back door')).toEqual(['lock.back unlock']);
  });
});

describe('places, times and questions said loosely', () => {
  it('reads "whatever blinds are in …" and a topic then "them"', () => {
    expect(read('shut whatever blinds are in the living room')).toEqual(['cover.living_blinds close']);
    expect(read('lamps on the first floor: switch them off')).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off']);
  });

  it('reads "when the sun goes down" as at sunset, every day', () => {
    const r = parser.parse('when the sun goes down, switch the porch light on', { now });
    expect(r.actions.map((a) => [a.entity, a.service, a.schedule?.kind])).toEqual([['light.porch', 'turn_on', 'sun']]);
    expect(r.schedule).toMatchObject({ kind: 'sun', event: 'sunset' });
  });

  it('answers "has anybody come home yet"', () => {
    const r = parser.parse('has anybody come home yet', { now });
    expect(r.actions).toEqual([]);
    expect(r.answer).toBeDefined();
  });

  it('asks "next to what?": a room is not "next to"', () => {
    asks('turn on the desk lamp and the lamp next to it');
    asks('turn on the lamp next to it', { previous: ['light.office_lamp'] });
  });
});

describe('more said loosely (the sets before v4)', () => {
  it('answers "is anything still lit …" and "give me the … reading"', () => {
    expect(parser.parse('is anything still lit on the ground floor?', { now }).answer).toBe('Yes, Floor Lamp and Kitchen Ceiling');
    expect(parser.parse('give me the kitchen temperature reading', { now }).answer).toBe('Kitchen Temperature is 22.4 °C');
  });

  it('reads wishes said with a comparative or a list, never mixing ends said in them', () => {
    expect(read("I'd love it if the desk lamp was a bit brighter")).toEqual(['light.office_lamp brightness_step 10']);
    expect(read('I need the bedroom curtain and the living room blinds opened')).toEqual(['cover.bedroom_curtain open', 'cover.living_blinds open']);
    expect(read('I want the desk lamp on and the desk fan off')).toEqual(['light.office_lamp turn_on', 'fan.office turn_off']);
    expect(read('the bedroom curtain needs closing and the blinds need opening')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds open']);
  });

  it('reads a floor that feels cold as where to warm, and "make it 19 in …" as said of the room', () => {
    expect(read('the first floor is chilly, warm it up by 2 degrees')).toEqual(['climate.bedroom temperature_step 2']);
    // The bedroom has a lamp and a thermostat: which is asked.
    asks('make it 19 in the bedroom');
  });

  it('calls window coverings in a place by each other\'s names only when none of the kind said is there', () => {
    // (Round 12: a curtain never stands in for blinds — v11 labels "close the shades" in a room of curtains a question.)
    asks('close the blinds in the bedroom');
    expect(read('close the blinds')).toEqual(['cover.living_blinds close']);
    const noBlinds = createParser({ ...testHome(), entities: testHome().entities.filter((e) => e.id !== 'cover.living_blinds') });
    asks('close the blinds', {}, noBlinds);
  });
});

describe('statements said first, and on and off in one breath', () => {
  it('sets aside "it\'s party time, so …" and "here\'s the plan: …"; each device ends as said', () => {
    expect(read("it's party time, so tv on and lights off in the living room"))
      .toEqual(['media_player.tv turn_on', 'light.living_floor_lamp turn_off', 'light.living_reading turn_off']);
    expect(read("okay so here's the plan: desk fan on, blinds closed")).toEqual(['fan.office turn_on', 'cover.living_blinds close']);
    expect(read('tv on and desk lamp off')).toEqual(['media_player.tv turn_on', 'light.office_lamp turn_off']);
  });

  it('reads "could ya" and "do you reckon you could"', () => {
    expect(read('could ya switch off the porch light')).toEqual(['light.porch turn_off']);
    expect(read('do you reckon you could turn on the desk fan')).toEqual(['fan.office turn_on']);
    expect(read('is there any way you could dim the desk lamp')).toEqual(['light.office_lamp brightness_step -10']);
    expect(read('I was hoping you could turn off the living room tv')).toEqual(['media_player.tv turn_off']);
    expect(read('lemme get the lights on in the office')).toEqual(['light.office_lamp turn_on']);
  });
});
