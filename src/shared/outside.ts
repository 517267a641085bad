// Weather forecasts and calendar events as Hearth keeps them, whichever service they came from (src/main/weather,
// src/main/calendars), and what Settings → Weather & calendars shows about them.
import { z } from 'zod';
import { Location } from './automation';

export const WeatherProvider = z.enum(['Open-Meteo', 'MET Norway']);
export type WeatherProvider = z.infer<typeof WeatherProvider>;

/** One forecast hour (UTC ms of its start). A value the provider did not give is null. */
export const WeatherHour = z.object({
  at: z.number(),
  temperature: z.number().nullable(),
  /** mm of rain (or snow as water) in this hour. */
  precipitation: z.number().nullable(),
  /** % chance of rain in this hour. */
  precipitationChance: z.number().nullable(),
});
export type WeatherHour = z.infer<typeof WeatherHour>;

export const WeatherForecast = z.object({
  provider: WeatherProvider,
  fetchedAt: z.number(),
  /** The rounded coordinates that were sent. */
  location: Location,
  hours: z.array(WeatherHour),
});
export type WeatherForecast = z.infer<typeof WeatherForecast>;

export const CalendarEvent = z.object({
  sourceId: z.string(),
  summary: z.string(),
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

export const CalendarKind = z.enum(['ics', 'caldav']);
export type CalendarKind = z.infer<typeof CalendarKind>;

/** A calendar source as saved (the CalDAV password is a secret, never here). `url`: http(s) address or, for ICS, a file path. */
export const CalendarSource = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  kind: CalendarKind,
  url: z.string().trim().min(1).max(2000),
  username: z.string().max(256).default(''),
  /** How often it is read again, in minutes. */
  refreshMin: z.number().int().min(5).max(1440).default(30),
});
export type CalendarSource = z.infer<typeof CalendarSource>;

/** How a source (or the weather) stands: when it was last read, and what went wrong, in words. */
export const FetchStatus = z.object({
  lastFetchAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  error: z.string().nullable(),
});
export type FetchStatus = z.infer<typeof FetchStatus>;

export const WeatherStatus = FetchStatus.extend({
  consent: z.boolean(),
  location: Location.nullable(),
  provider: WeatherProvider.nullable(),
  /** What the forecast says now, in words ("12.3 °C now; chance of rain today up to 40 %"), or null. */
  summary: z.string().nullable(),
});
export type WeatherStatus = z.infer<typeof WeatherStatus>;

export const CalendarSourceStatus = CalendarSource.extend({ hasPassword: z.boolean(), events: z.number().int(), status: FetchStatus });
export type CalendarSourceStatus = z.infer<typeof CalendarSourceStatus>;

/** Two decimals of a degree (about 1 km): all a forecast needs, and all a provider sees. */
export const roundLocation = (l: Location): Location => ({ lat: Math.round(l.lat * 100) / 100, lon: Math.round(l.lon * 100) / 100 });

/** "40 min old", "3 h old", "just now". */
export function ageText(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 120) return `${min} min old`;
  const h = Math.floor(min / 60);
  return h < 48 ? `${h} h old` : `${Math.floor(h / 24)} days old`;
}
