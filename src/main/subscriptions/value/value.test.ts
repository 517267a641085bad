// Value tracking's arithmetic against figures worked out by hand (UTC wall clock): an energy counter that
// starts again from zero, a device that measures only power, a device with both, a lamp an automation switched
// off two hours before it usually goes off, and minutes saved summed per week (Monday first).
import { describe, expect, it } from 'vitest';
import { estimateAvoided, type Switching } from './avoided';
import { buckets, utcOffset as utc } from './calendar';
import { deviceEnergy, spread } from './energy';
import { DEFAULT_MINUTES_PER_RUN, minutesPerBucket } from './time-saved';

const H = 3_600_000;
/** 2026-03-02 is a Monday. */
const at = (day: number, hh: number, mm = 0) => Date.UTC(2026, 2, 2 + day, hh, mm);
const kwhByDay = (r: ReturnType<typeof deviceEnergy>, from: number, to: number) =>
  spread(r.segments, buckets(from, to, 'day', utc)).map((k) => Math.round(k * 1e6) / 1e6);

describe('energy from an energy counter', () => {
  it('takes differences between readings, a lower reading as a counter that started again from zero, spread over the time between readings', () => {
    // 10.0 → 12.0 kWh on Monday morning: 2.0 on Monday. Then 0.6 at 06:00 on Tuesday: the counter was reset,
    // so 0.6 kWh were used in those 18 h — 12 h of them on Monday (0.4), 6 h on Tuesday (0.2). Then 1.6 at
    // 18:00: 1.0 more on Tuesday. Monday 2.4, Tuesday 1.2.
    const counter = [
      { at: at(0, 0), v: 10.0 },
      { at: at(0, 12), v: 12.0 },
      { at: at(1, 6), v: 0.6 },
      { at: at(1, 18), v: 1.6 },
    ];
    const r = deviceEnergy(counter, [], at(0, 0), at(2, 0));
    expect(r.method).toBe('counter');
    expect(r.resets).toBe(1);
    expect(kwhByDay(r, at(0, 0), at(2, 0))).toEqual([2.4, 1.2]);
  });

  it('counts the hours before the first reading of the period from the reading before it', () => {
    // 5.0 at 18:00 on Sunday, 6.2 at 06:00 Monday: 1.2 kWh over 12 h, half of it (0.6) inside Monday.
    const r = deviceEnergy([{ at: at(-1, 18), v: 5.0 }, { at: at(0, 6), v: 6.2 }], [], at(0, 0), at(1, 0));
    expect(kwhByDay(r, at(0, 0), at(1, 0))).toEqual([0.6]);
  });
});

describe('energy from power readings only', () => {
  it('integrates each reading over the time until the next one (the last until now)', () => {
    // Sunday 22:00 50 W until Monday 02:00: 2 h inside Monday = 0.1 kWh. Monday 18:00–21:00 at 100 W = 0.3.
    // Tuesday 23:00 40 W, still on at 01:00 on Wednesday (now): 0.04 on Tuesday, 0.04 on Wednesday.
    const power = [
      { at: at(-1, 22), v: 50 },
      { at: at(0, 2), v: 0 },
      { at: at(0, 18), v: 100 },
      { at: at(0, 21), v: 0 },
      { at: at(1, 23), v: 40 },
    ];
    const now = at(2, 1);
    const r = deviceEnergy([], power, at(0, 0), now);
    expect(r.method).toBe('power');
    expect(kwhByDay(r, at(0, 0), now)).toEqual([0.4, 0.04, 0.04]);
  });

  it('a device with both: the counter for the span it covers, power before and after it (never both for the same hour)', () => {
    // Power 100 W 04:00–05:00 = 0.1; counter 5.0 (06:00) → 5.6 (12:00) = 0.6 (the 200 W reading at 08:00 is
    // inside the counter's span and not counted again); 60 W from 12:00 to 14:00 (now) = 0.12. Total 0.82.
    const counter = [{ at: at(0, 6), v: 5.0 }, { at: at(0, 12), v: 5.6 }];
    const power = [{ at: at(0, 4), v: 100 }, { at: at(0, 5), v: 0 }, { at: at(0, 8), v: 200 }, { at: at(0, 12), v: 60 }];
    const r = deviceEnergy(counter, power, at(0, 0), at(0, 14));
    expect(r.method).toBe('counter+power');
    expect(kwhByDay(r, at(0, 0), at(0, 14))).toEqual([0.82]);
  });

  it('says how each figure was made', () => {
    expect(deviceEnergy([], [], at(0, 0), at(1, 0)).method).toBe('none');
  });
});

