// Weather and calendars for automations (Settings → Weather & calendars): the forecast's state, calendar sources
// (add, remove, test, read now), and what the forecast and calendars say for a rule's triggers and conditions now.
import { z } from 'zod';
import { Condition, Trigger } from '../automation';
import { CalendarKind, CalendarSourceStatus, WeatherStatus } from '../outside';
import { Id, NoInput, Ok } from './common';
import { defineRequests } from './define';
import { userName } from './names';

const NewCalendar = z
  .object({
    name: userName(100),
    kind: CalendarKind,
    url: z.string().trim().min(1).max(2000),
    username: z.string().max(256).optional(),
    password: z.string().max(1024).optional(),
    refreshMin: z.number().int().min(5).max(1440).optional(),
  })
  .strict();

/** One line of a rule preview: "The chance of rain today is above 50 %: yes — it was 70 % — Open-Meteo forecast, 40 min old". */
export const OutsideLine = z.object({ label: z.string(), value: z.enum(['yes', 'no', 'unknown']), detail: z.string() });
export type OutsideLine = z.infer<typeof OutsideLine>;

export const outsideRequests = defineRequests({
  'weather.status': { input: NoInput, output: WeatherStatus, personal: 'read' },
  /** Fetches a forecast now if allowed (consent, a location) and not asked for in the last 30 min. */
  'weather.refresh': { input: NoInput, output: WeatherStatus, personal: 'read' },
  'calendars.list': { input: NoInput, output: z.array(CalendarSourceStatus), personal: 'read' },
  'calendars.add': { input: NewCalendar, output: CalendarSourceStatus, personal: 'write', audit: { action: 'calendars.add', detail: ['name', 'kind'], target: 'name' } },
  'calendars.remove': { input: z.object({ sourceId: Id }).strict(), output: Ok, personal: 'write', audit: { action: 'calendars.remove', target: 'sourceId' } },
  /** Reads a calendar once without saving it: how many events it has, and the next one's title. */
  'calendars.test': { input: NewCalendar, output: z.object({ events: z.number().int(), next: z.string().nullable() }), personal: 'read' },
  'calendars.refresh': { input: z.object({ sourceId: Id.optional() }).strict(), output: z.array(CalendarSourceStatus), personal: 'read' },
  /** What the weather and calendars say now for these triggers and conditions (the others are left out). */
  'outside.check': { input: z.object({ triggers: z.array(Trigger).max(16).default([]), conditions: z.array(Condition).max(32).default([]) }).strict(), output: z.array(OutsideLine), personal: 'read' },
});
