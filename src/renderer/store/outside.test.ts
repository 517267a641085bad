// The Weather & calendars store over a fake core: consent given here fetches at once, a refused calendar comes back
// in the core's words for the form (no notice), a CalDAV password is sent only for CalDAV, and the rule preview's
// parts and lines read as a person would.
import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../../shared/contract';
import type { CalendarSourceStatus, WeatherStatus } from '../../shared/outside';
import { createFakeCore, CoreRefusal } from '../api/fake-transport';
import { createOutsideStore, outsideLineText, outsideParts } from './outside';

const consent = (granted: boolean): ConsentState => ({
  purpose: 'cloudServices', title: 'Online services (weather, calendar)', text: 'Fetch weather…', version: '1', required: false, granted, since: granted ? 1 : null, grantedVersion: granted ? '1' : null,
});
const weather = (over: Partial<WeatherStatus> = {}): WeatherStatus => ({
  consent: false, location: { lat: 59.91, lon: 10.75 }, provider: null, summary: null, lastFetchAt: null, lastAttemptAt: null, error: 'Online services are off', ...over,
});
const calendar = (over: Partial<CalendarSourceStatus> = {}): CalendarSourceStatus => ({
  id: 'c1', name: 'Family', kind: 'ics', url: 'http://127.0.0.1:9/family.ics', username: '', refreshMin: 30, hasPassword: false, events: 3,
  status: { lastFetchAt: 10, lastAttemptAt: 10, error: null }, ...over,
});

function setup() {
  const core = createFakeCore();
  let granted = false;
  const reported: unknown[] = [];
  core.answer('consent.list', () => ({ purposes: [consent(granted)], history: [] }));
  core.answer('consent.set', (i) => ((granted = i.granted), consent(granted)));
  core.answer('weather.status', () => weather({ consent: granted }));
  core.answer('weather.refresh', () =>
    granted ? weather({ consent: true, provider: 'Open-Meteo', summary: '12 °C now', lastFetchAt: 5, lastAttemptAt: 5, error: null }) : weather(),
  );
  core.answer('calendars.list', () => []);
  core.answer('calendars.refresh', () => [calendar()]);
  const store = createOutsideStore({ client: core.client, report: (e) => reported.push(e) });
  return { core, store, reported };
}

describe('weather & calendars store', () => {
  it('giving the Online services consent here fetches the forecast and reads the calendars at once', async () => {
    const { core, store } = setup();
    await store.getState().load();
    expect(store.getState().consent?.granted).toBe(false);
    expect(store.getState().weather?.summary).toBeNull();
    await store.getState().setConsent(true);
    expect(core.inputs('consent.set')).toEqual([{ purpose: 'cloudServices', granted: true, textVersion: '1' }]);
    expect(store.getState().weather).toMatchObject({ provider: 'Open-Meteo', summary: '12 °C now' });
    expect(store.getState().calendars.map((c) => c.events)).toEqual([3]);
    await store.getState().setConsent(false);
    expect(store.getState().consent?.granted).toBe(false);
    expect(core.inputs('weather.refresh')).toHaveLength(1); // withdrawing fetches nothing
  });

  it('a refused calendar comes back in the core’s words for the form, not as a notice', async () => {
    const { core, store, reported } = setup();
    core.refuse('calendars.add', { code: 'BAD_REQUEST', message: 'Invalid input for calendars.add: url: String must contain at least 1 character(s).' });
    const r = await store.getState().addCalendar({ name: 'Family', kind: 'ics', url: '  ', username: '', password: '' });
    expect(r).toEqual({ ok: false, error: 'Not accepted — url: String must contain at least 1 character(s).' });
    expect(reported).toEqual([]);
    expect(core.inputs('calendars.add')).toEqual([{ name: 'Family', kind: 'ics', url: '' }]);
  });

  it('adding shows the events read; a CalDAV password is sent with CalDAV only; remove drops the row', async () => {
    const { core, store } = setup();
    core.answer('calendars.add', (i) => calendar({ name: i.name, kind: i.kind, url: i.url, hasPassword: !!i.password, events: 2 }));
    core.answer('calendars.test', () => ({ events: 2, next: 'Vacation' }));
    core.answer('calendars.remove', () => ({ ok: true }));
    expect(await store.getState().testCalendar({ name: 'Family', kind: 'ics', url: 'http://h/x.ics', username: 'ann', password: 'pw' })).toEqual({
      ok: true, message: 'Read: 2 events from yesterday to two weeks ahead; next “Vacation”. Not saved yet.',
    });
    expect(core.inputs('calendars.test')[0]).toEqual({ name: 'Family', kind: 'ics', url: 'http://h/x.ics' });
    expect(await store.getState().addCalendar({ name: 'Work', kind: 'caldav', url: ' https://dav/ ', username: ' ann ', password: 'pw' })).toEqual({ ok: true, message: 'Added “Work”: 2 events.' });
    expect(core.inputs('calendars.add')[0]).toEqual({ name: 'Work', kind: 'caldav', url: 'https://dav/', username: 'ann', password: 'pw' });
    expect(store.getState().calendars).toHaveLength(1);
    await store.getState().removeCalendar('c1');
    expect(store.getState().calendars).toEqual([]);
  });

  it('a failed forecast fetch is a notice and leaves the last status', async () => {
    const { core, store, reported } = setup();
    await store.getState().load();
    core.answer('weather.refresh', () => {
      throw new CoreRefusal({ code: 'FORBIDDEN', message: 'Online services are off' });
    });
    await store.getState().refreshWeather();
    expect(reported).toHaveLength(1);
    expect(store.getState().weather?.location).toEqual({ lat: 59.91, lon: 10.75 });
    expect(store.getState().weatherBusy).toBe(false);
  });
});

describe('rule preview', () => {
  it('asks only about weather and calendar parts that are filled in', () => {
    expect(outsideParts({ triggers: [{ type: 'time', at: '07:00', days: [] }], conditions: [] })).toBeNull();
    expect(outsideParts({ triggers: [], conditions: [{ type: 'calendar', match: ' ', when: 'now', maxAgeMin: 1440 }] })).toBeNull();
    expect(outsideParts({ triggers: [{ type: 'weather', measure: 'rainChance', maxAgeMin: 180 }], conditions: [] })).toBeNull();
    const rain = { type: 'weather' as const, measure: 'rainChance' as const, above: 50, maxAgeMin: 180 };
    const vacation = { type: 'calendar' as const, match: 'Vacation', when: 'now' as const, maxAgeMin: 1440 };
    expect(outsideParts({ triggers: [rain, { type: 'start' }], conditions: [vacation] })).toEqual({ triggers: [rain], conditions: [vacation] });
  });

  it('says each part as a sentence with yes, no or cannot tell', () => {
    expect(outsideLineText({ label: 'the chance of rain today is above 50 %', value: 'yes', detail: 'it was 70 % — Open-Meteo forecast, 12 min old' })).toBe(
      'The chance of rain today is above 50 %: yes (it was 70 % — Open-Meteo forecast, 12 min old)',
    );
    expect(outsideLineText({ label: 'the calendar has “Vacation” now', value: 'unknown', detail: 'no calendar has been read yet' })).toBe(
      'The calendar has “Vacation” now: cannot tell now (no calendar has been read yet)',
    );
  });
});
