// Issue 14, round 17s: wrong actions of round 17's rewrites of verb-less forms, each tested as a class with sentences of
// our own on the parser's test home (no set's lines): statements, complaints and reports ask; the requests still act.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('round 17s: a verb-less level said with a complaint, a report or another command', () => {
  it('asks', () => {
    asks('desk lamp full whack, my eyes hurt');
    asks('the floor lamp full whack, way too bright');
    asks('desk lamp full whack, dim it a bit');
    asks("the floor lamp's full whack");
    asks('bedside lamp full whack again');
    asks("the desk lamp a mere 8%, I can't read");
    asks('floor lamp a measly 15 percent at the moment');
    asks('living room blinds sitting at 40 percent right now');
    asks('bedroom curtain sitting at 20 percent still');
    asks("living room blinds sitting at 40 percent, they're stuck");
    asks('living room blinds sitting at 40 percent, raise them');
  });
  it('alone, with "please", or in a list of such levels still acts', () => {
    expect(read('floor lamp full whack')).toEqual(['light.living_floor_lamp set_brightness 100']);
    expect(read('floor lamp full whack please')).toEqual(['light.living_floor_lamp set_brightness 100']);
    expect(read('living room blinds sitting at 35 percent')).toEqual(['cover.living_blinds set_position 35']);
    expect(read('floor lamp full whack, desk lamp a mere 7%')).toEqual(['light.living_floor_lamp set_brightness 100', 'light.office_lamp set_brightness 7']);
    expect(read('living room blinds sitting at 35 percent, bedroom curtain at 80')).toEqual(['cover.living_blinds set_position 35', 'cover.bedroom_curtain set_position 80']);
  });
});

describe('round 17s: what a room "gets", and "N is too low"', () => {
  it('what a device gets, said alone, asks (only a list of settings is read)', () => {
    asks('the desk lamp gets 30');
    asks('the downstairs thermostat gets 19');
    asks('the downstairs thermostat only gets 18 degrees');
  });
  it('"just gets", "barely gets": a complaint asks', () => {
    asks('the downstairs thermostat just gets 18');
    asks('the desk lamp barely gets 30 percent');
  });
  it('a value judged too low or too much asks', () => {
    asks('bedroom thermostat, 15 is too low');
    asks('bedroom thermostat, 15 is too chilly');
    asks('downstairs thermostat, 24 is too much');
  });
  it('a list of settings and "N is plenty" still act', () => {
    expect(read('bedroom thermostat gets 18, downstairs thermostat gets 21')).toEqual(['climate.bedroom set_temperature 18', 'climate.downstairs set_temperature 21']);
    expect(read('downstairs thermostat, 20 is plenty')).toEqual(['climate.downstairs set_temperature 20']);
  });
});

describe('round 17s: a state said after a device, with no verb', () => {
  it('unlocking or opening after a time said first needs "please"', () => {
    asks('in an hour, the back door unlocked');
    asks('in 20 minutes, front door unlocked');
    expect(read('in 20 minutes, front door unlocked please')).toEqual(['lock.front unlock +1200s']);
    expect(read('in 20 minutes, the front door locked')).toEqual(['lock.front lock +1200s']);
  });
  it('"closed at <time>" is a report unless "please" is said', () => {
    asks('the bedroom curtain closed at 22:45');
    asks('garage door shut at 20:10');
    asks('the front door locked at 23:00');
    expect(read('the bedroom curtain closed at 22:45 please')).toEqual(['cover.bedroom_curtain close +49500s']);
  });
});
