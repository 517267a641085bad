// The Value store over a fake core: figures read for the chosen period, a changed estimate sent and the figures
// read again, a refused tariff shown as a notice (and nothing changed), and the rating prompt shown only when
// the core says to ask — after "Not now" it goes, and a consent change asks the core again.
import { describe, expect, it } from 'vitest';
import type { RatingStatus, ValueReport } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { settle } from './fixtures';
import { createNoticesStore } from './notices';
import { createValueStore, selectAskRating } from './value';

const report = (over: { days?: number; minutes?: number } = {}): ValueReport => ({
  from: 0, to: 1, days: over.days ?? 28,
  settings: { tariff: { pricePerKwh: 0.3, currency: 'EUR' }, hourlyValue: 20, minutesPerRun: over.minutes ? { r1: over.minutes } : {} },
  defaultMinutesPerRun: 1,
  energy: { perDay: [{ key: '2026-01-05', start: 0, kwh: 1.2, cost: 0.36 }], perWeek: [], perMonth: [], totalKwh: 1.2, totalCost: 0.36, devices: [], how: 'Measured.' },
  avoided: { totalKwh: 0, totalCost: 0, events: [], how: 'An estimate.' },
  automations: [{ ruleId: 'r1', name: 'Lights out', kwh: 0, cost: 0, runs: 3, minutesPerRun: over.minutes ?? 1, customMinutes: over.minutes !== undefined, minutesSaved: 3 * (over.minutes ?? 1), how: '3 runs.' }],
  time: { perWeek: [{ key: '2026-01-05', start: 0, minutes: 3 * (over.minutes ?? 1) }], totalMinutes: 3 * (over.minutes ?? 1), how: 'An estimate.' },
  subscription: { tier: 'free', label: 'Free', monthlyPrice: 0, currency: 'USD', periodCost: 0, how: 'Free costs nothing.' },
  comparison: [],
  returned: { energyCost: 0, timeValue: 1, total: 1, how: 'An estimate.', currencyNote: null },
});
const rating = (over: Partial<RatingStatus> = {}): RatingStatus => ({ consent: true, ask: true, count: 0, average: null, lastAt: null, ...over });

describe('value store', () => {
  it('reads the figures for the chosen period; a new estimate for an automation is sent and the figures read again', async () => {
    const core = createFakeCore();
    let minutes: number | undefined;
    core.answer('value.report', ({ days }) => report({ days: days ?? 28, ...(minutes === undefined ? {} : { minutes }) }));
    core.answer('value.rating.status', () => rating({ ask: false }));
    core.answer('value.minutesPerRun.set', (i) => {
      minutes = i.minutes ?? undefined;
      return report({ minutes: i.minutes ?? 1 }).settings;
    });
    const value = createValueStore({ client: core.client, notices: createNoticesStore() });
    await value.getState().load(91);
    expect(core.inputs('value.report')).toEqual([{ days: 91 }]);
    expect(value.getState().report?.days).toBe(91);
    expect(await value.getState().setMinutes('r1', 5)).toBe(true);
    expect(core.inputs('value.minutesPerRun.set')).toEqual([{ ruleId: 'r1', minutes: 5 }]);
    expect(core.inputs('value.report')).toEqual([{ days: 91 }, { days: 91 }]);
    expect(value.getState().report?.time.totalMinutes).toBe(15);
  });

  it('a tariff the core refuses becomes a notice and the figures stay as they were', async () => {
    const core = createFakeCore();
    core.answer('value.report', () => report());
    core.answer('value.rating.status', () => rating({ ask: false }));
    core.refuse('value.settings.set', { code: 'BAD_REQUEST', message: 'A price cannot be negative.' });
    const notices = createNoticesStore();
    const value = createValueStore({ client: core.client, notices });
    await value.getState().load();
    expect(await value.getState().setTariff({ pricePerKwh: -1, currency: 'EUR' })).toBe(false);
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'A price cannot be negative.' }]);
    expect(core.inputs('value.report')).toHaveLength(1);
    expect(value.getState().report?.settings.tariff.pricePerKwh).toBe(0.3);
  });

  it('asks for a rating only when the core says so; "Not now" hides it; a consent change asks the core again', async () => {
    const core = createFakeCore();
    let status = rating({ consent: false, ask: false });
    core.answer('value.report', () => report());
    core.answer('value.rating.status', () => status);
    core.answer('value.rating.dismiss', () => (status = rating({ ask: false, lastAt: 5 })));
    core.answer('value.rating.submit', ({ rating: r }) => (status = rating({ ask: false, count: 1, average: r, lastAt: 6 })));
    const value = createValueStore({ client: core.client, notices: createNoticesStore() });
    await value.getState().load();
    expect(selectAskRating(value.getState())).toBe(false);

    status = rating({ ask: true });
    core.emit('consent.changed', []);
    await settle();
    expect(selectAskRating(value.getState())).toBe(true);
    await value.getState().dismissRating();
    expect(selectAskRating(value.getState())).toBe(false);

    status = rating({ ask: true });
    await value.getState().load();
    await value.getState().rate(4);
    expect(core.inputs('value.rating.submit')).toEqual([{ rating: 4 }]);
    expect(value.getState()).toMatchObject({ thanked: true, rating: { ask: false, average: 4 } });
  });
});
