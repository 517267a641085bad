import { describe, expect, it } from 'vitest';
import type { Condition } from '../../shared/automation';
import { evaluate, type ConditionContext } from './conditions';
import type { Device } from '../../shared/model';
import { sunTime } from '../time/sun';

const at = (h: number, m = 0, day = 6) => new Date(2025, 0, day, h, m).getTime(); // 6 Jan 2025 is a Monday
const dev = (id: string, name: string, caps: Device['capabilities']): Device => ({
  id, protocol: 'zwave', name, areaId: null, manufacturer: '', model: '', firmware: null, capabilities: caps, state: {}, stateAt: {}, health: 'online', lastSeen: null,
});
const home = new Map([
  ['lamp', dev('lamp', 'Floor Lamp', [{ id: 'onOff', kind: 'onOff', writable: true }])],
  ['temp', dev('temp', 'Hall Sensor', [{ id: 't', kind: 'sensor', writable: false, measure: 'temperature', unit: '°C' }])],
  ['plug', dev('plug', 'Kettle Plug', [{ id: 'onOff', kind: 'onOff', writable: true }])], // has not reported yet
]);
const ctx = (now: number, over: Partial<ConditionContext> = {}): ConditionContext => ({
  now,
  value: (d, c) => ({ 'lamp.onOff': true, 'temp.t': 21.5 } as Record<string, boolean | number>)[`${d}.${c}`],
  location: { lat: 51.5, lon: -0.12 },
  lookup: (id) => home.get(id),
  ...over,
});
const ok = (c: Condition, now = at(12)) => evaluate(c, ctx(now)).passed;

describe('conditions', () => {
  it('state and numeric', () => {
    expect(ok({ type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true })).toBe(true);
    expect(ok({ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 20, below: 22 })).toBe(true);
    expect(evaluate({ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 22 }, ctx(at(12)))).toEqual({ passed: false, detail: 'it was 21.5 °C' });
  });

  it('a condition on a removed device never passes, not even under "not", and says why', () => {
    const gone: Condition = { type: 'state', deviceId: 'gone', capabilityId: 'onOff', is: true };
    const why = 'the device it names was removed from Hearth; edit the automation to pick another';
    expect(evaluate(gone, ctx(at(12)))).toEqual({ passed: false, unknown: true, detail: why });
    expect(evaluate({ type: 'not', condition: gone }, ctx(at(12)))).toEqual({ passed: false, unknown: true, detail: why });
    expect(evaluate({ type: 'not', condition: { type: 'numeric', deviceId: 'gone', capabilityId: 't', above: 3 } }, ctx(at(12))).passed).toBe(false);
    expect(evaluate({ type: 'not', condition: { type: 'state', deviceId: 'lamp', capabilityId: 'level', is: 5 } }, ctx(at(12)))).toEqual({ passed: false, unknown: true, detail: 'Floor Lamp no longer has that control; edit the automation' });
    // "or" with a condition that holds still passes; "and" with one that is false is simply false.
    const lampOn: Condition = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true };
    expect(ok({ type: 'or', conditions: [gone, lampOn] })).toBe(true);
    expect(evaluate({ type: 'and', conditions: [gone, { type: 'weekday', days: ['sun'] }] }, ctx(at(12)))).toEqual({ passed: false, detail: 'it was Monday' });
    expect(ok({ type: 'not', condition: { type: 'or', conditions: [gone, { ...lampOn, is: false }] } })).toBe(false);
  });

  it('a device whose value is not known yet is decided the same way whichever way the condition is put', () => {
    const on: Condition = { type: 'state', deviceId: 'plug', capabilityId: 'onOff', is: true };
    const off: Condition = { type: 'state', deviceId: 'plug', capabilityId: 'onOff', is: false };
    const why = { passed: false, unknown: true, detail: 'Kettle Plug has not reported its value yet' };
    expect(evaluate(on, ctx(at(12)))).toEqual(why);
    expect(evaluate(off, ctx(at(12)))).toEqual(why);
    expect(evaluate({ type: 'not', condition: on }, ctx(at(12)))).toEqual(why);
    expect(evaluate({ type: 'not', condition: off }, ctx(at(12)))).toEqual(why);
    const nullish = ctx(at(12), { value: () => null });
    expect(evaluate({ type: 'not', condition: { type: 'numeric', deviceId: 'temp', capabilityId: 't', below: 18 } }, nullish)).toEqual({ passed: false, unknown: true, detail: 'Hall Sensor has not reported its value yet' });
    // Without the home's location a sun condition cannot be told either way.
    const night: Condition = { type: 'sun', after: { event: 'sunset', offsetMin: 0 } };
    expect(evaluate({ type: 'not', condition: night }, ctx(at(12), { location: null }))).toMatchObject({ passed: false, unknown: true });
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
    expect(evaluate(night, ctx(sunset, { location: null }))).toEqual({ passed: false, unknown: true, detail: expect.stringContaining('needs the home’s location') });
  });

  it('and / or / not', () => {
    const on: Condition = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true };
    const off: Condition = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: false };
    expect(ok({ type: 'and', conditions: [on, off] })).toBe(false);
    expect(ok({ type: 'or', conditions: [off, on] })).toBe(true);
    expect(ok({ type: 'not', condition: off })).toBe(true);
  });
});
