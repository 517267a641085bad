// Round 23a: wrong actions found by probing with sentences of our own (doubt-23a.ts), on the parser's test home. Each
// sentence here acted wrongly before round 23a (a "now" step delayed, one amount copied for another said in a word,
// "all the way" read as a step of 30, one thermostat stepped both ways at once, a device listed after "it" dropped);
// each is asked now.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();
const prevLamp = { previous: ['light.bedroom_lamp'] };
const prevCurtain = { previous: ['cover.bedroom_curtain'] };

describe('round 23a: a step said to happen now, while a wait said first was put on every step', () => {
  it('asks now or after the wait, never delays the "now" step', () => {
    asks('in ten minutes turn off the tv and right now lock the front door');
    asks('in two minutes lock the back door, and turn on the porch light now');
    asks('in half an hour turn off the desk fan but lock the back door immediately');
    asks('after twenty minutes turn the hallway light off, and right away lock the front door');
    asks('at 10 pm turn off the tv and lock the front door now');
    asks('tomorrow at 7 open the bedroom curtain and turn on the porch light now');
    asks('in 5 minutes close the garage door and straight away switch on the coffee machine');
  });
  it('still reads a "now" that is its own step, or a wait measured from now', () => {
    expect(read('lock the front door now and turn off the tv in ten minutes')).toEqual(['lock.front lock', 'media_player.tv turn_off +600s']);
    expect(read('turn off the tv two hours from now')).toEqual(['media_player.tv turn_off +7200s']);
    expect(read('in ten minutes turn off the tv and lock the front door')).toEqual(['media_player.tv turn_off +600s', 'lock.front lock +600s']);
  });
});

describe('round 23a: two amounts said in words, one copied for both', () => {
  it('asks, never the first amount for the second device', () => {
    asks('set the bedside lamp to full and the desk lamp dim');
    asks('set the bedside lamp to 80 and the desk lamp low');
    asks('dim the bedside lamp to half and the desk lamp all the way');
    asks('set the floor lamp bright and the reading light dim');
  });
  it('still sets one amount said once for both, and two said plainly', () => {
    expect(read('set the bedside lamp to full and the desk lamp to full')).toEqual(['light.bedroom_lamp set_brightness 100', 'light.office_lamp set_brightness 100']);
    expect(read('set the bedside lamp to max and the desk lamp to half')).toEqual(['light.bedroom_lamp set_brightness 100', 'light.office_lamp set_brightness 50']);
  });
});

describe('round 23a: "all the way" on a light is no step of 30', () => {
  it('asks the lowest or off', () => {
    asks('dim the kitchen ceiling all the way');
    asks('turn the desk lamp down all the way');
    asks('dim the kitchen lights all the way down');
    asks('turn down the floor lamp all the way');
  });
  it('still sets all the way up, and the volume all the way down', () => {
    expect(read('brighten the desk lamp all the way')).toEqual(['light.office_lamp set_brightness 100']);
    expect(read('turn the tv volume all the way down')).toEqual(['media_player.tv set_volume 0']);
  });
});

describe('round 23a: one device is never set two ways at the same moment', () => {
  it('asks when a second place was lost and its setting went to the device of the first place', () => {
    asks('make it 2 degrees warmer in the bedroom and 1 cooler in the living room');
    asks('make it 2 degrees warmer in the living room and 1 degree cooler in the bedroom');
    asks('make it 3 degrees warmer in the bedroom and 2 cooler in the living room');
  });
  it('still does two settings of one device one after the other, or of two kinds', () => {
    expect(read('dim the desk lamp to 20 and then to 10 in five minutes')).toEqual(['light.office_lamp set_brightness 20', 'light.office_lamp set_brightness 10 +300s']);
    expect(read('set the bedside lamp to blue and 50 percent')).toEqual(['light.bedroom_lamp set_color blue', 'light.bedroom_lamp set_brightness 50']);
    expect(read('turn the porch light off and on again')).toEqual(['light.porch turn_off', 'light.porch turn_on']);
  });
});

describe('round 23a: a device listed after "it" in one step is never dropped', () => {
  it('asks which is "it" and what the other does', () => {
    asks('turn it on and the desk lamp too', prevLamp);
    asks('dim it to 20 and the floor lamp', prevLamp);
    asks('turn it red and the reading light too', prevLamp);
    asks('set it to 20 and the hallway light', prevLamp);
    asks('open it halfway and the garage door fully', prevCurtain);
    asks('close it halfway and the living room blinds too', prevCurtain);
    asks('turn it off and the desk fan too', { previous: ['media_player.tv'] });
  });
  it('still reads "it" alone, and "it" with its own step after "and"', () => {
    expect(read('turn it on', prevLamp)).toEqual(['light.bedroom_lamp turn_on']);
    expect(read('turn it off and lock the front door', prevLamp)).toEqual(['light.bedroom_lamp turn_off', 'lock.front lock']);
    expect(read('mute it and the desk fan off', { previous: ['media_player.tv'] })).toEqual(['media_player.tv mute', 'fan.office turn_off']);
  });
});
