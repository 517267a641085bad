// Weather and calendar values as rules see them: today's rain and the temperature now from the last forecast,
// calendar events that match, each with how old it is, so a trace says what was used ("it was 40 % — Open-Meteo
// forecast, 40 min old") and a value too old to trust is refused with the reason.
import type { Condition, Trigger, WeatherMeasure } from '../../shared/automation';
import { ageText, type CalendarEvent, type WeatherForecast } from '../../shared/outside';
import { WEATHER_WORDS } from '../../shared/describe-rules';
import { clockTime } from '../../shared/describe-values';
import { startOfDay } from '../time/sun';

/** What the weather and calendar services know now (src/main/weather, src/main/calendars). */
export interface OutsideReader {
  /** The last forecast fetched, however old, or null. */
  weather(): WeatherForecast | null;
  /** Why there is no forecast ("no consent", "no location", the last error), or null. */
  weatherProblem(): string | null;
  /** Events known from every calendar source; `readAt`: the oldest source's last good read (null: none read yet). */
  calendar(): { events: readonly CalendarEvent[]; readAt: number | null; problem: string | null };
}

export interface Verdict {
  value: boolean | null;
  detail: string;
}

const HOUR = 3_600_000;

/** The measure's value at `now` from the forecast: null when the forecast does not say. */
export function weatherValue(f: WeatherForecast, measure: WeatherMeasure, now: number): number | null {
  if (measure === 'temperature') {
    const h = f.hours.find((x) => x.at <= now && now < x.at + HOUR) ?? null;
    return h?.temperature ?? null;
  }
  const end = startOfDay(now, 1);
  const rest = f.hours.filter((x) => x.at + HOUR > now && x.at < end);
  if (measure === 'rainChance') {
    const v = rest.map((x) => x.precipitationChance).filter((x): x is number => x !== null);
    return v.length ? Math.max(...v) : null;
  }
  const v = rest.map((x) => x.precipitation).filter((x): x is number => x !== null);
  return v.length ? Math.round(v.reduce((a, b) => a + b, 0) * 10) / 10 : null;
}

const inRange = (r: { above?: number | undefined; below?: number | undefined }, v: number) =>
  (r.above === undefined || v > r.above) && (r.below === undefined || v < r.below);

type WeatherRule = Extract<Condition, { type: 'weather' }> | Extract<Trigger, { type: 'weather' }>;

/** Is the measure in range by the last forecast? Null (with why) when there is none, it is too old, or it does not say. */
export function judgeWeather(c: WeatherRule, outside: OutsideReader | undefined, now: number): Verdict {
  const f = outside?.weather() ?? null;
  if (!f) return { value: null, detail: `there is no weather forecast${outside?.weatherProblem() ? `: ${outside.weatherProblem()}` : ' yet'}` };
  const age = now - f.fetchedAt;
  const source = `${f.provider} forecast, ${ageText(age)}`;
  if (age > c.maxAgeMin * 60_000) {
    return { value: null, detail: `the last forecast (${source}) is older than this automation accepts (${c.maxAgeMin} min)${outside?.weatherProblem() ? `; ${outside.weatherProblem()}` : ''}` };
  }
  const v = weatherValue(f, c.measure, now);
  const w = WEATHER_WORDS[c.measure];
  if (v === null) return { value: null, detail: `the ${f.provider} forecast does not give ${w.name}` };
  return { value: inRange(c, v), detail: `it was ${v} ${w.unit} — ${source}` };
}

const matches = (e: CalendarEvent, match: string) => e.summary.toLocaleLowerCase().includes(match.toLocaleLowerCase());

function eventWords(e: CalendarEvent, now: number): string {
  if (e.allDay) return `“${e.summary}” (all day)`;
  const day = (ms: number) => (startOfDay(ms) === startOfDay(now) ? clockTime(ms) : `${clockTime(ms)} on ${new Date(ms).toDateString().slice(0, 10)}`);
  return `“${e.summary}” (${day(e.start)}–${day(e.end)})`;
}

/** Is a matching event on now / today? Null (with why) when no calendar was read or the last read is too old. */
export function judgeCalendar(c: Extract<Condition, { type: 'calendar' }>, outside: OutsideReader | undefined, now: number): Verdict {
  const cal = outside?.calendar();
  if (!cal || cal.readAt === null) return { value: null, detail: `no calendar has been read${cal?.problem ? `: ${cal.problem}` : ' yet'}` };
  const age = now - cal.readAt;
  const read = `calendars read ${ageText(age).replace(/ old$/, ' ago')}`;
  if (age > c.maxAgeMin * 60_000) return { value: null, detail: `the calendars were last read too long ago (${read}; this automation accepts ${c.maxAgeMin} min)${cal.problem ? `; ${cal.problem}` : ''}` };
  const [from, to] = c.when === 'now' ? [now, now + 1] : [startOfDay(now), startOfDay(now, 1)];
  const hit = cal.events.find((e) => matches(e, c.match) && e.start < to && e.end > from);
  return hit ? { value: true, detail: `${eventWords(hit, now)} — ${read}` } : { value: false, detail: `no event “${c.match}” ${c.when === 'now' ? 'was on' : 'today'} — ${read}` };
}

/** The next moment after `after` a calendar trigger fires (a matching event's start plus the offset), with the event. */
export function nextCalendarFire(t: Extract<Trigger, { type: 'calendar' }>, outside: OutsideReader | undefined, after: number): { at: number; event: CalendarEvent } | null {
  let best: { at: number; event: CalendarEvent } | null = null;
  for (const e of outside?.calendar().events ?? []) {
    if (!matches(e, t.match)) continue;
    const at = e.start + t.offsetMin * 60_000;
    if (at > after && (!best || at < best.at)) best = { at, event: e };
  }
  return best;
}

export const calendarEventWords = eventWords;
