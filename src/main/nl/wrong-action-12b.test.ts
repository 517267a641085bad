// Issue 14, twelfth round (continued): classes of v11's wrong actions, with sentences of our own (none copied from a set).
// The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { createParser } from './parser';
import { testSetting } from './test-read';

const { read, asks, home } = testSetting();

describe('round 12: a clock time of today that has already passed', () => {
  it('asks — never moves it to tomorrow or does it now', () => {
    asks('at 8:15 this morning open the bedroom curtain');
    asks('switch the porch light off at 6 this morning');
    asks('today at 7:45 turn on the desk lamp');
  });
  it('still schedules a time of today that is still ahead', () => {
    expect(read('turn on the porch light at 11 this morning')).toEqual(['light.porch turn_on +7200s']);
    expect(read('at 8 tonight turn on the porch light')).toEqual(['light.porch turn_on +39600s']);
  });
});

describe('round 12: "come <clock time>" says when', () => {
  it('schedules at that time, never now', () => {
    expect(read('come noon, switch on the porch light')).toEqual(['light.porch turn_on +10800s']);
    expect(read('come 6 pm turn off the desk lamp')).toEqual(['light.office_lamp turn_off +32400s']);
  });
  it('leaves "come on" alone', () => {
    expect(read('come on, switch on the porch light')).toEqual(['light.porch turn_on']);
  });
});

describe('round 12: a temperature step beyond what a room is ever moved at once', () => {
  it('asks — never sends it', () => {
    asks('turn the downstairs thermostat up by 25 degrees');
    asks('drop the bedroom thermostat by 15');
  });
  it('still steps by a usual number of degrees', () => {
    expect(read('turn the downstairs thermostat up by 2 degrees')).toEqual(['climate.downstairs temperature_step 2']);
  });
});

describe('round 12: a temperature step with no number of degrees', () => {
  it('asks how many degrees — never guesses one', () => {
    asks('could you nudge the heat up a smidge in the bedroom');
    asks('turn the heating down a little in the living room');
  });
  it('still steps when the degrees are said', () => {
    expect(read('turn the heat down a degree in the bedroom')).toEqual(['climate.bedroom temperature_step -1']);
  });
});

