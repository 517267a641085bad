// Sun conditions compare real moments: a sun point that falls after local midnight belongs to the night it
// ends, not to the next midday. Times here are local to Norway (the test sets the time zone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Condition, Location } from '../../shared/automation';
import { evaluate, type ConditionContext } from './conditions';

const previousTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'Europe/Oslo'));
afterAll(() => void (process.env.TZ = previousTz));

const OSLO: Location = { lat: 59.91, lon: 10.75 };
const TROMSO: Location = { lat: 69.65, lon: 18.96 };
const at = (month: number, day: number, h: number, m = 0) => new Date(2025, month - 1, day, h, m).getTime();
const ctx = (now: number, location: Location): ConditionContext => ({ now, location, value: () => undefined, lookup: () => undefined });
const check = (c: Condition, now: number, location: Location) => evaluate(c, ctx(now, location));

describe('sun conditions whose sun point falls after midnight', () => {
  it('"90 min after sunset" in Oslo in June holds in the small hours, not at midday', () => {
    // Sunset on 21 June is about 22:44, so "90 min after sunset" is about 00:14 on the 22nd.
    const late: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 90 } };
    expect(check(late, at(6, 21, 12), OSLO)).toEqual({ passed: false, detail: expect.stringMatching(/^it was 12:00; next from 00:1\d on Sunday to 03:5\d on Sunday$/) });
    expect(check(late, at(6, 21, 23, 30), OSLO).passed).toBe(false);
    expect(check(late, at(6, 22, 0, 30), OSLO).passed).toBe(true);
    expect(check(late, at(6, 22, 12), OSLO).passed).toBe(false);
    // "not" of it is its opposite at midday, as a user would read it.
    expect(check({ type: 'not', condition: late }, at(6, 21, 12), OSLO).passed).toBe(true);
  });

  it('"after sunset" in Tromsø in May (sunset 00:07) does not hold at midday or in the evening before it', () => {
    const night: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 0 } };
    expect(check(night, at(5, 16, 12), TROMSO).passed).toBe(false);
    expect(check(night, at(5, 16, 23), TROMSO).passed).toBe(false);
    expect(check(night, at(5, 17, 0, 30), TROMSO).passed).toBe(true);
    // A window that wraps midnight: between sunset and sunrise.
    const dark: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 0 }, before: { event: 'sunrise', offsetMin: 0 } };
    expect(check(dark, at(5, 17, 0, 30), TROMSO).passed).toBe(true);
    expect(check(dark, at(5, 17, 12), TROMSO).passed).toBe(false);
  });

  it('midnight sun and polar night are decided by whether the sun is up, and say so', () => {
    const night: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 0 } };
    const day: Condition = { type: 'sun', after: { event: 'sunrise', offsetMin: 0 }, before: { event: 'sunset', offsetMin: 0 } };
    expect(check(night, at(6, 21, 0, 30), TROMSO)).toEqual({ passed: false, detail: 'it was 00:30; the sun does not set there these days, and it was up' });
    expect(check(day, at(6, 21, 0, 30), TROMSO).passed).toBe(true);
    expect(check(night, at(12, 21, 12), TROMSO).passed).toBe(true);
    expect(check(day, at(12, 21, 12), TROMSO)).toEqual({ passed: false, detail: 'it was 12:00; the sun does not rise there these days, and it was down' });
  });
});
