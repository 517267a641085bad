// Calendars automations read: ICS files and addresses (node-ical) and CalDAV accounts (tsdav). Each source is read
// again every `refreshMin` minutes (a failed read no sooner than 5 min later); its last good events are kept with
// their age when it cannot be reached. Addresses are read only with the "Online services" consent; a file on this
// computer sends nothing and needs none. The CalDAV password is sealed with the other secrets. Each source's last good
// events are kept in SQLite (weather/store.ts) and read back at start with their read time, so a restart without
// network keeps them, with their true age.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { Logger } from '../../shared/logger';
import { HearthError } from '../../shared/errors';
import type { CalendarEvent, CalendarSource, CalendarSourceStatus, FetchStatus } from '../../shared/outside';
import type { SecretStore } from '../secrets';
import type { AppSettings } from '../settings';
import type { Clock, TimerHandle } from '../time/clock';
import { getText } from '../weather/http';
import type { OutsideStore } from '../weather/store';
import { readCalDav } from './caldav';
import { parseIcs, WINDOW_AFTER_MS, WINDOW_BEFORE_MS } from './ics';
import { passwordSecret } from './settings';

export const RETRY_MS = 5 * 60_000;
export const NO_CONSENT = 'Online services are off (Privacy, or Settings → Weather & calendars): Hearth reads no calendar address';

export interface CalendarDeps {
  settings: Pick<AppSettings, 'get' | 'set'>;
  secrets: SecretStore;
  clock: Clock;
  log: Logger;
  consent(): boolean;
  /** Where each source's last events are kept across restarts. */
  store?: Pick<OutsideStore, 'events' | 'keepEvents' | 'forgetEvents'>;
}

export interface NewSource {
  name: string;
  kind: CalendarSource['kind'];
  url: string;
  username?: string | undefined;
  password?: string | undefined;
  refreshMin?: number | undefined;
}

interface Known {
  events: CalendarEvent[];
  status: FetchStatus;
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);

export class CalendarService {
  readonly #d: CalendarDeps;
  readonly #known = new Map<string, Known>();
  readonly #listeners = new Set<() => void>();
  #timer: TimerHandle | null = null;
  /** Stopped with the core: a read queued before that must not reach the closed database. */
  #stopped = false;
  #reading: Promise<void> | null = null;

  constructor(deps: CalendarDeps) {
    this.#d = deps;
    // Read again at start (never attempted since), but until then the kept events count, as old as they are.
    for (const [id, kept] of deps.store?.events() ?? []) this.#known.set(id, { events: kept.events, status: { lastFetchAt: kept.fetchedAt, lastAttemptAt: null, error: null } });
  }

