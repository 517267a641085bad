// The home's weather: fetched only with the "Online services" consent and a location, at most every 30 min per
// (rounded) location, a failed fetch tried again no sooner than 5 min later; the last forecast is kept with its
// age when the services cannot be reached — also across a restart: it is kept in SQLite (store.ts) and read back at
// start with its true fetch time. Automations read it through `OutsideReader`.
import type { Location } from '../../shared/automation';
import type { Logger } from '../../shared/logger';
import { roundLocation, type WeatherForecast, type WeatherStatus } from '../../shared/outside';
import { WEATHER_WORDS } from '../../shared/describe-rules';
import type { Clock, TimerHandle } from '../time/clock';
import { weatherValue } from '../automation/outside';
import { fetchForecast, type WeatherClientOptions } from './client';
import type { OutsideStore } from './store';

export const REFRESH_MS = 30 * 60_000;
export const RETRY_MS = 5 * 60_000;

export interface WeatherDeps {
  clock: Clock;
  log: Logger;
  location(): Location | null;
  /** The "Online services" consent (ConsentPurpose 'cloudServices'). */
  consent(): boolean;
  client?: WeatherClientOptions;
  /** Where the last forecast is kept across restarts. */
  store?: Pick<OutsideStore, 'forecast' | 'keepForecast'>;
}

export const NO_CONSENT = 'Online services are off (Privacy, or Settings → Weather & calendars): Hearth sends no request for the weather';
export const NO_LOCATION = 'the home has no location (Settings → Weather & calendars)';

const key = (l: Location) => `${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;

export class WeatherService {
  readonly #d: WeatherDeps;
  #forecast: WeatherForecast | null = null;
  /** Per rounded location: when it was last asked for, and whether that worked. */
  readonly #attempts = new Map<string, { at: number; ok: boolean }>();
  #lastFetchAt: number | null = null;
  #lastAttemptAt: number | null = null;
  #error: string | null = null;
  #inflight: Promise<WeatherStatus> | null = null;
  #timer: TimerHandle | null = null;
  readonly #listeners = new Set<() => void>();

  constructor(deps: WeatherDeps) {
    this.#d = deps;
    // The forecast kept before the restart, with its own fetch time: its age is true, and it is not asked for again
    // before it is due.
    const kept = deps.store?.forecast() ?? null;
    if (kept) {
      this.#forecast = kept;
      this.#lastFetchAt = kept.fetchedAt;
      this.#attempts.set(key(kept.location), { at: kept.fetchedAt, ok: true });
    }
  }

  /** The last forecast, for the place the home is now (a forecast for a former location is not used). */
  forecast(): WeatherForecast | null {
    const l = this.#d.location();
    if (!this.#forecast || !l) return null;
    return key(this.#forecast.location) === key(roundLocation(l)) ? this.#forecast : null;
  }

  problem(): string | null {
    if (!this.#d.consent()) return NO_CONSENT;
    if (!this.#d.location()) return NO_LOCATION;
    return this.#error;
  }

  onUpdate(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  status(): WeatherStatus {
    const f = this.forecast();
    const now = this.#d.clock.now();
    const l = this.#d.location();
    let summary: string | null = null;
    if (f) {
      const t = weatherValue(f, 'temperature', now);
      const c = weatherValue(f, 'rainChance', now);
      const a = weatherValue(f, 'rainAmount', now);
      summary = [t !== null ? `${t} ${WEATHER_WORDS.temperature.unit} now` : '', c !== null ? `chance of rain today up to ${c} %` : '', a !== null ? `${a} mm of rain expected today` : ''].filter(Boolean).join('; ') || null;
    }
    return {
      consent: this.#d.consent(),
      location: l ? roundLocation(l) : null,
      provider: f?.provider ?? null,
      summary,
      lastFetchAt: f ? this.#lastFetchAt ?? f.fetchedAt : null,
      lastAttemptAt: this.#lastAttemptAt,
      error: this.problem(),
    };
  }

  /** Fetches a forecast if allowed and due (or says why not); `force` still keeps to the rate limit. */
  refresh(): Promise<WeatherStatus> {
    this.#inflight ??= this.#refresh().finally(() => (this.#inflight = null));
    return this.#inflight;
  }

  async #refresh(): Promise<WeatherStatus> {
    const l = this.#d.location();
    if (!this.#d.consent() || !l) return this.status();
    const at = roundLocation(l);
    const now = this.#d.clock.now();
    const last = this.#attempts.get(key(at));
    if (last && now - last.at < (last.ok ? REFRESH_MS : RETRY_MS)) return this.status();
    this.#attempts.set(key(at), { at: now, ok: false });
    this.#lastAttemptAt = now;
    try {
      const { forecast, fellBack } = await fetchForecast(at, now, this.#d.client);
      this.#forecast = forecast;
      this.#lastFetchAt = now;
      this.#d.store?.keepForecast(forecast);
      this.#attempts.set(key(at), { at: now, ok: true });
      this.#error = fellBack ? `Open-Meteo failed (${fellBack}); the forecast came from MET Norway` : null;
      if (fellBack) this.#d.log.warn('weather: Open-Meteo failed, used MET Norway', { reason: fellBack });
      for (const fn of this.#listeners) fn();
    } catch (e) {
      this.#error = e instanceof Error ? e.message : String(e);
      this.#d.log.warn('weather: no forecast', { reason: this.#error });
    }
    return this.status();
  }

  /** Fetches now (when allowed) and then every 30 min. */
  start(): void {
    const tick = () => {
      void this.refresh();
      this.#timer = this.#d.clock.at(this.#d.clock.now() + RETRY_MS, tick);
    };
    tick();
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = null;
  }

  /** Everything erased (Privacy): the forecast held in memory goes too, not only the kept row. */
  forget(): void {
    this.#forecast = null;
    this.#lastFetchAt = null;
    this.#lastAttemptAt = null;
    this.#error = null;
    this.#attempts.clear();
    for (const fn of this.#listeners) fn();
  }
}
