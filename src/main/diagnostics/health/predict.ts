// The maths of "this device is likely to drop": its own reporting rhythm, its battery's slope and its link's
// trend, each turned into a reason in words. Pure functions over times and samples, so tests drive them with
// the fake clock's times.
import type { DeviceRisk } from '../../../shared/contract/health';

export interface Sample {
  at: number;
  value: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** "3 h 10 min", "15 min", "2 days" — a span as a person says it. */
export function span(ms: number): string {
  if (ms < MIN) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (ms < HOUR) return `${Math.round(ms / MIN)} min`;
  if (ms < 2 * DAY) {
    const h = Math.floor(ms / HOUR);
    const m = Math.round((ms - h * HOUR) / MIN);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  return `${Math.round(ms / DAY)} days`;
}

/** The device's usual time between reports: the median gap between report times (at least 4 reports). */
export function reportInterval(times: number[]): number | null {
  const t = [...new Set(times)].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < t.length; i++) if (t[i]! - t[i - 1]! >= 1000) gaps.push(t[i]! - t[i - 1]!);
  if (gaps.length < 3) return null;
  return percentile(gaps, 50);
}

/** Nearest-rank percentile of the values; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Least-squares slope of the samples, in units per day; null when they span less than `minSpanMs`. */
export function slopePerDay(samples: Sample[], minSpanMs = 12 * HOUR): number | null {
  if (samples.length < 2) return null;
  const first = samples[0]!.at;
  const last = samples[samples.length - 1]!.at;
  if (last - first < minSpanMs) return null;
  const xs = samples.map((s) => (s.at - first) / DAY);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = samples.reduce((a, s) => a + s.value, 0) / samples.length;
  let num = 0;
  let den = 0;
  samples.forEach((s, i) => {
    num += (xs[i]! - mx) * (s.value - my);
    den += (xs[i]! - mx) ** 2;
  });
  return den === 0 ? null : num / den;
}

export interface RiskInput {
  now: number;
  health: 'online' | 'offline' | 'interviewing' | 'unknown';
  lastSeen: number | null;
  /** The device's usual time between reports (reportInterval), if known. */
  reportEveryMs: number | null;
  battery: Sample[];
  /** Link quality samples (LQI 0–255 or RSSI dBm; higher is better either way). */
  link: Sample[];
  linkUnit?: 'LQI' | 'dBm';
  /** The route to the device in words ("through node 5"), if its stack knows it. */
  linkRoute?: string | null;
  /** Failed command attempts among the last ones sent. */
  recentFailures?: number;
  /** Why it is offline, in its stack's words (Matter says why), said after when it was last heard. */
  offlineReason?: string | null;
}

export interface RiskOptions {
  /** Flag a battery that would reach empty within this many days. */
  batteryDays: number;
  lowBattery: number;
}

export const DEFAULT_RISK: RiskOptions = { batteryDays: 14, lowBattery: 15 };

const worse = (a: DeviceRisk['level'], b: DeviceRisk['level']): DeviceRisk['level'] => (a === 'likely' || b === 'likely' ? 'likely' : a === 'watch' || b === 'watch' ? 'watch' : 'ok');

/** Whether the device is likely to drop, and why, in words. */
export function assessRisk(i: RiskInput, o: RiskOptions = DEFAULT_RISK): DeviceRisk {
  let level: DeviceRisk['level'] = 'ok';
  const reasons: string[] = [];
  const flag = (l: DeviceRisk['level'], reason: string) => {
    level = worse(level, l);
    reasons.push(reason);
  };

  if (i.health === 'offline') {
    const why = i.offlineReason ? ` ${i.offlineReason}` : '';
    flag('likely', (i.lastSeen !== null ? `Offline: last heard ${span(i.now - i.lastSeen)} ago.` : 'Offline: not heard from since Hearth started.') + why);
  } else if (i.lastSeen !== null && i.reportEveryMs !== null) {
    const quiet = i.now - i.lastSeen;
    const missed = Math.floor(quiet / i.reportEveryMs);
    if (missed >= 3) flag('likely', `No report for ${span(quiet)}; it usually reports every ${span(i.reportEveryMs)} (${missed} check-ins missed).`);
    else if (missed >= 2) flag('watch', `No report for ${span(quiet)}; it usually reports every ${span(i.reportEveryMs)}.`);
  }

  const battery = i.battery.filter((s) => s.at <= i.now);
  const level0 = battery.at(-1)?.value;
  if (level0 !== undefined) {
    const slope = slopePerDay(battery.filter((s) => s.at >= i.now - 14 * DAY));
    if (slope !== null && slope < 0) {
      const days = level0 / -slope;
      if (days <= o.batteryDays) {
        flag(days <= o.batteryDays / 2 ? 'likely' : 'watch', `Battery at ${Math.round(level0)} %, falling ${Math.abs(slope).toFixed(1)} % a day: empty in about ${Math.max(1, Math.round(days))} day${Math.round(days) === 1 ? '' : 's'}.`);
      } else if (level0 <= o.lowBattery) flag('watch', `Battery low (${Math.round(level0)} %).`);
    } else if (level0 <= o.lowBattery) flag('watch', `Battery low (${Math.round(level0)} %).`);
  }

  const link = i.link.filter((s) => s.at <= i.now && s.at >= i.now - 7 * DAY);
  if (link.length >= 4) {
    const half = Math.floor(link.length / 2);
    const mean = (xs: Sample[]) => xs.reduce((a, s) => a + s.value, 0) / xs.length;
    const before = mean(link.slice(0, half));
    const after = mean(link.slice(half));
    const unit = i.linkUnit ?? 'LQI';
    // LQI is 0–255: a drop of a quarter of the scale is serious; RSSI in dBm: 10 dB is a tenfold weaker signal.
    const serious = unit === 'LQI' ? 64 : 10;
    // Likely to drop once the latest reading is near the edge of what the radio still hears.
    if (before - after >= serious) {
      const weak = link.at(-1)!.value < (unit === 'LQI' ? 60 : -85);
      const what = unit === 'LQI' ? `link quality (LQI) fell from ${Math.round(before)} to ${Math.round(after)} of 255` : `signal fell from ${Math.round(before)} dBm to ${Math.round(after)} dBm`;
      const route = i.linkRoute ? ` (route: ${i.linkRoute})` : '';
      flag(weak ? 'likely' : 'watch', `Link getting worse: ${what}${route}${weak ? ', near the edge of what the radio still hears' : ''}. Move it or a repeater closer, or look for new interference.`);
    }
  }

  if ((i.recentFailures ?? 0) >= 3) flag('watch', `${i.recentFailures} of its recent commands failed.`);
  return { level, reasons };
}
