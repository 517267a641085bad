// Editors for weather and calendar triggers and conditions ("the chance of rain today rises above 50 %",
// "the calendar has “Vacation” now"). The forecast and calendars themselves are set up in Settings → Weather & calendars.
import type { Condition, Trigger, WeatherMeasure } from '../../../shared/automation';
import { WEATHER_WORDS } from '../../../shared/describe-rules';

type WeatherRule = Extract<Trigger, { type: 'weather' }> | Extract<Condition, { type: 'weather' }>;

const num = (v: string): number | undefined => (v === '' ? undefined : Number(v));

export function WeatherFields<T extends WeatherRule>({ w, label, onChange }: { w: T; label: string; onChange(w: T): void }) {
  const unit = WEATHER_WORDS[w.measure].unit;
  return (
    <>
      <select aria-label={`${label}: weather`} value={w.measure} onChange={(e) => onChange({ ...w, measure: e.target.value as WeatherMeasure })}>
        {(Object.keys(WEATHER_WORDS) as WeatherMeasure[]).map((m) => (
          <option key={m} value={m}>
            {WEATHER_WORDS[m].name}
          </option>
        ))}
      </select>
      <label className="inline">
        above
        <input type="number" aria-label={`${label}: above`} value={w.above ?? ''} onChange={(e) => onChange({ ...w, above: num(e.target.value) })} />
        {unit}
      </label>
      <label className="inline">
        below
        <input type="number" aria-label={`${label}: below`} value={w.below ?? ''} onChange={(e) => onChange({ ...w, below: num(e.target.value) })} />
        {unit}
      </label>
      <label className="inline" title="A forecast older than this is not used: the automation does not run, and its history says why.">
        forecast at most
        <input type="number" min={5} aria-label={`${label}: oldest forecast in minutes`} value={w.maxAgeMin} onChange={(e) => onChange({ ...w, maxAgeMin: Math.max(5, Math.round(Number(e.target.value))) })} />
        min old
      </label>
    </>
  );
}

export function CalendarTriggerFields({ t, label, onChange }: { t: Extract<Trigger, { type: 'calendar' }>; label: string; onChange(t: Trigger): void }) {
  return (
    <>
      <label className="inline">
        event title contains
        <input aria-label={`${label}: event title contains`} value={t.match} maxLength={100} onChange={(e) => onChange({ ...t, match: e.target.value })} />
      </label>
      <label className="inline">
        offset (min, − before its start)
        <input type="number" aria-label={`${label}: offset in minutes`} value={t.offsetMin} onChange={(e) => onChange({ ...t, offsetMin: Math.round(Number(e.target.value)) })} />
      </label>
    </>
  );
}

export function CalendarConditionFields({ c, label, onChange }: { c: Extract<Condition, { type: 'calendar' }>; label: string; onChange(c: Condition): void }) {
  return (
    <>
      <label className="inline">
        event title contains
        <input aria-label={`${label}: event title contains`} value={c.match} maxLength={100} onChange={(e) => onChange({ ...c, match: e.target.value })} />
      </label>
      <select aria-label={`${label}: when`} value={c.when} onChange={(e) => onChange({ ...c, when: e.target.value as 'now' | 'today' })}>
        <option value="now">is on now</option>
        <option value="today">is on today</option>
      </select>
    </>
  );
}
