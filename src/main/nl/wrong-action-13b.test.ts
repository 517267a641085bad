// Issue 14, thirteenth round (misses): courtesies said around a request, with sentences of our own.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read } = testSetting();

describe('round 13: courtesies around the request', () => {
  it('sets them aside and does the request', () => {
    expect(read('could you be so kind as to lock the back door')).toEqual(['lock.back lock']);
    expect(read('pretty please with sugar on top, porch light on')).toEqual(['light.porch turn_on']);
    expect(read('night night hearth, lock the front door')).toEqual(['lock.front lock']);
  });
});

describe('round 13: a list of places said first', () => {
  it('is where the request after it is', () => {
    expect(read('the kitchen and the bedroom, lights off')).toEqual(['light.kitchen_ceiling turn_off', 'light.kitchen_island turn_off', 'light.bedroom_lamp turn_off']);
  });
});

describe('round 13: a change said as a sum ("plus 2", "minus 1.5")', () => {
  it('steps up or down by it — never sets the value itself', () => {
    expect(read('downstairs thermostat minus 1.5 degrees')).toEqual(['climate.downstairs temperature_step -1.5']);
    expect(read('downstairs thermostat plus 2 degrees')).toEqual(['climate.downstairs temperature_step 2']);
  });
  it('leaves "to minus 5" a value', () => {
    expect(read('set the downstairs thermostat to minus 5')).toEqual([]);
  });
});

describe('round 13: "whole house lights"', () => {
  it('is every light, as "all the lights"', () => {
    expect(read('whole house lights off')).toEqual(read('all the lights off'));
    expect(read('whole house lights off').length).toBeGreaterThan(3);
  });
});

describe('round 13: "…, X excluded"', () => {
  it('leaves X out, as "except X"', () => {
    expect(read('kitchen lights on, the island excluded')).toEqual(['light.kitchen_ceiling turn_on']);
  });
});

describe('round 13: the verb said last', () => {
  it('after a fan "stop spinning" is stopping it', () => {
    expect(read('make the bedroom fan stop spinning')).toEqual(read('stop the bedroom fan'));
    expect(read('make the bedroom fan stop spinning').length).toBe(1);
  });
});

describe('round 13: "can we have some light in <room>"', () => {
  it('switches on the light there', () => {
    expect(read('can we have some light in the bedroom')).toEqual(['light.bedroom_lamp turn_on']);
  });
});

describe('round 13: "give X a rest"', () => {
  it('switches X off', () => {
    expect(read('give the porch light a rest')).toEqual(['light.porch turn_off']);
  });
});

describe('round 13: a reason said first ("let the light in, …")', () => {
  it('is set aside and the request done', () => {
    expect(read('let the light in, open the bedroom curtain')).toEqual(['cover.bedroom_curtain open']);
  });
});

describe('round 13: "fire off the … script"', () => {
  it('runs it — never "off"', () => {
    expect(read('fire off the goodnight script')).toEqual(read('run the goodnight script'));
    expect(read('run the goodnight script').length).toBe(1);
  });
});

describe('round 13: "worm white"', () => {
  it('is warm white', () => {
    expect(read('bedroom lamp to worm white')).toEqual(read('bedroom lamp to warm white'));
    expect(read('bedroom lamp to warm white').length).toBe(1);
  });
});
