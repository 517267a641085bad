// Energy avoided by automations. When an automation switched a metered device off, the device would
// otherwise have kept running until it was usually switched off: the baseline is the median time it went off
// (a night runs noon to noon) on the days of the four weeks before when no automation switched it off — at
// least three such days, or no estimate is made. Avoided energy = the power it drew just before × the time
// from the automation's switch-off to that usual time (or to when it was switched on again, or now, if sooner).
import { type Offset, clockTime, DAY, dayKey, HOUR, noonBefore } from './calendar';
import type { Sample } from './energy';

export const BASELINE_DAYS = 28;
export const MIN_BASELINE_DAYS = 3;

export interface OffEvent {
  ruleId: string;
  deviceId: string;
  /** When the automation's step switched it off. */
  at: number;
}

export interface Switching {
  at: number;
  on: boolean | null;
}

export interface AvoidedEstimate {
  powerW: number | null;
  avoidedMs: number | null;
  kwh: number;
  how: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const duration = (ms: number) => {
  const min = Math.round(ms / 60_000);
  const h = Math.floor(min / 60);
  return h ? `${h} h${min % 60 ? ` ${min % 60} min` : ''}` : `${min} min`;
};

/**
 * One automation switch-off, estimated.
 * @param switching the device's on/off history (sorted), from at least BASELINE_DAYS before the event
 * @param power its power readings (sorted)
 * @param automationNights the nights (keys of their noon) on which any automation switched this device off
 */
export function estimateAvoided(
  e: OffEvent,
  deviceName: string,
  switching: readonly Switching[],
  power: readonly Sample[],
  automationNights: ReadonlySet<string>,
  now: number,
  off: Offset,
): AvoidedEstimate {
  const before = switching.filter((s) => s.at < e.at);
  const last = before[before.length - 1];
  if (!last || last.on !== true) return { powerW: null, avoidedMs: 0, kwh: 0, how: `${deviceName} was already off: nothing avoided.` };
  // When it was last switched on (the run the automation cut short).
  let onSince = last.at;
  for (let i = before.length - 1; i >= 0 && before[i]!.on === true; i--) onSince = before[i]!.at;
  const drawn = power.filter((p) => p.at >= onSince && p.at < e.at && p.v !== null && p.v > 0);
  const powerW = drawn.length ? drawn[drawn.length - 1]!.v! : null;

  // Baseline: the usual switch-off time on nights without an automation switching it off.
  const night = noonBefore(e.at, off);
  const offsets: number[] = [];
  const nights = new Map<string, number>();
  for (let i = 1; i < switching.length; i++) {
    const a = switching[i - 1]!;
    const b = switching[i]!;
    if (a.on !== true || b.on !== false) continue;
    const n = noonBefore(b.at, off);
    if (n >= night || n < night - BASELINE_DAYS * DAY - HOUR) continue;
    const key = dayKey(n, off);
    if (automationNights.has(key)) continue;
    nights.set(key, b.at - n); // the last switch-off of that night wins
  }
  for (const v of nights.values()) offsets.push(v);
  if (offsets.length < MIN_BASELINE_DAYS) {
    return {
      powerW,
      avoidedMs: null,
      kwh: 0,
      how: `Not estimated: ${deviceName} was switched off without an automation on ${offsets.length} of the ${BASELINE_DAYS} days before, and at least ${MIN_BASELINE_DAYS} are needed to know when it usually goes off.`,
    };
  }
  const usual = night + median(offsets);
  const nextOn = switching.find((s) => s.at > e.at && s.on === true)?.at ?? Infinity;
  const until = Math.min(usual, nextOn, now);
  const avoidedMs = Math.max(0, until - e.at);
  const usualText = `on the ${offsets.length} days before without an automation it went off at ${clockTime(usual, off)} (median)`;
  if (powerW === null) {
    return { powerW, avoidedMs, kwh: 0, how: `Not estimated: ${deviceName} reported no power while it was on, so the energy is unknown; ${usualText}.` };
  }
  const kwh = (powerW * avoidedMs) / 3_600_000_000;
  const cut = nextOn < usual && nextOn <= now ? ` (switched on again at ${clockTime(nextOn, off)})` : until === now && now < usual ? ' (until now)' : '';
  const how =
    avoidedMs === 0
      ? `Nothing avoided: switched off at ${clockTime(e.at, off)}, not before it usually goes off — ${usualText}.`
      : `${deviceName} drew ${round(powerW)} W when switched off at ${clockTime(e.at, off)}; ${usualText}, so about ${duration(avoidedMs)} of running were avoided${cut}: ${round(powerW)} W × ${round(avoidedMs / HOUR, 2)} h = ${round(kwh, 3)} kWh.`;
  return { powerW, avoidedMs, kwh, how };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
