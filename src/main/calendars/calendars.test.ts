// Calendars: ICS from a file and from an address on 127.0.0.1 (a weekly event in a named time zone, an all-day
// event, a UTC event), consent, a bad file; CalDAV against Debian's radicale started here with htpasswd sign-in:
// a calendar and an event made with tsdav are read back through Hearth's source, the password sealed.
process.env.TZ = 'UTC';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAVClient } from 'tsdav';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../secrets';
import { FakeClock } from '../test/fake-clock';
import { quietLog, tempDir } from '../test/temp';
import { recordedServer, type RecordedServer } from '../weather/test/recorded-server';
import { CalendarService, NO_CONSENT } from './service';
import { RADICALE, startRadicale, type Radicale } from './test/radicale';
import type { CalendarSource } from '../../shared/outside';

export const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearth tests//EN',
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT', 'UID:gym@hearth', 'DTSTAMP:20260401T000000Z', 'SUMMARY:Gym', 'DTSTART;TZID=Europe/Berlin:20260504T183000', 'DTEND;TZID=Europe/Berlin:20260504T193000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:vac@hearth', 'DTSTAMP:20260401T000000Z', 'SUMMARY:Summer Vacation', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260604', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:dentist@hearth', 'DTSTAMP:20260401T000000Z', 'SUMMARY:Dentist', 'DTSTART:20260602T073000Z', 'DTEND:20260602T080000Z', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

const T0 = Date.parse('2026-06-01T10:00:00Z'); // a Monday
const dir = tempDir('hearth-cal-');

