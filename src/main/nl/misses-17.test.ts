// Issue 14, round 17: classes of everyday saying dev14 missed, each tested with sentences of our own on the test home
// (no set's lines). The risky near-readings are in wrong-action-17.test.ts.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('round 17: clock times said loosely', () => {
  it('"7.45pm", "6.05 am": with am/pm the dot is the colon', () => {
    expect(read('lock the back door at 7.45pm')).toEqual(['lock.back lock +38700s']);
    expect(read('start robo at 10.30 am')).toEqual(['vacuum.robo start +5400s']);
  });
  it('"12 noon", "12 midnight" are noon and midnight', () => {
    expect(read('at 12 noon set robo going')).toEqual(['vacuum.robo start +10800s']);
  });
  it('"half nine tonight, …": a clock time said first without "at"', () => {
    expect(read('half nine tonight, switch off the porch light')).toEqual(['light.porch turn_off +45000s']);
  });
});

describe('round 17: "flip whatever X is doing" switches X over', () => {
  it('toggles the device, whatever its state', () => {
    expect(read('flip whatever the desk fan is doing')).toEqual(['fan.office toggle']);
    expect(read('toggle whichever state the porch light is in')).toEqual(['light.porch toggle']);
    expect(read('flip the coffee machine, whatever it is doing')).toEqual(['switch.coffee toggle']);
  });
});

describe('round 17: "bar X", "X excepted" leave X out of a group', () => {
  it('acts on the rest of the group', () => {
    const r = read('all the lights off bar the porch light');
    expect(r).toContain('light.kitchen_ceiling turn_off');
    expect(r.some((a) => a.startsWith('light.porch'))).toBe(false);
    const l = read('turn on all the lights, porch excepted');
    expect(l).toContain('light.hallway turn_on');
    expect(l.some((a) => a.startsWith('light.porch'))).toBe(false);
  });
});

describe('round 17: a value said of a device without a verb', () => {
  it('"X, 19 is plenty", "X 40 percent is enough", "X gets 21"', () => {
    expect(read('bedroom thermostat, 19 is plenty')).toEqual(['climate.bedroom set_temperature 19']);
    expect(read('the desk lamp 40 percent is enough')).toEqual(['light.office_lamp set_brightness 40']);
    expect(read('bedroom thermostat gets 17, downstairs thermostat gets 22')).toEqual(['climate.bedroom set_temperature 17', 'climate.downstairs set_temperature 22']);
  });
});

describe('round 17: reasons and asides said after a command', () => {
  it('are set aside when they say no state, place, value or wish', () => {
    expect(read('turn the tv down by 10, the kids are asleep')).toEqual(['media_player.tv volume_step -10']);
    expect(read('living room tv louder, can\'t hear a thing')).toEqual(['media_player.tv volume_step 10']);
    expect(read('kitchen speaker volume 40% so nan can hear')).toEqual(['media_player.kitchen_speaker set_volume 40']);
    expect(read('desk lamp red for the kiddos')).toEqual(['light.office_lamp set_color red']);
    expect(read('bedside lamp blue for game night')).toEqual(['light.bedroom_lamp set_color blue']);
    expect(read('porch light on lol')).toEqual(['light.porch turn_on']);
    expect(read('kitchen ceiling off please mate')).toEqual(['light.kitchen_ceiling turn_off']);
    expect(read('next track on the kitchen speaker, I hate this one')).toEqual(['media_player.kitchen_speaker media_next']);
  });
});

describe('round 17: lead-ins that only say why now', () => {
  it('"before I forget, …", "if you don\'t mind, …"', () => {
    expect(read('before I forget, lock the back door')).toEqual(['lock.back lock']);
    expect(read('oh, while I remember, front door and back door locked please')).toEqual(['lock.front lock', 'lock.back lock']);
  });
});

describe('round 17: how a device should end, said after it, with what makes it a request', () => {
  it('after a courtesy or a time said first, with a clock time, or a list with "please"', () => {
    expect(read('if you don\'t mind, the bedroom curtain open')).toEqual(['cover.bedroom_curtain open']);
    expect(read('in 5 minutes, the back door locked')).toEqual(['lock.back lock +300s']);
    expect(read('garage door closed at 22:15 please')).toEqual(['cover.garage_door close +47700s']);
    expect(read('front and back doors both locked please')).toEqual(['lock.front lock', 'lock.back lock']);
  });
});

describe('round 17: "till it is at N", "freeze", "cease" for covers', () => {
  it('a value said with "till it\'s at"', () => {
    expect(read('lower the living room blinds till it\'s at 20 percent')).toEqual(['cover.living_blinds set_position 20']);
  });
  it('"freeze X (wherever it is)", "X cease movement": stop', () => {
    expect(read('freeze the garage door wherever it is')).toEqual(['cover.garage_door stop']);
    expect(read('bedroom curtain cease movement')).toEqual(['cover.bedroom_curtain stop']);
  });
});

