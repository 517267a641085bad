// The Logs tab: Hearth's log filtered by subsystem, level, device and words, newest first, a page at a time;
// and the support bundle, made on request and handed to the page to download.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LogEntry, LogLevel, LogSubsystem, SupportBundle } from '../../shared/contract';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { makeSupportBundle, queryLogs } from '../api/logs';
import type { NoticesState } from './notices';

export interface LogFilter {
  subsystem?: LogSubsystem | undefined;
  level?: LogLevel | undefined;
  deviceId?: string | undefined;
  text?: string | undefined;
}

export interface LogsState {
  filter: LogFilter;
  entries: LogEntry[];
  /** Where the next (older) page starts; null when there is none. */
  nextCursor: number | null;
  /** Older lines exist beyond what one search reads. */
  truncated: boolean;
  loading: boolean;
  makingBundle: boolean;
  /** Replaces the filter and reads the newest page again. */
  setFilter(filter: LogFilter): Promise<void>;
  reload(): Promise<void>;
  loadOlder(): Promise<void>;
  /** The bundle, or undefined when it could not be made (a notice says why). */
  makeBundle(): Promise<SupportBundle | undefined>;
}

export const PAGE = 100;

const query = (f: LogFilter, cursor?: number) => ({
  limit: PAGE,
  ...(f.subsystem ? { subsystem: f.subsystem } : {}),
  ...(f.level ? { level: f.level } : {}),
  ...(f.deviceId ? { deviceId: f.deviceId } : {}),
  ...(f.text?.trim() ? { text: f.text.trim() } : {}),
  ...(cursor ? { cursor } : {}),
});

export function createLogsStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<LogsState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  let asked = 0;
  return createStore<LogsState>()((set, get) => ({
    filter: {},
    entries: [],
    nextCursor: null,
    truncated: false,
    loading: false,
    makingBundle: false,
    async setFilter(filter) {
      set({ filter });
      await get().reload();
    },
    async reload() {
      const mine = ++asked;
      set({ loading: true });
      const page = await call(queryLogs, query(get().filter));
      // An answer to an older filter is dropped: the newest question wins.
      if (mine !== asked) return;
      set(page ? { entries: page.entries, nextCursor: page.nextCursor, truncated: page.truncated, loading: false } : { loading: false });
    },
    async loadOlder() {
      const cursor = get().nextCursor;
      if (cursor === null) return;
      const mine = ++asked;
      set({ loading: true });
      const page = await call(queryLogs, query(get().filter, cursor));
      if (mine !== asked) return;
      set(page ? { entries: [...get().entries, ...page.entries], nextCursor: page.nextCursor, truncated: page.truncated, loading: false } : { loading: false });
    },
    async makeBundle() {
      set({ makingBundle: true });
      const bundle = await call(makeSupportBundle);
      set({ makingBundle: false });
      return bundle;
    },
  }));
}