describe('round 12: a cover opened or closed "a bit"', () => {
  // The bedroom curtain is open, but how far is not known.
  const h = home('C');
  const openCurtain = createParser({ ...h, entities: h.entities.map((e) => (e.id === 'cover.bedroom_curtain' ? { ...e, state: 'open' } : e)) });
  it('is a small step, never all the way, however the verb is said', () => {
    expect(read('pull the bedroom curtain open a bit')).toEqual(['cover.bedroom_curtain set_position 10']);
    expect(read('the bedroom curtain open a little')).toEqual(['cover.bedroom_curtain set_position 10']);
    expect(read('close the living room blinds a little')).toEqual(['cover.living_blinds set_position 50']);
  });
  it('asks when the cover is open but how far is not known — never takes it as fully open', () => {
    asks('open the bedroom curtain a little more', {}, openCurtain);
    asks('could you close the bedroom curtain a bit', {}, openCurtain);
    expect(read('open the bedroom curtain', {}, openCurtain)).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('round 12: "the shades" in a room that has only curtains', () => {
  it('asks — a curtain never stands in for a shade or blind', () => {
    asks('close the shades in the bedroom');
    asks('lower the blinds in the bedroom');
  });
  it('still lets blinds, shades and shutters go by each other\'s names', () => {
    expect(read('close the shades in the living room')).toEqual(['cover.living_blinds close']);
  });
});

describe('round 12: "the switch …" said first is the thing named, never the verb', () => {
  it('switches the switch only — not every light of the room', () => {
    expect(read('the plug in the office, off')).toEqual(['switch.heater_plug turn_off']);
    expect(read('the switch in the kitchen on')).toEqual(['switch.coffee turn_on']);
  });
});

describe('round 12: "much" brighter or louder, with no size said', () => {
  it('asks how much — never a guessed step', () => {
    asks('much dimmer in the office');
    asks('make the living room tv much louder');
  });
  it('still reads "a lot" as a big step', () => {
    expect(read('turn the desk lamp up a lot')).toEqual(['light.office_lamp brightness_step 30']);
  });
});

describe('round 12: a value measured from another device or step ("… lower than that")', () => {
  it('asks — never steps the device from its own setting', () => {
    asks('set the downstairs thermostat to 21 and the bedroom one 2 degrees lower than that');
    asks('make the desk lamp 20 brighter than the floor lamp');
  });
  it('still steps from its own setting when that is what is said', () => {
    expect(read('make the bedroom thermostat two degrees warmer than it is')).toEqual(['climate.bedroom temperature_step 2']);
  });
});

describe('round 12: a second wait said as a bare number ("… and in 20 the porch light")', () => {
  it('is a wait in the unit of the one before, never a level', () => {
    expect(read('in 10 minutes switch the desk lamp off and in 20 the porch light')).toEqual(['light.office_lamp turn_off +600s', 'light.porch turn_off +1200s']);
  });
  it('asks when no unit was said before, or the value is not said again', () => {
    asks('in 20 switch off the porch light');
    asks('in 5 minutes set the desk lamp to 40 and in 10 the porch light');
  });
});

describe('round 12: a floor said first, then a kind whose word is also a device\'s name ("first floor, every light off")', () => {
  // A light sensor called just "Light", as homes have.
  const h = home('C');
  const withSensor = createParser({ ...h, entities: [...h.entities, { id: 'binary_sensor.light', name: 'Light', domain: 'binary_sensor', area: null, floor: null, state: 'off', deviceClass: 'light', attributes: {} }] });
  it('keeps the floor — never every light of the home', () => {
    expect(read('first floor, every light off', {}, withSensor)).toEqual(['light.bedroom_lamp turn_off', 'light.office_lamp turn_off', 'light.bathroom_mirror turn_off']);
  });
});

describe('round 12: "the kitchen light" (a room said before one light) where the room has several', () => {
  it('asks which one — never every light of the room', () => {
    asks('switch off the kitchen light');
    asks('kitchen light on please');
  });
  it('still does "the light in the kitchen" (all of them), and a room with one light', () => {
    expect(read('turn on the light in the kitchen')).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']);
    expect(read('switch off the hallway light')).toEqual(['light.hallway turn_off']);
    expect(read('turn off the kitchen lights')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
});

describe('round 12 (misses): "the left one" said in the speaker\'s room', () => {
  const h = home('C');
  const curtain = h.entities.find((e) => e.id === 'cover.bedroom_curtain')!;
  const shades = createParser({ ...h, entities: [...h.entities, { ...curtain, id: 'cover.office_left', name: 'Office Shade Left', area: 'Office', floor: 'First Floor', deviceClass: 'shade' }] });
  it('is the one there that fits', () => {
    expect(read('close the left one', { area: 'Office' }, shades)).toEqual(['cover.office_left close']);
    expect(read('that left one, stop it', { area: 'Office' }, shades)).toEqual(['cover.office_left stop']);
  });
  it('still asks with no room known for the speaker', () => {
    asks('close the left one', {}, shades);
  });
});

describe('round 12 (misses): "should read 20" is a setting, never the colour red', () => {
  it('sets the thermostat', () => {
    expect(read('the bedroom thermostat should read 19')).toEqual(['climate.bedroom set_temperature 19']);
  });
});

describe('round 12 (misses): a room set to a number with a half', () => {
  it('is its temperature (a half is said of degrees, never of a percent)', () => {
    expect(read('set the living room to 21 and a half')).toEqual(['climate.downstairs set_temperature 21.5']);
  });
  it('still asks for a whole number where lights and a thermostat both fit', () => {
    asks('set the living room to 21');
  });
});

describe('round 12 (misses): "the other <kind>" after one named in the same list', () => {
  it('is the one not named', () => {
    expect(read('turn off the bedroom fan and the other fan')).toEqual(['fan.bedroom turn_off', 'fan.office turn_off']);
  });
  it('still asks "the other fan" with nothing named before', () => {
    asks('turn off the other fan');
  });
});

describe('round 12 (misses): "just the X, <do> it"', () => {
  it('is X, as "the X, <do> it" is', () => {
    expect(read('just the porch light, switch it on')).toEqual(['light.porch turn_on']);
  });
});

describe('round 12 (misses): "for the night"', () => {
  it('is now, and left so — never a time to ask about', () => {
    expect(read('porch light, switch it off for the night')).toEqual(['light.porch turn_off']);
    expect(read('lock the front door for tonight')).toEqual(['lock.front lock']);
  });
  it('still asks "in the night" with no clock time', () => {
    asks('switch the porch light off in the night');
  });
});

describe('round 12 (misses): "…, right one all the way closed" after a curtain', () => {
  it('closes the other side\'s one of that kind', () => {
    const h = home('C');
    const curtain = h.entities.find((e) => e.id === 'cover.bedroom_curtain')!;
    const pair = createParser({ ...h, entities: [...h.entities, { ...curtain, id: 'cover.study_left', name: 'Study Curtain Left', area: 'Office' }, { ...curtain, id: 'cover.study_right', name: 'Study Curtain Right', area: 'Office' }] });
    expect(read('study curtain left to 40, right one all the way closed', {}, pair)).toEqual(['cover.study_left set_position 40', 'cover.study_right close']);
  });
});

describe('round 12 (misses): "the X on the right, <do> that"', () => {
  it('is the X on that side', () => {
    const h = home('C');
    const curtain = h.entities.find((e) => e.id === 'cover.bedroom_curtain')!;
    const pair = createParser({ ...h, entities: [...h.entities.filter((e) => e.id !== 'cover.bedroom_curtain'), { ...curtain, id: 'cover.left', name: 'Curtain Left' }, { ...curtain, id: 'cover.right', name: 'Curtain Right' }] });
    expect(read('the curtain on the right-hand side, open that up', {}, pair)).toEqual(['cover.right open']);
  });
});

describe('round 12 (misses): "on the first floor, …" said first', () => {
  it('is where the steps after it happen — "on" there switches nothing', () => {
    expect(read('on the first floor, open the curtain and turn the mirror light on')).toEqual(['cover.bedroom_curtain open', 'light.bathroom_mirror turn_on']);
  });
});

describe('round 12 (misses): "all the X except Y, <do> them"', () => {
  it('does X but Y', () => {
    expect(read('all the fans except the desk fan, switch them off')).toEqual(['fan.bedroom turn_off']);
  });
});

describe('round 12 (misses): "… the living room lights but leave the lamp on"', () => {
  it('leaves out the one called so, never every light of the room', () => {
    expect(read('turn off the living room lights but leave the lamp on')).toEqual(['light.living_reading turn_off']);
  });
});

describe('round 12 (misses): "be so kind as to pull X open"', () => {
  it('opens X', () => {
    expect(read('would you be so kind as to push the bedroom curtain shut')).toEqual(['cover.bedroom_curtain close']);
  });
});

describe('round 12 (misses): "could the X be <end>"', () => {
  it('asks for X to end so', () => {
    expect(read('sorry, could the back door be locked')).toEqual(['lock.back lock']);
    expect(read('would the porch light be on please')).toEqual(['light.porch turn_on']);
  });
  it('never does it for "can the X be <end>?" (whether it can)', () => {
    expect(read('can the back door be locked?')).toEqual([]);
  });
});

describe('round 12 (misses): "I\'d love (for) the X to be on"', () => {
  it('is a wish, as "I\'d like the X to be on" is', () => {
    expect(read("I'd love for the porch light to be on")).toEqual(['light.porch turn_on']);
  });
});

describe('round 12 (misses): "stop" said after the device ("the X needs to stop")', () => {
  it('stops X', () => {
    expect(read('the living room blinds need to stop')).toEqual(['cover.living_blinds stop']);
    expect(read('can the living room blinds stop where it is now')).toEqual(['cover.living_blinds stop']);
  });
});

describe('round 12 (misses): "make it 20 in here" in a room with a thermostat', () => {
  it('is the room\'s temperature', () => {
    expect(read('make it 20 in here', { area: 'Bedroom' })).toEqual(['climate.bedroom set_temperature 20']);
  });
  it('still asks where the room has no thermostat, or the room is named', () => {
    asks('make it 20 in here', { area: 'Kitchen' });
    asks('make it 21 in the living room');
  });
});

describe('round 12 (misses): "give the X its sound back"', () => {
  it('unmutes X', () => {
    expect(read('give the living room tv its sound back')).toEqual(['media_player.tv unmute']);
  });
});

describe('round 12 (misses): "any chance of getting the X opened?"', () => {
  it('opens X', () => {
    expect(read('any chance of getting the bedroom curtain opened?')).toEqual(['cover.bedroom_curtain open']);
    expect(read('get the back door locked')).toEqual(['lock.back lock']);
  });
});

describe('round 12 (misses): "get rid of the X"', () => {
  it('switches X off', () => {
    expect(read('would you mind getting rid of the light in the hallway')).toEqual(['light.hallway turn_off']);
  });
});

describe('round 12 (misses): "give the X a <colour> (tint)"', () => {
  it('makes X that colour', () => {
    expect(read('give the desk lamp a soft blue glow')).toEqual(['light.office_lamp set_color blue']);
    expect(read('give the desk lamp a cosy warm white')).toEqual(['light.office_lamp set_color_temp 2700']);
  });
  it('leaves anything else alone', () => {
    expect(read('give the desk lamp a go')).toEqual([]);
  });
});

describe('round 12 (misses): "40 points brighter", "by 10 notches"', () => {
  it('are steps in percent', () => {
    expect(read('the desk lamp 40 points brighter')).toEqual(['light.office_lamp brightness_step 40']);
    expect(read('bring the living room tv down by 10 notches')).toEqual(['media_player.tv volume_step -10']);
  });
  it('never make a thermostat step in percent', () => {
    asks('set the bedroom thermostat 2 points higher');
  });
});

describe('round 12 (misses): "… on 2700 kelvin, … on 6500"', () => {
  it('reads the second number, which no percent can be, as kelvin too', () => {
    expect(read('desk lamp on 2700 kelvin, hallway light on 6500')).toEqual(['light.office_lamp set_color_temp 2700', 'light.hallway set_color_temp 6500']);
  });
  it('still asks a number above 100 % with no kelvin said before', () => {
    asks('hallway light on 6500');
  });
});
