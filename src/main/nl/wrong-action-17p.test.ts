// Issue 14, round 17p: classes of wrong action found by probing with sentences of our own (no set's lines), each tested on
// the test home with sentences of our own, and near readings that must still act.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 17p: the speaker telling what they do is no request', () => {
  it('asks, never acts or makes a schedule of it', () => {
    asks('every evening I close the bedroom curtain');
    asks('I switch off the desk fan');
    asks('on saturdays we vacuum the hallway');
    asks('I always lock the back door');
  });
  it('a request, a question or a condition with "I/we" is read as before', () => {
    expect(read('can I turn off the desk fan')).toEqual(['fan.office turn_off']);
    expect(read("I'm off to bed, switch off the desk fan")).toEqual(['fan.office turn_off']);
    expect(read('switch off the desk fan')).toEqual(['fan.office turn_off']);
  });
});

describe('round 17p: a statement of a value, colour or position asks', () => {
  it('never sets what is said to be so', () => {
    asks('the desk lamp is at 40');
    asks("the bedroom thermostat's set to 19");
    asks('the living room blinds are half open');
    asks('the floor lamp is purple');
    asks("the floor lamp isn't green");
  });
  it('a wish, a check or a request said with it is read', () => {
    expect(read('I want the desk lamp at 40')).toEqual(['light.office_lamp set_brightness 40']);
    expect(read('make sure the desk lamp is at 40')).toEqual(['light.office_lamp set_brightness 40']);
    expect(read('the desk lamp is at 40, turn it down to 10')).toEqual(['light.office_lamp set_brightness 10']);
    expect(read('set the floor lamp to purple')).toEqual(['light.living_floor_lamp set_color purple']);
  });
});

describe('round 17p: a guess about how a device is ("could be on") asks', () => {
  it('never makes it so', () => {
    asks('the desk fan could be on');
    asks('the bedroom curtain might be open');
    asks('the reading light may be on');
    asks('the floor lamp could be blue');
  });
  it('a change said with "could be" and a question "could X be …" are read', () => {
    expect(read('the living room tv could be louder')).toEqual(['media_player.tv volume_step 10']);
    expect(read('could the bedroom curtain be closed')).toEqual(['cover.bedroom_curtain close']);
    expect(read('any chance the living room tv could be muted')).toEqual(['media_player.tv mute']);
  });
});

describe('round 17p: a lock flipped or toggled asks which way', () => {
  it('never unlocks by "flip"/"toggle"', () => {
    asks('flip the front door');
    asks('toggle the back door');
    asks('flip the desk fan and the front door');
  });
  it('lights, fans and covers still toggle', () => {
    expect(read('flip the desk fan')).toEqual(['fan.office toggle']);
    expect(read('toggle the bedroom curtain')).toEqual(['cover.bedroom_curtain toggle']);
  });
});

describe('round 17p: a wait of a day or more asks', () => {
  it('never done now', () => {
    asks('switch off the desk fan in a day');
    asks('turn on the porch light for a day');
    asks('close the bedroom curtain a day from now');
  });
  it('minutes and hours, and rhythms of days, are read', () => {
    expect(read('switch off the desk fan in a minute')).toEqual(['fan.office turn_off +60s']);
    expect(read('switch off the desk fan in an hour')).toEqual(['fan.office turn_off +3600s']);
  });
});

describe('round 17p: devices said first, the verb after them, with a rhythm, tell how the home goes', () => {
  it('asks, never makes the automation', () => {
    asks('the bedroom curtain closes at 21:00 every night');
    asks('the living room blinds close every evening at 20:00');
    asks('the porch light goes off at sunrise');
  });
  it('a request with a rhythm is made', () => {
    expect(read('close the living room blinds every evening at 20:00')).toEqual(['cover.living_blinds close']);
    expect(read('every evening at 20:00 close the living room blinds')).toEqual(['cover.living_blinds close']);
    expect(read('the porch light on every day at sunset')).toEqual(['light.porch turn_on']);
  });
});

describe('round 17p: a bare number said of the whole home asks (temperature or lights?)', () => {
  it('never sets every light to it', () => {
    asks('set the house to 21');
    asks('make the whole home 20');
    asks('put the house at 19');
  });
  it('with "%" it is the lights', () => {
    expect(read('set the house to 30 %')).toContain('light.kitchen_ceiling set_brightness 30');
  });
});

