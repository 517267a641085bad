// Value tracking: what Hearth returned for its price — energy measured by metered devices (kWh per day, week and
// month, at the user's tariff), energy automations avoided, time automations saved — and an occasional
// satisfaction rating, asked only with the usage-statistics consent and kept on this computer. Every figure
// comes with a sentence saying how it was estimated.
import { z } from 'zod';
import { Tier } from '../tiers';
import { Id, NoInput } from './common';
import { defineRequests } from './define';

/** ISO 4217 code as people write it ("EUR", "usd"), stored in capitals. */
export const CurrencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'A currency is three letters, such as EUR or USD.')
  .transform((s) => s.toUpperCase());

export const Tariff = z.object({
  /** Price of one kWh in `currency`. */
  pricePerKwh: z.number().finite().min(0, 'A price cannot be negative.').max(100, 'That is more than 100 per kWh: check the decimal point.'),
  currency: CurrencyCode,
});
export type Tariff = z.infer<typeof Tariff>;

/** What an hour of someone's time is worth to them, in the tariff's currency (an estimate they choose). */
export const HourlyValue = z.number().finite().min(0, 'An hour cannot be worth less than nothing.').max(10_000);
/** Minutes an automation saves each time it runs. */
export const MinutesPerRun = z.number().finite().min(0, 'Minutes saved cannot be negative.').max(600, 'More than 10 hours saved per run is not believable.');

export const ValueSettings = z.object({
  tariff: Tariff,
  hourlyValue: HourlyValue,
  /** Minutes saved per run, by automation id, where the user set their own. */
  minutesPerRun: z.record(z.string(), MinutesPerRun),
});
export type ValueSettings = z.infer<typeof ValueSettings>;

const Money = z.number();
const EnergyBucket = z.object({ key: z.string(), start: z.number(), kwh: z.number(), cost: Money });
export type EnergyBucket = z.infer<typeof EnergyBucket>;

export const DeviceEnergy = z.object({
  deviceId: z.string(),
  name: z.string(),
  kwh: z.number(),
  cost: Money,
  /** The newest power reading (W), if the device measures power. */
  powerW: z.number().nullable(),
  method: z.enum(['counter', 'power', 'counter+power', 'none']),
  how: z.string(),
});
export type DeviceEnergy = z.infer<typeof DeviceEnergy>;

export const AvoidedEvent = z.object({
  ruleId: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  at: z.number(),
  /** The power the device drew before it was switched off (W); null when none was measured. */
  powerW: z.number().nullable(),
  /** How long it would otherwise have run (ms); null when there was no baseline to tell. */
  avoidedMs: z.number().nullable(),
  kwh: z.number(),
  how: z.string(),
});
export type AvoidedEvent = z.infer<typeof AvoidedEvent>;

export const AutomationSavings = z.object({
  ruleId: z.string(),
  name: z.string(),
  /** Energy avoided by switching metered devices off. */
  kwh: z.number(),
  cost: Money,
  /** Runs in the period (from the kept run traces). */
  runs: z.number().int(),
  minutesPerRun: z.number(),
  /** True when the user set minutesPerRun; false for the default. */
  customMinutes: z.boolean(),
  minutesSaved: z.number(),
  how: z.string(),
});
export type AutomationSavings = z.infer<typeof AutomationSavings>;

export const ValueReport = z.object({
  from: z.number(),
  to: z.number(),
  days: z.number().int(),
  settings: ValueSettings,
  defaultMinutesPerRun: z.number(),
  energy: z.object({
    perDay: z.array(EnergyBucket),
    perWeek: z.array(EnergyBucket),
    perMonth: z.array(EnergyBucket),
    totalKwh: z.number(),
    totalCost: Money,
    devices: z.array(DeviceEnergy),
    how: z.string(),
  }),
  avoided: z.object({ totalKwh: z.number(), totalCost: Money, events: z.array(AvoidedEvent), how: z.string() }),
  automations: z.array(AutomationSavings),
  time: z.object({ perWeek: z.array(z.object({ key: z.string(), start: z.number(), minutes: z.number() })), totalMinutes: z.number(), how: z.string() }),
  subscription: z.object({
    tier: Tier,
    label: z.string(),
    /** The tier's monthly price in US dollars (0 on Free, in the demo home and on a trial). */
    monthlyPrice: z.number(),
    currency: z.literal('USD'),
    /** What the period cost at that price. */
    periodCost: z.number(),
    how: z.string(),
  }),
  /** Per week: the subscription's cost against the value returned (energy avoided at the tariff + time saved at the hourly value). */
  comparison: z.array(z.object({ key: z.string(), start: z.number(), cost: Money, value: Money })),
  returned: z.object({ energyCost: Money, timeValue: Money, total: Money, how: z.string(), currencyNote: z.string().nullable() }),
});
export type ValueReport = z.infer<typeof ValueReport>;

export const RatingStatus = z.object({
  /** The usage-statistics consent is given (without it Hearth never asks and keeps no rating). */
  consent: z.boolean(),
  /** Ask now: consent given and not asked (answered or dismissed) for a while. */
  ask: z.boolean(),
  count: z.number().int(),
  average: z.number().nullable(),
  lastAt: z.number().nullable(),
});
export type RatingStatus = z.infer<typeof RatingStatus>;

export const valueRequests = defineRequests({
  'value.report': {
    input: z.object({ days: z.number().int().min(7, 'At least 7 days.').max(366, 'At most 366 days.').default(28) }).strict(),
    output: ValueReport,
    personal: 'read',
  },
  'value.settings.set': {
    input: z.object({ tariff: Tariff.optional(), hourlyValue: HourlyValue.optional() }).strict(),
    output: ValueSettings,
    personal: 'write',
  },
  /** null: back to the default estimate. */
  'value.minutesPerRun.set': {
    input: z.object({ ruleId: Id, minutes: MinutesPerRun.nullable() }).strict(),
    output: ValueSettings,
    personal: 'write',
  },
  'value.rating.status': { input: NoInput, output: RatingStatus, personal: 'read' },
  'value.rating.submit': { input: z.object({ rating: z.number().int().min(1, 'From 1 to 5.').max(5, 'From 1 to 5.') }).strict(), output: RatingStatus, personal: 'write' },
  'value.rating.dismiss': { input: NoInput, output: RatingStatus, personal: 'write' },
});
export type ValueRequestName = keyof typeof valueRequests;
