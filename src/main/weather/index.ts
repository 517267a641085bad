// Weather and calendars built together for the core: the services, the reader automations use, and the wiring
// that tells the engine when a new forecast or calendar read arrived. Started with the automations.
import type { Logger } from '../../shared/logger';
import type { AutomationEngine } from '../automation/engine';
import type { EventBus } from '../bus';
import type { OutsideReader } from '../automation/outside';
import { CalendarService } from '../calendars/service';
import type { SecretStore } from '../secrets';
import type { AppSettings } from '../settings';
import type { Db } from '../storage/db';
import type { Clock } from '../time/clock';
import type { WeatherClientOptions } from './client';

export type { WeatherClientOptions };
import { WeatherService } from './service';
import { OutsideStore } from './store';

export interface OutsideDeps {
  settings: AppSettings;
  secrets: SecretStore;
  /** Where the last forecast and calendar events are kept across restarts (migration 014). */
  db: Db;
  clock: Clock;
  log: Logger;
  /** Hears 'privacy.erased': what is held in memory is forgotten with the rest. */
  bus: Pick<EventBus, 'on'>;
  /** The "Online services" consent ('cloudServices'). */
  consent(): boolean;
  /** Tests only: where the weather services are. */
  client?: WeatherClientOptions | undefined;
}

export interface Outside {
  weather: WeatherService;
  calendars: CalendarService;
  reader: OutsideReader;
  /** The clock's time, for what rules would see now. */
  now(): number;
  /** New forecasts and calendar reads go to this engine. */
  feed(engine: Pick<AutomationEngine, 'onWeather' | 'onCalendar'>): void;
  start(): void;
  stop(): void;
}

export function createOutside(d: OutsideDeps): Outside {
  const store = new OutsideStore(d.db, d.log);
  const weather = new WeatherService({ clock: d.clock, log: d.log, consent: d.consent, location: () => d.settings.get('home.location'), store, ...(d.client ? { client: d.client } : {}) });
  const calendars = new CalendarService({ settings: d.settings, secrets: d.secrets, clock: d.clock, log: d.log, consent: d.consent, store });
  d.bus.on('privacy.erased', 'outside', () => {
    weather.forget();
    calendars.forget();
  });
  const reader: OutsideReader = { weather: () => weather.forecast(), weatherProblem: () => weather.problem(), calendar: () => calendars.calendar() };
  return {
    weather,
    calendars,
    reader,
    now: () => d.clock.now(),
    feed(engine) {
      weather.onUpdate(() => engine.onWeather());
      calendars.onUpdate(() => engine.onCalendar());
    },
    start() {
      weather.start();
      calendars.start();
    },
    stop() {
      weather.stop();
      calendars.stop();
    },
  };
}
