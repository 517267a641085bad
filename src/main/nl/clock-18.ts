// Issue 14, round 18 (dev15): a clock time with am/pm said for today that has already passed, no day said — asked, as
// "at midnight tonight" and "at 7:30 this morning" are (OWN.md, round 18: dev9/dev12 labels read it as tomorrow; v15 asks).
import type { NlError } from './errors';
import { pastTime } from './errors';
import type { SaidAction } from './doubt-15p';

/** "switch the light off at 8am" said after 8 am, with no day said: read as tomorrow. Asked, as "at midnight tonight" is.
 *  (Round 27w: every clock time, not only one with am/pm — "turn off the tv at 08:59" said at 09:00 was scheduled for
 *  tomorrow. A bare hour on the 24-hour clock is asked before this, "tomorrow"/a weekday sets the day, midnight is tonight's.) */
export function pastClockToday(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  // ("a quarter past midnight", "ten past midnight": the coming midnight's, tonight — never asked.)
  if (!tokens.some((t) => t === 'am' || t === 'pm') && tokens.includes('midnight')) return null;
  for (const a of actions) {
    const s = a.schedule as { kind?: string; time?: string; day?: unknown } | undefined;
    if (s?.kind !== 'at' || s.day || !s.time || !/^\d\d:\d\d$/.test(s.time)) continue;
    const [h, m] = s.time.split(':').map(Number) as [number, number];
    if (h + m > 0 && (a.delay_s ?? 0) > h * 3600 + m * 60) return pastTime(s.time);
  }
  return null;
}

