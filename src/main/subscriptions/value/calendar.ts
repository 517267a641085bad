// Days, weeks (Monday first) and months on the home's wall clock. `Offset` says how far the wall clock is
// ahead of UTC at an instant (the computer's time zone by default; tests pass UTC), so figures land on the day
// the person lived them, also across daylight-saving changes.
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type Offset = (t: number) => number;
export const localOffset: Offset = (t) => -new Date(t).getTimezoneOffset() * 60_000;
export const utcOffset: Offset = () => 0;

/** Wall-clock midnight (as a UTC number) of the day holding t. */
const wallMidnight = (t: number, off: Offset) => Math.floor((t + off(t)) / DAY) * DAY;
/** The instant a wall-clock time (as a UTC number) happens. */
const instantOf = (wall: number, off: Offset) => wall - off(wall - off(wall));

export function dayStart(t: number, off: Offset): number {
  return instantOf(wallMidnight(t, off), off);
}
export function nextDay(start: number, off: Offset): number {
  return dayStart(start + DAY + 3 * HOUR, off);
}
export function weekStart(t: number, off: Offset): number {
  const wall = wallMidnight(t, off);
  const monday = (new Date(wall).getUTCDay() + 6) % 7;
  return instantOf(wall - monday * DAY, off);
}
export function monthStart(t: number, off: Offset): number {
  const d = new Date(wallMidnight(t, off));
  return instantOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), off);
}
/** The local noon at or before t: a "night" runs from one noon to the next, so a light going off at 00:30 counts with the evening before. */
export function noonBefore(t: number, off: Offset): number {
  return instantOf(wallMidnight(t - 12 * HOUR, off) + 12 * HOUR, off);
}

/** "2026-12-05": the wall-clock date of t. */
export function dayKey(t: number, off: Offset): string {
  return new Date(t + off(t)).toISOString().slice(0, 10);
}
export function monthKey(t: number, off: Offset): string {
  return dayKey(t, off).slice(0, 7);
}
/** "21:05" on the wall clock. */
export function clockTime(t: number, off: Offset): string {
  return new Date(t + off(t)).toISOString().slice(11, 16);
}

export interface Bucket {
  key: string;
  start: number;
  end: number;
}

/** Consecutive periods covering [from, to): each day, week or month touching it, clipped to it. */
export function buckets(from: number, to: number, unit: 'day' | 'week' | 'month', off: Offset): Bucket[] {
  const startOf = unit === 'day' ? dayStart : unit === 'week' ? weekStart : monthStart;
  const out: Bucket[] = [];
  let s = startOf(from, off);
  while (s < to) {
    let e = nextDay(s, off);
    if (unit === 'week') for (let i = 1; i < 7; i++) e = nextDay(e, off);
    if (unit === 'month') while (monthStart(e, off) === s) e = nextDay(e, off);
    out.push({ key: dayKey(s, off), start: Math.max(s, from), end: Math.min(e, to) });
    s = e;
  }
  return out.map((b) => (unit === 'month' ? { ...b, key: b.key.slice(0, 7) } : b));
}
