// When a time-based trigger fires next: clock times on weekdays, sunrise/sunset with an offset, intervals.
import type { Location, Trigger, Weekday } from '../../shared/automation';
import { parseTimeOfDay, startOfDay, sunTime, weekdayOf } from './sun';

const onDay = (days: readonly Weekday[], ms: number): boolean => days.length === 0 || days.includes(weekdayOf(ms));

/** How far ahead a sun trigger is looked for: a year covers any stretch of midnight sun or polar night. */
const SUN_SEARCH_DAYS = 370;

/**
 * The first moment strictly after `after` at which the trigger fires, or null (state triggers, start
 * triggers, sun triggers without a location, or none before `until`).
 * `last`: when an interval trigger last fired (intervals count from there; else from `after`).
 * `until`: no need to look past this moment (conflict checks look at one week).
 */
export function nextFire(t: Trigger, after: number, location: Location | null, last?: number, until = Infinity): number | null {
  switch (t.type) {
    case 'time': {
      const minute = parseTimeOfDay(t.at);
      for (let d = 0; d <= 8; d++) {
        const day = startOfDay(after, d);
        const d0 = new Date(day);
        const at = new Date(d0.getFullYear(), d0.getMonth(), d0.getDate(), Math.floor(minute / 60), minute % 60).getTime();
        if (at > after && onDay(t.days, at)) return at;
      }
      return null;
    }
    case 'sun': {
      if (!location) return null;
      // From the day before: an offset can move yesterday's sun point past `after`.
      for (let d = -1; d <= SUN_SEARCH_DAYS; d++) {
        const day = startOfDay(after, d);
        if (day - 86_400_000 > until) return null;
        const at = sunTime(day, t.event, location, t.offsetMin);
        if (at !== null && at > after && onDay(t.days, day)) return at;
      }
      return null;
    }
    case 'interval': {
      const every = t.everyS * 1000;
      const from = last ?? after;
      let at = from + every;
      if (at <= after) at += Math.ceil((after - at + 1) / every) * every;
      return at;
    }
    default:
      return null;
  }
}

/** Fire times of a trigger within [from, to), for conflict checks between schedules. */
export function firesBetween(t: Trigger, from: number, to: number, location: Location | null, max = 50): number[] {
  const out: number[] = [];
  let cursor = from - 1;
  while (out.length < max) {
    const at = nextFire(t, cursor, location, undefined, to + 86_400_000);
    if (at === null || at >= to) break;
    out.push(at);
    cursor = at;
  }
  return out;
}
