// ICS text (a file, a published calendar's address, or what a CalDAV server returns) → Hearth's calendar events,
// recurring events expanded over a window, all-day events as local days, time zones as the file names them.
import ical from 'node-ical';
import type { CalendarEvent } from '../../shared/outside';
import { HearthError } from '../../shared/errors';

/** How far around now events are kept: yesterday to two weeks ahead. */
export const WINDOW_BEFORE_MS = 86_400_000;
export const WINDOW_AFTER_MS = 14 * 86_400_000;

const text = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && 'val' in v && typeof v.val === 'string' ? v.val : '');

/** Events of the calendar text between `from` and `to`; a text that is not a calendar is a clear error. */
export function parseIcs(body: string, sourceId: string, from: number, to: number): CalendarEvent[] {
  if (!/BEGIN:VCALENDAR/i.test(body.slice(0, 4096))) throw new HearthError('BAD_REQUEST', 'That is not a calendar: an ICS calendar starts with BEGIN:VCALENDAR.');
  let parsed: ReturnType<typeof ical.sync.parseICS>;
  try {
    parsed = ical.sync.parseICS(body);
  } catch (e) {
    throw new HearthError('BAD_REQUEST', `The calendar could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const out: CalendarEvent[] = [];
  for (const item of Object.values(parsed)) {
    if (!item || item.type !== 'VEVENT' || !item.start) continue;
    let instances: ReturnType<typeof ical.expandRecurringEvent>;
    try {
      instances = ical.expandRecurringEvent(item, { from: new Date(from), to: new Date(to), expandOngoing: true });
    } catch {
      continue; // one broken event (a bad RRULE) does not lose the rest of the calendar
    }
    for (const i of instances) {
      const start = i.start.getTime();
      const end = i.end ? i.end.getTime() : start + (i.isFullDay ? 86_400_000 : 0);
      if (!Number.isFinite(start) || end < from || start > to) continue;
      out.push({ sourceId, summary: text(i.summary) || text(item.summary) || '(no title)', start, end: Math.max(end, start), allDay: i.isFullDay });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