describe('round 17 (second part): more everyday forms', () => {
  it('"→" between a device and a value is "to"; "deg" is degrees', () => {
    expect(read('bedroom thermostat → 19 deg')).toEqual(['climate.bedroom set_temperature 19']);
  });
  it('"pull every X shut except Y": the end said before the exception is the verb', () => {
    const r = read('pull all the lights off except the porch light');
    expect(r.some((a) => a.startsWith('light.porch'))).toBe(false);
    expect(read('draw all the blinds shut except the living room blinds')).toEqual([]);
  });
  it('"release the lock on X" unlocks it', () => {
    expect(read('release the lock on the front door')).toEqual(['lock.front unlock']);
  });
  it('"X, hold it, don\'t go any further" stops X', () => {
    expect(read('garage door, hold it, don\'t go any further')).toEqual(['cover.garage_door stop']);
    expect(read('bedroom curtain - hold it right there')).toEqual(['cover.bedroom_curtain stop']);
  });
  it('"… before I go out" said last is set aside', () => {
    expect(read('heat the bedroom to 21 before I head up')).toEqual(['climate.bedroom set_temperature 21']);
  });
  it('"I\'d appreciate X being locked", "any chance of X being closed": do it', () => {
    expect(read('I\'d appreciate the back door being locked')).toEqual(['lock.back lock']);
    expect(read('any chance of the living room blinds being closed')).toEqual(['cover.living_blinds close']);
  });
  it('"has somebody left X on" asks whether X is on', () => {
    const r = testSetting().celsius.parse('has somebody left the porch light on', { now: testSetting().now });
    expect(r.actions).toEqual([]);
    expect(r.answer).toMatch(/off|no/i);
  });
  it('"but not for another hour", "a couple of hours, say 3": when', () => {
    expect(read('bedroom thermostat to 20 but not for another hour')).toEqual(['climate.bedroom set_temperature 20 +3600s']);
    expect(read('start robo in a couple of hours, say 3')).toEqual(['vacuum.robo start +10800s']);
    expect(read('in a few minutes, five, pause the living room tv')).toEqual(['media_player.tv media_pause +300s']);
  });
  it('"all the X on the Y floor shut": a group closed', () => {
    expect(read('all the blinds on the ground floor shut')).toEqual(['cover.living_blinds close']);
  });
});

describe('round 17 (third part): values and verbs said loosely', () => {
  it('"X sitting at 10 percent", "X full whack", "X a mere 12%"', () => {
    expect(read('living room blinds sitting at 25 percent')).toEqual(['cover.living_blinds set_position 25']);
    expect(read('desk lamp full whack, bedside lamp a mere 5%')).toEqual(['light.office_lamp set_brightness 100', 'light.bedroom_lamp set_brightness 5']);
  });
  it('"flip X up to on"; "a 3000 kelvin white"; "send X off on its rounds"', () => {
    expect(read('flip the heater plug down to off')).toEqual(['switch.heater_plug turn_off']);
    expect(read('give the desk lamp a 3000 kelvin white')).toEqual(['light.office_lamp set_color_temp 3000']);
    expect(read('send robo off on its rounds')).toEqual(['vacuum.robo start']);
  });
  it('"how many lights have we got on" counts them', () => {
    const { celsius, now } = testSetting();
    const r = celsius.parse('how many lights have we got on right now', { now });
    expect(r.actions).toEqual([]);
    expect(r.answer).toBeDefined();
  });
});

describe('round 17 (fourth part, sayings-17b.ts)', () => {
  it('"enough <doing> (for now), X": stop X', () => {
    expect(read('enough mowing for now mowbot, stop')).toEqual(['lawn_mower.mowbot dock']);
    expect(read('enough hoovering, stop robo')).toEqual(['vacuum.robo stop']);
  });
  it('"leave it where it is, stop" is the stop itself', () => {
    expect(read('garage door: leave it exactly where it is, stop')).toEqual(['cover.garage_door stop']);
  });
  it('"it\'s nippy, set the X to 21": a bare number for a room is a temperature', () => {
    expect(read('it\'s chilly, set the bedroom to 21')).toEqual(['climate.bedroom set_temperature 21']);
  });
  it('"people are coming round, …" is a lead-in; "throw X open" opens X', () => {
    expect(read('people are coming round, throw the living room blinds open')).toEqual(['cover.living_blinds open']);
    expect(read('fling the bedroom curtain wide open')).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('round 17 (fifth part): who is playing, where the speaker is', () => {
  it('"whatever we\'re watching" is whatever is playing', () => {
    expect(read('could you put whatever we\'re watching on pause')).toEqual(['media_player.tv media_pause']);
  });
  it('"I\'m at the door, unlock the front door": where the speaker is, not a device', () => {
    expect(read('we\'re at the front door, unlock the front door')).toEqual(['lock.front unlock']);
  });
});

describe('round 17: a sign before a number is a step up', () => {
  it('"X +2 °F", "X +10%"', () => {
    expect(read('bedroom thermostat +2 °C')).toEqual(['climate.bedroom temperature_step 2']);
    expect(read('desk lamp +10%')).toEqual(['light.office_lamp brightness_step 10']);
  });
});

describe('round 17: "drop the <cover>" with nothing after it is "lower" it', () => {
  it('closes the cover, as "lower the … curtain" does', () => {
    expect(read('could you drop the bedroom curtain')).toEqual(['cover.bedroom_curtain close']);
  });
  it('with a value or an amount it stays as it was', () => {
    expect(read('drop the living room blinds to 20')).toEqual(['cover.living_blinds set_position 20']);
    expect(read('drop the bedroom thermostat 2 degrees')).toEqual(['climate.bedroom temperature_step -2']);
  });
});
