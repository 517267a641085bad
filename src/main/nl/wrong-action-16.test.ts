// Issue 14, round 16: classes of wrong action found in v14 (now development material as dev14), each tested with
// sentences of our own on the test home (no set's lines).
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 16: "off for now" keeps its "off" in a list of steps', () => {
  it('"for now", "for the moment", "for the time being" change nothing: each step keeps its own setting', () => {
    expect(read('bedroom thermostat off for now, downstairs one up to 21')).toEqual(['climate.bedroom turn_off', 'climate.downstairs set_temperature 21']);
    expect(read('the desk fan off for the moment and the bedroom fan to 30%')).toEqual(['fan.office turn_off', 'fan.bedroom set_fan_speed 30']);
    expect(read('bedroom thermostat to 19 for the time being, downstairs thermostat off')).toEqual(['climate.bedroom set_temperature 19', 'climate.downstairs turn_off']);
  });
});

describe('round 16: "knock it off", "cut it out", "give it a rest" mean stop', () => {
  it('stops the device, never starts it', () => {
    expect(read('tell robo to knock it off')).toEqual(['vacuum.robo stop']);
    expect(read('get the mowbot to cut it out')).toEqual(['lawn_mower.mowbot dock']);
    expect(read('robo, give it a rest')).toEqual(['vacuum.robo stop']);
  });
});

describe('round 16: "light up X in <colour>" keeps the colour', () => {
  it('sets the colour or the white, never only switches on', () => {
    expect(read('could you light up the desk lamp in warm white')).toEqual(['light.office_lamp set_color_temp 2700']);
    expect(read('light up the bedside lamp in red')).toEqual(['light.bedroom_lamp set_color red']);
    expect(read('please light up the floor lamp in daylight')).toEqual(['light.living_floor_lamp set_color_temp 6500']);
  });
  it('a light that cannot take the colour is asked about, not switched on without it', () => {
    asks('light up the mirror light in blue');
    asks('light up the mirror light in daylight');
  });
});

describe('round 16: "but leave X alone", "leave X be", "don\'t touch X" leave X out', () => {
  it('never acts on X', () => {
    for (const s of ['turn off the whole living room but leave the tv alone', 'switch off all the lights but leave the desk lamp be', 'shut everything in the bedroom off but don\'t touch the bedroom fan']) {
      const r = read(s);
      expect(r.some((a) => /media_player\.tv|light\.office_lamp|fan\.bedroom/.test(a))).toBe(false);
    }
    expect(read('turn off the whole living room but leave the tv alone')).not.toHaveLength(0);
  });
});

describe('round 16: "except the lamp" with several lamps asks which', () => {
  it('asks when more than one device of what would change fits the one thing said', () => {
    asks('turn on all the lights except the lamp');
    asks('switch off every light but the lamp');
  });
  it('leaves out the one when only one of what would change fits, and all of them when said in the plural', () => {
    expect(read('turn off the living room lights except the lamp')).toEqual(['light.living_reading turn_off']);
    expect(read('turn on all the lights except the lamps')).not.toContain('light.office_lamp turn_on');
  });
});

describe('round 16: "<device> goes off" tells what happens, never what to do', () => {
  // (A rule that read "X goes off" as "X off" was taken out before it landed: it made statements and complaints act.)
  it('a statement about a device does not act on it', () => {
    expect(read('the desk fan goes on and off')).toEqual([]);
    expect(read('the porch light goes off at 11 pm every night')).toEqual([]);
  });
  it('never acts now on "when <device> goes off, …"', () => {
    const r = read('when the porch light goes off, turn on the hallway light');
    expect(r).not.toContain('light.hallway turn_on');
  });
});

describe('round 16: "I\'d be grateful if you could …" and "wind … down/up"', () => {
  it('reads the request inside the politeness', () => {
    expect(read("I'd be grateful if you could switch off the hallway light")).toEqual(['light.hallway turn_off']);
    expect(read('i would be glad if you would lock the back door')).toEqual(['lock.back lock']);
  });
  it('"wind X down to N" is "turn X down to N"', () => {
    expect(read('wind the bedroom fan down to 20')).toEqual(['fan.bedroom set_fan_speed 20']);
    expect(read('could you wind the desk fan up to 80')).toEqual(['fan.office set_fan_speed 80']);
  });
});

describe('round 16: "take X to N" and "put a stop to X"', () => {
  it('"take X to N" sets X to N', () => {
    expect(read('take the desk lamp to 35')).toEqual(['light.office_lamp set_brightness 35']);
    expect(read('in five minutes take the bedroom thermostat to 19')).toEqual(['climate.bedroom set_temperature 19 +300s']);
  });
  it('"put a stop to X" stops X', () => {
    expect(read('put a stop to robo')).toEqual(['vacuum.robo stop']);
    expect(read('put a stop to the desk fan spinning')).toEqual(['fan.office turn_off']);
  });
});

describe('round 16: "one notch up" said after the device', () => {
  it('is "up a notch"', () => {
    expect(read('living room tv, one notch down')).toEqual(['media_player.tv volume_step -10']);
    expect(read('the porch light a notch up')).toEqual(['light.porch brightness_step 10']);
  });
});
