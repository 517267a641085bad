// Round 25b (issue 14): dev19's stop, left/right, flip, coreference and multistep lines that were refused or asked, read as
// classes of saying (said-25b.ts). On the fixture home of the own sets (bench/data/nl/ha-fixtures-en.json, °F and °C):
// Curtain Left/Right (living room), Shade Left (guest room), Bedroom Curtain, Main Valve, Ceiling Fan, Rover, TV, three
// kitchen lights, Bedroom Lamp, Living Room Lamp, Play Corner, Kitchen and Bedroom Switch.
// Each "reads" case was refused or asked before round 25b; each "asks" case must stay a question (never a wrong action).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks, parsers, now } = fixtureSetting();

describe('round 25b: stop said in other ways: a cover, valve or robot stops, a fan is off, a programme stopped for now is paused', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('that\'s far enough on the left curtain, halt', {}, 'C')).toEqual(['cover.curtain_left stop']);
    expect(read('get that ceiling fan to stop whirling round', {}, 'C')).toEqual(['fan.ceiling turn_off']);
    expect(read('every curtain we have, stop them moving')).toEqual(['cover.curtain_left stop', 'cover.curtain_right stop', 'cover.bedroom stop']);
    expect(read('keep the bedroom curtain exactly where it\'s got to, stop', {}, 'C')).toEqual(['cover.bedroom stop']);
    expect(read('robot vac, stop')).toEqual(['vacuum.rover stop']);
    expect(read('stop the show on the tv for now', {}, 'C')).toEqual(['media_player.tv media_pause']);
    expect(read('the valve - halt it mid-turn', {}, 'C')).toEqual(['valve.main_valve stop']);
    expect(read('that\'s far enough on the right curtain, stop')).toEqual(['cover.curtain_right stop']);
    expect(read('that\'s enough on the bedroom curtain')).toEqual(['cover.bedroom stop']);
    expect(read('ok that\'s far enough on the shade, halt it')).toEqual(['cover.shade_left stop']);
    expect(read('that\'s far enough on the valve')).toEqual(['valve.main_valve stop']);
    expect(read('all the curtains we\'ve got, stop them')).toEqual(['cover.curtain_left stop', 'cover.curtain_right stop', 'cover.bedroom stop']);
    expect(read('every shade we have, stop it moving')).toEqual(['cover.shade_left stop']);
    expect(read('keep the left curtain where it is')).toEqual(['cover.curtain_left stop']);
    expect(read('hold the shade exactly where it\'s got to')).toEqual(['cover.shade_left stop']);
    expect(read('keep the valve where it is, stop')).toEqual(['valve.main_valve stop']);
    expect(read('leave the right curtain right where it\'s got to, stop')).toEqual(['cover.curtain_right stop']);
    expect(read('the vac, stop')).toEqual(['vacuum.rover stop']);
    expect(read('stop the robot vac')).toEqual(['vacuum.rover stop']);
    expect(read('send the vac home')).toEqual(['vacuum.rover return_to_base']);
    expect(read('the curtain on the left - halt it mid-turn')).toEqual(['cover.curtain_left stop']);
    expect(read('stop the film on the tv for a bit')).toEqual(['media_player.tv media_pause']);
    expect(read('stop the tv for now', {}, 'C')).toEqual(['media_player.tv media_pause']);
    expect(read('halt the music on the tv for a minute')).toEqual(['media_player.tv media_pause']);
    expect(read('stop the film on the tv till I get back')).toEqual(['media_player.tv media_pause']);
    expect(read('halt the shade mid-turn')).toEqual(['cover.shade_left stop']);
    expect(read('stop the valve mid-turn')).toEqual(['valve.main_valve stop']);
    expect(read('the left curtain, that\'s far enough')).toEqual(['cover.curtain_left stop']);
  });
  it('still asks where it is not certain', () => {
    asks('the kitchen lights, that\'s far enough');
    asks('make it stop');
    asks('keep the lamp where it is');
    asks('stop the film on the tv');
    asks('stop the music on the tv');
    asks('stop the show on the lamp');
    asks('stop the tv');
    // (round 27b: "midway" after a stop is the moment, as dev9, dev10, dev12, dev16 and dev20 label it — general-27b.ts;
    // "halfway" is still asked)
    expect(read('halt the left curtain mid-way')).toEqual(['cover.curtain_left stop']);
    asks('stop the shade halfway');
    asks('stop the show');
    asks('stop the tv show');
    asks('that\'s far enough');
    asks('that\'s enough on the lamp');
    asks('get the fan to stop flashing');
    asks('stop the garage light flickering');
  });
});

