// Weather and calendars (Settings → Weather & calendars) and what they say now for a rule being edited.
import type { Condition, Trigger } from '../../shared/automation';
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export type NewCalendar = RequestInput<'calendars.add'>;

export const weatherStatus = (c: Client) => c.call('weather.status', {});
/** Fetches a forecast now if allowed and not fetched in the last 30 min; answers with the status either way. */
export const refreshWeather = (c: Client) => c.call('weather.refresh', {});
export const listCalendars = (c: Client) => c.call('calendars.list', {});
export const addCalendar = (c: Client, cal: NewCalendar) => c.call('calendars.add', cal);
export const testCalendar = (c: Client, cal: NewCalendar) => c.call('calendars.test', cal);
export const removeCalendar = (c: Client, sourceId: string) => c.call('calendars.remove', { sourceId });
export const refreshCalendars = (c: Client, sourceId?: string) => c.call('calendars.refresh', sourceId ? { sourceId } : {});
export const checkOutside = (c: Client, triggers: Trigger[], conditions: Condition[]) => c.call('outside.check', { triggers, conditions });
