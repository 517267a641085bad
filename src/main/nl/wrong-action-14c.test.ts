// Issue 14, round 14b: more classes of wrong action found by probing with sentences of our own (no set's lines).
// The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 14b: "more"/"less" with a quality whose way is not up', () => {
  it('asks — "more dark" was read as brighter, "more quiet" as louder, "less cold" dimmed a room\'s lights', () => {
    asks('make the porch light more dark');
    asks('make the tv more quiet');
    asks('hallway light more dim please');
    asks('make the bedroom less cold');
    asks('make the office less hot');
  });
  it('still reads "more bright", "less bright", "less loud"', () => {
    expect(read('make the porch light more bright')).toEqual(['light.porch brightness_step 10']);
    expect(read('make the porch light less bright')).toEqual(['light.porch brightness_step -10']);
    expect(read('make the tv less loud')).toEqual(['media_player.tv volume_step -10']);
  });
});

describe('round 14b: a negative number with a way to step', () => {
  it('asks — "raise … -3" lowered it, "up by -10" went down', () => {
    asks('raise the bedroom thermostat -3 degrees');
    asks('turn the tv volume up by -10');
    asks('bump the porch light by -20%');
  });
});

describe('round 14b: a day that comes once said with a rhythm', () => {
  it('asks — "tomorrow" was dropped and an automation made', () => {
    asks('turn on the porch light tomorrow evening every day');
    asks('lock the back door every night at 10 tomorrow');
    asks('tonight and every night at 11 turn off the porch light');
  });
  it('still reads a rhythm that starts on that day', () => {
    expect(read('turn off the porch light every day at 23:00')).toHaveLength(1);
    expect(read('from tomorrow turn off the porch light every day at 23:00')).toHaveLength(1);
  });
});

describe('round 14b: "any" with one device of a kind', () => {
  it('asks — "any light in the kitchen" switched them all', () => {
    asks('turn on any light in the kitchen');
    asks('open any curtain in the bedroom please');
  });
  it('still reads "any lights" and "any chance you could …"', () => {
    expect(read('any chance you could lock the back door')).toEqual(['lock.back lock']);
  });
});

describe('round 14b: a unit said with a setpoint no room is set to', () => {
  it('asks — "70 degrees celsius" set 70 °C, "10 fahrenheit" set −12 °C', () => {
    asks('set the bedroom thermostat to 70 degrees celsius');
    asks('bedroom thermostat to 60 C');
    asks('set the downstairs thermostat to 10 fahrenheit');
    asks('set the downstairs thermostat to 150 fahrenheit');
  });
  it('still sets a room temperature said with its unit', () => {
    expect(read('set the bedroom thermostat to 21 celsius')).toEqual(['climate.bedroom set_temperature 21']);
    expect(read('set the bedroom thermostat to 70 fahrenheit')).toEqual(['climate.bedroom set_temperature 21.1']);
  });
});

describe('round 14b: a day said that the reading did not take', () => {
  it('asks — "next saturday at 10" was done today at 10, "on the weekend" now', () => {
    asks('turn off the porch light next saturday at 10');
    asks('turn off the porch light on the weekend');
    asks('lock the back door this weekend at 10 pm');
  });
  it('still reads a day it took, a rhythm of days, and "for the weekend" (why or how long)', () => {
    expect(read('turn off the porch light on friday at 10 pm')).toHaveLength(1);
    expect(read('turn off the porch light every weekend at 10 pm')).toHaveLength(1);
    expect(read("we're away for the weekend, so lock the back door")).toEqual(['lock.back lock']);
  });
});

describe('round 14b: "by" a number with a switch, read as a step', () => {
  it('asks — "turn off the porch light by 10" made it brighter', () => {
    asks('turn off the porch light by 10');
    asks('switch the hallway light on by 7');
  });
  it('still reads a step said with its way', () => {
    expect(read('dim the porch light by 10')).toEqual(['light.porch brightness_step -10']);
  });
});

describe('round 14b: a negative length of time', () => {
  it('asks — "in -5 minutes" set a delay that had passed', () => {
    asks('turn off the porch light in -5 minutes');
  });
});

describe('round 14b (miss): "on" a day after "off"', () => {
  it('is when — no longer asked as "on" and "off" both said', () => {
    expect(read('turn the porch light off on saturday at 10 pm')).toEqual(['light.porch turn_off +306000s']);
  });
});

describe('round 14b: "cancel" a device that would be switched off', () => {
  it('asks — "cancel the porch light" switched it off (a timer taken back?)', () => {
    asks('cancel the porch light');
    asks('cancel the desk fan please');
  });
  it('still stops a moving curtain', () => {
    expect(read('cancel the bedroom curtain')).toEqual(['cover.bedroom_curtain stop']);
  });
});

describe('round 14b: a switch said, but only steps read', () => {
  it('asks — "turn on X, the Y dimmer" dimmed both and switched nothing on', () => {
    asks('turn on the porch light, the desk lamp dimmer');
    asks('switch the hallway light on, the porch light brighter');
  });
  it('still reads "turn on X and dim it" and "turn the volume up on the tv"', () => {
    expect(read('turn on the porch light and dim it')).toEqual(['light.porch turn_on', 'light.porch brightness_step -10']);
    expect(read('turn the volume up on the tv by 10')).toEqual(['media_player.tv volume_step 10']);
  });
});

describe('round 14b: "in half"', () => {
  it('asks — "cut the porch light in half" set 50 % (which can raise it)', () => {
    asks('cut the porch light in half');
    asks('reduce the tv volume in half');
  });
  it('still reads "in half an hour" as a time', () => {
    expect(read('turn off the porch light in half an hour')).toEqual(['light.porch turn_off +1800s']);
  });
});

describe('round 14b: the other way said just after the join', () => {
  it('asks — "turn off the tv and on the porch light" switched the porch light off', () => {
    asks('turn off the tv and on the porch light');
    asks('switch on the desk lamp and off the hallway light');
    asks('turn of the tv and on the porch light');
  });
});

describe('round 14b: closing by a share, read as the position', () => {
  it('asks — "close the blinds 30%" set them 30 % open', () => {
    asks('close the living room blinds 30%');
    asks('shut the bedroom curtain 25 percent');
  });
  it('still reads "close … to 30%", "half way", and a value of a later step', () => {
    expect(read('close the living room blinds to 30%')).toEqual(['cover.living_blinds set_position 30']);
    expect(read('bedroom curtain closed please, and blinds 50%')).toEqual(['cover.bedroom_curtain close', 'cover.living_blinds set_position 50']);
  });
});

describe('round 14b: "wait" with no length', () => {
  it('asks — "on, wait, then off" switched it off at once', () => {
    asks('turn the porch light on, wait, then off');
    asks('open the bedroom curtain, wait and then close it');
  });
  it('still reads a wait with its length', () => {
    expect(read('turn the porch light on, wait 5 minutes, then off')).toEqual(['light.porch turn_on', 'light.porch turn_off +300s']);
  });
});

describe('round 14b: a word taken back after the verb', () => {
  it('asks — "er", a bare "no" or a leading "not the …" acted on both', () => {
    asks('turn on the hallway, er, porch light');
    asks('turn on the desk lamp no the porch light');
    asks('dim the desk lamp to 30 no 40');
    asks('not the desk lamp, the porch light on');
  });
  it('still reads a hesitation before a verb or after a join', () => {
    expect(read('um, turn on the porch light')).toEqual(['light.porch turn_on']);
    expect(read('turn off the porch light and um the tv')).toEqual(['light.porch turn_off', 'media_player.tv turn_off']);
  });
});