describe('round 25b: covers: "crack … open about a quarter", "roll it open", "X shut please", the kind said for "left one", "let it open"', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('crack the left curtain open about a quarter')).toEqual(['cover.curtain_left set_position 25']);
    expect(read('that left shade in the guest room, roll it open', {}, 'C')).toEqual(['cover.shade_left open']);
    expect(read('reverse the curtains - left one open, right one shut', {}, 'C')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    expect(read('curtain left shut now thanks', {}, 'C')).toEqual(['cover.curtain_left close']);
    expect(read('same again for the right one, let it open too', { previous: ['cover.curtain_left'] }, 'C')).toEqual(['cover.curtain_right open']);
    expect(read('crack the main valve open about a quarter')).toEqual(['valve.main_valve set_position 25']);
    expect(read('roll the left curtain open')).toEqual(['cover.curtain_left open']);
    expect(read('that right curtain in the living room, roll it shut')).toEqual(['cover.curtain_right close']);
    expect(read('swap the curtains - left one shut, right one open')).toEqual(['cover.curtain_left close', 'cover.curtain_right open']);
    expect(read('the curtains: right one open, left one closed')).toEqual(['cover.curtain_right open', 'cover.curtain_left close']);
    expect(read('shade left shut thanks')).toEqual(['cover.shade_left close']);
    expect(read('same again for the left one, let it close too', { previous: ['cover.curtain_right'] })).toEqual(['cover.curtain_left close']);
    expect(read('same again for the right one, let it open too', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right open']);
    expect(read('every curtain I have, open them')).toEqual(['cover.curtain_left open', 'cover.curtain_right open', 'cover.bedroom open']);
    expect(read('the right one, let it open', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right open']);
    expect(read('the right one too, let it open', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right open']);
  });
  it('still asks where it is not certain', () => {
    asks('crack the left curtain open a little');
    asks('roll the lamp up');
    asks('reverse the shades - left one open, right one shut');
    asks('left one open, right one shut');
    asks('curtain right shut now');
    asks('the front door shut');
    asks('bedroom lamp shut');
    asks('the bedroom curtain closed now');
    asks('open the left curtain and the shade, then both closed in an hour');
    asks('open the shade and both off');
  });
});

describe('round 25b: flip: "wall switch", "flipped to on", "every one of the …", "the fan hanging in the lounge"', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('bedroom wall switch, flip it to on')).toEqual(['switch.bedroom turn_on']);
    expect(read('flip on the fan hanging in the lounge')).toEqual(['fan.ceiling turn_on']);
    expect(read('flip every one of the kitchen lights to on', {}, 'C')).toEqual(['light.kitchen_countertop turn_on', 'light.kitchen_ceiling turn_on', 'light.kitchen_cabinets turn_on']);
    expect(read('kitchen wall switch flipped to on please', {}, 'C')).toEqual(['switch.kitchen turn_on']);
    expect(read('kitchen wall switch, flip it to off')).toEqual(['switch.kitchen turn_off']);
    expect(read('flip the bedroom wall switch to off')).toEqual(['switch.bedroom turn_off']);
    expect(read('bedroom wall switch flipped off')).toEqual(['switch.bedroom turn_off']);
    expect(read('the kitchen switch flipped to off please')).toEqual(['switch.kitchen turn_off']);
    expect(read('flip on the lamp standing in the bedroom')).toEqual(['light.bedroom_lamp turn_on']);
    expect(read('turn off the fan hanging in the living room')).toEqual(['fan.ceiling turn_off']);
    expect(read('the lamp sitting in the lounge, turn it on')).toEqual(['light.living_room_lamp turn_on']);
    expect(read('flip every one of the living room lights to off')).toEqual(['light.living_room_lamp turn_off', 'light.play_corner turn_off']);
    expect(read('turn each one of the bedroom lights on')).toEqual(['light.bedroom_lamp turn_on']);
    expect(read('flip every single one of the lights in the kitchen on')).toEqual(['light.kitchen_countertop turn_on', 'light.kitchen_ceiling turn_on', 'light.kitchen_cabinets turn_on']);
    expect(read('turn every one of them off', { previous: ['light.living_room_lamp', 'light.play_corner'] })).toEqual(['light.living_room_lamp turn_off', 'light.play_corner turn_off']);
  });
  it('still asks where it is not certain', () => {
    asks('the lamp flipped on');
    asks('when the bedroom switch is flipped on, turn on the porch light');
    asks('the kitchen lights flipped to off and the lamp on');
    asks('turn on the light hanging over the kitchen table');
  });
});

