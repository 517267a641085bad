import { describe, expect, it } from 'vitest';
import type { Condition } from '../../shared/automation';
import { evaluate, type ConditionContext } from './conditions';
import { sunTime } from './sun';

const at = (h: number, m = 0, day = 6) => new Date(2025, 0, day, h, m).getTime(); // 6 Jan 2025 is a Monday
const ctx = (now: number, over: Partial<ConditionContext> = {}): ConditionContext => ({
  now,
  value: (d, c) => ({ 'lamp.onOff': true, 'temp.t': 21.5 } as Record<string, boolean | number>)[`${d}.${c}`],
  location: { lat: 51.5, lon: -0.12 },
  lookup: () => undefined,
  ...over,
});
const ok = (c: Condition, now = at(12)) => evaluate(c, ctx(now)).passed;

describe('conditions', () => {
  it('state and numeric', () => {
    expect(ok({ type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true })).toBe(true);
    expect(ok({ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 20, below: 22 })).toBe(true);
    expect(evaluate({ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 22 }, ctx(at(12)))).toEqual({ passed: false, detail: 'it was 21.5' });
    expect(evaluate({ type: 'state', deviceId: 'gone', capabilityId: 'onOff', is: true }, ctx(at(12)))).toEqual({ passed: false, detail: 'its value is not known yet' });
  });

  it('time windows, also across midnight, and weekdays', () => {
    expect(ok({ type: 'time', after: '07:00', before: '09:00' }, at(8))).toBe(true);
    expect(ok({ type: 'time', after: '07:00', before: '09:00' }, at(9))).toBe(false);
    expect(ok({ type: 'time', after: '22:00', before: '06:00' }, at(23))).toBe(true);
    expect(ok({ type: 'time', after: '22:00', before: '06:00' }, at(5, 59))).toBe(true);
    expect(ok({ type: 'time', after: '22:00', before: '06:00' }, at(12))).toBe(false);
    expect(ok({ type: 'weekday', days: ['mon'] })).toBe(true);
    expect(evaluate({ type: 'weekday', days: ['sat', 'sun'] }, ctx(at(12)))).toEqual({ passed: false, detail: 'it was Monday' });
  });

  it('sun: after sunset / before sunrise, and a clear message without a location', () => {
    const sunset = sunTime(at(12), 'sunset', { lat: 51.5, lon: -0.12 })!;
    const night: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 0 } };
    expect(evaluate(night, ctx(sunset + 60_000)).passed).toBe(true);
    expect(evaluate(night, ctx(sunset - 60_000)).passed).toBe(false);
    expect(evaluate(night, ctx(sunset, { location: null }))).toEqual({ passed: false, detail: expect.stringContaining('needs the home’s location') });
  });

  it('and / or / not', () => {
    const on: Condition = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true };
    const off: Condition = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: false };
    expect(ok({ type: 'and', conditions: [on, off] })).toBe(false);
    expect(ok({ type: 'or', conditions: [off, on] })).toBe(true);
    expect(ok({ type: 'not', condition: off })).toBe(true);
  });
});
