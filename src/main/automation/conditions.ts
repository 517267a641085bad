// Evaluates a rule's conditions against live device state, the clock and the sun; each result carries
// the plain-English reason shown in the trace ("it was not after sunset: sunset today is 16:42").
import type { Condition, Location } from '../../shared/automation';
import type { CapabilityValue } from '../../shared/model';
import { clockTime, formatValue, sameValue } from '../../shared/describe-values';
import { minuteOfDay, NEEDS_LOCATION, parseTimeOfDay, sunPointTime, weekdayOf } from './sun';
import type { DeviceLookup } from '../../shared/describe-rules';

export interface ConditionContext {
  now: number;
  value(deviceId: string, capabilityId: string): CapabilityValue | undefined;
  location: Location | null;
  lookup: DeviceLookup;
}

export interface ConditionResult {
  passed: boolean;
  /** Why, when it helps: the value seen, today's sunset. */
  detail?: string;
}

function inWindow(minute: number, after: number | null, before: number | null): boolean {
  if (after !== null && before !== null) return after <= before ? minute >= after && minute < before : minute >= after || minute < before;
  if (after !== null) return minute >= after;
  if (before !== null) return minute < before;
  return true;
}

function seen(ctx: ConditionContext, deviceId: string, capabilityId: string, v: CapabilityValue | undefined): string {
  const cap = ctx.lookup(deviceId)?.capabilities.find((c) => c.id === capabilityId);
  if (v === undefined || v === null) return 'its value is not known yet';
  return `it was ${cap ? formatValue(cap.kind, v, cap.unit) : String(v)}`;
}

export function evaluate(c: Condition, ctx: ConditionContext): ConditionResult {
  switch (c.type) {
    case 'state': {
      const v = ctx.value(c.deviceId, c.capabilityId);
      const passed = v !== undefined && sameValue(v, c.is);
      return passed ? { passed } : { passed, detail: seen(ctx, c.deviceId, c.capabilityId, v) };
    }
    case 'numeric': {
      const v = ctx.value(c.deviceId, c.capabilityId);
      const passed = typeof v === 'number' && (c.above === undefined || v > c.above) && (c.below === undefined || v < c.below);
      return passed ? { passed } : { passed, detail: seen(ctx, c.deviceId, c.capabilityId, v) };
    }
    case 'time': {
      const passed = inWindow(minuteOfDay(ctx.now), c.after ? parseTimeOfDay(c.after) : null, c.before ? parseTimeOfDay(c.before) : null);
      return passed ? { passed } : { passed, detail: `it was ${clockTime(ctx.now)}` };
    }
    case 'weekday': {
      const day = weekdayOf(ctx.now);
      return c.days.includes(day) ? { passed: true } : { passed: false, detail: `it was ${new Date(ctx.now).toLocaleDateString('en-GB', { weekday: 'long' })}` };
    }
    case 'sun': {
      if (!ctx.location) return { passed: false, detail: NEEDS_LOCATION };
      const after = c.after ? sunPointTime(ctx.now, c.after, ctx.location) : null;
      const before = c.before ? sunPointTime(ctx.now, c.before, ctx.location) : null;
      if ((c.after && after === null) || (c.before && before === null)) return { passed: false, detail: 'the sun does not rise or set there today' };
      const m = minuteOfDay(ctx.now);
      const passed = inWindow(m, after !== null ? minuteOfDay(after) : null, before !== null ? minuteOfDay(before) : null);
      const today = [after !== null ? `${c.after!.event} point ${clockTime(after)}` : '', before !== null ? `${c.before!.event} point ${clockTime(before)}` : '']
        .filter(Boolean)
        .join(', ');
      return passed ? { passed } : { passed, detail: `it was ${clockTime(ctx.now)} (today: ${today})` };
    }
    case 'and': {
      for (const x of c.conditions) {
        const r = evaluate(x, ctx);
        if (!r.passed) return r;
      }
      return { passed: true };
    }
    case 'or': {
      const details: string[] = [];
      for (const x of c.conditions) {
        const r = evaluate(x, ctx);
        if (r.passed) return r;
        if (r.detail) details.push(r.detail);
      }
      return { passed: false, ...(details.length ? { detail: details.join('; ') } : {}) };
    }
    case 'not': {
      const r = evaluate(c.condition, ctx);
      return { passed: !r.passed };
    }
  }
}
