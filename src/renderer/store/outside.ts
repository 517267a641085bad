// Settings → Weather & calendars in the renderer: the forecast's status, the calendars read, and the "Online
// services" consent both depend on (the section reloads it on consent.changed). Giving the consent here fetches at once, so
// the person sees the forecast without another click. Adding or testing a calendar answers with what to show
// next to the form — the core's own words when it refuses (zod's for bad input) — rather than a notice.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Condition, Trigger } from '../../shared/automation';
import type { ConsentState } from '../../shared/contract';
import type { OutsideLine } from '../../shared/contract/outside';
import type { CalendarKind, CalendarSourceStatus, WeatherStatus } from '../../shared/outside';
import { caller } from '../api/call';
import type { ApiError, Client } from '../api/client';
import * as api from '../api/outside';
import { listConsents, setConsent } from '../api/privacy';

export const CONSENT = 'cloudServices';

/** The add-a-calendar form as typed. */
export interface CalendarForm {
  name: string;
  kind: CalendarKind;
  url: string;
  username: string;
  password: string;
}

export const EMPTY_FORM: CalendarForm = { name: '', kind: 'ics', url: '', username: '', password: '' };

/** What the form sends: trimmed; an ICS calendar carries no account, an empty account field is left out. */
export function calendarRequest(f: CalendarForm): api.NewCalendar {
  const out: api.NewCalendar = { name: f.name, kind: f.kind, url: f.url.trim() };
  if (f.kind === 'caldav') {
    if (f.username.trim()) out.username = f.username.trim();
    if (f.password) out.password = f.password;
  }
  return out;
}

/** "Invalid input for calendars.add: url: …" → "url: …": the core's words without the request's name. */
export const errorWords = (e: ApiError): string => e.message.replace(/^Invalid input for [\w.]+: /, 'Not accepted — ') + (e.next ? ` ${e.next}` : '');

/** One line of a rule's preview: "The chance of rain today is above 50 %: yes — it was 70 % — Open-Meteo forecast, 12 min old". */
export function outsideLineText(l: OutsideLine): string {
  const label = l.label.charAt(0).toUpperCase() + l.label.slice(1);
  const value = l.value === 'unknown' ? 'cannot tell now' : l.value;
  return `${label}: ${value}${l.detail ? ` (${l.detail})` : ''}`;
}

/** A rule's weather and calendar parts that are filled in enough to judge (a half-typed one is left out), or null: none. */
export function outsideParts(r: { triggers: Trigger[]; conditions: Condition[] }): { triggers: Trigger[]; conditions: Condition[] } | null {
  const ready = (x: Trigger | Condition) =>
    (x.type === 'weather' && (x.above !== undefined || x.below !== undefined) && x.maxAgeMin >= 5) || (x.type === 'calendar' && x.match.trim() !== '');
  const triggers = r.triggers.filter(ready);
  const conditions = r.conditions.filter(ready);
  return triggers.length || conditions.length ? { triggers, conditions } : null;
}

export type FormResult = { ok: true; message: string } | { ok: false; error: string };

export interface OutsideState {
  weather: WeatherStatus | null;
  calendars: CalendarSourceStatus[];
  /** The "Online services" consent as the core reports it (null until read, or when this person may not read it). */
  consent: ConsentState | null;
  weatherBusy: boolean;
  load(): Promise<void>;
  refreshWeather(): Promise<void>;
  /** Gives or withdraws the "Online services" consent; given, the forecast and calendars are read at once. */
  setConsent(granted: boolean): Promise<void>;
  testCalendar(f: CalendarForm): Promise<FormResult>;
  addCalendar(f: CalendarForm): Promise<FormResult>;
  refreshCalendar(sourceId: string): Promise<void>;
  removeCalendar(sourceId: string): Promise<void>;
}

const eventsWords = (n: number) => (n === 1 ? '1 event' : `${n} events`);

export function createOutsideStore({ client, report }: { client: Client; report(err: unknown): void }): StoreApi<OutsideState> {
  const call = caller({ client, report });
  const quietly = caller({ client, report }, { quiet: true });
  /** A form's call: a refusal is returned in words for the form, never a notice. */
  const formCall = async <R,>(fn: (c: Client) => Promise<R>): Promise<{ ok: true; value: R } | { ok: false; error: string }> => {
    let error = '';
    const value = await caller({ client, report }, { handle: (e) => ((error = errorWords(e)), true) })(fn);
    return value === undefined ? { ok: false, error: error || 'Hearth did not answer.' } : { ok: true, value };
  };

  const store = createStore<OutsideState>()((set, get) => ({
    weather: null,
    calendars: [],
    consent: null,
    weatherBusy: false,
    async load() {
      const [weather, calendars, consents] = await Promise.all([call(api.weatherStatus), call(api.listCalendars), quietly(listConsents)]);
      set({
        ...(weather ? { weather } : {}),
        ...(calendars ? { calendars } : {}),
        ...(consents ? { consent: consents.purposes.find((p) => p.purpose === CONSENT) ?? null } : {}),
      });
    },
    async refreshWeather() {
      set({ weatherBusy: true });
      try {
        const weather = await call(api.refreshWeather);
        if (weather) set({ weather });
      } finally {
        set({ weatherBusy: false });
      }
    },
    async setConsent(granted) {
      const consent = get().consent;
      if (!consent) return;
      const saved = await call(setConsent, consent, granted);
      if (!saved) return;
      set({ consent: saved });
      if (granted) {
        const [calendars] = await Promise.all([call(api.refreshCalendars), get().refreshWeather()]);
        if (calendars) set({ calendars });
      } else await get().load();
    },
    async testCalendar(f) {
      const r = await formCall((c) => api.testCalendar(c, calendarRequest(f)));
      if (!r.ok) return r;
      return { ok: true, message: `Read: ${eventsWords(r.value.events)} from yesterday to two weeks ahead${r.value.next ? `; next “${r.value.next}”` : ''}. Not saved yet.` };
    },
    async addCalendar(f) {
      const r = await formCall((c) => api.addCalendar(c, calendarRequest(f)));
      if (!r.ok) return r;
      const added = r.value;
      set((s) => ({ calendars: [...s.calendars.filter((x) => x.id !== added.id), added] }));
      return { ok: true, message: added.status.error ? `Added “${added.name}”, but it could not be read: ${added.status.error}` : `Added “${added.name}”: ${eventsWords(added.events)}.` };
    },
    async refreshCalendar(sourceId) {
      const calendars = await call(api.refreshCalendars, sourceId);
      if (calendars) set({ calendars });
    },
    async removeCalendar(sourceId) {
      if (!(await call(api.removeCalendar, sourceId))) return;
      set((s) => ({ calendars: s.calendars.filter((x) => x.id !== sourceId) }));
    },
  }));

  return store;
}
