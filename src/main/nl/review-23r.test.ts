// Round 23r (review of round 22): wrong actions found by probing said-22a's rewrites and older ones, each now asked or
// done right (review-23r.ts, said-22a.ts). On the fixture home of the own sets (bench/data/nl/ha-fixtures-en.json, °F and
// °C): three kitchen lights (none called a lamp), Bedroom Lamp, Living Room Lamp and Play Corner, Curtain Left/Right in
// the living room, Bedroom Curtain, Kitchen and Bedroom Switch, Thermostat (living room) and Office Thermostat.
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const KITCHEN = ['light.kitchen_countertop turn_off', 'light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off'];

describe('round 23r: one device told two different things at once is asked', () => {
  it('close and set, open and close, off and a brightness', () => {
    // (was: closed the Bedroom Curtain and set it to 50 % at once)
    asks('close the bedroom curtain and while you are at it set it to 50%');
    asks('close the bedroom curtain and while you\'re there set it to 50%', {}, 'C');
    asks('close the bedroom curtain and set it to 50%');
    asks('open the left curtain and close it');
    asks('turn off the bedroom lamp and set it to 40%');
  });
  it('steps that go together, or one after the other, are still done', () => {
    expect(read('turn on the bedroom lamp and set it to 50%')).toEqual(['light.bedroom_lamp turn_on', 'light.bedroom_lamp set_brightness 50']);
    expect(read('open the left curtain and close it in 10 minutes')).toEqual(['cover.curtain_left open', 'cover.curtain_left close +600s']);
    expect(read('stop the vacuum and send it home')).toEqual(['vacuum.rover stop', 'vacuum.rover return_to_base']);
    expect(read('turn the garage light off and on again')).toEqual(['light.garage turn_off', 'light.garage turn_on']);
    expect(read('turn on the tv and while you\'re at it turn it up')).toEqual(['media_player.tv turn_on', 'media_player.tv volume_step 10']);
  });
});

describe('round 23r: "while you\'re at it" before words that pick among what was said is no aside', () => {
  it('the kitchen ones, the left one', () => {
    // (was: every light in the home, every curtain)
    expect(read('turn off the lights while you\'re at it the kitchen ones')).toEqual(KITCHEN);
    expect(read('turn off the lights while you are about it the kitchen ones')).toEqual(KITCHEN);
    expect(read('close the curtains while you\'re at it the left one')).toEqual(['cover.curtain_left close']);
    expect(read('close the curtains while you\'re there the left one')).toEqual(['cover.curtain_left close']);
  });
  it('words after it that are no command are not joined to the step with "and"', () => {
    // (was: every light, the Back Door dropped; all three curtains then the left one set at once)
    asks('turn off the lights while you\'re at it the back door');
    asks('turn off the lights while you\'re at it and the back door');
    asks('lock the front door while you\'re at it and the back door');
    asks('close the curtains while you\'re at it set the left one to 30%');
    expect(read('turn off the lights while you\'re at it the bedroom')).toEqual(['light.bedroom_lamp turn_off']);
    expect(read('turn off the lights while you\'re about it those in the kitchen')).toEqual(KITCHEN);
  });
  it('an aside before another step is still an aside', () => {
    expect(read('turn off the kitchen lights while you\'re there turn off the switch')).toEqual([...KITCHEN, 'switch.kitchen turn_off']);
  });
});

describe('round 23r: several places, then "its", is asked', () => {
  it('its light, its thermostat', () => {
    // (was: all four lights of the kitchen and the bedroom; both thermostats)
    asks('the kitchen and the bedroom, turn its light on');
    asks('kitchen and bedroom, turn its light on');
    asks('the kitchen, the garage and the bedroom, turn its light on');
    asks('the living room and the bedroom, turn its light on');
    asks('the office and the living room, set its thermostat to 20', {}, 'C');
  });
  it('"their", one place, or "its" after a device said are read as before', () => {
    expect(read('the living room and the bedroom, turn their lights off')).toEqual(['light.living_room_lamp turn_off', 'light.play_corner turn_off', 'light.bedroom_lamp turn_off']);
    expect(read('the living room, close its curtains')).toEqual(['cover.curtain_left close', 'cover.curtain_right close']);
    expect(read('the office and the living room, turn its lights off')).toEqual(['light.living_room_lamp turn_off', 'light.play_corner turn_off']);
    expect(read('the living room and the bedroom, set the lamp to its max')).toEqual(['light.living_room_lamp set_brightness 100', 'light.bedroom_lamp set_brightness 100']);
  });
});