function setup(consent = true) {
  let sources: CalendarSource[] = [];
  const settings = { get: () => sources, set: (_k: string, v: CalendarSource[]) => void (sources = v) } as never;
  const secrets = new FileSecretStore({ file: join(dir, `secrets-${Math.random()}.json`) });
  const clock = new FakeClock(T0);
  const flag = { consent };
  const cal = new CalendarService({ settings, secrets, clock, log: quietLog, consent: () => flag.consent });
  return { cal, secrets, clock, flag, sources: () => sources };
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('ICS calendars', () => {
  let srv: RecordedServer;
  beforeAll(async () => {
    srv = await recordedServer();
    srv.routes.set('/family.ics', { body: ICS, type: 'text/calendar' });
  });
  afterAll(() => srv.close());

  it('reads a file: weekly events in their own time zone, all-day events as whole days', async () => {
    const file = join(dir, 'family.ics');
    writeFileSync(file, ICS);
    const { cal } = setup(false); // a file on this computer needs no consent: nothing is sent
    const s = await cal.add({ name: 'Family', kind: 'ics', url: file });
    expect(s.status.error).toBeNull();
    const ev = cal.calendar().events.map((e) => [e.summary, iso(e.start), iso(e.end), e.allDay]);
    expect(ev).toContainEqual(['Gym', '2026-06-01T16:30:00.000Z', '2026-06-01T17:30:00.000Z', false]);
    expect(ev).toContainEqual(['Gym', '2026-06-08T16:30:00.000Z', '2026-06-08T17:30:00.000Z', false]);
    expect(ev).toContainEqual(['Summer Vacation', '2026-06-01T00:00:00.000Z', '2026-06-04T00:00:00.000Z', true]);
    expect(ev).toContainEqual(['Dentist', '2026-06-02T07:30:00.000Z', '2026-06-02T08:00:00.000Z', false]);
    expect(ev.filter((e) => e[0] === 'Gym')).toHaveLength(2); // 1 and 8 June: from yesterday to two weeks ahead (15 June 16:30 is past it)
    expect(cal.calendar().readAt).toBe(T0);
  });

  it('reads an address, only with the Online services consent', async () => {
    const { cal, flag } = setup(false);
    await expect(cal.add({ name: 'Family', kind: 'ics', url: `${srv.url}/family.ics` })).rejects.toThrow(NO_CONSENT);
    expect(srv.requests).toHaveLength(0);
    flag.consent = true;
    const s = await cal.add({ name: 'Family', kind: 'ics', url: `${srv.url}/family.ics` });
    expect(s.events).toBe(4);
    expect(srv.requests).toHaveLength(1);
    flag.consent = false;
    await cal.refresh(s.id);
    expect(srv.requests).toHaveLength(1);
    expect(cal.list()[0]!.status.error).toBe(NO_CONSENT);
    expect(cal.calendar().events).toHaveLength(4); // the last good read is kept
  });

  it('says what is wrong with a source, in words', async () => {
    const { cal } = setup(true);
    await expect(cal.test({ name: 'x', kind: 'ics', url: join(dir, 'missing.ics') })).rejects.toThrow(/There is no file .*missing\.ics/);
    await expect(cal.test({ name: 'x', kind: 'ics', url: 'family.ics' })).rejects.toThrow(/full path of a file/);
    srv.routes.set('/page', { body: '<html>hello</html>', type: 'text/html' });
    await expect(cal.test({ name: 'x', kind: 'ics', url: `${srv.url}/page` })).rejects.toThrow('That is not a calendar');
    await expect(cal.test({ name: 'x', kind: 'ics', url: `${srv.url}/gone.ics` })).rejects.toThrow(/answered 404/);
    expect(await cal.test({ name: 'x', kind: 'ics', url: `${srv.url}/family.ics` })).toEqual({ events: 4, next: 'Summer Vacation' });
  });

  it('reads each source again after its refresh time, a failed one after 5 min, keeping its events meanwhile', async () => {
    const { cal, clock } = setup(true);
    const s = await cal.add({ name: 'Family', kind: 'ics', url: `${srv.url}/family.ics`, refreshMin: 60 });
    const asked = () => srv.requests.filter((r) => r.path === '/family.ics').length;
    const before = asked();
    clock.advance(59 * 60_000);
    await cal.refresh();
    expect(asked()).toBe(before);
    srv.routes.set('/family.ics', { status: 502, body: '' });
    clock.advance(60_000);
    await cal.refresh();
    expect(asked()).toBe(before + 1);
    expect(cal.list().find((x) => x.id === s.id)!.status.error).toMatch(/answered 502/);
    expect(cal.calendar().events).toHaveLength(4);
    expect(cal.calendar().readAt).toBe(T0);
    clock.advance(4 * 60_000);
    await cal.refresh();
    expect(asked()).toBe(before + 1);
    srv.routes.set('/family.ics', { body: ICS, type: 'text/calendar' });
    clock.advance(60_000);
    await cal.refresh();
    expect(asked()).toBe(before + 2);
    expect(cal.calendar().readAt).toBe(clock.now());
  });
});

describe.skipIf(!RADICALE && !process.env.CI)('CalDAV (radicale on 127.0.0.1)', () => {
  let rad: Radicale;
  beforeAll(async () => {
    rad = await startRadicale({ ana: 'secret-pw' });
  }, 60_000);
  afterAll(() => rad?.stop());

  it('reads back an event made with tsdav, through a source whose password is sealed', async () => {
    const dav = new DAVClient({ serverUrl: rad.url, credentials: { username: 'ana', password: 'secret-pw' }, authMethod: 'Basic', defaultAccountType: 'caldav' });
    await dav.login();
    const home = `${rad.url}/ana/family/`;
    await dav.makeCalendar({ url: home, props: { displayname: 'Family' } });
    const [calendar] = await dav.fetchCalendars();
    expect(calendar).toBeDefined();
    const event = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearth tests//EN', 'BEGIN:VEVENT', 'UID:trip@hearth', 'DTSTAMP:20260401T000000Z', 'SUMMARY:Vacation in Rome',
      'DTSTART:20260601T060000Z', 'DTEND:20260605T180000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const put = await dav.createCalendarObject({ calendar: calendar!, filename: 'trip.ics', iCalString: event });
    expect(put.ok).toBe(true);

    const { cal, secrets } = setup(true);
    await expect(cal.test({ name: 'Nope', kind: 'caldav', url: rad.url, username: 'ana', password: 'wrong' })).rejects.toThrow(/refused the user name or password/);
    const s = await cal.add({ name: 'Family (CalDAV)', kind: 'caldav', url: rad.url, username: 'ana', password: 'secret-pw' });
    expect(s.status.error).toBeNull();
    expect(s.hasPassword).toBe(true);
    expect(JSON.stringify(s)).not.toContain('secret-pw');
    expect(secrets.get(`calendar.${s.id}.password`)?.toString()).toBe('secret-pw');
    expect(cal.calendar().events.map((e) => [e.summary, iso(e.start), iso(e.end)])).toEqual([['Vacation in Rome', '2026-06-01T06:00:00.000Z', '2026-06-05T18:00:00.000Z']]);
    cal.remove(s.id);
    expect(secrets.get(`calendar.${s.id}.password`)).toBeNull();
  }, 60_000);
});
