// Issue 14, round 17k: the two label conventions settled at stop 30 (OWN.md "Conventions for labels", last bullet) —
// "the main thermostat" / "the main one" is the thermostat with no place in its name, beside one named by its place;
// "the other one" after one of a left/right pair is its partner. Each only when exactly one fits; else asked.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser, type NlContext } from './parser';
import { acts, testSetting } from './test-read';

const { home, now, asks: asksBase } = testSetting();
const FLOORS: Record<string, string> = { Hallway: 'Ground Floor', 'Living Room': 'Ground Floor', Garage: 'Ground Floor', Bedroom: 'First Floor', Office: 'First Floor' };
const dev = (id: string, name: string, area: string, state: string, deviceClass: string | null = null): NlEntity => ({
  id, name, domain: id.split('.')[0]!, area, floor: FLOORS[area]!, state, deviceClass, attributes: {},
});
const PAIR = [dev('cover.curtain_left', 'Curtain Left', 'Living Room', 'closed', 'curtain'), dev('cover.curtain_right', 'Curtain Right', 'Living Room', 'closed', 'curtain')];
const MAIN = dev('climate.thermostat', 'Thermostat', 'Hallway', 'heat');
const VALVE = dev('valve.main_valve', 'Main Valve', 'Garage', 'open', 'water');
const SHADE = dev('cover.shade_left', 'Shade Left', 'Office', 'open', 'shade');
// The test home has Downstairs Thermostat and Bedroom Thermostat (each named by its place) and Bedroom Curtain.
const withAll = (...extra: NlEntity[]) => {
  const p = createParser({ ...home('C'), entities: [...home('C').entities, ...extra] });
  return {
    read: (text: string, context: NlContext = {}): string[] => acts(p.parse(text, { now, ...context })),
    asks: (text: string, context: NlContext = {}): void => {
      const r = p.parse(text, { now, ...context });
      expect(acts(r), text).toEqual([]);
      expect(r.error, text).toBeDefined();
    },
  };
};

describe('round 17k: "the main thermostat" is the one whose name has no place', () => {
  const { read } = withAll(MAIN, VALVE);
  it('acts on the bare-named thermostat beside ones named by their place', () => {
    expect(read('put the main thermostat on 20')).toEqual(['climate.thermostat set_temperature 20']);
    expect(read('main thermostat to 19 and the bedroom one to 17')).toEqual(['climate.thermostat set_temperature 19', 'climate.bedroom set_temperature 17']);
    expect(read('the bedroom thermostat to 17 and the main one to 21')).toEqual(['climate.bedroom set_temperature 17', 'climate.thermostat set_temperature 21']);
    expect(read('warm up the main one to 22', { previous: ['climate.downstairs'] })).toEqual(['climate.thermostat set_temperature 22']);
  });
  it('"main" that is a word of a name stays that name', () => {
    expect(read('shut the main valve')).toEqual(['valve.main_valve close']);
    const named = withAll(dev('climate.main', 'Main Thermostat', 'Hallway', 'heat'));
    expect(named.read('main thermostat to 20')).toEqual(['climate.main set_temperature 20']);
  });
  it('asks with no bare-named thermostat, with two, or with no kind said', () => {
    asksBase('set the main thermostat to 20');
    asksBase('the bedroom thermostat to 17 and the main one to 21');
    const two = withAll(MAIN, dev('climate.heating', 'Heating', 'Office', 'heat'));
    two.asks('set the main thermostat to 20');
    withAll(MAIN, VALVE).asks('set the main one to 20');
  });
});

describe('round 17k: "the other one" after one of a left/right pair is its partner', () => {
  const { read, asks } = withAll(...PAIR, SHADE, MAIN);
  it('after the pair member said before, or earlier in the sentence', () => {
    expect(read('now open the other one as well', { previous: ['cover.curtain_right'] })).toEqual(['cover.curtain_left open']);
    expect(read('and close the other one', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right close']);
    expect(read('open curtain left and then close the other one')).toEqual(['cover.curtain_left open', 'cover.curtain_right close']);
  });
  it('still asks with no partner, after two devices, or among several of a kind', () => {
    asks('open the other one too', { previous: ['cover.shade_left'] });
    asks('open the other one too', { previous: ['cover.curtain_left', 'light.office_lamp'] });
    asks('turn on the other one', { previous: ['light.bedroom_lamp'] });
    asksBase('set the other one to 20', { previous: ['climate.downstairs', 'climate.bedroom'] });
  });
  it('"the other curtain" (its kind said) after one of the pair is its partner too, settled after v17 was written', () => {
    // The test home has a third curtain (Bedroom Curtain): "the other curtain" is still the partner, not a question.
    expect(read('close the other curtain too', { previous: ['cover.curtain_left'] })).toEqual(['cover.curtain_right close']);
    expect(read('open the other curtain', { previous: ['cover.curtain_right'] })).toEqual(['cover.curtain_left open']);
    // No side in the name said before: still asked which.
    asks('open the other curtain', { previous: ['cover.bedroom_curtain'] });
    asks('turn on the other lamp', { previous: ['light.bedroom_lamp'] });
  });
  it('"the other one" of two thermostats said in the sentence still works', () => {
    expect(withAll(...PAIR).read('bedroom thermostat to 18 and the other one to 21')).toEqual(['climate.bedroom set_temperature 18', 'climate.downstairs set_temperature 21']);
  });
});