  #sources(): CalendarSource[] {
    return this.#d.settings.get('calendars.sources');
  }

  onUpdate(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  list(): CalendarSourceStatus[] {
    return this.#sources().map((s) => {
      const k = this.#known.get(s.id);
      return { ...s, hasPassword: this.#d.secrets.get(passwordSecret(s.id)) !== null, events: k?.events.length ?? 0, status: k?.status ?? { lastFetchAt: null, lastAttemptAt: null, error: null } };
    });
  }

  /** What automations read: every source's events; `readAt` the oldest good read (a source never read: null). */
  calendar(): { events: readonly CalendarEvent[]; readAt: number | null; problem: string | null } {
    const sources = this.#sources();
    if (!sources.length) return { events: [], readAt: null, problem: 'no calendar is connected (Settings → Weather & calendars)' };
    const known = sources.map((s) => ({ s, k: this.#known.get(s.id) }));
    const reads = known.map(({ k }) => k?.status.lastFetchAt ?? null);
    const problems = known.filter(({ k }) => k?.status.error).map(({ s, k }) => `${s.name}: ${k!.status.error}`);
    if (!this.#d.consent() && sources.some((s) => isWeb(s.url))) problems.unshift(NO_CONSENT);
    return {
      events: known.flatMap(({ k }) => k?.events ?? []),
      readAt: reads.includes(null) ? null : Math.min(...(reads as number[])),
      problem: problems.join('; ') || null,
    };
  }

  #check(s: NewSource): void {
    if (s.kind === 'caldav' && !isWeb(s.url)) throw new HearthError('BAD_REQUEST', 'A CalDAV account is an address starting with https:// (or http://).');
    if (s.kind === 'ics' && !isWeb(s.url) && !isAbsolute(s.url)) throw new HearthError('BAD_REQUEST', 'An ICS calendar is an address (https://…) or the full path of a file on this computer.');
    if (isWeb(s.url) && !this.#d.consent()) throw new HearthError('FORBIDDEN', `${NO_CONSENT}. Turn on “Online services” first.`);
  }

  /** Reads a source once, saved or not: its events, or an error in words. */
  async #read(s: CalendarSource, password: string | null): Promise<CalendarEvent[]> {
    const now = this.#d.clock.now();
    const [from, to] = [now - WINDOW_BEFORE_MS, now + WINDOW_AFTER_MS];
    if (isWeb(s.url) && !this.#d.consent()) throw new HearthError('FORBIDDEN', NO_CONSENT);
    if (s.kind === 'caldav') return readCalDav({ url: s.url, username: s.username, password: password ?? '' }, s.id, from, to);
    const body = isWeb(s.url)
      ? await getText(s.url, { headers: { Accept: 'text/calendar' } })
      : await readFile(s.url, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new HearthError('NOT_FOUND', e.code === 'ENOENT' ? `There is no file ${s.url}.` : `The file ${s.url} could not be read (${e.code ?? e.message}).`);
        });
    return parseIcs(body, s.id, from, to);
  }

  /** Tries a source without saving it: how many events it has in the next two weeks, and the first one. */
  async test(s: NewSource): Promise<{ events: number; next: string | null }> {
    this.#check(s);
    const src = { id: 'test', name: s.name, kind: s.kind, url: s.url, username: s.username ?? '', refreshMin: s.refreshMin ?? 30 };
    const events = await this.#read(src, s.password ?? null);
    const now = this.#d.clock.now();
    const next = events.find((e) => e.end > now);
    return { events: events.length, next: next ? next.summary : null };
  }

  async add(s: NewSource): Promise<CalendarSourceStatus> {
    this.#check(s);
    if (this.#sources().length >= 20) throw new HearthError('CONFLICT', 'Hearth reads at most 20 calendars; remove one first.');
    const src: CalendarSource = { id: randomUUID(), name: s.name.trim(), kind: s.kind, url: s.url.trim(), username: s.username ?? '', refreshMin: s.refreshMin ?? 30 };
    if (s.password) this.#d.secrets.set(passwordSecret(src.id), Buffer.from(s.password, 'utf8'));
    this.#d.settings.set('calendars.sources', [...this.#sources(), src]);
    await this.refresh(src.id);
    return this.list().find((x) => x.id === src.id)!;
  }

  remove(id: string): void {
    const left = this.#sources().filter((s) => s.id !== id);
    if (left.length === this.#sources().length) throw new HearthError('NOT_FOUND', 'That calendar is not connected.');
    this.#d.settings.set('calendars.sources', left);
    this.#d.secrets.delete(passwordSecret(id));
    this.#known.delete(id);
    this.#d.store?.forgetEvents(id);
    for (const fn of this.#listeners) fn();
  }

  /** Reads the sources that are due (or the one named, now): one read at a time. */
  refresh(id?: string): Promise<void> {
    const run = async () => {
      if (this.#stopped) return;
      const now = this.#d.clock.now();
      let changed = false;
      for (const s of this.#sources()) {
        const k = this.#known.get(s.id) ?? { events: [], status: { lastFetchAt: null, lastAttemptAt: null, error: null } };
        const wait = k.status.error ? RETRY_MS : s.refreshMin * 60_000;
        if (id ? s.id !== id : k.status.lastAttemptAt !== null && now - k.status.lastAttemptAt < wait) continue;
        if (isWeb(s.url) && !this.#d.consent()) {
          this.#known.set(s.id, { ...k, status: { ...k.status, error: NO_CONSENT } });
          continue;
        }
        try {
          const events = await this.#read(s, this.#d.secrets.get(passwordSecret(s.id))?.toString('utf8') ?? null);
          if (this.#stopped) return;
          this.#known.set(s.id, { events, status: { lastFetchAt: now, lastAttemptAt: now, error: null } });
          this.#d.store?.keepEvents(s.id, events, now);
          changed = true;
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          this.#known.set(s.id, { events: k.events, status: { ...k.status, lastAttemptAt: now, error } });
          this.#d.log.warn('calendar: not read', { source: s.name, error });
        }
      }
      if (changed) for (const fn of this.#listeners) fn();
    };
    const p = (this.#reading ?? Promise.resolve()).then(run);
    this.#reading = p.finally(() => {
      if (this.#reading === p) this.#reading = null;
    });
    return p;
  }

  /** Reads the due sources now and then every minute. */
  start(): void {
    this.#stopped = false;
    const tick = () => {
      this.refresh().catch((e: unknown) => this.#d.log.warn('calendar: reading failed', { error: e instanceof Error ? e.message : String(e) }));
      this.#timer = this.#d.clock.at(this.#d.clock.now() + 60_000, tick);
    };
    tick();
  }

  stop(): void {
    this.#stopped = true;
    this.#timer?.cancel();
    this.#timer = null;
  }

  /** Everything erased (Privacy): the events held in memory go too, not only the kept rows. */
  forget(): void {
    this.#known.clear();
    for (const fn of this.#listeners) fn();
  }
}
