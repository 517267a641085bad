// Value tracking through the running core: history written by a (scripted) radio, a real automation that
// switches the Kettle Plug off at 21:00 on the fake clock, and the Value requests as the window sends them —
// figures worked out by hand, bad input refused with a clear message and nothing changed, ratings kept only
// with the usage-statistics consent and removed by "Erase my data".
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestName, ValueReport } from '../../../shared/contract';
import { buildCore, type Core } from '../../app';
import { PURPOSES } from '../../privacy/purposes';
import { demoDevices, ScriptedAdapter } from '../../test/fake-adapter';
import { FakeClock } from '../../test/fake-clock';
import { quietLog, tempDir } from '../../test/temp';
import { issueLicence } from '../licence';
import { testPrivateKey } from '../test-keys';

const DAY = 86_400_000;
/** Local wall-clock time on a day of January 2026 (the 5th is a Monday). */
const t = (day: number, hh: number, mm = 0) => new Date(2026, 0, day, hh, mm).getTime();

const dir = tempDir('hearth-value-');
let n = 0;
let core: Core | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

async function home(start = t(5, 12), kettleOn = false) {
  const clock = new FakeClock(start);
  // Days and weeks pass for the services (`skip`) without running the core's timers for all that time.
  let skipped = 0;
  const skip = (ms: number) => void (skipped += ms);
  core = buildCore({ dataDir: join(dir, `home-${n++}`), host: 'hub', version: 'test', log: quietLog, now: () => clock.now() + skipped, clock, env: { HEARTH_TEST_LICENCES: '1' } });
  const radio = new ScriptedAdapter();
  await core.startAdapters([radio], { demo: false });
  for (const d of demoDevices()) radio.emit({ type: 'device', device: d.nativeId === '5' && kettleOn ? { ...d, state: { onOff: true, 'meter.power': 60 } } : d });
  const c = core;
  const id = (name: string) => c.devices.list().find((d) => d.name === name)!.id;
  const call = async <T = unknown>(method: RequestName, params: unknown) =>
    (await c.dispatch(method, params, { actor: 'test' })) as { ok: boolean; result?: T; error?: { code: string; message: string } };
  /** What the plug reports, at the time it reports it. */
  const plug = (at: number, on: boolean) => {
    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: on, at });
    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'meter.power', value: on ? 60 : 0, at });
  };
  return { core: c, radio, clock, id, call, plug, skip };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

