// The Value screen's figures (value.report) for the chosen period, the person's tariff, hourly value and
// minutes per automation run, and the satisfaction prompt. Read when the screen opens and after each change;
// the prompt's status follows the usage-statistics consent ('consent.changed').
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RatingStatus, Tariff, ValueReport } from '../../shared/contract';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { dismissRating, ratingStatus, setMinutesPerRun, setValueSettings, submitRating, valueReport } from '../api/value';
import type { NoticesState } from './notices';

export const PERIODS = [
  { days: 7, label: '7 days' },
  { days: 28, label: '4 weeks' },
  { days: 91, label: '3 months' },
  { days: 365, label: 'A year' },
] as const;

export interface ValueState {
  days: number;
  report: ValueReport | null;
  rating: RatingStatus | null;
  /** True after a rating was given in this session ("Thank you" instead of the prompt). */
  thanked: boolean;
  load(days?: number): Promise<void>;
  setTariff(tariff: Tariff): Promise<boolean>;
  setHourlyValue(value: number): Promise<boolean>;
  /** null: back to the default estimate. */
  setMinutes(ruleId: string, minutes: number | null): Promise<boolean>;
  rate(rating: number): Promise<void>;
  dismissRating(): Promise<void>;
}

/** Show the rating prompt: the core says to ask (consent given, not asked for a while). */
export const selectAskRating = (s: ValueState) => s.rating?.ask === true;

export function createValueStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<ValueState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  const store = createStore<ValueState>()((set, get) => {
    const reload = async () => {
      const report = await call(valueReport, get().days);
      if (report) set({ report });
    };
    return {
      days: 28,
      report: null,
      rating: null,
      thanked: false,
      async load(days) {
        if (days !== undefined) set({ days });
        const [report, rating] = await Promise.all([call(valueReport, get().days), call(ratingStatus)]);
        if (report && (days === undefined || get().days === days)) set({ report });
        if (rating) set({ rating });
      },
      async setTariff(tariff) {
        const ok = await call(setValueSettings, { tariff });
        if (ok) await reload();
        return ok !== undefined;
      },
      async setHourlyValue(hourlyValue) {
        const ok = await call(setValueSettings, { hourlyValue });
        if (ok) await reload();
        return ok !== undefined;
      },
      async setMinutes(ruleId, minutes) {
        const ok = await call(setMinutesPerRun, ruleId, minutes);
        if (ok) await reload();
        return ok !== undefined;
      },
      async rate(value) {
        const rating = await call(submitRating, value);
        if (rating) set({ rating, thanked: true });
      },
      async dismissRating() {
        const rating = await call(dismissRating);
        if (rating) set({ rating });
      },
    };
  });
  client.on('consent.changed', () => {
    void call(ratingStatus).then((rating) => rating && store.setState({ rating }));
  });
  return store;
}