describe('round 23r: "lamps" reaching lights that are no lamps is asked', () => {
  it('the kitchen has lights but no lamp', () => {
    // (was: the kitchen's three lights and the Bedroom Lamp)
    asks('the kitchen and the bedroom, turn their lamps on');
    asks('turn on the lamps in the kitchen and the bedroom');
    asks('the kitchen, the garage and the bedroom, turn their lamps on');
    asks('turn on the lamps in the kitchen');
  });
  it('lamps that are lamps, and lights said as lights', () => {
    expect(read('the living room and the bedroom, turn their lamps on')).toEqual(['light.living_room_lamp turn_on', 'light.bedroom_lamp turn_on']);
    expect(read('turn the first floor and second floor lamps off')).toEqual(['light.living_room_lamp turn_off', 'light.bedroom_lamp turn_off']);
    expect(read('turn off the kitchen lights, then turn on the bedroom lamp')).toEqual([...KITCHEN, 'light.bedroom_lamp turn_on']);
  });
});

describe('round 23r: "switch in <place> <more>" is the verb', () => {
  it('the tv there, everything there', () => {
    // (was: the Kitchen Switch on; only the Kitchen Switch off)
    asks('switch in the kitchen the tv on');
    expect(read('switch in the kitchen all off')).toEqual(['switch.kitchen turn_off', ...KITCHEN]);
    expect(read('switch in the living room the tv off')).toEqual(['media_player.tv turn_off']);
    // (was: only the Bedroom Switch, for the TV and for everything in the room)
    asks('switch in here the tv off', { area: 'Bedroom' });
    expect(read('switch in here everything off', { area: 'Bedroom' })).toEqual(['light.bedroom_lamp turn_off', 'switch.bedroom turn_off']);
  });
  it('"switch in the kitchen on" is still the switch', () => {
    expect(read('switch in the kitchen on')).toEqual(['switch.kitchen turn_on']);
    expect(read('switch in here off', { area: 'Bedroom' })).toEqual(['switch.bedroom turn_off']);
    expect(read('switch in the kitchen off and the tv on')).toEqual(['switch.kitchen turn_off', 'media_player.tv turn_on']);
  });
});

describe('round 23r: "remind me" is no command', () => {
  it('never skips the TV back', () => {
    // (was: media_previous on the TV, now or at the time said)
    asks('remind me');
    asks('remind me at 8 pm');
    asks('please remind me');
    asks('can you remind me');
    asks('remind me in 10 minutes');
    asks('remind me about the tv');
    asks('remind me again');
  });
  it('rewinding is still rewinding', () => {
    expect(read('rewind the tv')).toEqual(['media_player.tv media_previous']);
  });
});

describe('round 23r: a lock reached by "on/off" in a list is asked', () => {
  it('never unlocked or locked by "off"/"on"', () => {
    // (was: the Front Door, the Back Door UNLOCKED with the tv or the lights switched off)
    asks('switch off the tv and the front door');
    asks('turn off the lights and the back door');
    asks('turn off the lights and while you\'re at it the back door');
    asks('turn on the lights and the front door');
  });
  it('locking said is done, misspelled too', () => {
    expect(read('turn off the fan and lock the back door')).toEqual(['fan.ceiling turn_off', 'lock.back_door lock']);
    expect(read('lok the side door')).toEqual(['lock.side_door lock']);
    expect(read('secure the back door')).toEqual(['lock.back_door lock']);
  });
});