describe('energy avoided by an automation', () => {
  // A 60 W lamp, on from 18:00 every evening. Switched off by hand at 22:50, 23:00 and 23:10 on three nights
  // (median 23:00); on the fourth night an automation switched it off at 20:00 (not a baseline night). On the
  // fifth an automation switches it off at 21:00: 2 h before it usually goes off → 60 W × 2 h = 0.12 kWh.
  const nights: [number, number, number][] = [
    [0, 22, 50],
    [1, 23, 0],
    [2, 23, 10],
    [3, 20, 0],
  ];
  const switching: Switching[] = nights.flatMap(([d, hh, mm]) => [
    { at: at(d, 18), on: true },
    { at: at(d, hh, mm), on: false },
  ]);
  const power = nights.flatMap(([d, hh, mm]) => [
    { at: at(d, 18, 1), v: 60 },
    { at: at(d, hh, mm), v: 0 },
  ]);
  const event = { ruleId: 'r1', deviceId: 'lamp', at: at(4, 21) };
  const tonight = [...switching, { at: at(4, 18), on: true }, { at: at(4, 21, 0) + 800, on: false }];
  const tonightPower = [...power, { at: at(4, 18, 1), v: 60 }, { at: at(4, 21) + 900, v: 0 }];
  const automationNights = new Set(['2026-03-05', '2026-03-06']);

  it('60 W × the 2 h until it usually goes off = 0.12 kWh, and says so', () => {
    const e = estimateAvoided(event, 'Desk Lamp', tonight, tonightPower, automationNights, at(5, 8), utc);
    expect(e.powerW).toBe(60);
    expect(e.avoidedMs).toBe(2 * H);
    expect(e.kwh).toBeCloseTo(0.12, 10);
    expect(e.how).toBe('Desk Lamp drew 60 W when switched off at 21:00; on the 3 days before without an automation it went off at 23:00 (median), so about 2 h of running were avoided: 60 W × 2 h = 0.12 kWh.');
  });

  it('stops counting when someone switched it on again', () => {
    const e = estimateAvoided(event, 'Desk Lamp', [...tonight, { at: at(4, 22), on: true }], tonightPower, automationNights, at(5, 8), utc);
    expect(e.avoidedMs).toBe(1 * H);
    expect(e.kwh).toBeCloseTo(0.06, 10);
    expect(e.how).toContain('(switched on again at 22:00)');
  });

  it('counts only up to now while the usual time has not come yet', () => {
    const e = estimateAvoided(event, 'Desk Lamp', tonight, tonightPower, automationNights, at(4, 21, 30), utc);
    expect(e.avoidedMs).toBe(0.5 * H);
  });

  it('a night that runs past midnight: usually off at 00:30, switched off at 23:30 → 1 h', () => {
    const late: Switching[] = [0, 1, 2].flatMap((d) => [{ at: at(d, 19), on: true }, { at: at(d + 1, 0, 30), on: false }]);
    const e = estimateAvoided({ ruleId: 'r', deviceId: 'lamp', at: at(3, 23, 30) }, 'Lamp', [...late, { at: at(3, 19), on: true }], [{ at: at(3, 19), v: 60 }], new Set(), at(5, 0), utc);
    expect(e.avoidedMs).toBe(1 * H);
  });

  it('makes no estimate without three baseline nights, or without a power reading, and says why', () => {
    const e = estimateAvoided(event, 'Desk Lamp', tonight.slice(2), tonightPower, automationNights, at(5, 8), utc);
    expect(e.avoidedMs).toBeNull();
    expect(e.kwh).toBe(0);
    expect(e.how).toMatch(/^Not estimated: Desk Lamp was switched off without an automation on 2 of the 28 days before/);
    const noPower = estimateAvoided(event, 'Desk Lamp', tonight, [], automationNights, at(5, 8), utc);
    expect(noPower.kwh).toBe(0);
    expect(noPower.how).toMatch(/reported no power/);
  });

  it('an automation switching off a lamp that was already off avoids nothing', () => {
    const e = estimateAvoided({ ...event, at: at(4, 17) }, 'Desk Lamp', tonight, tonightPower, automationNights, at(5, 8), utc);
    expect(e.kwh).toBe(0);
    expect(e.how).toBe('Desk Lamp was already off: nothing avoided.');
  });
});

describe('time saved', () => {
  it('sums each run × its minutes per week, Monday to Sunday', () => {
    // Week of 2 March: A runs 3× on Monday and once on Sunday 23:59 (default minutes), B twice (5 min each):
    // 4 × 1 + 2 × 5 = 14. Week of 9 March: A once at Monday 00:00, B once: 1 + 5 = 6.
    expect(DEFAULT_MINUTES_PER_RUN).toBe(1);
    const runs = [
      ...[8, 12, 18].map((h) => ({ ruleId: 'A', at: at(0, h) })),
      { ruleId: 'A', at: at(6, 23, 59) },
      { ruleId: 'A', at: at(7, 0) },
      { ruleId: 'B', at: at(2, 7) },
      { ruleId: 'B', at: at(3, 7) },
      { ruleId: 'B', at: at(9, 7) },
    ];
    const weeks = buckets(at(0, 0), at(10, 0), 'week', utc);
    expect(weeks.map((w) => w.key)).toEqual(['2026-03-02', '2026-03-09']);
    expect(minutesPerBucket(runs, { B: 5 }, weeks)).toEqual([14, 6]);
  });

  it('weeks and months of a period are clipped to it', () => {
    const ms = buckets(Date.UTC(2026, 0, 20), Date.UTC(2026, 2, 3, 12), 'month', utc);
    expect(ms.map((m) => [m.key, (m.end - m.start) / (24 * H)])).toEqual([['2026-01', 12], ['2026-02', 28], ['2026-03', 2.5]]);
  });
});