describe('the Value requests', () => {
  it('measure the plug, estimate what the 21:00 automation avoided against the nights before, and the time it saved', async () => {
    // The plug's readings carry their own times; the core's clock starts on the evening of the 8th, when the
    // plug is on (moving the clock through days would run every timer of the core for those days).
    const h = await home(t(8, 19), true);
    // Three evenings switched off by hand: 22:50, 23:00, 23:10 (usually 23:00). 60 W from 18:00.
    h.plug(t(5, 18), true);
    h.plug(t(5, 22, 50), false);
    h.plug(t(6, 18), true);
    h.plug(t(6, 23), false);
    h.plug(t(7, 18), true);
    h.plug(t(7, 23, 10), false);
    h.plug(t(8, 18), true);
    h.clock.advance(t(8, 20) - h.clock.now());
    const created = await h.call<{ rule: { id: string } }>('automations.create', {
      rule: { name: 'Kettle off at nine', triggers: [{ type: 'time', at: '21:00', days: [] }], actions: [{ type: 'command', deviceId: h.id('Kettle Plug'), capabilityId: 'onOff', value: false }] },
    });
    expect(created.ok).toBe(true);
    h.clock.advance(t(8, 21) - h.clock.now());
    await settle();
    expect(h.radio.commands).toContainEqual({ nativeId: '5', capabilityId: 'onOff', value: false });
    h.plug(t(8, 21) + 700, false); // the plug reports it is off
    h.skip(t(9, 8) - h.clock.now());
    await h.call('value.settings.set', { tariff: { pricePerKwh: 0.3, currency: 'eur' }, hourlyValue: 30 });

    const r = (await h.call<ValueReport>('value.report', { days: 7 })).result!;
    expect(r.from).toBe(t(3, 0));
    expect(r.settings.tariff).toEqual({ pricePerKwh: 0.3, currency: 'EUR' });
    // Measured: 4 h 50 min, 5 h, 5 h 10 min and 3 h at 60 W.
    const days = Object.fromEntries(r.energy.perDay.map((d) => [d.key, Math.round(d.kwh * 1000) / 1000]));
    expect(days).toEqual({ '2026-01-03': 0, '2026-01-04': 0, '2026-01-05': 0.29, '2026-01-06': 0.3, '2026-01-07': 0.31, '2026-01-08': 0.18, '2026-01-09': 0 });
    // (+ 60 W for the 0.7 s the plug took to report it was off: 0.0000117 kWh)
    expect(r.energy.totalKwh).toBeCloseTo(1.08 + (60 * 0.7) / 3_600_000, 9);
    expect(r.energy.totalCost).toBe(0.32); // 1.08 × 0.30
    const kettle = r.energy.devices.find((d) => d.name === 'Kettle Plug')!;
    expect(kettle).toMatchObject({ method: 'power', powerW: 0 });
    expect(kettle.how).toMatch(/power readings multiplied by the time each held/);
    // Avoided: 60 W × 2 h (21:00 → 23:00) = 0.12 kWh = 0.036 EUR.
    expect(r.avoided.events).toHaveLength(1);
    expect(r.avoided.events[0]).toMatchObject({ deviceName: 'Kettle Plug', powerW: 60, avoidedMs: 2 * 3_600_000 });
    expect(r.avoided.totalKwh).toBeCloseTo(0.12, 6);
    expect(r.avoided.events[0]!.how).toContain('it went off at 23:00 (median)');
    // Time: one run at the default minute; then 5 minutes set for it.
    const mine = r.automations.find((a) => a.name === 'Kettle off at nine')!;
    expect(mine).toMatchObject({ runs: 1, minutesPerRun: 1, customMinutes: false, minutesSaved: 1 });
    expect((await h.call('value.minutesPerRun.set', { ruleId: created.result!.rule.id, minutes: 5 })).ok).toBe(true);
    const r2 = (await h.call<ValueReport>('value.report', { days: 7 })).result!;
    expect(r2.automations.find((a) => a.name === 'Kettle off at nine')).toMatchObject({ minutesPerRun: 5, customMinutes: true, minutesSaved: 5 });
    expect(r2.time.perWeek).toEqual([
      { key: '2025-12-29', start: t(3, 0), minutes: 0 },
      { key: '2026-01-05', start: t(5, 0), minutes: 5 },
    ]);
    // Returned: 0.04 EUR of energy + 5 min at 30 EUR/h (2.50) = 2.54; Free costs nothing.
    expect(r2.returned).toMatchObject({ energyCost: 0.04, timeValue: 2.5, total: 2.54 });
    expect(r2.returned.currencyNote).toMatch(/in EUR, the subscription in USD/);
    expect(r2.subscription).toMatchObject({ tier: 'free', monthlyPrice: 0, periodCost: 0 });
    expect(r2.comparison.map((c) => c.value)).toEqual([0, 2.54]);
  });

  it('count the subscription in force: Premium for the 27.5 days shown costs 9.99 × 27.5 / 30.4375 = 9.03 USD', async () => {
    const h = await home(t(31, 12));
    const licence = issueLicence({ v: 1, id: 'L-1', customer: 'Ada', tier: 'premium', homes: 1, issuedAt: t(1, 0), expiresAt: t(31, 12) + 300 * DAY, trial: false }, testPrivateKey());
    expect((await h.call('subscription.activate', { licence })).ok).toBe(true);
    const r = (await h.call<ValueReport>('value.report', { days: 28 })).result!;
    expect(r.subscription).toMatchObject({ tier: 'premium', monthlyPrice: 9.99, periodCost: 9.03 });
    expect(r.subscription.how).toMatch(/^Premium at \$9.99 a month/);
  });

  it('a year of readings every minute (524,160 rows) gives its figure, not an internal error: half the time at 60 W for 364 days = 262.08 kWh', async () => {
    const end = new Date(2026, 11, 31).getTime();
    const h = await home(end);
    const kettle = h.id('Kettle Plug');
    const insert = h.core.db.prepare("INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, 'meter.power', ?, ?)");
    let rows = 0;
    h.core.db.transaction(() => {
      for (let at = new Date(2026, 0, 1).getTime(); at < end; at += 60_000) insert.run(kettle, rows++ % 2 ? '0' : '60', at);
    })();
    expect(rows).toBe(524_160);
    const res = await h.call<ValueReport>('value.report', { days: 365 });
    expect(res.error).toBeUndefined();
    expect(res.result!.energy.totalKwh).toBeCloseTo(262.08, 6);
    expect(res.result!.energy.perMonth.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
  }, 60_000);

  it('refuse bad input with a clear message and change nothing', async () => {
    const h = await home();
    const before = (await h.call<ValueReport>('value.report', {})).result!.settings;
    const bad: [RequestName, unknown, RegExp][] = [
      ['value.settings.set', { tariff: { pricePerKwh: -0.2, currency: 'EUR' } }, /cannot be negative/],
      ['value.settings.set', { tariff: { pricePerKwh: 0.2, currency: 'EURO' } }, /three letters/],
      ['value.settings.set', { tariff: { pricePerKwh: 250, currency: 'EUR' } }, /decimal point/],
      ['value.settings.set', { hourlyValue: Number.NaN }, /./],
      ['value.settings.set', { tariff: { pricePerKwh: 0.2, currency: 'EUR' }, extra: 1 }, /./],
      ['value.minutesPerRun.set', { ruleId: 'r', minutes: -1 }, /cannot be negative/],
      ['value.minutesPerRun.set', { ruleId: 'r', minutes: 'ten' }, /./],
      ['value.report', { days: 3 }, /At least 7 days/],
      ['value.rating.submit', { rating: 6 }, /From 1 to 5/],
    ];
    for (const [method, params, message] of bad) {
      const res = await h.call(method, params);
      expect(res.ok, `${method} ${JSON.stringify(params)}`).toBe(false);
      expect(res.error?.code).toBe('BAD_REQUEST');
      expect(res.error?.message).toMatch(message);
    }
    const unknown = await h.call('value.minutesPerRun.set', { ruleId: 'no-such-rule', minutes: 3 });
    expect(unknown.error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no automation with that id.' });
    expect((await h.call<ValueReport>('value.report', {})).result!.settings).toEqual(before);
  });

  it('ask for a rating only with the usage-statistics consent, not in the first days, and not again for a month', async () => {
    const h = await home();
    h.skip(4 * DAY);
    expect((await h.call('value.rating.status', {})).result).toMatchObject({ consent: false, ask: false });
    const refused = await h.call('value.rating.submit', { rating: 4 });
    expect(refused.error?.message).toMatch(/only with the “Usage statistics” consent/);
    expect(h.core.db.prepare('SELECT count(*) AS n FROM satisfaction_ratings').get()).toEqual({ n: 0 });

    await h.call('consent.set', { purpose: 'analytics', granted: true, textVersion: PURPOSES.analytics.version });
    expect((await h.call('value.rating.status', {})).result).toMatchObject({ consent: true, ask: true, count: 0 });
    expect((await h.call('value.rating.submit', { rating: 4 })).result).toMatchObject({ ask: false, count: 1, average: 4 });
    h.skip(29 * DAY);
    expect((await h.call('value.rating.status', {})).result).toMatchObject({ ask: false });
    h.skip(1 * DAY);
    expect((await h.call('value.rating.status', {})).result).toMatchObject({ ask: true });
    // "Not now" keeps no rating and waits another month.
    expect((await h.call('value.rating.dismiss', {})).result).toMatchObject({ ask: false, count: 1 });

    // Kept on this computer, in "Download my data", and gone with "Erase my data".
    const zip = unzipSync(Buffer.from(h.core.privacy.export().base64, 'base64'));
    expect(JSON.parse(strFromU8(zip['data/satisfaction_ratings.json']!))).toEqual([
      expect.objectContaining({ rating: 4 }),
      expect.objectContaining({ rating: null }),
    ]);
    h.core.privacy.erase();
    expect(h.core.db.prepare('SELECT count(*) AS n FROM satisfaction_ratings').get()).toEqual({ n: 0 });
  });
});
