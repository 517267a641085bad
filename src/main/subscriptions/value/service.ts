// The Value screen's figures, read from what Hearth already keeps: metered devices' history (state_history),
// the plans automations ran (plans) and their run traces (traces), at the tariff, hourly value and minutes per
// run the person set (settings), against the subscription in force. Nothing here is stored twice; ratings are
// the one thing kept (ratings.ts).
import { z } from 'zod';
import type { RatingStatus, SubscriptionStatus, ValueReport, ValueSettings } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { Capability, Device } from '../../../shared/model';
import { TIERS } from '../../../shared/tiers';
import type { AppSettings } from '../../settings';
import type { Db } from '../../storage/db';
import { BASELINE_DAYS, estimateAvoided, type OffEvent, type Switching } from './avoided';
import { buckets, DAY, dayKey, dayStart, localOffset, noonBefore, type Offset } from './calendar';
import { describeEnergy, deviceEnergy, type Sample, type Segment, spread } from './energy';
import { Ratings } from './ratings';
import { DEFAULT_MINUTES_PER_RUN, describeTime, minutesFor, minutesPerBucket, type Run } from './time-saved';

export interface ValueDeps {
  db: Db;
  settings: AppSettings;
  devices: { list(): Device[] };
  subscription: { status(): SubscriptionStatus };
  /** The usage-statistics consent is given. */
  analyticsConsent: () => boolean;
  now: () => number;
  /** Writes what is queued (state history, traces) so the figures include the newest values. */
  flush: () => void;
  /** The home's wall clock against UTC (default: this computer's time zone). */
  offset?: Offset;
}

const isCounter = (c: Capability) => c.kind === 'meter' && (c.measure === 'energy' || c.unit === 'kWh');
const isPower = (c: Capability) => c.kind === 'meter' && (c.measure === 'power' || c.unit === 'W');

/** The few fields of a stored plan this needs (plans are stored whole as JSON). */
const StoredPlan = z.object({
  ruleId: z.string().nullable().optional(),
  steps: z.array(z.object({ deviceId: z.string(), capabilityKind: z.string(), value: z.unknown(), status: z.string(), ranAt: z.number().optional() })),
});

const MONTH_DAYS = 365.25 / 12;

export class ValueService {
  readonly #d: ValueDeps;
  readonly #off: Offset;
  readonly ratings: Ratings;

  constructor(deps: ValueDeps) {
    this.#d = deps;
    this.#off = deps.offset ?? localOffset;
    this.ratings = new Ratings({
      db: deps.db,
      now: deps.now,
      consent: deps.analyticsConsent,
      since: () => (deps.db.prepare('SELECT min(created_at) AS t FROM devices').get() as { t: number | null }).t,
    });
  }

  settings(): ValueSettings {
    const s = this.#d.settings;
    return { tariff: s.get('value.tariff'), hourlyValue: s.get('value.hourlyValue'), minutesPerRun: s.get('value.minutesPerRun') };
  }

  setSettings(i: { tariff?: ValueSettings['tariff'] | undefined; hourlyValue?: number | undefined }): ValueSettings {
    if (i.tariff) this.#d.settings.set('value.tariff', i.tariff);
    if (i.hourlyValue !== undefined) this.#d.settings.set('value.hourlyValue', i.hourlyValue);
    return this.settings();
  }

  setMinutesPerRun(ruleId: string, minutes: number | null): ValueSettings {
    const known = this.#d.db.prepare('SELECT 1 FROM automations WHERE id = ? UNION SELECT 1 FROM traces WHERE rule_id = ?').get(ruleId, ruleId);
    if (!known) throw new HearthError('NOT_FOUND', 'There is no automation with that id.', 'Reload the Value screen.');
    const next = { ...this.#d.settings.get('value.minutesPerRun') };
    if (minutes === null) delete next[ruleId];
    else next[ruleId] = minutes;
    this.#d.settings.set('value.minutesPerRun', next);
    return this.settings();
  }

  ratingStatus(): RatingStatus {
    return this.ratings.status();
  }

  #series(deviceId: string, capabilityId: string, from: number, to: number): Sample[] {
    const db = this.#d.db;
    const prev = db
      .prepare('SELECT at, value FROM state_history WHERE device_id = ? AND capability_id = ? AND at < ? ORDER BY at DESC, id DESC LIMIT 1')
      .get(deviceId, capabilityId, from) as { at: number; value: string } | undefined;
    const rows = db
      .prepare('SELECT at, value FROM state_history WHERE device_id = ? AND capability_id = ? AND at >= ? AND at < ? ORDER BY at, id')
      .all(deviceId, capabilityId, from, to) as { at: number; value: string }[];
    return [...(prev ? [prev] : []), ...rows].map((r) => ({ at: r.at, v: asNumber(r.value) }));
  }

