// Issue 14, round 17r: classes of wrong action found by a review of rounds 17/17p/17k, each tested with sentences of our own
// on the test home (no set's lines), with near-readings that must still work.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser } from './parser';
import { readers, testSetting } from './test-read';
import { testHome } from './test-home';

const { read, asks, now } = testSetting();

describe('round 17r: a clock time said first, then the command, is when — never now', () => {
  it('"noon, …", "12 noon, …", "midnight …", "7 pm, …", "noon tomorrow, …" are scheduled', () => {
    expect(read('midday, lock the back door')).toEqual(['lock.back lock +10800s']);
    expect(read('12 midnight, lock the front door')).toEqual(['lock.front lock +54000s']);
    expect(read('12 noon unlock the front door')).toEqual(['lock.front unlock +10800s']);
    expect(read('7 pm, lock the back door')).toEqual(['lock.back lock +36000s']);
    expect(read('noon tomorrow, lock the back door')).toEqual(['lock.back lock +97200s']);
  });
  it('"at 12 noon, …" is as before', () => {
    expect(read('at 12 noon, lock the back door')).toEqual(['lock.back lock +10800s']);
  });
});

describe('round 17r: "the other one" after one of a pair', () => {
  const pair = (id: string, name: string): NlEntity => ({ ...testHome().entities.find((e) => e.id === 'cover.bedroom_curtain')!, id, name, area: 'Living Room' });
  const home = testHome();
  const p = createParser({ ...home, entities: [...home.entities, pair('cover.shade_left', 'Shade Left'), pair('cover.shade_right', 'Shade Right')] });
  const r = readers(p, now);
  const after = { previous: ['cover.shade_left'] };
  it('left out ("not the other one", "rather than the other one", "leave the other one") is never the one acted on', () => {
    r.asks('close this one not the other one', after);
    r.asks('close this one rather than the other one', after);
    r.asks('close this one and leave the other one', after);
  });
  it('named again right after ("the other one, the bedroom one") is asked, never both', () => {
    r.asks('close the other one, the bedroom one', after);
  });
  it('"the other one" alone is still the partner', () => {
    expect(r.read('close the other one', after)).toEqual(['cover.shade_right close']);
    expect(r.read('close the other one not this one', after)).toEqual(['cover.shade_right close']);
    expect(r.read('close the other one as well', after)).toEqual(['cover.shade_right close']);
  });
});

describe('round 17r: questions and a bare "both"', () => {
  it('"why did/is …" about a device is asked, never done', () => {
    asks('why did the bedroom curtain close');
    asks('why was the back door unlocked');
  });
  it('a bare "both" after more than two devices is asked', () => {
    asks('turn off the porch light, the hallway light and the mirror light, both');
  });
  it('"why don\'t you …" still asks for it', () => {
    expect(read("why don't you lock the back door")).toEqual(['lock.back lock']);
  });
});
