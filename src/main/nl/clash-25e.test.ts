// Round 25e: "one device told two things at the same moment" is one check (actions.ts conflictingActions), where it was
// three (that one, review-23r.ts's twiceTold23r and doubt-23a.ts's twoSettingsAtOnce). It knows the order of the steps: a
// step said after "then" is a moment of its own, so "open the left curtain and then close it" is done in turn (23r's copy
// asked it), while two things said with "and" for one device at one moment are still asked. On the fixture home of the own
// sets (bench/data/nl/ha-fixtures-en.json): Curtain Left/Right, Bedroom Curtain, Bedroom Lamp, Thermostat, Rover, TV.
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();

describe('round 25e: steps said one after the other with "then" are done in turn', () => {
  it('a cover opened then closed, closed then set', () => {
    // (all were asked, "two things at once", by 23r's copy of the check, which did not know the order of steps)
    expect(read('open the left curtain and then close it')).toEqual(['cover.curtain_left open', 'cover.curtain_left close']);
    expect(read('open the left curtain then close it')).toEqual(['cover.curtain_left open', 'cover.curtain_left close']);
    expect(read('close the bedroom curtain and then open it')).toEqual(['cover.bedroom close', 'cover.bedroom open']);
    expect(read('close the bedroom curtain, then set it to 50%')).toEqual(['cover.bedroom close', 'cover.bedroom set_position 50']);
  });
  it('off then a value, start then home, one setting then another', () => {
    expect(read('turn off the bedroom lamp and then set it to 40%')).toEqual(['light.bedroom_lamp turn_off', 'light.bedroom_lamp set_brightness 40']);
    expect(read('start the vacuum and then send it home')).toEqual(['vacuum.rover start', 'vacuum.rover return_to_base']);
    expect(read('set the bedroom lamp to 20% and then 60%')).toEqual(['light.bedroom_lamp set_brightness 20', 'light.bedroom_lamp set_brightness 60']);
    expect(read('turn the tv volume to 20 and then 40')).toEqual(['media_player.tv set_volume 20', 'media_player.tv set_volume 40']);
    expect(read('set the thermostat to 21 and then turn it up 1 degree', {}, 'C')).toEqual(['climate.thermostat set_temperature 21', 'climate.thermostat temperature_step 1']);
  });
  it('as before: with a wait between, or things that go together', () => {
    expect(read('open the left curtain and set it to 30% in 10 minutes')).toEqual(['cover.curtain_left open', 'cover.curtain_left set_position 30 +600s']);
    expect(read('turn off the bedroom lamp, wait 5 minutes, then set it to 40%')).toEqual(['light.bedroom_lamp turn_off', 'light.bedroom_lamp set_brightness 40 +300s']);
    expect(read('lock the front door then unlock it')).toEqual(['lock.front_door lock', 'lock.front_door unlock']);
    expect(read('turn the garage light off and on again')).toEqual(['light.garage turn_off', 'light.garage turn_on']);
    expect(read('turn on the bedroom lamp and set it to 50%')).toEqual(['light.bedroom_lamp turn_on', 'light.bedroom_lamp set_brightness 50']);
    expect(read('turn on the tv then turn it up')).toEqual(['media_player.tv turn_on', 'media_player.tv volume_step 10']);
  });
});

describe('round 25e: two things for one device at one moment are still asked, by the one check', () => {
  it('two values, or a way and a value', () => {
    asks('set the lamp to 20% and 60%');
    asks('set the bedroom lamp to 20% and 60%');
    asks('open and close the left curtain');
    asks('open the left curtain and close it');
    asks('open the left curtain and shut it');
    asks('close the bedroom curtain and set it to 50%');
    asks('close the bedroom curtain and while you are at it set it to 50%');
    asks('set the left curtain to 30% and open it');
  });
  it('switched off and given a value or a step; started and sent home', () => {
    asks('turn off the bedroom lamp and set it to 40%');
    asks('turn off the bedroom lamp and dim it');
    asks('turn off the tv and turn the volume down');
    asks('start the vacuum and send it home');
    asks('lock the front door and unlock it');
    asks('pause the tv and play it');
  });
  it('a setting and a step of one kind', () => {
    asks('set the bedroom lamp to 30% and make it brighter');
    asks('dim the bedroom lamp to 40% and brighten it by 10%');
    asks('set the thermostat to 70 and turn it up 2 degrees');
    asks('set the thermostat to 21 and turn it up 1 degree', {}, 'C');
    asks('turn up the fan and set it to 30%');
  });
  it('two steps of one kind', () => {
    asks('brighten the bedroom lamp by 10% and dim it by 20%');
    asks('make it 2 degrees warmer in the office and 1 cooler in the living room');
    expect(read('brighten the bedroom lamp by 10% and then dim it by 20%')).toEqual(['light.bedroom_lamp brightness_step 10', 'light.bedroom_lamp brightness_step -20']);
  });
});