  #switching(deviceId: string, capabilityId: string, from: number, to: number): Switching[] {
    return this.#series(deviceId, capabilityId, from, to).map((s) => ({ at: s.at, on: s.v === null ? null : s.v === 1 }));
  }

  /** Each time an automation's plan switched a device off, since `since`. */
  #offEvents(since: number): OffEvent[] {
    const rows = this.#d.db.prepare('SELECT rule_id, body FROM plans WHERE rule_id IS NOT NULL AND created_at >= ?').all(since - DAY) as { rule_id: string; body: string }[];
    const out: OffEvent[] = [];
    for (const r of rows) {
      let body: unknown;
      try {
        body = JSON.parse(r.body);
      } catch {
        continue;
      }
      const p = StoredPlan.safeParse(body);
      if (!p.success) continue;
      for (const s of p.data.steps) {
        if (s.capabilityKind === 'onOff' && s.value === false && s.status === 'done' && s.ranAt !== undefined && s.ranAt >= since) {
          out.push({ ruleId: r.rule_id, deviceId: s.deviceId, at: s.ranAt });
        }
      }
    }
    return out.sort((a, b) => a.at - b.at);
  }

  report(days: number): ValueReport {
    this.#d.flush();
    const off = this.#off;
    const to = this.#d.now();
    const from = dayStart(to - (days - 1) * DAY, off);
    const settings = this.settings();
    const price = settings.tariff.pricePerKwh;
    const money = (x: number) => Math.round(x * 100) / 100;
    const devices = this.#d.devices.list();

    // Energy measured
    const dayB = buckets(from, to, 'day', off);
    const weekB = buckets(from, to, 'week', off);
    const monthB = buckets(from, to, 'month', off);
    const all: Segment[] = [];
    const deviceRows: ValueReport['energy']['devices'] = [];
    for (const d of devices) {
      const counter = d.capabilities.find(isCounter);
      const power = d.capabilities.find(isPower);
      if (!counter && !power) continue;
      const r = deviceEnergy(counter ? this.#series(d.id, counter.id, from, to) : [], power ? this.#series(d.id, power.id, from, to) : [], from, to);
      for (const s of r.segments) all.push(s); // (a year of readings is too many to spread into push's arguments)
      const kwh = r.segments.reduce((n, s) => n + s.kwh, 0);
      const now = power ? d.state[power.id] : null;
      deviceRows.push({ deviceId: d.id, name: d.name, kwh, cost: money(kwh * price), powerW: typeof now === 'number' ? now : null, method: r.method, how: describeEnergy(r) });
    }
    const bucketed = (bs: typeof dayB) => spread(all, bs).map((kwh, i) => ({ key: bs[i]!.key, start: bs[i]!.start, kwh, cost: money(kwh * price) }));
    const totalKwh = all.reduce((n, s) => n + s.kwh, 0);

    // Energy avoided by automations
    const baselineFrom = from - (BASELINE_DAYS + 2) * DAY;
    const offEvents = this.#offEvents(baselineFrom);
    const byDevice = new Map(devices.map((d) => [d.id, d]));
    const nightsOf = new Map<string, Set<string>>();
    for (const e of offEvents) {
      const set = nightsOf.get(e.deviceId) ?? new Set<string>();
      set.add(dayKey(noonBefore(e.at, off), off));
      nightsOf.set(e.deviceId, set);
    }
    const events: ValueReport['avoided']['events'] = [];
    const cache = new Map<string, { switching: Switching[]; power: Sample[] }>();
    for (const e of offEvents) {
      if (e.at < from || e.at >= to) continue;
      const d = byDevice.get(e.deviceId);
      const onOff = d?.capabilities.find((c) => c.kind === 'onOff');
      const power = d?.capabilities.find(isPower);
      if (!d || !onOff || !power) continue; // not metered: nothing to measure
      let h = cache.get(d.id);
      if (!h) {
        h = { switching: this.#switching(d.id, onOff.id, baselineFrom, to), power: this.#series(d.id, power.id, baselineFrom, to) };
        cache.set(d.id, h);
      }
      const est = estimateAvoided(e, d.name, h.switching, h.power, nightsOf.get(d.id)!, to, off);
      events.push({ ruleId: e.ruleId, deviceId: d.id, deviceName: d.name, at: e.at, powerW: est.powerW, avoidedMs: est.avoidedMs, kwh: est.kwh, how: est.how });
    }
    const avoidedKwh = events.reduce((n, e) => n + e.kwh, 0);

    // Time saved
    const runs = (
      this.#d.db.prepare("SELECT rule_id AS ruleId, at, body FROM traces WHERE rule_id IS NOT NULL AND result = 'ran' AND at >= ? AND at < ?").all(from, to) as (Run & { body: string })[]
    );
    const ruleNames = new Map((this.#d.db.prepare('SELECT id, name FROM automations').all() as { id: string; name: string }[]).map((r) => [r.id, r.name]));
    for (const r of runs) {
      if (ruleNames.has(r.ruleId)) continue;
      const name = ruleNameIn(r.body);
      ruleNames.set(r.ruleId, `${name ?? 'An automation'} (deleted)`);
    }
    for (const e of events) if (!ruleNames.has(e.ruleId)) ruleNames.set(e.ruleId, 'An automation (deleted)');
    const custom = settings.minutesPerRun;
    const automations: ValueReport['automations'] = [...ruleNames].map(([ruleId, name]) => {
      const n = runs.filter((r) => r.ruleId === ruleId).length;
      const mine = events.filter((e) => e.ruleId === ruleId);
      const kwh = mine.reduce((s, e) => s + e.kwh, 0);
      const minutes = minutesFor(ruleId, custom);
      const energyHow = mine.length
        ? ` It switched metered devices off ${mine.length} time${mine.length === 1 ? '' : 's'}; energy avoided: ${Math.round(kwh * 1000) / 1000} kWh.`
        : '';
      return { ruleId, name, kwh, cost: money(kwh * price), runs: n, minutesPerRun: minutes, customMinutes: ruleId in custom, minutesSaved: n * minutes, how: describeTime(n, minutes, ruleId in custom) + energyHow };
    });
    automations.sort((a, b) => b.minutesSaved + b.kwh * 60 - (a.minutesSaved + a.kwh * 60) || a.name.localeCompare(b.name));
    const weekMinutes = minutesPerBucket(runs, custom, weekB);
    const totalMinutes = weekMinutes.reduce((a, b) => a + b, 0);

    // The subscription against what it returned
    const status = this.#d.subscription.status();
    const free = status.tier === 'free' || status.demoExempt || status.licence?.trial === true;
    const monthly = free ? 0 : TIERS[status.tier].price.monthly;
    const label = TIERS[status.tier].label;
    const perMs = monthly / (MONTH_DAYS * DAY);
    const periodCost = money(perMs * (to - from));
    const subHow = status.demoExempt
      ? 'The demo home costs nothing.'
      : status.licence?.trial
        ? `${label} on a trial: nothing to pay yet.`
        : monthly === 0
          ? 'Free costs nothing.'
          : `${label} at $${monthly} a month (the monthly price; an annual plan costs less), counted for the ${days} days shown: $${periodCost.toFixed(2)}.`;
    const hourly = settings.hourlyValue;
    const comparison = weekB.map((b, i) => {
      const energy = events.filter((e) => e.at >= b.start && e.at < b.end).reduce((s, e) => s + e.kwh, 0) * price;
      return { key: b.key, start: b.start, cost: money(perMs * (b.end - b.start)), value: money(energy + (weekMinutes[i]! / 60) * hourly) };
    });
    const energyCost = money(avoidedKwh * price);
    const timeValue = money((totalMinutes / 60) * hourly);
    const cur = settings.tariff.currency;
    return {
      from,
      to,
      days,
      settings,
      defaultMinutesPerRun: DEFAULT_MINUTES_PER_RUN,
      energy: {
        perDay: bucketed(dayB),
        perWeek: bucketed(weekB),
        perMonth: bucketed(monthB),
        totalKwh,
        totalCost: money(totalKwh * price),
        devices: deviceRows,
        how: `Measured by your metered devices (each one's method below), at your tariff of ${price} ${cur} per kWh. Devices without a meter are not counted.`,
      },
      avoided: {
        totalKwh: avoidedKwh,
        totalCost: energyCost,
        events,
        how: `An estimate: when an automation switched a metered device off, the power it drew just before × the time until it usually went off on the ${BASELINE_DAYS} days before without an automation (the median; at least 3 such days are needed), stopping early if it was switched on again.`,
      },
      automations,
      time: {
        perWeek: weekB.map((b, i) => ({ key: b.key, start: b.start, minutes: weekMinutes[i]! })),
        totalMinutes,
        how: `An estimate: each run of an automation (as its run history records; the newest 200 runs of each are kept) × the minutes you would have spent doing it by hand — ${DEFAULT_MINUTES_PER_RUN} minute unless you set your own.`,
      },
      subscription: { tier: status.tier, label, monthlyPrice: monthly, currency: 'USD', periodCost, how: subHow },
      comparison,
      returned: {
        energyCost,
        timeValue,
        total: money(energyCost + timeValue),
        how: `An estimate: energy avoided at your tariff (${energyCost.toFixed(2)} ${cur}) + time saved at your hourly value of ${hourly} ${cur} (${timeValue.toFixed(2)} ${cur}).`,
        currencyNote: cur === 'USD' ? null : `Your tariff and hourly value are in ${cur}, the subscription in USD: they are set side by side without an exchange rate.`,
      },
    };
  }
}

function ruleNameIn(traceJson: string): string | null {
  try {
    const name = (JSON.parse(traceJson) as { ruleName?: unknown }).ruleName;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** A stored capability value as a number: numbers as they are, on/off as 1/0, anything else unknown. */
function asNumber(json: string): number | null {
  try {
    const v = JSON.parse(json) as unknown;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
  } catch {
    // a damaged value counts as unknown
  }
  return null;
}
