// Weather against recorded Open-Meteo and MET Norway answers served from 127.0.0.1: the fallback, the cache and
// rate limit, offline (last forecast with its age), consent, rounding of what the providers see.
process.env.TZ = 'UTC';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../test/fake-clock';
import { NO_CONSENT, REFRESH_MS, RETRY_MS, WeatherService } from './service';
import { recordedServer, type RecordedServer } from './test/recorded-server';
import { fetchForecast } from './client';
import { judgeWeather } from '../automation/outside';
import { version } from '../../../package.json';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const OPEN_METEO = fixture('open-meteo-oslo.json');
const MET = fixture('met-norway-oslo.json');
const T0 = Date.parse('2026-06-01T10:00:00Z');
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let srv: RecordedServer;
let clock: FakeClock;
let consent: boolean;
const home = { lat: 59.91734, lon: 10.74589 };

function service() {
  return new WeatherService({
    clock, log: quiet, location: () => home, consent: () => consent,
    client: { openMeteoUrl: `${srv.url}/v1/forecast`, metNorwayUrl: `${srv.url}/weatherapi/locationforecast/2.0/compact`, timeoutMs: 5000 },
  });
}

beforeEach(async () => {
  srv = await recordedServer();
  srv.routes.set('/v1/forecast', { body: OPEN_METEO });
  srv.routes.set('/weatherapi/locationforecast/2.0/compact', { body: MET });
  clock = new FakeClock(T0);
  consent = true;
});
afterEach(() => srv.close());

const opens = () => srv.requests.filter((r) => r.path === '/v1/forecast').length;
const mets = () => srv.requests.filter((r) => r.path.includes('locationforecast')).length;

describe('weather', () => {
  it('reads Open-Meteo, sending only the coordinates rounded to 2 decimals', async () => {
    const w = service();
    const s = await w.refresh();
    expect(s.error).toBeNull();
    expect(s.provider).toBe('Open-Meteo');
    expect(s.summary).toBe('15.6 °C now; chance of rain today up to 70 %; 2.9 mm of rain expected today');
    const q = srv.requests[0]!.query;
    expect([q.get('latitude'), q.get('longitude')]).toEqual(['59.92', '10.75']);
    expect(srv.requests[0]!.headers['user-agent']).toBe(`Hearth/${version} https://hearth-home.app/contact`);
    expect(mets()).toBe(0);
  });

  it('falls back to MET Norway when Open-Meteo answers 500, with an identifying User-Agent', async () => {
    srv.routes.set('/v1/forecast', { status: 500, body: 'oops' });
    const s = await service().refresh();
    expect(s.provider).toBe('MET Norway');
    expect(s.error).toMatch(/Open-Meteo failed \(127\.0\.0\.1:\d+ answered 500/);
    const met = srv.requests.find((r) => r.path.includes('locationforecast'))!;
    // MET Norway's terms: the app, its version and a contact, exactly.
    expect(met.headers['user-agent']).toBe(`Hearth/${version} https://hearth-home.app/contact`);
    expect([met.query.get('lat'), met.query.get('lon')]).toEqual(['59.92', '10.75']);
    expect(s.summary).toBe('15.1 °C now; 2.6 mm of rain expected today');
  });

  it('falls back when Open-Meteo sends garbage, and says what was wrong when both do', async () => {
    srv.routes.set('/v1/forecast', { body: '{"hourly":{"time":"soon"}}' });
    const w = service();
    expect((await w.refresh()).provider).toBe('MET Norway');
    srv.routes.set('/weatherapi/locationforecast/2.0/compact', { body: '<html>maintenance</html>', type: 'text/html' });
    await expect(fetchForecast(home, T0, { openMeteoUrl: `${srv.url}/v1/forecast`, metNorwayUrl: `${srv.url}/weatherapi/locationforecast/2.0/compact` })).rejects.toThrow(
      /No forecast: Open-Meteo sent a forecast Hearth does not understand \(hourly\.time.*MET Norway .*not JSON/,
    );
  });

  it('an hour at no real time (seconds past the last date there can be, or before 1970) is a clear error, never an hour at Infinity', async () => {
    const base = JSON.parse(OPEN_METEO) as { hourly: { time: number[] } };
    for (const bad of [1.797693134862316e305, 1e13, -3600, 1.5]) {
      const answer = structuredClone(base);
      answer.hourly.time[1] = bad;
      srv.routes.set('/v1/forecast', { body: JSON.stringify(answer) });
      srv.routes.set('/weatherapi/locationforecast/2.0/compact', { status: 500, body: 'down' });
      await expect(fetchForecast(home, T0, { openMeteoUrl: `${srv.url}/v1/forecast`, metNorwayUrl: `${srv.url}/weatherapi/locationforecast/2.0/compact`, timeoutMs: 5000 }))
        .rejects.toThrow(/Open-Meteo sent a forecast Hearth does not understand \(hourly\.time\.1: /);
    }
  });

  it('asks at most every 30 min per location; a failure is tried again after 5 min', async () => {
    const w = service();
    await w.refresh();
    await w.refresh();
    clock.advance(REFRESH_MS - 60_000);
    await w.refresh();
    expect(opens()).toBe(1);
    clock.advance(60_000);
    await w.refresh();
    expect(opens()).toBe(2);
    srv.routes.set('/v1/forecast', { status: 503, body: '' });
    srv.routes.set('/weatherapi/locationforecast/2.0/compact', { status: 503, body: '' });
    clock.advance(REFRESH_MS);
    await w.refresh();
    await w.refresh();
    expect(opens()).toBe(3);
    clock.advance(RETRY_MS);
    await w.refresh();
    expect(opens()).toBe(4);
  });

  it('offline: keeps the last forecast with its age, and a rule refuses one older than its limit', async () => {
    const w = service();
    await w.refresh();
    await srv.close();
    clock.advance(REFRESH_MS + 10 * 60_000);
    const s = await w.refresh();
    expect(s.error).toMatch(/could not be reached/);
    expect(s.provider).toBe('Open-Meteo');
    expect(s.lastFetchAt).toBe(T0);
    const reader = { weather: () => w.forecast(), weatherProblem: () => w.problem(), calendar: () => ({ events: [], readAt: null, problem: null }) };
    const fresh = judgeWeather({ type: 'weather', measure: 'rainChance', above: 50, maxAgeMin: 180 }, reader, clock.now());
    expect(fresh).toEqual({ value: true, detail: 'it was 70 % — Open-Meteo forecast, 40 min old' });
    clock.advance(3 * 3_600_000);
    const old = judgeWeather({ type: 'weather', measure: 'rainChance', above: 50, maxAgeMin: 180 }, reader, clock.now());
    expect(old.value).toBeNull();
    expect(old.detail).toMatch(/^the last forecast \(Open-Meteo forecast, 3 h old\) is older than this automation accepts \(180 min\); .*could not be reached/);
    srv = await recordedServer(); // afterEach closes it
  });

  it('sends nothing without the Online services consent, and says why', async () => {
    consent = false;
    const w = service();
    w.start();
    const s = await w.refresh();
    w.stop();
    expect(srv.requests).toHaveLength(0);
    expect(s.error).toBe(NO_CONSENT);
    expect(s.consent).toBe(false);
  });
});
