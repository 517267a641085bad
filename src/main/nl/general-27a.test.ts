// Round 27a (issue 14): general frames peeled off a refused sentence (general-27a.ts) — polite wrappers, questions with the
// state after the name, lead-ins naming nothing, loose names of a device kind — and the controls that must keep asking.
// On the own sets' fixture home (°F). Each "reads"/"answers" case was refused before round 27a.
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { parsers, now, read, asks } = fixtureSetting();
const answers = (text: string): void => {
  const r = parsers.F.parse(text, { now, clock: '24h' });
  expect(r.actions, text).toEqual([]);
  expect(r.error, text).toBeUndefined();
  expect(r.answer, text).toBeDefined();
};
const KITCHEN_OFF = ['light.kitchen_countertop turn_off', 'light.kitchen_ceiling turn_off', 'light.kitchen_cabinets turn_off'];

describe('round 27a: a polite frame around a command is peeled, whatever its words', () => {
  it('courtesies after the command', () => {
    expect(read('tv off thanks love')).toEqual(['media_player.tv turn_off']);
    expect(read('please turn the kitchen switch off, much appreciated')).toEqual(['switch.kitchen turn_off']);
    expect(read('side door locked, appreciate it')).toEqual(['lock.side_door lock']);
    expect(read('garage light off, ty')).toEqual(['light.garage turn_off']);
    expect(read('lock the sliding doors for me, thanks a bunch')).toEqual(['lock.sliding_doors lock']);
  });
  it('softening openers', () => {
    expect(read("I'd be really grateful if you'd switch the kitchen lights off").sort()).toEqual([...KITCHEN_OFF].sort());
    expect(read("we'd be ever so thankful if you could lock the back door")).toEqual(['lock.back_door lock']);
    expect(read('do me a kindness and lock the front door, cheers')).toEqual(['lock.front_door lock']);
  });
  it('"X <participle>" is a wish only with a courtesy said', () => {
    expect(read('the tv muted please, thank you')).toEqual(['media_player.tv mute']);
    expect(read('the back door locked please, ta')).toEqual(['lock.back_door lock']);
  });
  it('a wish about how a device should end', () => {
    expect(read("it'd be brilliant to get the back door locked")).toEqual(['lock.back_door lock']);
    expect(read("I'd be chuffed if the tv was muted")).toEqual(['media_player.tv mute']);
    expect(read("if the side door got locked that'd be great")).toEqual(['lock.side_door lock']);
    expect(read("I'd appreciate the garage light off")).toEqual(['light.garage turn_off']);
    expect(read('lamp in the bedroom off, be a gem')).toEqual(['light.bedroom_lamp turn_off']);
  });
  it('controls for wishes: "is" is a condition, a denial or an unknown device asks', () => {
    asks("if the side door is locked that'd be great");
    asks("I'd be chuffed if the tv wasn't muted");
    asks("it'd be nice to see the porch light on");
    asks("I'd appreciate the lamp off");
  });
  it('controls: a denial, a condition, "it" with nothing before, an unknown device keep asking', () => {
    asks("don't lock the back door, thanks love");
    asks('lock the back door if nobody is home, much appreciated');
    asks('turn it off thanks love');
    asks('porch light off, much appreciated');
    asks('the tv not muted please, thank you');
  });
});

describe('round 27a: a question with the state after the name, or about "it", is answered and never acted on', () => {
  it('"X <state> or not", "is X still <going>", "X, where is it", "I wonder if …"', () => {
    answers('side door locked or not');
    answers('the valve open or closed?');
    answers('is the ceiling fan still whirring');
    answers('garage light still burning?');
    answers('rover, where is it');
    answers('the office thermostat - what is it set to');
    answers('i wonder whether the side door is locked');
    answers('do you know if the garage light is on');
  });
  it('controls: an unknown device is asked, a command with a state is not a question', () => {
    asks('attic fan on or not');
  });
});

describe('round 27a: a lead-in clause naming nothing is set aside; one with a place, time, condition or denial is not', () => {
  it('reasons and asides before the command', () => {
    expect(read('going on holiday, close the main valve')).toEqual(['valve.main_valve close']);
    expect(read('finished the washing up, so switch the kitchen lights off').sort()).toEqual([...KITCHEN_OFF].sort());
    expect(read('heading on holiday, lock the side door')).toEqual(['lock.side_door lock']);
  });
  it('controls', () => {
    asks('going on holiday tomorrow, close the main valve');
    asks('going on holiday, close it');
    asks('unless anyone is home, lock the side door');
    asks('the hallway is dark, so lights on');
    asks('the attic is dark, lights on');
    asks("the hallway's dark, lights on please");
  });
});

describe('round 27a: a loose name of a device kind is the home\'s only device of that kind', () => {
  it('vacuum', () => {
    expect(read('start the roomba')).toEqual(['vacuum.rover start']);
    expect(read('set the robot cleaner going')).toEqual(['vacuum.rover start']);
    expect(read('send the robovac back to base')).toEqual(['vacuum.rover return_to_base']);
  });
  it('"play X again" resumes, never the previous track', () => {
    expect(read('play the tv again')).toEqual(['media_player.tv media_play']);
    expect(read('play the last song again on the tv')).toEqual(['media_player.tv media_previous']);
  });
});
