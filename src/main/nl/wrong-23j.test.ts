// Round 23j (wrong-23j.ts): steps acted on although which way, how far, when or what was meant is not known — asked.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks } = testSetting();

describe('23j: a cover step whose way is not said, or that cannot move, is asked', () => {
  it.each([
    ['close the bedroom curtain a little more', {}],
    ['shut the bedroom curtain a bit more', {}],
    ['close the bedroom curtain a touch more', {}],
    ['draw the bedroom curtain a little more', {}],
    ['the living room blinds a bit more', {}],
    ['just a bit more', { previous: ['cover.bedroom_curtain'] }],
    ['a touch more', { previous: ['cover.living_blinds'] }],
    ['a bit more', { previous: ['cover.bedroom_curtain'] }],
    ['a little more', { previous: ['cover.living_blinds'] }],
    ['a bit more please', { previous: ['cover.living_blinds'] }],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('a way said, from a known position, is still a step', () => {
    expect(read('open the bedroom curtain a bit')).toEqual(['cover.bedroom_curtain set_position 10']);
    expect(read('lower the living room blinds a bit')).toEqual(['cover.living_blinds set_position 50']);
  });
});

describe('23j: a fan step is never counted from an unknown speed, nor "lowest" read as off', () => {
  it.each([
    ['slow the bedroom fan down', {}],
    ['turn the bedroom fan down', {}],
    ['desk fan to the lowest setting', {}],
    ['slower', { previous: ['fan.bedroom'] }],
    ['turn it down', { previous: ['fan.bedroom'] }],
    ['turn it up', { previous: ['fan.bedroom'] }],
    ['turn it up a bit', { previous: ['fan.bedroom'] }],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('a speed said is still set', () => {
    expect(read('desk fan to low')).toEqual(['fan.office set_fan_speed 33']);
    expect(read('slow the desk fan down')).toEqual(['fan.office fan_speed_step -10']);
  });
});

describe('23j: a clock time of today already past, said with "in the morning" or "o\'clock", is asked', () => {
  it.each([
    'close the garage door at 7 in the morning',
    'turn on the porch light at 6 in the morning',
    'turn the desk lamp off at six in the morning',
    'put the tv on at a quarter to eight in the morning',
    'open the garage door at 7 oclock in the morning',
    'switch off the coffee machine at 5 in the morning',
    'open the living room blinds at 8:30 in the morning',
    'at 7 in the morning turn the hallway light off',
  ])('%s', (s) => asks(s));
  it('later today, or tomorrow, is scheduled', () => {
    expect(read('turn on the porch light at 7 in the evening')).toEqual(['light.porch turn_on +36000s']);
    expect(read('turn on the porch light tomorrow at 7 in the morning')).toEqual(['light.porch turn_on +79200s']);
  });
});

describe('23j: a bare "stop" in a room does not switch lights and switches off', () => {
  it.each([
    ['stop', { area: 'Office' }],
    ['stop', { area: 'Bedroom' }],
    ['stop everything', { area: 'Office' }],
    ['stop in here', { area: 'Bathroom' }],
    ['stop in the office', {}],
    ['stop everything in the bedroom', {}],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('a cover named is still stopped', () => {
    expect(read('stop the blinds')).toEqual(['cover.living_blinds stop']);
  });
});

describe('23j: a remark about how it was is no command', () => {
  it.each([
    'the bedroom was freezing today, 15 degrees',
    'the living room was freezing, 16 degrees',
    'the bedroom was too hot, 24 degrees',
    'the living room was chilly, 17 degrees',
    'the bedroom was a bit cold, 17 degrees',
    'living room was way too warm, 25 degrees',
    'the bedroom was stuffy, 23 degrees',
  ])('%s', (s) => asks(s));
  it('a request that says "was" is still done', () => {
    expect(read('set the bedroom thermostat to 19 degrees')).toEqual(['climate.bedroom set_temperature 19']);
  });
});

describe('23j: one device of a kind asked for in a room with none is not every one in the home', () => {
  it.each([
    ['turn on the light', { area: 'Garage' }],
    ['turn off the light', { area: 'Garage' }],
    ['dim the light to 20 percent', { area: 'Garage' }],
    ['make the light red', { area: 'Garage' }],
    ['light on please', { area: 'Garage' }],
    ['set the light to 40 percent', { area: 'Garage' }],
    ['turn the fan on', { area: 'Kitchen' }],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('in a room with one, that one', () => {
    expect(read('turn on the light', { area: 'Hallway' })).toEqual(['light.hallway turn_on']);
  });
});

describe('23j: filler and idioms are not read as a command', () => {
  it.each([
    ['ok cool now the desk lamp', {}],
    ['okay cool, the bedside lamp', {}],
    ['turn it down in here', { area: 'Living Room' }],
    ['turn it up in here', { area: 'Kitchen' }],
    ['switch on', { area: 'Office' }],
    ['turn off', { area: 'Kitchen' }],
    ['back to the start', { previous: ['media_player.tv'] }],
    ['right back to the start please', { previous: ['media_player.tv'] }],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('said plainly, still done', () => {
    expect(read('make the desk lamp cool white')).toEqual(['light.office_lamp set_color_temp 4000']);
    expect(read('turn it down', { previous: ['media_player.tv'] })).toEqual(['media_player.tv volume_step -10']);
  });
});

describe('23j: "lock up" said in a room, naming nothing, is not only that room\'s door', () => {
  it.each([
    ['lock up', { area: 'Hallway' }],
    ['lock up please', { area: 'Kitchen' }],
    ['lock up now', { area: 'Hallway' }],
    ['can you lock up', { area: 'Kitchen' }],
    ['please lock up', { area: 'Hallway' }],
    ['lock up right away', { area: 'Kitchen' }],
  ])('%s', (s, ctx) => asks(s, ctx));
  it('a door or place named is still locked', () => {
    expect(read('lock up the back door', { area: 'Hallway' })).toEqual(['lock.back lock']);
    expect(read('lock all the doors')).toEqual(['lock.front lock', 'lock.back lock']);
  });
});
