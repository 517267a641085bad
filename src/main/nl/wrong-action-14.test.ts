// Issue 14, fourteenth round: classes of wrong action found by probing with sentences of our own (no set's lines).
// The setting reads each sentence on Wednesday 2025-03-05 at 09:00.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 14: a sentence that only tells how a device is', () => {
  it('asks — never makes the state said so', () => {
    asks('the desk fan is on again');
    asks('great, the porch light is off');
    asks('I think the blinds are open');
    asks('the hallway light has been on all day');
    asks('wow the kitchen ceiling is still on');
  });
  it('still acts when a verb asks, or the state is a wish', () => {
    expect(read('the porch light is off, turn it on')).toEqual(['light.porch turn_on']);
    expect(read('make sure the back door is locked')).toEqual(['lock.back lock']);
    expect(read("I'd love it if the desk lamp were off")).toEqual(['light.office_lamp turn_off']);
  });
});

describe('round 14: "why is X on"', () => {
  it('asks — a question why is no request', () => {
    asks('why is the porch light on');
    asks('why are the blinds open');
  });
  it('still acts on "why don\'t you …"', () => {
    expect(read("why don't you lock the back door")).toEqual(['lock.back lock']);
  });
});

describe('round 14: a wish said in the negative', () => {
  it('asks — never does what is not wanted', () => {
    asks("I don't want the desk fan on");
    asks('no need to turn on the porch light');
    asks('I do not need the hallway light on');
  });
});

describe('round 14: a condition the reading did not take', () => {
  it('asks — never acts now whatever the condition', () => {
    asks("if it's cold turn up the downstairs thermostat");
    asks("turn up the bedroom thermostat if it's chilly");
    asks('unless someone is home lock the front door');
    asks('in case it rains close the bedroom curtain');
  });
  it('still reads courtesies said with "if"', () => {
    expect(read('if you can, turn off the desk fan')).toEqual(['fan.office turn_off']);
    expect(read('if possible close the bedroom curtain')).toEqual(['cover.bedroom_curtain close']);
    expect(read("if it's not too much trouble, lock the back door")).toEqual(['lock.back lock']);
    expect(read('I wonder if you could turn the porch light on')).toEqual(['light.porch turn_on']);
  });
});

describe('round 14: a kind said in a list that cannot do what the step does', () => {
  it('asks — never leaves it out silently', () => {
    asks('set the porch light and the bedroom fan to 50');
    asks('dim the desk lamp and the tv');
    asks('set the hallway light to 40 and the desk fan too');
  });
  it('still does each its own when each can', () => {
    expect(read('turn off the porch light and the desk fan')).toEqual(['light.porch turn_off', 'fan.office turn_off']);
  });
});

describe('round 14: "half past" with no hour', () => {
  it('asks the time — "half" is never 50 %', () => {
    asks('switch the desk fan off at half past');
    asks('turn on the porch light at quarter past');
  });
  it('still sets "half" as a value', () => {
    expect(read('set the desk lamp to half')).toEqual(['light.office_lamp set_brightness 50']);
  });
});

describe('round 14: a level for "everything" in a place', () => {
  it('asks which kind — never only the lights', () => {
    asks('dim everything in the kitchen');
    asks('turn everything up in the living room');
  });
  it('still switches everything off', () => {
    expect(read('turn off everything in the office')).toEqual(['light.office_lamp turn_off', 'switch.heater_plug turn_off', 'fan.office turn_off']);
  });
});

describe('round 14: ", just not X"', () => {
  it('leaves X out — never acts on it', () => {
    expect(read('turn off the kitchen lights, just not the ceiling')).toEqual(['light.kitchen_island turn_off']);
    expect(read('switch off the living room lights and only not the reading light')).toEqual(['light.living_floor_lamp turn_off']);
  });
});

