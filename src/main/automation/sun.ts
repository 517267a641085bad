// Sunrise and sunset for the home's location (suncalc), and the days and clock times rules speak in.
import { getTimes } from 'suncalc';
import type { Location, SunEvent, SunPoint, Weekday } from '../../shared/automation';
import { WEEKDAYS } from '../../shared/automation';

/** Local weekday of a moment: 'mon'..'sun'. */
export function weekdayOf(ms: number): Weekday {
  return WEEKDAYS[(new Date(ms).getDay() + 6) % 7]!;
}

/** Minutes since local midnight. */
export function minuteOfDay(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes();
}

export function parseTimeOfDay(t: string): number {
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

/** Local midnight of the day `ms` falls in, plus `days`. */
export function startOfDay(ms: number, days = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The moment of sunrise/sunset (plus offset) on the local day of `dayMs`, or null where the sun does not rise or set that day. */
export function sunTime(dayMs: number, event: SunEvent, location: Location, offsetMin = 0): number | null {
  const noon = startOfDay(dayMs) + 12 * 3_600_000;
  const t = getTimes(new Date(noon), location.lat, location.lon)[event]?.getTime() ?? NaN;
  return Number.isFinite(t) ? t + offsetMin * 60_000 : null;
}

export function sunPointTime(dayMs: number, p: SunPoint, location: Location): number | null {
  return sunTime(dayMs, p.event, location, p.offsetMin);
}

export const NEEDS_LOCATION =
  'Hearth needs the home’s location to know when the sun rises and sets. Set it under Automations → Location (or in onboarding).';
