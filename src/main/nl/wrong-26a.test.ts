// Round 26a (wrong-26a.ts): dev20's wrong actions and two a tester found, each as a class.
import { describe, expect, it } from 'vitest';
import { readers, testSetting } from './test-read';

const { read, asks, fahrenheit, now } = testSetting();
const f = readers(fahrenheit, now);

describe('26a: two amounts said, one copied to both devices, is asked', () => {
  it.each([
    ['two degrees up on the downstairs thermostat, one up on the bedroom'],
    ['two degrees up on the downstairs thermostat, one up on the bedroom thermostat'],
    ['three degrees up on the bedroom thermostat, one up on the downstairs'],
    ['two up on the downstairs thermostat, one up on the bedroom'],
    ['two degrees down on the downstairs thermostat, one down on the bedroom'],
    ['two degrees up on the downstairs thermostat and another up on the bedroom'],
  ])('%s (°C)', (s) => asks(s));
  it.each([
    ['two degrees up on the downstairs thermostat, one up on the bedroom'],
  ])('%s (°F)', (s) => f.asks(s));
  it.each([
    ['2 degrees up on the downstairs thermostat, 1 up on the bedroom', read],
    ['four degrees up on the downstairs thermostat, two up on the bedroom', f.read],
  ])('%s: each its own amount, or asked', (s, r) => {
    const got = r(s);
    expect(new Set(got.map((a) => a.split(' ')[2])).size, s).toBe(got.length);
  });
  it('amounts said each with its device still act', () => {
    expect(read('turn the downstairs thermostat up 2 and the bedroom thermostat up 1')).toEqual(['climate.downstairs temperature_step 2', 'climate.bedroom temperature_step 1']);
    expect(read('warm the downstairs thermostat by two degrees and the bedroom thermostat by one')).toEqual(['climate.downstairs temperature_step 2', 'climate.bedroom temperature_step 1']);
  });
});

describe('26a: "close it back up (again)" closes; an open read as a close asks', () => {
  it.each([
    ['close it back up again'],
    ['close it up again'],
    ['close it back up'],
    ['shut it back up please'],
    ['close that back up again'],
  ])('%s', (s) => {
    expect(read(s, { previous: ['cover.bedroom_curtain'] })).toEqual(['cover.bedroom_curtain close']);
  });
  it('"open it back up" still opens', () => {
    expect(read('open it back up', { previous: ['cover.bedroom_curtain'] })).toEqual(['cover.bedroom_curtain open']);
    expect(read('open it back up again', { previous: ['cover.living_blinds'] })).toEqual(['cover.living_blinds open']);
  });
  it('"roll it back down" still closes', () => {
    expect(read('roll it back down', { previous: ['cover.living_blinds'] })).toEqual(['cover.living_blinds close']);
  });
  it('"open it back down" asks', () => asks('open it back down', { previous: ['cover.bedroom_curtain'] }));
});

describe('26a: "both" acting on three devices asks', () => {
  const three = ['light.kitchen_ceiling', 'light.bedroom_lamp', 'light.office_lamp'];
  it.each([
    ['make both blue'],
    ['turn both off'],
    ['dim both to 20%'],
    ['both off'],
    ['make both red please'],
  ])('%s (three before)', (s) => asks(s, { previous: three }));
  it('with exactly two before it acts', () => {
    expect(read('make both blue', { previous: ['light.kitchen_ceiling', 'light.bedroom_lamp'] }).length).toBe(2);
  });
});

describe('26a: "X and in <time> <do> it" — X now, the rest after the wait', () => {
  it.each([
    ['open the bedroom curtain and in 10 minutes close it', ['cover.bedroom_curtain open', 'cover.bedroom_curtain close +600s']],
    ['open the bedroom curtain and in an hour close it again', ['cover.bedroom_curtain open', 'cover.bedroom_curtain close +3600s']],
    ['close the living room blinds and in 5 minutes open them', ['cover.living_blinds close', 'cover.living_blinds open +300s']],
    ['turn on the porch light and in 20 minutes turn it off', ['light.porch turn_on', 'light.porch turn_off +1200s']],
  ])('%s', (s, want) => {
    const got = read(s);
    if (got.length) expect(got).toEqual(want);
    else asks(s);
  });
  it('the curtain is never opened only after the wait', () => {
    expect(read('open the bedroom curtain and in 10 minutes close it')).toContain('cover.bedroom_curtain open');
  });
});