describe('round 25b: coreference and multistep: "go on, …", "those two", "then both off", a light "out"', () => {
  it('reads (each was refused or asked before)', () => {
    expect(read('kitchen cabinets out and kitchen ceiling lit')).toEqual(['light.kitchen_cabinets turn_off', 'light.kitchen_ceiling turn_on']);
    expect(read('oh go on, turn it off again', { previous: ['light.bedroom_lamp'] }, 'C')).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('make those two red', { previous: ['light.living_room_lamp', 'light.play_corner'] })).toEqual(['light.living_room_lamp set_color red', 'light.play_corner set_color red']);
    expect(read('turn the bedroom lamp and the bedroom switch on, then both off in an hour')).toEqual(['light.bedroom_lamp turn_on', 'switch.bedroom turn_on', 'light.bedroom_lamp turn_off +3600s', 'switch.bedroom turn_off +3600s']);
    expect(read('same for the living room lamp, let it go off', { previous: ['light.bedroom_lamp'] })).toEqual(['light.living_room_lamp turn_off']);
    expect(read('same again for the other one, let it open too', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right open']);
    expect(read('kitchen ceiling out and kitchen cabinets on')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_on']);
  });
  it('still asks where it is not certain', () => {
    // ("every light we have, turn them off" is every light since round 27w: "every light" said first, then "them" — as "all
    // the lights, turn them off" is; the stop-34 convention acts on a plural kind with no place. See wrong-27w.test.ts.)
    asks('the porch light, let it come on', { previous: ['light.bedroom_lamp'] });
    asks('the garage light out and the porch light on');
    asks('make those two blue', { previous: ['light.living_room_lamp', 'light.play_corner', 'light.garage'] });
    asks('make those two red', { previous: ['light.living_room_lamp'] });
    asks('make those two red');
    asks('set the thermostat to 70 in the two bedrooms');
    asks('turn the lamp off in two minutes');
    asks('take the lights out');
    asks('lights out');
    asks('turn on the kitchen lights and both lamps off');
    asks('the lamp in the bedroom, let it be');
    asks('go on');
  });
});

describe('round 25b: sayings near the new ones are read as before', () => {
  it('a verb said before "shut", two parts, a position, "up to on", "from opening any further"', () => {
    expect(read('pull the right curtain shut')).toEqual(['cover.curtain_right close']);
    expect(read('left curtain all the way open and the right one all the way shut')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    expect(read('the right curtain should be open and the left closed')).toEqual(['cover.curtain_right open', 'cover.curtain_left close']);
    expect(read('main valve half closed')).toEqual(['valve.main_valve set_position 50']);
    expect(read('bring the left curtain half shut')).toEqual(['cover.curtain_left set_position 50']);
    expect(read('flip that bedroom switch up to on')).toEqual(['switch.bedroom turn_on']);
    expect(read('flip the kitchen switch down to off')).toEqual(['switch.kitchen turn_off']);
    expect(read('stop the right curtain from opening any further')).toEqual(['cover.curtain_right stop']);
    expect(read('I want the left curtain open and the right curtain closed')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
    expect(read('so basically I want the bedroom lamp on and the bedroom curtain shut')).toEqual(['light.bedroom_lamp turn_on', 'cover.bedroom close']);
    expect(read('pretty please put on party mode')).toEqual(['scene.party_mode turn_on']);
  });
  it('a question is answered; "stop it halfway", "the curtain closed" alone, "stop the music on the tv" are asked', () => {
    // (round 28c: a group said with its state and no verb is the command, as dev16 and dev21 label it — the one device
    // alone still asks)
    expect(read('covers upstairs closed')).toEqual(['cover.shade_left close']);
    asks('the bedroom curtain closed');
    expect(parsers.F.parse('bedroom curtain open or shut', { now, clock: '24h' }).answer).toMatch(/closed/);
    asks('the shade, stop it halfway');
    asks('stop the shade halfway');
    asks('stop the music on the tv');
    asks('halt the music on the tv');
    expect(read('stop the bedroom curtain midway')).toEqual(['cover.bedroom stop']); // (round 27b: the moment, as the dev sets label it)
    asks('the bedroom curtain closed');
    asks('the bedroom curtain closed now');
  });
});