describe('round 14: "both" before a room or floor said of the kind', () => {
  it('is two devices — more than two fitting is asked', () => {
    asks('turn off both ground floor lights');
  });
  it('still reads two, and "both the X and the Y" as places', () => {
    expect(read('turn off both kitchen lights')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
  });
});

describe('round 14: a command taken back part-way', () => {
  it('asks which — never the first part done', () => {
    asks('open the blinds actually close them');
    asks('turn on the desk fan, no wait, the desk lamp');
    asks('switch the porch light on or rather off');
  });
  it('still reads a taking-back said before anything was asked', () => {
    expect(read('ok so, I mean, turn on the porch light')).toEqual(['light.porch turn_on']);
  });
});

describe('round 14: "not the X" said right after the target, with no pause', () => {
  it('leaves X out — never acts on it', () => {
    expect(read('turn on the kitchen lights not the ceiling')).toEqual(['light.kitchen_island turn_on']);
  });
});

describe('round 14: "for N" with no unit', () => {
  it('asks how long — never a level', () => {
    asks('open the blinds for 10');
    asks('raise the bedroom curtain for 5');
  });
  it('still reads a length said in full', () => {
    expect(read('open the blinds for 10 minutes')).toEqual(['cover.living_blinds open', 'cover.living_blinds close +600s']);
  });
});

describe('round 14: "all on" with no kind and no place', () => {
  it('asks which kind — never every device of the home', () => {
    asks('all on');
    asks('switch all off');
  });
  it('still acts where one kind fits, or a place is said', () => {
    expect(read('lock all')).toEqual(['lock.front lock', 'lock.back lock']);
    expect(read('all off in the office')).toEqual(['light.office_lamp turn_off', 'switch.heater_plug turn_off', 'fan.office turn_off']);
  });
});

describe('round 14: colour said as a change, or with a number', () => {
  it('asks — "bluer" is never blue, "colour to 50" never a brightness', () => {
    asks('make the porch light a bit bluer');
    asks('set the desk lamp colour to 50');
    asks('set the porch light to warm 40');
  });
  it('still sets a brightness, and "tone it down to 40%"', () => {
    expect(read('set the porch light to 40')).toEqual(['light.porch set_brightness 40']);
    expect(read('tone the desk lamp down to 40%')).toEqual(['light.office_lamp set_brightness 40']);
  });
});

describe('round 14: asking for advice, or what a device will do', () => {
  it('asks — never a request', () => {
    asks('should I turn off the desk fan');
    asks('will the porch light turn off');
  });
  it('still acts on "will you …"', () => {
    expect(read('will you turn off the desk fan')).toEqual(['fan.office turn_off']);
  });
});

describe('round 14: a device said in a list that is not there', () => {
  it('asks — never the others done alone', () => {
    asks('open the living room blinds and the bedroom one');
    asks('close the blind and the curtain in the bedroom');
  });
  it('still reads a plural kind over a list of places', () => {
    expect(read('turn on the lights in the garage and in the kitchen')).toEqual(['light.kitchen_ceiling turn_on', 'light.kitchen_island turn_on']);
  });
});

describe('round 14: a state said last after "and" that the reading left out', () => {
  it('asks — "turn on the fan and off" is never just on', () => {
    asks('turn on the desk fan and off');
    asks('open the blinds and closed');
  });
  it('still reads "on and off" and "then on"', () => {
    expect(read('turn the desk fan off and then on')).toEqual(['fan.office turn_off', 'fan.office turn_on']);
  });
});

describe('round 14: a value between 0 and 1 for a setting in percent', () => {
  it('asks whether a share was meant — never rounded to 0 or 1 %', () => {
    asks('set the tv volume to 0.3');
    asks('set the desk lamp to 0.5');
  });
  it('still sets 1 %', () => {
    expect(read('set the desk lamp to 1')).toEqual(['light.office_lamp set_brightness 1']);
  });
});

describe('round 14: switching on the whole home with no kind said', () => {
  it('asks which kind — never every device', () => {
    asks('put the house on away mode');
    asks('turn on the whole house');
  });
  it('still switches the lights of the whole house on, and the whole house off', () => {
    expect(read('turn on the lights in the whole house')).toHaveLength(9);
  });
});

describe('round 14: a scene or script "for N minutes"', () => {
  it('asks — it is never switched off afterwards', () => {
    asks('run goodnight for 10 minutes');
    asks('activate movie night for an hour');
  });
  it('still runs it', () => {
    expect(read('run goodnight')).toEqual(['script.goodnight turn_on']);
  });
});

describe('round 14: two ways that undo each other, said with no join between them', () => {
  it('asks which goes with which — never one way for both', () => {
    asks('desk lamp on porch light off');
    asks('lock front door unlock back door');
    asks('blinds open bedroom curtain closed');
  });
  it('still reads them with a join, and "leave … on"', () => {
    expect(read('desk lamp on, porch light off')).toEqual(['light.office_lamp turn_on', 'light.porch turn_off']);
    expect(read('turn off the living room lights but leave the floor lamp on')).toEqual(['light.living_reading turn_off']);
  });
});

describe('round 14: "… at sunset and off at sunrise"', () => {
  it('asks — the second state is never left out, nor the first moved to its time', () => {
    asks('turn on the porch light at sunset and off at sunrise');
  });
});

describe('round 14: "all the way up"', () => {
  it('says how far — never every device of the kind', () => {
    asks('turn the lamp all the way up');
    expect(read('turn the desk lamp all the way up')).toEqual(['light.office_lamp set_brightness 100']);
  });
  it('asks to what temperature for a thermostat — never a step of its own choosing', () => {
    asks('turn the bedroom thermostat all the way up');
  });
});

describe('round 14: "all day", "that\'s all", "one by one", "every now and then"', () => {
  it('never reads "all" as every device', () => {
    asks('turn the lamp on all day');
    asks('dim the lamp a little, that is all');
  });
  it('asks about an order or rhythm Hearth cannot keep', () => {
    asks('turn off each light one by one');
    asks('turn on the desk fan every now and then');
  });
  it('still reads "by 1"', () => {
    expect(read('lower the bedroom thermostat by 1')).toEqual(['climate.bedroom temperature_step -1']);
  });
});

describe('round 14: "half the lights", "some lights", "the other kitchen lights"', () => {
  it('asks which — never all of them, nor "half" as 50 %', () => {
    asks('turn off half the lights');
    asks('turn off some of the kitchen lights');
  });
  it('leaves the one named before out of "the other kitchen lights"', () => {
    expect(read('dim the kitchen ceiling and turn off the other kitchen lights')).toEqual(['light.kitchen_ceiling brightness_step -10', 'light.kitchen_island turn_off']);
  });
});

describe('round 14: "but only X", and "on low" for a light', () => {
  it('asks — never the others done, nor just switched on', () => {
    asks('turn on the lights in the kitchen but only the ceiling');
    asks('turn the desk lamp on low');
  });
  it('still reads "only the ceiling" said alone', () => {
    expect(read('turn on only the kitchen ceiling')).toEqual(['light.kitchen_ceiling turn_on']);
  });
});

describe('round 14: "on, then off, then on again"', () => {
  it('keeps the last setting — the repeat after another is never dropped', () => {
    expect(read('turn on the porch light, then turn it off, then turn it on')).toEqual(['light.porch turn_on', 'light.porch turn_off', 'light.porch turn_on']);
  });
});

describe('round 14: "it" listed with a device named', () => {
  it('asks which "it" is — never only the named one', () => {
    asks('set it and the porch light to 30');
    asks('turn on the desk lamp and set it and the porch light to 30');
  });
  it('still reads "turn on the desk lamp and dim it"', () => {
    expect(read('turn on the desk lamp and dim it')).toEqual(['light.office_lamp turn_on', 'light.office_lamp brightness_step -10']);
  });
});

describe('round 14: "can you not …", "why won\'t …", "turn something on"', () => {
  it('asks — never does what was asked not to, nor everything in a room', () => {
    asks('can you not turn off the desk fan');
    asks("why won't the desk fan turn off");
    asks('turn something on in the kitchen');
  });
  it('still acts on "can you …" and "why don\'t you …"', () => {
    expect(read('can you turn off the desk fan')).toEqual(['fan.office turn_off']);
  });
});

describe('round 14: "not in the kitchen", "outside the kitchen"', () => {
  it('asks — never the lights in the kitchen', () => {
    asks('turn off all lights not in the kitchen');
    asks("turn off the lights that aren't in the kitchen");
    asks('turn off all the lights outside the kitchen');
  });
  it('still reads "except the ones in the kitchen"', () => {
    expect(read('turn off all the lights except those in the kitchen')).toHaveLength(7);
  });
});

describe('round 14: a device picked by a superlative', () => {
  it('asks which — never all of them', () => {
    asks('turn off the lights that are brightest');
  });
});
