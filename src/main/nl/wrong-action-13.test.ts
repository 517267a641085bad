// Issue 14, thirteenth round: classes of v12's wrong actions, with sentences of our own (none copied from a set).
// The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 13: "open" said of a lock', () => {
  it('asks — a lock is never unlocked by "open"', () => {
    asks('open the back door');
    asks('please open the front door for me');
  });
  it('still unlocks when told to, and "close" still locks', () => {
    expect(read('unlock the back door')).toEqual(['lock.back unlock']);
    expect(read('lock the front door')).toEqual(['lock.front lock']);
  });
});

describe('round 13: "get X off mute"', () => {
  it('unmutes — never mutes', () => {
    expect(read('get the tv off mute')).toEqual(['media_player.tv unmute']);
    expect(read('take the tv off mute')).toEqual(['media_player.tv unmute']);
  });
});

describe('round 13: "quarter to one" on the 24-hour clock at 09:00', () => {
  it('asks which half of the day, as a bare "at 1" does — never 00:45 tomorrow', () => {
    asks('at quarter to one turn on the porch light');
    asks('switch the desk lamp off at twenty to one');
  });
  it('still schedules a time that can only be later today', () => {
    expect(read('at a quarter past eleven turn on the porch light')).toEqual(['light.porch turn_on +8100s']);
  });
});

describe('round 13: "the other one" after one light of many', () => {
  it('asks which — never the other light whose name holds the same word', () => {
    asks('set the bedroom lamp to 50 and the other one to 30');
    asks('turn on the office lamp and turn off the other one');
  });
  it('still reads "the other one" of two thermostats', () => {
    expect(read('set the downstairs thermostat to 20 and the other one to 18')).toEqual(['climate.downstairs set_temperature 20', 'climate.bedroom set_temperature 18']);
  });
});

describe('round 13: "the other" with no kind after it', () => {
  it('is "the other one" — never the device just named again', () => {
    expect(read('lower the downstairs thermostat by 1 degree and raise the other by 1 degree')).toEqual(['climate.downstairs temperature_step -1', 'climate.bedroom temperature_step 1']);
    asks('switch on the office lamp and switch off the other');
  });
});

describe('round 13: a unit no value of Hearth is set in', () => {
  it('asks — "15 lux" is never 15 %', () => {
    asks('set the porch light to 15 lux');
    asks('put the desk lamp at 400 lumens');
  });
  it('still sets a percent', () => {
    expect(read('set the porch light to 15%')).toEqual(['light.porch set_brightness 15']);
  });
});

describe('round 13: "boost" with no amount', () => {
  it('asks how much — never a step of its own choosing', () => {
    asks('boost the bedroom fan');
    asks('boost the porch light');
  });
  it('still steps by an amount said', () => {
    expect(read('boost the porch light by 30%')).toEqual(['light.porch brightness_step 30']);
  });
});

describe('round 13: flipping every light of the home with no room said', () => {
  it('asks which room — never toggles lights in several rooms', () => {
    asks('go flip the lights');
    asks('toggle the lights');
  });
  it('still flips the lights of a room said, or devices named', () => {
    expect(read('flip the porch light and the desk lamp')).toEqual(['light.porch toggle', 'light.office_lamp toggle']);
  });
});

describe('round 13: "… and five minutes later <verb> it"', () => {
  it('keeps the second step, after its wait — never drops it', () => {
    expect(read('open the bedroom curtain and five minutes later close it again')).toEqual(['cover.bedroom_curtain open', 'cover.bedroom_curtain close +300s']);
    expect(read('turn on the porch light and an hour later turn it off')).toEqual(['light.porch turn_on', 'light.porch turn_off +3600s']);
  });
});

describe('round 13: "the <room> one" before a way or a size', () => {
  it('reads "one" as the device — a size said in words on a thermostat asks, never a step of one degree', () => {
    asks('downstairs thermostat to 20 and the bedroom one a little warmer');
  });
  it('still reads "one" as a number where a number is meant', () => {
    expect(read('turn the downstairs thermostat up by one degree')).toEqual(['climate.downstairs temperature_step 1']);
  });
});

describe('round 13: "except some of …"', () => {
  it('asks which are left out — never leaves out all of them', () => {
    asks('all the lights on except some of the kitchen ones');
    asks('turn off every light but a few in the living room');
  });
  it('still leaves out what is named', () => {
    expect(read('turn on the kitchen lights except the island')).toEqual(['light.kitchen_ceiling turn_on']);
  });
});

describe('round 13: "on something relaxing"', () => {
  it('asks what setting — never just switches on', () => {
    asks('put the lights on something relaxing');
    asks('put the porch light on something softer');
  });
  it('still switches on with "on" alone', () => {
    expect(read('put the porch light on')).toEqual(['light.porch turn_on']);
  });
});

describe('round 13: "<cover>, lower it all the way"', () => {
  it('closes (raising opens), as when the cover is named in the same clause', () => {
    expect(read('bedroom curtain, lower it all the way')).toEqual(['cover.bedroom_curtain close']);
    expect(read('the bedroom curtain, raise it all the way')).toEqual(['cover.bedroom_curtain open']);
  });
});