describe('round 17p: "on" / "off" said alone in a room asks what', () => {
  it('never switches every kind of device in the room', () => {
    asks('off', { area: 'Living Room' });
    asks('on please', { area: 'Living Room' });
  });
  it('after a device was acted on, it is that device', () => {
    expect(read('off', { area: 'Living Room', previous: ['fan.office'] })).toEqual(['fan.office turn_off']);
  });
});

describe('round 17p: "but only in <place>" is never "except <place>"', () => {
  it('asks', () => {
    asks('switch on the lights, but only in the kitchen');
    asks('switch on the lights but just in the bedroom');
  });
  it('"only in <place>" without "but" is read', () => {
    expect(read('switch on the lights only in the bedroom')).toEqual(['light.bedroom_lamp turn_on']);
  });
});

describe('round 17p: "pause/resume/carry on cleaning" is the robot, never the tv', () => {
  it('stops or starts the vacuum', () => {
    expect(read('pause cleaning')).toEqual(['vacuum.robo stop']);
    expect(read('resume vacuuming')).toEqual(['vacuum.robo start']);
    expect(read('carry on cleaning')).toEqual(['vacuum.robo start']);
  });
  it('the tv is still paused and played', () => {
    expect(read('pause the living room tv')).toEqual(['media_player.tv media_pause']);
  });
});

describe('round 17p: "them both" after three devices asks which two', () => {
  const three = { previous: ['light.office_lamp', 'fan.office', 'switch.heater_plug'] };
  it('never switches all three', () => {
    asks('turn them both off', three);
    asks('switch both of them off', three);
  });
  it('after two it is those two; "all of them" is all', () => {
    expect(read('turn them both off', { previous: ['light.office_lamp', 'fan.office'] })).toEqual(['light.office_lamp turn_off', 'fan.office turn_off']);
    expect(read('turn all of them off', three)).toHaveLength(3);
  });
});

describe('round 17p: "dim X at 9" — a time, or the level?', () => {
  it('asks, never sets 9 %', () => {
    asks('dim the desk lamp at 9');
    asks('brighten the floor lamp at 8');
  });
  it('a level said as one, and "the lamp at 9" with no verb, are read', () => {
    expect(read('dim the desk lamp to 9')).toEqual(['light.office_lamp set_brightness 9']);
    expect(read('dim the desk lamp at 9 %')).toEqual(['light.office_lamp set_brightness 9']);
    expect(read('desk lamp at 9, floor lamp at 20')).toEqual(['light.office_lamp set_brightness 9', 'light.living_floor_lamp set_brightness 20']);
  });
});

describe('round 17p: "why would I …", "why did you …", "should you …" are questions', () => {
  it('asks, never does it', () => {
    asks('why would I switch on the desk fan');
    asks('why did you turn on the porch light');
    asks('should you lock the back door');
  });
  it('"why don\'t you …" and "why not …" ask for it', () => {
    expect(read("why don't you lock the back door")).toEqual(['lock.back lock']);
    expect(read('why not switch off the desk fan')).toEqual(['fan.office turn_off']);
  });
});

describe('round 17p: "let me <verb> …" is the speaker doing it', () => {
  it('asks', () => {
    asks('let me switch off the desk fan');
    asks('ok let me close the bedroom curtain');
  });
  it('"let me in", "let the fan run" are read', () => {
    expect(read('let the desk fan run')).toEqual(['fan.office turn_on']);
  });
});

describe('round 17p: how devices are, told with a name word that is a verb, or with "both"', () => {
  it('asks, never switches them', () => {
    asks('the porch light is on, the floor lamp too');
    asks('the desk fan and the desk lamp are both on');
  });
  it('a request said after it is read', () => {
    expect(read('the desk fan and the desk lamp are both on, turn them off')).toEqual(['fan.office turn_off', 'light.office_lamp turn_off']);
    expect(read('the porch light is off turn it on')).toEqual(['light.porch turn_on']);
  });
});

describe('round 17p: "<device> is off turn it on" said with no pause', () => {
  it('does the request, never the state told', () => {
    expect(read('the desk fan is on turn it off')).toEqual(['fan.office turn_off']);
    expect(read('the bedroom curtain is closed open it')).toEqual(['cover.bedroom_curtain open']);
    expect(read('the desk fan is off switch it on')).toEqual(['fan.office turn_on']);
  });
});
