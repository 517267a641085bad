// Settings of value tracking, declared for the settings registry (src/main/settings): the tariff energy is
// priced at, what an hour of the person's time is worth to them, and the minutes each automation saves per run
// where they set their own.
import { z } from 'zod';
import { HourlyValue, MinutesPerRun, Tariff } from '../../../shared/contract/value';
import { defineSetting } from '../../settings/registry';

export const valueSettings = [
  defineSetting({
    key: 'value.tariff',
    schema: Tariff,
    // A typical US household price (2025); the Value screen asks for the person's own.
    default: { pricePerKwh: 0.17, currency: 'USD' },
    description: 'The price of one kWh of electricity and its currency, for the energy figures on the Value screen.',
    userVisible: true,
  }),
  defineSetting({
    key: 'value.hourlyValue',
    schema: HourlyValue,
    default: 20,
    description: 'What an hour of your time is worth to you (in the tariff’s currency), to put a value on the time automations save.',
    userVisible: true,
  }),
  defineSetting({
    key: 'value.minutesPerRun',
    schema: z.record(z.string(), MinutesPerRun),
    default: {},
    description: 'Minutes each automation saves you per run, where you set your own estimate.',
    userVisible: true,
  }),
] as const;
