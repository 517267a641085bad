// Round 21c: a word the home does not know, said where a device, room, floor or value belongs, is asked about — never
// spelling-repaired into a word of another meaning (unknown-21c.ts). The first table acted wrongly before the rule (a
// real English word was repaired into another word, so a device acted); the second is real misspellings that must
// still act.
import { describe, expect, it } from 'vitest';
import type { NlEntity, NlHome } from './home';
import { createParser } from './parser';
import { readers } from './test-read';
import { testHome } from './test-home';

const GONE = new Set(['Hallway', 'Bathroom']);
const extra = (id: string, name: string, area: string | null, floor: string | null): NlEntity => ({
  id, name, domain: id.split('.')[0]!, area, floor, state: 'off', deviceClass: null, attributes: {},
});
function home(): NlHome {
  const h = testHome();
  return {
    ...h,
    // (no hall or bathroom; the front door kept, in no room)
    entities: [...h.entities.filter((e) => !GONE.has(e.area ?? '')), { ...h.entities.find((e) => e.id === 'lock.front')!, area: null, floor: null },
      extra('light.garage', 'Garage Light', 'Garage', 'Ground Floor'),
      extra('light.play_corner', 'Play Corner', 'Living Room', 'Ground Floor'), extra('valve.main', 'Main Valve', null, null)],
    areas: h.areas.filter((a) => !GONE.has(a.name)),
  };
}
const { read, asks } = readers(createParser(home()), new Date(2025, 2, 5, 9, 0, 0));

describe('round 21c: a real word where a device, room, floor or value goes is asked about, never repaired into another', () => {
  it.each([
    ['turn off the garbage light'], // garbage → garage
    ['close the garbage door'],
    ['lock the font door'], // font → front
    ['turn off the play cornet'], // cornet → corner
    ['turn on the island pedant'], // pedant → pendant
    ['turn on the garage flight'], // flight → light
    ['switch on the toffee machine'], // toffee → coffee
    ['close the living room blonds'], // blonds → blinds
    ['turn on the desk lamp in the officer'], // officer → office
    ['set the bedroom fan to thigh'], // thigh → high
    ['set the bedroom fan to glow'], // glow → low
  ])('%s', (text) => asks(text));
});

describe('round 21c: place words are never repaired, wherever they stand (the round-20a cases, now under this rule)', () => {
  it.each([['brighten up the hall'], ['hall, lights on'], ['hallway, lights on'], ['stop the bathroom curtain'], ['dim the den'],
    ['brighten up the loft'], ['lights off in the kitchen and the hallway'], ['turn off all the lights except the hall']])('%s', (text) => asks(text));
});

describe('round 21c: real misspellings and mishearings still act', () => {
  it.each([
    ['turn off the kichen ceiling', ['light.kitchen_ceiling turn_off']],
    ['turn on the bedsid lamp', ['light.bedroom_lamp turn_on']],
    ['turn on the desk lamp in the offce', ['light.office_lamp turn_on']],
    ['turn on the reeding light', ['light.living_reading turn_on']],
    ['turn off the island pendent', ['light.kitchen_island turn_off']],
    ['close the garage dor', ['cover.garage_door close']],
    ['lock the frunt door', ['lock.front lock']],
    ['turn on the flor lamp', ['light.living_floor_lamp turn_on']],
    ['turn on the flour lamp', ['light.living_floor_lamp turn_on']], // a mishearing: sounds the same
    ['open the mane valve', ['valve.main open']],
    ['switch on the coffee mashine', ['switch.coffee turn_on']],
    ['turn on the heather plug', ['switch.heater_plug turn_on']],
    ['turn on the kitchen spoker', ['media_player.kitchen_speaker turn_on']],
    ['close the bedroom curtian', ['cover.bedroom_curtain close']],
    ['trun off the garage light', ['light.garage turn_off']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 21c: a question about a device with an unknown word before it asks, never answers for another device', () => {
  it.each([['is the attic porch light on'], ['is the loft tv on'], ['is the den front door locked'], ['is the nursery desk lamp on']])('%s', (text) => asks(text));
  it('known devices and typos are still answered', () => {
    const p = createParser(home());
    for (const text of ['is the porch light on', 'is the frunt door locked', 'is the living room tv on']) {
      const r = p.parse(text, { now: new Date(2025, 2, 5, 9, 0, 0) });
      expect(r.error, text).toBeUndefined();
      expect(r.answer, text).toBeDefined();
    }
  });
});
