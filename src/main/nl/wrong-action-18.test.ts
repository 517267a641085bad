// Issue 14, round 18: dev15's wrong actions as classes, tested with sentences of our own on the test home (no set's lines),
// with near-readings that must still act.
import { describe, expect, it } from 'vitest';
import type { NlEntity } from './home';
import { createParser } from './parser';
import { readers, testSetting } from './test-read';
import { testHome } from './test-home';

const { read, now } = testSetting();
const pair = (id: string, name: string): NlEntity => ({ ...testHome().entities.find((e) => e.id === 'cover.bedroom_curtain')!, id, name, area: 'Living Room' });
const home = testHome();
const withShades = createParser({ ...home, entities: [...home.entities, pair('cover.shade_left', 'Shade Left'), pair('cover.shade_right', 'Shade Right')] });
const r = readers(withShades, now);

describe('round 18: a device said to be left alone is never acted on', () => {
  it('"just X, don\'t touch / leave / not Y" that acted on Y too is asked', () => {
    const acted = r.read('just the left shade closed, do not touch the right');
    expect(acted.some((a) => a.startsWith('cover.shade_right'))).toBe(false);
    const also = r.read('only the right shade open, leave the left');
    expect(also.some((a) => a.startsWith('cover.shade_left'))).toBe(false);
    const ceiling = read('just the kitchen ceiling on, don\'t touch the island');
    expect(ceiling.some((a) => a.startsWith('light.kitchen_island'))).toBe(false);
  });
  it('a device named alone still acts', () => {
    expect(r.read('close shade left')).toEqual(['cover.shade_left close']);
    expect(read('turn on the kitchen ceiling')).toEqual(['light.kitchen_ceiling turn_on']);
  });
});

describe('round 18: the place of an earlier step is not carried to the vacuum', () => {
  it('"dim the X to N, … and start the vacuum" is never the vacuum in X', () => {
    const acted = read('dim the office to 40, pause the tv and start the vacuum');
    expect(acted.some((a) => a.startsWith('vacuum.robo start Office'))).toBe(false);
  });
  it('"vacuum the office" still passes the place', () => {
    expect(read('vacuum the office')).toEqual(['vacuum.robo start Office']);
  });
});

describe('round 18: "another N percent" is a step, never a set to N', () => {
  it('"give the lamp another N percent" never sets N', () => {
    const acted = read('give the desk lamp another 15 percent');
    expect(acted).not.toContain('light.office_lamp set_brightness 15');
  });
  it('"N more" still steps', () => {
    expect(read('turn the desk lamp up 15 more')).toEqual(['light.office_lamp brightness_step 15']);
  });
});

describe('round 18: "the other one" after two devices asks', () => {
  it('no single partner exists (even when one more curtain is left)', () => {
    const three = createParser({ ...home, entities: [...home.entities.filter((e) => !['cover.living_blinds', 'cover.garage_door'].includes(e.id)), pair('cover.curtain_left', 'Curtain Left'), pair('cover.curtain_right', 'Curtain Right')] });
    r.asks('close the other one', { previous: ['cover.curtain_left', 'cover.curtain_right'] }, three);
    r.asks('open up the other one', { previous: ['cover.curtain_left', 'cover.curtain_right'] }, three);
    expect(r.read('open up the other one', { previous: ['cover.curtain_left'] }, three)).toEqual(['cover.curtain_right open']);
  });
  it('after one of a pair it is still the partner', () => {
    expect(r.read('close the other one', { previous: ['cover.shade_left'] })).toEqual(['cover.shade_right close']);
  });
});

describe('round 18: a clock time with am/pm that has passed today, no day said', () => {
  const { asks } = testSetting();
  it('is asked, never tomorrow', () => {
    asks('lock the back door at 7am');
    asks('turn the porch light on at 8:30 am');
  });
  it('a day said, a rhythm or a time later today still schedules', () => {
    expect(read('lock the back door at 7am tomorrow')).toEqual(['lock.back lock +79200s']);
    expect(read('lock the back door at 7 pm')).toEqual(['lock.back lock +36000s']);
    expect(read('lock the back door at 11am')).toEqual(['lock.back lock +7200s']);
    expect(read('lock the back door every day at 7am')).toEqual(['lock.back lock']);
  });
});
