// Automation rules (triggers → conditions → actions), scenes and their JSON export format.
import { z } from 'zod';
import { CapabilityValue } from './model';

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;
export const WEEKDAYS: readonly Weekday[] = Weekday.options;

export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 07:30');
const Ref = { deviceId: z.string().min(1).max(128), capabilityId: z.string().min(1).max(64) };
const Days = z.array(Weekday).max(7).default([]);
export const SunEvent = z.enum(['sunrise', 'sunset']);
export type SunEvent = z.infer<typeof SunEvent>;
export const SunPoint = z.object({ event: SunEvent, offsetMin: z.number().int().min(-720).max(720).default(0) });
export type SunPoint = z.infer<typeof SunPoint>;

/** What a weather trigger or condition looks at in the forecast for the home (src/main/weather):
 * rainChance: the highest chance of rain (%) in the hours left today; rainAmount: rain expected in the hours left
 * today (mm); temperature: the temperature now (°C, the forecast's current hour). */
export const WeatherMeasure = z.enum(['rainChance', 'rainAmount', 'temperature']);
export type WeatherMeasure = z.infer<typeof WeatherMeasure>;
/** A forecast or calendar older than this many minutes is not used: the rule does not run, and its trace says why. */
const MaxAgeMin = z.number().int().min(5).max(7 * 1440).default(180);
const WeatherRange = { measure: WeatherMeasure, above: z.number().finite().optional(), below: z.number().finite().optional(), maxAgeMin: MaxAgeMin };
/** Text an event's summary must contain (case does not matter), e.g. "Vacation". */
const EventMatch = z.string().trim().min(1).max(100);

export const Trigger = z.discriminatedUnion('type', [
  /** A device value changed (optionally from / to a given value). */
  z.object({ type: z.literal('state'), ...Ref, from: CapabilityValue.optional(), to: CapabilityValue.optional() }),
  /** A number crossed into a range: above and/or below. */
  z.object({ type: z.literal('numeric'), ...Ref, above: z.number().optional(), below: z.number().optional() }),
  /** A clock time on some weekdays (none = every day). */
  z.object({ type: z.literal('time'), at: TimeOfDay, days: Days }),
  z.object({ type: z.literal('sun'), event: SunEvent, offsetMin: z.number().int().min(-720).max(720).default(0), days: Days }),
  z.object({ type: z.literal('interval'), everyS: z.number().int().min(10).max(7 * 86400) }),
  /** When Hearth starts. */
  z.object({ type: z.literal('start') }),
  /** A fresh forecast crosses into the range ("when rain becomes likely today": rainChance above 50). */
  z.object({ type: z.literal('weather'), ...WeatherRange }),
  /** A calendar event whose summary contains `match` starts (offsetMin: minutes after its start; negative: before). */
  z.object({ type: z.literal('calendar'), match: EventMatch, offsetMin: z.number().int().min(-1440).max(1440).default(0) }),
]);
export type Trigger = z.infer<typeof Trigger>;

export type Condition =
  | { type: 'state'; deviceId: string; capabilityId: string; is: CapabilityValue }
  | { type: 'numeric'; deviceId: string; capabilityId: string; above?: number | undefined; below?: number | undefined }
  | { type: 'time'; after?: string | undefined; before?: string | undefined }
  | { type: 'weekday'; days: Weekday[] }
  | { type: 'sun'; after?: SunPoint | undefined; before?: SunPoint | undefined }
  | { type: 'weather'; measure: WeatherMeasure; above?: number | undefined; below?: number | undefined; maxAgeMin: number }
  | { type: 'calendar'; match: string; when: 'now' | 'today'; maxAgeMin: number }
  | { type: 'and' | 'or'; conditions: Condition[] }
  | { type: 'not'; condition: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('state'), ...Ref, is: CapabilityValue }),
    z.object({ type: z.literal('numeric'), ...Ref, above: z.number().optional(), below: z.number().optional() }),
    z.object({ type: z.literal('time'), after: TimeOfDay.optional(), before: TimeOfDay.optional() }),
    z.object({ type: z.literal('weekday'), days: z.array(Weekday).min(1).max(7) }),
    z.object({ type: z.literal('sun'), after: SunPoint.optional(), before: SunPoint.optional() }),
    z.object({ type: z.literal('weather'), ...WeatherRange }),
    /** An event whose summary contains `match` is on now, or on some time today. */
    z.object({ type: z.literal('calendar'), match: EventMatch, when: z.enum(['now', 'today']).default('now'), maxAgeMin: MaxAgeMin.default(1440) }),
    z.object({ type: z.enum(['and', 'or']), conditions: z.array(Condition).max(32) }),
    z.object({ type: z.literal('not'), condition: Condition }),
  ]),
) as z.ZodType<Condition>;

export const Action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('command'), ...Ref, value: CapabilityValue }),
  /** A relative change applied to the value at run time ("dim by 20 %"). */
  z.object({ type: z.literal('adjust'), ...Ref, by: z.number().finite() }),
  z.object({ type: z.literal('delay'), seconds: z.number().int().min(1).max(86400) }),
  z.object({ type: z.literal('scene'), sceneId: z.string().min(1).max(128) }),
  z.object({ type: z.literal('notify'), message: z.string().min(1).max(500) }),
]);
export type Action = z.infer<typeof Action>;

export const RuleInput = z.object({
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  triggers: z.array(Trigger).min(1).max(16),
  conditions: z.array(Condition).max(32).default([]),
  actions: z.array(Action).min(1).max(64),
  /** The sentence it was made from, if any. */
  text: z.string().max(500).optional(),
});
export type RuleInput = z.infer<typeof RuleInput>;

export const RuleSource = z.enum(['nl', 'form', 'import']);
export const Rule = RuleInput.extend({
  id: z.string(),
  source: RuleSource,
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Rule = z.infer<typeof Rule>;

export const SceneEntry = z.object({ ...Ref, value: CapabilityValue });
export type SceneEntry = z.infer<typeof SceneEntry>;
export const Scene = z.object({ id: z.string(), name: z.string().min(1).max(100), entries: z.array(SceneEntry).max(500), createdAt: z.number() });
export type Scene = z.infer<typeof Scene>;

/** Settings of the automation engine. chainLimit: the most rules one chain may run, each set off by the one before. */
export const AutomationSettings = z.object({ chainLimit: z.number().int().min(2).max(1000) });
export type AutomationSettings = z.infer<typeof AutomationSettings>;

export const AutomationExport = z.object({
  format: z.literal('hearth.automations'),
  version: z.literal(1),
  /** `id` (when present) lets an import recognise rules the home already has. */
  rules: z.array(RuleInput.extend({ id: z.string().max(128).optional() })).max(5000),
  scenes: z.array(Scene.omit({ id: true, createdAt: true }).extend({ id: z.string().optional() })).max(1000).default([]),
});
export type AutomationExport = z.infer<typeof AutomationExport>;

export const Location = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
export type Location = z.infer<typeof Location>;
