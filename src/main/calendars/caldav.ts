// A CalDAV account's events (tsdav): every calendar of the account, asked for the window's events only,
// each object's ICS text read by ics.ts.
import { DAVClient } from 'tsdav';
import type { CalendarEvent } from '../../shared/outside';
import { HearthError } from '../../shared/errors';
import { hostOf } from '../weather/http';
import { parseIcs } from './ics';

export interface CalDavAccount {
  url: string;
  username: string;
  password: string;
}

const words = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function readCalDav(a: CalDavAccount, sourceId: string, from: number, to: number): Promise<CalendarEvent[]> {
  const client = new DAVClient({ serverUrl: a.url, credentials: { username: a.username, password: a.password }, authMethod: 'Basic', defaultAccountType: 'caldav' });
  try {
    await client.login();
  } catch (e) {
    const m = words(e);
    if (/401|unauthori[sz]ed|invalid credentials/i.test(m)) throw new HearthError('UNAUTHORIZED', `${hostOf(a.url)} refused the user name or password.`);
    throw new HearthError('DEVICE_UNREACHABLE', `${hostOf(a.url)} is not a CalDAV server Hearth could sign in to (${m}).`);
  }
  let calendars: Awaited<ReturnType<DAVClient['fetchCalendars']>>;
  try {
    calendars = await client.fetchCalendars();
  } catch (e) {
    throw new HearthError('DEVICE_UNREACHABLE', `${hostOf(a.url)} did not list its calendars (${words(e)}).`);
  }
  const out: CalendarEvent[] = [];
  for (const calendar of calendars) {
    const objects = await client.fetchCalendarObjects({ calendar, timeRange: { start: new Date(from).toISOString(), end: new Date(to).toISOString() } }).catch((e: unknown) => {
      throw new HearthError('DEVICE_UNREACHABLE', `${hostOf(a.url)} did not send the events of “${String(calendar.displayName ?? calendar.url)}” (${words(e)}).`);
    });
    for (const o of objects) {
      if (typeof o.data !== 'string' || !o.data) continue;
      try {
        out.push(...parseIcs(o.data, sourceId, from, to));
      } catch {
        // one unreadable object does not lose the others
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
