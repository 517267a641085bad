// The last forecast and each calendar's last events in SQLite (migration 014), so that after a restart with the
// services unreachable automations still have the last known value with its true age (its fetch time, not the
// restart's). Read back through zod: a row Hearth no longer understands is dropped with a warning, never trusted.
import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import { CalendarEvent, WeatherForecast } from '../../shared/outside';
import type { Db } from '../storage/db';

const Events = z.array(CalendarEvent);

export class OutsideStore {
  readonly #db: Db;
  readonly #log: Logger;

  constructor(db: Db, log: Logger) {
    this.#db = db;
    this.#log = log;
  }

  /** Writes after the core closed the database (a fetch answered during shutdown) are dropped, with a warning. */
  #write(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.#log.warn(`could not keep the last ${what}`, { error: e instanceof Error ? e.message : String(e) });
    }
  }

  #parse<T>(schema: z.ZodType<T>, text: string, what: string): T | null {
    try {
      const r = schema.safeParse(JSON.parse(text));
      if (r.success) return r.data;
    } catch {
      // not JSON: dropped below
    }
    this.#log.warn(`the kept ${what} is not readable; it is not used`);
    return null;
  }

  forecast(): WeatherForecast | null {
    const row = this.#db.prepare('SELECT forecast FROM weather_last WHERE id = 1').get() as { forecast: string } | undefined;
    return row ? this.#parse(WeatherForecast, row.forecast, 'forecast') : null;
  }

  keepForecast(f: WeatherForecast): void {
    this.#write('forecast', () =>
      this.#db
        .prepare('INSERT INTO weather_last (id, provider, fetched_at, forecast) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, fetched_at = excluded.fetched_at, forecast = excluded.forecast')
        .run(f.provider, f.fetchedAt, JSON.stringify(f)),
    );
  }

  /** Each calendar's last good read: its events and when it was read. */
  events(): Map<string, { events: CalendarEvent[]; fetchedAt: number }> {
    const rows = this.#db.prepare('SELECT source_id, fetched_at, events FROM calendar_last').all() as { source_id: string; fetched_at: number; events: string }[];
    const out = new Map<string, { events: CalendarEvent[]; fetchedAt: number }>();
    for (const r of rows) {
      const events = this.#parse(Events, r.events, 'calendar events');
      if (events) out.set(r.source_id, { events, fetchedAt: r.fetched_at });
    }
    return out;
  }

  keepEvents(sourceId: string, events: readonly CalendarEvent[], at: number): void {
    this.#write('calendar events', () =>
      this.#db
        .prepare('INSERT INTO calendar_last (source_id, fetched_at, events) VALUES (?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET fetched_at = excluded.fetched_at, events = excluded.events')
        .run(sourceId, at, JSON.stringify(events)),
    );
  }

  forgetEvents(sourceId: string): void {
    this.#write('calendar events', () => this.#db.prepare('DELETE FROM calendar_last WHERE source_id = ?').run(sourceId));
  }
}
