// Sunrise and sunset for the home's location (suncalc), and the days and clock times rules speak in.
import { getPosition, getTimes } from 'suncalc';
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

const DAY = 86_400_000;
const opposite = (e: SunEvent): SunEvent => (e === 'sunset' ? 'sunrise' : 'sunset');

/** Every moment of a sun point on the local days from `days` before to `days` after the day of `ms`, in order. */
function occurrences(ms: number, p: SunPoint, location: Location, days = 2): number[] {
  const out: number[] = [];
  for (let d = -days; d <= days; d++) {
    const t = sunTime(startOfDay(ms, d), p.event, location, p.offsetMin);
    if (t !== null) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/** Is the sun above the horizon (as sunrise and sunset count it) at this moment? */
function sunIsUp(ms: number, location: Location): boolean {
  return getPosition(new Date(ms), location.lat, location.lon).altitude > -0.833;
}

export type SunWindow =
  /** The stretch of time the condition covers around `now`: [from, to). Both are real moments, never minutes of a day. */
  | { kind: 'window'; inside: boolean; from: number; to: number }
  /** No sunrise or sunset near `now` (midnight sun, polar night): decided by whether the sun is up. */
  | { kind: 'polar'; inside: boolean; sunUp: boolean };

/**
 * Where `now` stands against a sun condition. "after A and before B" holds from a moment of A until the next moment
 * of B; "after sunset" alone holds until the next sunrise (the sun is down), "before sunrise" alone from the sunset
 * before it; likewise "after sunrise" / "before sunset" cover the daylight. Sun points are real moments, so a point
 * that falls after midnight ("90 min after sunset" in Oslo in June) belongs to the night it ends, not to midday.
 */
export function sunWindow(now: number, location: Location, after: SunPoint | undefined, before: SunPoint | undefined): SunWindow {
  const open: SunPoint = after ?? { event: opposite(before!.event), offsetMin: 0 };
  const close: SunPoint = before ?? { event: opposite(after!.event), offsetMin: 0 };
  const opens = occurrences(now, open, location);
  const closes = occurrences(now, close, location);
  const nextClose = (from: number) => closes.find((c) => c > from);
  const last = opens.filter((a) => a <= now).at(-1);
  const lastEnd = last !== undefined ? nextClose(last) : undefined;
  if (last !== undefined && lastEnd !== undefined && lastEnd - last < 2 * DAY) {
    if (now < lastEnd) return { kind: 'window', inside: true, from: last, to: lastEnd };
    const next = opens.find((a) => a > now);
    const nextEnd = next !== undefined ? nextClose(next) : undefined;
    if (next !== undefined && nextEnd !== undefined) return { kind: 'window', inside: false, from: next, to: nextEnd };
  }
  // Midnight sun or polar night: no sunset (or sunrise) to measure from. A window from sunset to sunrise is the sun
  // being down; one from sunrise to sunset the sun being up; any other window does not happen these days.
  const sunUp = sunIsUp(now, location);
  const night = open.event === 'sunset' && close.event === 'sunrise';
  const day = open.event === 'sunrise' && close.event === 'sunset';
  return { kind: 'polar', inside: night ? !sunUp : day ? sunUp : false, sunUp };
}

export const NEEDS_LOCATION =
  'Hearth needs the home’s location to know when the sun rises and sets. Set it under Automations → Location (or in onboarding).';
