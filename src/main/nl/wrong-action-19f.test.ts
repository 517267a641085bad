// Round 19 review (19f): wrong actions brought in by sayings-19b.ts — a negated wish made a request, a reason that names a
// room or device set aside, "go and see" done, a question about a timer scheduled, a worried "you wouldn't …, would you"
// done. Each asks, or does only what was meant.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('19f class 0: "<X> not being <state> would be nice" is never the state', () => {
  it('asks', () => {
    asks('the kitchen lights not being on would be great');
    asks('the front door not being locked would be nice');
    asks('the bedroom curtain not being open would be nice');
    asks('the tv not being on would be nice');
    asks('the office fan not running would be lovely');
    // (Without a negation it is still asked for.)
    expect(read('the office fan off would be nice')).toEqual(['fan.office turn_off']);
  });
});

describe('19f class 1: a reason that names a room or a device is never set aside', () => {
  it('does only what the room says, or asks', () => {
    expect(read('turn off the lights, the kitchen is empty')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
    expect(read("turn off the lights, it's just the kitchen")).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off']);
    asks('turn off all the lights, the kitchen is still being used');
    asks('switch everything off in the living room, the tv is still being watched');
  });
});

describe('19f class 4: "go and see X is locked/unlocked" is a look, never a step', () => {
  it('asks', () => {
    asks("go and see the back door's unlocked");
    asks('go and see the doors are locked');
    asks("please see the front door's unlocked");
  });
});

describe('19f class 6: a question about when a device goes off is never scheduled', () => {
  it('answers or asks, never schedules', () => {
    for (const s of ['does the office fan go off in 90 minutes', 'why does the office fan go off in 10 minutes', 'will the office fan go off in 10 minutes']) {
      expect(read(s), s).toEqual([]);
    }
  });
});

describe('19f class 7: a motion said after a stop is never set aside into another step', () => {
  it('"mute the tv, the fan is running" never mutes alone', () => {
    asks("mute the tv, the office fan's running");
  });
});

describe('19f class 8: "you wouldn\'t X, would you" is a worried check', () => {
  it('asks; "you couldn\'t X, could you" is still a request', () => {
    asks("you wouldn't unlock the front door, would you");
    asks("you wouldn't open the garage door, would you");
    expect(read("you couldn't switch the office fan off, could you")).toEqual(['fan.office turn_off']);
  });
});

describe('19f: a wish with a negated state asks', () => {
  it('asks', () => {
    asks("make sure the front door isn't locked");
    asks("make sure the doors aren't locked");
    asks("I'd love it if the tv wasn't on");
    asks("ensure the garage door isn't closed");
  });
});
