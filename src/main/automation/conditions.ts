// Evaluates a rule's conditions against live device state, the clock and the sun; each result carries
// the plain-English reason shown in the trace ("it was not after sunset: sunset today is 16:42").
import type { Condition, Location } from '../../shared/automation';
import type { CapabilityValue } from '../../shared/model';
import { clockTime, formatValue, sameValue } from '../../shared/describe-values';
import { minuteOfDay, NEEDS_LOCATION, parseTimeOfDay, startOfDay, sunWindow, weekdayOf } from '../time/sun';
import { DAY_NAMES, type DeviceLookup } from '../../shared/describe-rules';
import { judgeCalendar, judgeWeather, type OutsideReader } from './outside';

export interface ConditionContext {
  now: number;
  value(deviceId: string, capabilityId: string): CapabilityValue | undefined;
  location: Location | null;
  lookup: DeviceLookup;
  /** The weather and calendars, for weather and calendar conditions (none: they cannot tell). */
  outside?: OutsideReader | undefined;
}

export interface ConditionResult {
  passed: boolean;
  /** Hearth could not tell (a removed device, a value not known yet, no location): the condition does not pass, not even under "not". */
  unknown?: true;
  /** Why, when it helps: the value seen, today's sunset. */
  detail?: string;
}

/** Three-valued: true, false, or null when Hearth cannot tell; `detail` says what was seen either way. */
interface Verdict {
  value: boolean | null;
  detail: string;
}

function inWindow(minute: number, after: number | null, before: number | null): boolean {
  if (after !== null && before !== null) return after <= before ? minute >= after && minute < before : minute >= after || minute < before;
  if (after !== null) return minute >= after;
  if (before !== null) return minute < before;
  return true;
}

/** The value a state or numeric condition looks at, or why Hearth cannot tell. */
function read(ctx: ConditionContext, deviceId: string, capabilityId: string): { v: CapabilityValue; text: string } | { unknown: string } {
  const d = ctx.lookup(deviceId);
  if (!d) return { unknown: 'the device it names was removed from Hearth; edit the automation to pick another' };
  const cap = d.capabilities.find((c) => c.id === capabilityId);
  if (!cap) return { unknown: `${d.name} no longer has that control; edit the automation` };
  const v = ctx.value(deviceId, capabilityId);
  if (v === undefined || v === null) return { unknown: `${d.name} has not reported its value yet` };
  return { v, text: `it was ${formatValue(cap.kind, v, cap.unit)}` };
}

/** "Saturday", in local time: a table, not Intl (toLocaleDateString costs more than the rest of a rule's run). */
const dayName = (ms: number) => DAY_NAMES[weekdayOf(ms)];

/** "Saturday 00:50" when not on the day of `now`, else "00:50". */
function moment(ms: number, now: number): string {
  return startOfDay(ms) === startOfDay(now) ? clockTime(ms) : `${clockTime(ms)} on ${dayName(ms)}`;
}

function judge(c: Condition, ctx: ConditionContext): Verdict {
  switch (c.type) {
    case 'state': {
      const r = read(ctx, c.deviceId, c.capabilityId);
      return 'unknown' in r ? { value: null, detail: r.unknown } : { value: sameValue(r.v, c.is), detail: r.text };
    }
    case 'numeric': {
      const r = read(ctx, c.deviceId, c.capabilityId);
      if ('unknown' in r) return { value: null, detail: r.unknown };
      const v = r.v;
      return { value: typeof v === 'number' && (c.above === undefined || v > c.above) && (c.below === undefined || v < c.below), detail: r.text };
    }
    case 'time': {
      const value = inWindow(minuteOfDay(ctx.now), c.after ? parseTimeOfDay(c.after) : null, c.before ? parseTimeOfDay(c.before) : null);
      return { value, detail: `it was ${clockTime(ctx.now)}` };
    }
    case 'weekday':
      return { value: c.days.includes(weekdayOf(ctx.now)), detail: `it was ${dayName(ctx.now)}` };
    case 'sun': {
      if (!ctx.location) return { value: null, detail: NEEDS_LOCATION };
      if (!c.after && !c.before) return { value: true, detail: `it was ${clockTime(ctx.now)}` };
      const w = sunWindow(ctx.now, ctx.location, c.after, c.before);
      const at = `it was ${moment(ctx.now, ctx.now)}`;
      if (w.kind === 'polar') return { value: w.inside, detail: `${at}; the sun ${w.sunUp ? 'does not set' : 'does not rise'} there these days, and it was ${w.sunUp ? 'up' : 'down'}` };
      const span = `from ${moment(w.from, ctx.now)} to ${moment(w.to, ctx.now)}`;
      return { value: w.inside, detail: w.inside ? `${at} (${span})` : `${at}; next ${span}` };
    }
    case 'weather':
      return judgeWeather(c, ctx.outside, ctx.now);
    case 'calendar':
      return judgeCalendar(c, ctx.outside, ctx.now);
    case 'and': {
      let unknown: Verdict | null = null;
      for (const x of c.conditions) {
        const r = judge(x, ctx);
        if (r.value === false) return r;
        if (r.value === null) unknown ??= r;
      }
      return unknown ?? { value: true, detail: '' };
    }
    case 'or': {
      const unknown: string[] = [];
      const no: string[] = [];
      for (const x of c.conditions) {
        const r = judge(x, ctx);
        if (r.value === true) return r;
        (r.value === null ? unknown : no).push(r.detail);
      }
      return unknown.length ? { value: null, detail: unknown.join('; ') } : { value: false, detail: no.filter(Boolean).join('; ') };
    }
    case 'not': {
      const r = judge(c.condition, ctx);
      return r.value === null ? r : { value: !r.value, detail: r.detail };
    }
  }
}

export function evaluate(c: Condition, ctx: ConditionContext): ConditionResult {
  const r = judge(c, ctx);
  if (r.value === true) return { passed: true };
  if (r.value === null) return { passed: false, unknown: true, detail: r.detail };
  return r.detail ? { passed: false, detail: r.detail } : { passed: false };
}
