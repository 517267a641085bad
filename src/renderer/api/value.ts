// Value tracking: energy measured and avoided, time saved, the subscription against what it returned, and the
// occasional satisfaction rating (only with the usage-statistics consent).
import type { Tariff } from '../../shared/contract';
import type { Client } from './client';

export const valueReport = (c: Client, days: number) => c.call('value.report', { days });
export const setValueSettings = (c: Client, s: { tariff?: Tariff; hourlyValue?: number }) => c.call('value.settings.set', s);
export const setMinutesPerRun = (c: Client, ruleId: string, minutes: number | null) => c.call('value.minutesPerRun.set', { ruleId, minutes });
export const ratingStatus = (c: Client) => c.call('value.rating.status', {});
export const submitRating = (c: Client, rating: number) => c.call('value.rating.submit', { rating });
export const dismissRating = (c: Client) => c.call('value.rating.dismiss', {});
