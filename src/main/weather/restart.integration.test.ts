// The last forecast and calendar events survive a restart: fetched through the real core (recorded Open-Meteo answer
// on 127.0.0.1, an ICS file), the core stopped, started again two hours later with the weather server down and the
// calendar file gone — rules still use the last known values with their true age (2 h, not "just now"), a rule that
// accepts less than that still refuses the forecast, and Settings' status still names the provider and fetch time.
process.env.TZ = 'UTC';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../shared/automation';
import { buildCore, type Core } from '../app';
import { PURPOSES } from '../privacy/purposes';
import { FakeClock } from '../test/fake-clock';
import { quietLog, tempDir } from '../test/temp';
import { recordedServer } from './test/recorded-server';

const T0 = Date.parse('2026-06-01T10:00:00Z');
const HOUR = 3_600_000;
const dir = tempDir('hearth-wx-restart-');
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearth tests//EN',
  'BEGIN:VEVENT', 'UID:v@h', 'DTSTAMP:20260501T000000Z', 'SUMMARY:Vacation at the lake', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260603', 'END:VEVENT',
  'END:VCALENDAR', ''].join('\r\n');

let running: Core | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function core(dataDir: string, clock: FakeClock, url: string): Core {
  running = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock, weatherClient: { openMeteoUrl: `${url}/v1/forecast`, metNorwayUrl: `${url}/met`, timeoutMs: 2000 } });
  return running;
}

const warm = (maxAgeMin: number) => [{ type: 'weather' as const, measure: 'temperature' as const, above: 10, maxAgeMin }];
const vacation = [{ type: 'calendar' as const, match: 'vacation', when: 'now' as const, maxAgeMin: 1440 }];

describe('weather and calendars across a restart', () => {
  it('the last forecast and events are used after a restart offline, with their true age; too old is still refused', async () => {
    const dataDir = join(dir, 'home');
    const file = join(dir, 'home.ics');
    writeFileSync(file, ICS);
    const srv = await recordedServer();
    srv.routes.set('/v1/forecast', { body: readFileSync(join(import.meta.dirname, 'fixtures', 'open-meteo-oslo.json'), 'utf8') });
    const clock = new FakeClock(T0);
    const first = core(dataDir, clock, srv.url);
    first.consents.set('cloudServices', true, PURPOSES.cloudServices.version, 'test');
    first.automations.setLocation({ lat: 59.917, lon: 10.746 });
    await first.outside.calendars.add({ name: 'Home', kind: 'ics', url: file });
    await first.outside.weather.refresh();
    expect(first.outside.weather.status()).toMatchObject({ provider: 'Open-Meteo', lastFetchAt: T0, error: null });
    await first.stop();
    await srv.close();
    rmSync(file);

    // Two hours later, nothing reachable.
    clock.set(T0 + 2 * HOUR);
    const again = core(dataDir, clock, srv.url);
    expect(await again.dispatch('outside.check', { conditions: [...warm(180), ...vacation] }, { actor: 'test' })).toEqual({
      ok: true,
      result: [
        { label: 'the outside temperature is above 10 °C', value: 'yes', detail: expect.stringMatching(/ — Open-Meteo forecast, 2 h old$/) },
        { label: 'the calendar has “vacation” now', value: 'yes', detail: '“Vacation at the lake” (all day) — calendars read 2 h ago' },
      ],
    });
    // The fetch due now fails; the kept forecast stays, with its fetch time.
    again.outside.start();
    await again.outside.weather.refresh();
    await again.outside.calendars.refresh();
    expect(again.outside.weather.status()).toMatchObject({ provider: 'Open-Meteo', lastFetchAt: T0, error: expect.stringMatching(/could not be reached/) });
    expect(again.outside.calendars.list()).toMatchObject([{ name: 'Home', events: 1, status: { lastFetchAt: T0, error: expect.stringMatching(/no file/) } }]);

    const rule = (maxAgeMin: number) =>
      again.automations.create({ name: `Warm ${maxAgeMin}`, enabled: true, triggers: [{ type: 'interval', everyS: 86_400 }], conditions: [...warm(maxAgeMin), ...vacation], actions: [{ type: 'notify', message: 'warm' }] } as RuleInput, 'form').rule;
    expect(again.automations.run(rule(180).id).result).not.toBe('conditionsFailed');
    const strict = again.automations.run(rule(60).id);
    expect(strict.result).toBe('conditionsFailed');
    expect(strict.summary).toMatch(/the last forecast \(Open-Meteo forecast, 2 h old\) is older than this automation accepts \(60 min\)/);
  });

  it('a removed calendar’s kept events are gone after a restart', async () => {
    const dataDir = join(dir, 'removed');
    const file = join(dir, 'removed.ics');
    writeFileSync(file, ICS);
    const clock = new FakeClock(T0);
    const first = core(dataDir, clock, 'http://127.0.0.1:9');
    const added = await first.outside.calendars.add({ name: 'Home', kind: 'ics', url: file });
    expect(added.events).toBe(1);
    first.outside.calendars.remove(added.id);
    await first.outside.calendars.add({ name: 'Home again', kind: 'ics', url: file });
    await first.stop();
    rmSync(file);
    const again = core(dataDir, clock, 'http://127.0.0.1:9');
    expect(again.outside.calendars.list()).toMatchObject([{ name: 'Home again', events: 1 }]);
    expect(again.db.prepare('SELECT count(*) AS n FROM calendar_last').get()).toEqual({ n: 1 });
  });

  it('erasing everything (Privacy) forgets the forecast and events held in memory too, not only the kept rows', async () => {
    const dataDir = join(dir, 'erased');
    const file = join(dir, 'erased.ics');
    writeFileSync(file, ICS);
    const srv = await recordedServer();
    srv.routes.set('/v1/forecast', { body: readFileSync(join(import.meta.dirname, 'fixtures', 'open-meteo-oslo.json'), 'utf8') });
    const clock = new FakeClock(T0);
    const c = core(dataDir, clock, srv.url);
    c.consents.set('cloudServices', true, PURPOSES.cloudServices.version, 'test');
    c.automations.setLocation({ lat: 59.917, lon: 10.746 });
    const added = await c.outside.calendars.add({ name: 'Home', kind: 'ics', url: file });
    await c.outside.weather.refresh();
    expect(c.outside.weather.status()).toMatchObject({ provider: 'Open-Meteo', lastFetchAt: T0 });
    await srv.close();

    expect(await c.dispatch('privacy.erase', { confirm: 'ERASE' }, { actor: 'test' })).toEqual({ ok: true, result: { ok: true } });
    // The same place set again, before any new fetch: no forecast from before the erase, and no events.
    c.automations.setLocation({ lat: 59.917, lon: 10.746 });
    expect(c.outside.weather.status()).toMatchObject({ provider: null, lastFetchAt: null });
    expect(c.outside.weather.forecast()).toBeNull();
    expect(c.outside.calendars.calendar().events).toEqual([]);
    expect(c.outside.calendars.list().find((s) => s.id === added.id)).toBeUndefined();
    expect(c.db.prepare('SELECT (SELECT count(*) FROM calendar_last) + (SELECT count(*) FROM weather_last) AS n').get()).toEqual({ n: 0 });
  });
});
