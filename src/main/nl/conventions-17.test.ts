// Issue 14, round 17: the label conventions settled after v14 (OWN.md "Conventions for labels"), on the test home.
import { describe, expect, it } from 'vitest';
import { testSetting } from './test-read';

const { read, asks, fahrenheit } = testSetting();

describe('round 17: a thermostat is only sent setpoints inside the usual thermostat limits (7–35 °C, 45–95 °F)', () => {
  it('asks about a setpoint outside them, in either unit, said or implied', () => {
    asks('bedroom thermostat to 99 F');
    asks('bedroom thermostat to 36 degrees celsius');
    asks('bedroom thermostat to 6');
    asks('bedroom thermostat to 99', {}, fahrenheit);
    asks('bedroom thermostat to 40', {}, fahrenheit);
  });
  it('still sets those inside them', () => {
    expect(read('bedroom thermostat to 35')).toEqual(['climate.bedroom set_temperature 35']);
    expect(read('bedroom thermostat to 7')).toEqual(['climate.bedroom set_temperature 7']);
    expect(read('bedroom thermostat to 95', {}, fahrenheit)).toEqual(['climate.bedroom set_temperature 35']);
  });
});

describe('round 17: "way up", "way down", "much louder" say no amount — asked; "a lot" is a big step', () => {
  it('asks how much', () => {
    asks('turn the tv way up');
    asks('turn the desk lamp way down');
    asks('tv way louder');
  });
  it('"a lot" and "all the way" still act', () => {
    expect(read('turn the tv up a lot')).toEqual(['media_player.tv volume_step 30']);
    expect(read('turn the tv all the way up')).toEqual(['media_player.tv set_volume 100']);
  });
});
