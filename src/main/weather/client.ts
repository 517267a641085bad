// The forecast for a place from Open-Meteo (no key), or from MET Norway's locationforecast 2.0 (compact) when
// Open-Meteo fails. Each answer is checked with zod: a bad payload is a clear error, never a crash.
import { z } from 'zod';
import { version } from '../../../package.json';
import type { Location } from '../../shared/automation';
import { HearthError } from '../../shared/errors';
import { roundLocation, type WeatherForecast, type WeatherHour } from '../../shared/outside';
import { getText, hostOf } from './http';

export const OPEN_METEO_URL = 'https://api.open-meteo.com/v1/forecast';
export const MET_NORWAY_URL = 'https://api.met.no/weatherapi/locationforecast/2.0/compact';
/** Where a weather service's operators can reach Hearth's makers about its requests. */
export const CONTACT_URL = 'https://hearth-home.app/contact';
/** MET Norway's terms ask every client to identify itself with a User-Agent naming the app, its version and a way to
 *  contact its makers (it throttles or refuses anonymous ones); Open-Meteo is sent the same. */
export const USER_AGENT = `Hearth/${version} ${CONTACT_URL}`;

export interface WeatherClientOptions {
  /** Tests only: where the services are (a recorded answer served from 127.0.0.1). */
  openMeteoUrl?: string;
  metNorwayUrl?: string;
  timeoutMs?: number;
}

const nums = z.array(z.number().nullable());
/** The last second a JavaScript date can hold (8.64e15 ms): a later "hour" is no time at all (found by fuzzing:
 *  1.8e305 s became an hour at Infinity). */
const LAST_SECOND = 8.64e12;
const OpenMeteoAnswer = z.object({
  hourly: z.object({ time: z.array(z.number().int().min(0).max(LAST_SECOND)), temperature_2m: nums, precipitation: nums, precipitation_probability: nums.optional() }),
});

const MetDetails = z.object({ precipitation_amount: z.number().optional() }).optional();
const MetAnswer = z.object({
  properties: z.object({
    timeseries: z.array(
      z.object({
        time: z.string().datetime({ offset: true }).refine((t) => Number.isFinite(Date.parse(t)), 'not a date'),
        data: z.object({
          instant: z.object({ details: z.object({ air_temperature: z.number().optional() }) }),
          next_1_hours: z.object({ details: MetDetails }).optional(),
        }),
      }),
    ),
  }),
});

function parse<T>(schema: z.ZodType<T>, body: string, service: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HearthError('BAD_REQUEST', `${service} sent something that is not a forecast (not JSON).`);
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new HearthError('BAD_REQUEST', `${service} sent a forecast Hearth does not understand (${r.error.issues[0]?.path.join('.') || 'the top'}: ${r.error.issues[0]?.message ?? 'wrong shape'}).`);
  return r.data;
}

export async function fetchOpenMeteo(at: Location, now: number, opts: WeatherClientOptions = {}): Promise<WeatherForecast> {
  const l = roundLocation(at);
  const url = new URL(opts.openMeteoUrl ?? OPEN_METEO_URL);
  url.search = new URLSearchParams({
    latitude: l.lat.toFixed(2),
    longitude: l.lon.toFixed(2),
    hourly: 'temperature_2m,precipitation,precipitation_probability',
    timeformat: 'unixtime',
    timezone: 'GMT',
    forecast_days: '2',
  }).toString();
  const a = parse(OpenMeteoAnswer, await getText(url.toString(), { headers: { 'User-Agent': USER_AGENT }, timeoutMs: opts.timeoutMs ?? 15_000 }), 'Open-Meteo');
  const h = a.hourly;
  if (h.temperature_2m.length !== h.time.length || h.precipitation.length !== h.time.length) throw new HearthError('BAD_REQUEST', 'Open-Meteo sent a forecast whose columns do not line up.');
  const hours: WeatherHour[] = h.time.map((t, i) => ({ at: t * 1000, temperature: h.temperature_2m[i] ?? null, precipitation: h.precipitation[i] ?? null, precipitationChance: h.precipitation_probability?.[i] ?? null }));
  if (!hours.length) throw new HearthError('BAD_REQUEST', 'Open-Meteo sent an empty forecast.');
  return { provider: 'Open-Meteo', fetchedAt: now, location: l, hours };
}

export async function fetchMetNorway(at: Location, now: number, opts: WeatherClientOptions = {}): Promise<WeatherForecast> {
  const l = roundLocation(at);
  const url = new URL(opts.metNorwayUrl ?? MET_NORWAY_URL);
  url.search = new URLSearchParams({ lat: l.lat.toFixed(2), lon: l.lon.toFixed(2) }).toString();
  const a = parse(MetAnswer, await getText(url.toString(), { headers: { 'User-Agent': USER_AGENT }, timeoutMs: opts.timeoutMs ?? 15_000 }), 'MET Norway');
  const hours: WeatherHour[] = a.properties.timeseries.map((s) => ({
    at: Date.parse(s.time),
    temperature: s.data.instant.details.air_temperature ?? null,
    precipitation: s.data.next_1_hours?.details?.precipitation_amount ?? null,
    // The compact forecast gives no chance of rain.
    precipitationChance: null,
  }));
  if (!hours.length) throw new HearthError('BAD_REQUEST', 'MET Norway sent an empty forecast.');
  return { provider: 'MET Norway', fetchedAt: now, location: l, hours };
}

/** Open-Meteo first; MET Norway when it fails. Both failing is one error saying what each did. */
export async function fetchForecast(at: Location, now: number, opts: WeatherClientOptions = {}): Promise<{ forecast: WeatherForecast; fellBack: string | null }> {
  try {
    return { forecast: await fetchOpenMeteo(at, now, opts), fellBack: null };
  } catch (first) {
    const why = first instanceof Error ? first.message : String(first);
    try {
      return { forecast: await fetchMetNorway(at, now, opts), fellBack: why };
    } catch (second) {
      throw new HearthError('DEVICE_UNREACHABLE', `No forecast: ${why} MET Norway (${hostOf(opts.metNorwayUrl ?? MET_NORWAY_URL)}): ${second instanceof Error ? second.message : String(second)}`);
    }
  }
}
