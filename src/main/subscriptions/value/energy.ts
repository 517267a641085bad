// Energy from what metered devices reported: an energy counter's readings (kWh) give the energy between two
// readings as their difference — a reading lower than the one before means the counter started again from zero
// (unplugged, reset), so the new reading is what was used since; power readings (W) are integrated over time,
// each held until the next (devices report power when it changes). Where a device has both, the counter
// counts for the span between its first and last reading and power fills in before and after it.
import type { Bucket } from './calendar';

export interface Sample {
  at: number;
  /** null: the device said it does not know. */
  v: number | null;
}

/** Energy used evenly over [from, to). */
export interface Segment {
  from: number;
  to: number;
  kwh: number;
}

export function counterSegments(samples: readonly Sample[]): { segments: Segment[]; resets: number } {
  const known = samples.filter((s): s is { at: number; v: number } => s.v !== null && s.v >= 0);
  const segments: Segment[] = [];
  let resets = 0;
  for (let i = 1; i < known.length; i++) {
    const a = known[i - 1]!;
    const b = known[i]!;
    let kwh = b.v - a.v;
    if (kwh < 0) {
      resets++;
      kwh = b.v;
    }
    if (b.at > a.at) segments.push({ from: a.at, to: b.at, kwh });
    else if (kwh > 0 && segments.length) segments[segments.length - 1]!.kwh += kwh;
  }
  return { segments, resets };
}

/** Power readings held until the next reading (the last until `until`); an unknown reading counts nothing. */
export function powerSegments(samples: readonly Sample[], until: number): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const end = Math.min(samples[i + 1]?.at ?? until, until);
    if (s.v === null || s.v <= 0 || end <= s.at) continue;
    out.push({ from: s.at, to: end, kwh: (s.v * (end - s.at)) / 3_600_000_000 });
  }
  return out;
}

/** The part of a segment inside [from, to), in proportion to time. */
export function clip(s: Segment, from: number, to: number): Segment | null {
  const a = Math.max(s.from, from);
  const b = Math.min(s.to, to);
  if (b <= a) return null;
  return { from: a, to: b, kwh: (s.kwh * (b - a)) / (s.to - s.from) };
}

export interface DeviceEnergyResult {
  segments: Segment[];
  method: 'counter' | 'power' | 'counter+power' | 'none';
  counterReadings: number;
  powerReadings: number;
  resets: number;
}

/**
 * A device's energy in [from, to). Pass each series sorted by time, starting with the last reading before
 * `from` (so the period's first hours count too).
 */
export function deviceEnergy(counter: readonly Sample[], power: readonly Sample[], from: number, to: number): DeviceEnergyResult {
  const c = counterSegments(counter.filter((s) => s.at <= to));
  const covered = c.segments.length ? { from: c.segments[0]!.from, to: c.segments[c.segments.length - 1]!.to } : null;
  const segments = c.segments.flatMap((s) => clip(s, from, to) ?? []);
  let usedPower = false;
  const p = powerSegments(power.filter((s) => s.at < to), to);
  const gaps = covered ? [[from, covered.from], [covered.to, to]] : [[from, to]];
  for (const [a, b] of gaps) {
    for (const s of p) {
      const part = clip(s, a!, b!);
      if (part) {
        segments.push(part);
        usedPower = true;
      }
    }
  }
  const method = covered ? (usedPower ? 'counter+power' : 'counter') : usedPower ? 'power' : 'none';
  return {
    segments,
    method,
    counterReadings: counter.filter((s) => s.at >= from && s.at < to).length,
    powerReadings: power.filter((s) => s.at >= from && s.at < to).length,
    resets: c.resets,
  };
}

/** kWh per bucket: each segment shared out over the buckets it overlaps, in proportion to time. */
export function spread(segments: readonly Segment[], bs: readonly Bucket[]): number[] {
  const out = bs.map(() => 0);
  for (const s of segments) {
    // The first bucket ending after the segment starts (buckets are in order).
    let lo = 0;
    let hi = bs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bs[mid]!.end <= s.from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < bs.length; i++) {
      const b = bs[i]!;
      if (b.end <= s.from) continue;
      if (b.start >= s.to) break;
      const a = Math.max(s.from, b.start);
      const e = Math.min(s.to, b.end);
      if (e > a) out[i]! += (s.kwh * (e - a)) / (s.to - s.from);
    }
  }
  return out;
}

export function describeEnergy(r: DeviceEnergyResult): string {
  const resets = r.resets ? ` A reading lower than the one before (${r.resets === 1 ? 'once' : `${r.resets} times`}) was taken as the counter starting again from zero.` : '';
  switch (r.method) {
    case 'counter':
      return `Differences between the ${r.counterReadings} readings of its energy counter, each spread evenly over the time between two readings.${resets}`;
    case 'counter+power':
      return `Differences between the readings of its energy counter; before its first and after its last reading, its power readings multiplied by the time each held.${resets}`;
    case 'power':
      return `Its ${r.powerReadings} power readings multiplied by the time each held (until the next reading): it has no energy counter reporting.`;
    case 'none':
      return 'No energy or power readings in this period.';
  }
}
