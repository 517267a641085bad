// Issue 14, round 28c: generalisation in floors, floor lists, exclusions, multistep, coreference, timing and delay
// (general-28c.ts) — refused sentences read the plain way, on the own sets' fixture home. Sentences written fresh for the
// round (none from a set).
import { describe, expect, it } from 'vitest';
import { fixtureSetting } from './test-read';

const { read, asks } = fixtureSetting();
const sorted = (text: string, context = {}): string[] => read(text, context).sort();
const LIVING_CURTAINS = ['cover.curtain_left close', 'cover.curtain_right close'];
const ALL_CURTAINS = ['cover.bedroom close', ...LIVING_CURTAINS];

describe('round 28c: fillers between steps', () => {
  it('"oh and", "oh, and", "and oh also", "oh yeah", "also" between two commands', () => {
    expect(read('pause the tv and turn on the bedroom lamp, oh and close the right curtain')).toEqual(['media_player.tv media_pause', 'light.bedroom_lamp turn_on', 'cover.curtain_right close']);
    expect(read('turn off the garage light, oh, and lock the back door')).toEqual(['light.garage turn_off', 'lock.back_door lock']);
    expect(read('turn on the living room lamp and oh also open the bedroom curtain')).toEqual(['light.living_room_lamp turn_on', 'cover.bedroom open']);
    expect(read('close the bedroom curtain and oh yeah unlock the side door')).toEqual(['cover.bedroom close', 'lock.side_door unlock']);
    expect(read('turn off the fan, oh, and the garage light too')).toEqual(['fan.ceiling turn_off', 'light.garage turn_off']);
    expect(read('close the right curtain also the left curtain')).toEqual(['cover.curtain_right close', 'cover.curtain_left close']);
  });
  it('a step lost to a wait before "it" is no reading: it keeps what the rest said', () => {
    expect(read('turn on the fan and in 10 minutes turn it off, oh and lock the front door')).toEqual(['fan.ceiling turn_on', 'fan.ceiling turn_off +600s', 'lock.front_door lock']);
  });
});

describe('round 28c: a state said after what it is for, and the passive future', () => {
  it('"<place> <kind> closed" with no verb is the command', () => {
    expect(sorted('first floor curtains closed')).toEqual(LIVING_CURTAINS);
    expect(sorted('curtains on the first and second floors closed')).toEqual(ALL_CURTAINS);
    expect(sorted('first and second floor curtains closed')).toEqual(ALL_CURTAINS);
    expect(sorted('every curtain closed except the left one')).toEqual(['cover.bedroom close', 'cover.curtain_right close']);
    expect(sorted('every door locked except the sliding doors')).toEqual(['lock.back_door lock', 'lock.front_door lock', 'lock.side_door lock']);
  });
  it('"(time) X gets / will be / must be <done> (time)" is scheduled', () => {
    expect(read('tonight at 11 the back door gets locked')).toEqual(['lock.back_door lock +50400s']);
    expect(read('at 10 tonight the garage light gets switched off')).toEqual(['light.garage turn_off +46800s']);
    expect(read('the side door will be locked at 11 tonight')).toEqual(['lock.side_door lock +50400s']);
    expect(read('tomorrow at 7 the bedroom curtain gets opened')).toEqual(['cover.bedroom open +79200s']);
  });
  it('controls: a question, a past state or a condition still does not act', () => {
    expect(read('first floor curtains closed?')).toEqual([]);
    asks('the front door locked already');
    asks('the bedroom curtain closed');
    asks('the doors not locked please');
    asks('the first floor curtains are to be closed');
    asks('the back door unlocked at 22:15');
    asks('when the front door gets locked turn off the porch light');
  });
});

describe('round 28c: running a while, and waits', () => {
  it('"I want X going for D, then stop it" is on for D', () => {
    expect(read('I want the fan going for twenty minutes, then stop it')).toEqual(['fan.ceiling turn_on', 'fan.ceiling turn_off +1200s']);
    expect(read("I'd like the garage light on for ten minutes, then turn it off")).toEqual(['light.garage turn_on', 'light.garage turn_off +600s']);
    expect(read('the fan should run for half an hour then stop')).toEqual(['fan.ceiling turn_on', 'fan.ceiling turn_off +1800s']);
    expect(read('turn the fan on for 10 min then stop')).toEqual(['fan.ceiling turn_on', 'fan.ceiling turn_off +600s']);
  });
  it('a later wait with no unit takes the unit of the one before', () => {
    expect(read('open the left curtain in 5 min and the bedroom curtain in 10')).toEqual(['cover.curtain_left open +300s', 'cover.bedroom open +600s']);
    expect(read('lock the back door in 2 minutes and unlock it again in 7')).toEqual(['lock.back_door lock +120s', 'lock.back_door unlock +420s']);
  });
  it('"…, but only / not until <a wait>" is the wait', () => {
    expect(read('bedroom lamp off, but only twenty minutes from now')).toEqual(['light.bedroom_lamp turn_off +1200s']);
    expect(read('lock the side door, but not until 5 minutes from now')).toEqual(['lock.side_door lock +300s']);
  });
  it('controls: a bare number with no wait before it, and "in a bit", still ask', () => {
    asks('fan off in 30');
    asks('lights off in a bit, oh and lock the door');
  });
});

describe('round 28c: exclusions and copied values', () => {
  it("\"every lock but the X's\", \"…, leaving X shut\", \"every other cover\", \"everything that's a curtain\"", () => {
    expect(sorted("every lock but the back door's, lock them")).toEqual(['lock.front_door lock', 'lock.side_door lock', 'lock.sliding_doors lock']);
    expect(sorted('close all the curtains, leaving the bedroom one open')).toEqual(LIVING_CURTAINS);
    expect(sorted('open the curtains and every other cover, leaving the shade shut')).toEqual(['cover.bedroom open', 'cover.curtain_left open', 'cover.curtain_right open']);
    expect(sorted("close everything that's a curtain on the first floor")).toEqual(LIVING_CURTAINS);
    expect(read('everything on the second floor, switch it all off').sort()).toEqual(['light.bedroom_lamp turn_off', 'switch.bedroom turn_off']);
  });
  it('"give X that same level", "X to that too" copy the value', () => {
    expect(read('living room lamp to 45, and give the bedroom lamp that same level')).toEqual(['light.living_room_lamp set_brightness 45', 'light.bedroom_lamp set_brightness 45']);
    expect(read('set the left curtain to 30 and then the right curtain to that too')).toEqual(['cover.curtain_left set_position 30', 'cover.curtain_right set_position 30']);
  });
  it('"that X of ours" is X', () => {
    expect(read('that bedroom lamp of ours, on with it')).toEqual(['light.bedroom_lamp turn_on']);
  });
});
