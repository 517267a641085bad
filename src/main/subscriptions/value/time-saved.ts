// Time saved by automations: each run of an automation saves the minutes a person would have spent doing the
// same by hand — an estimate they can set per automation (default DEFAULT_MINUTES_PER_RUN) — summed per week
// over the runs its traces record.
import type { Bucket } from './calendar';

export const DEFAULT_MINUTES_PER_RUN = 1;

export interface Run {
  ruleId: string;
  at: number;
}

export function minutesFor(ruleId: string, custom: Readonly<Record<string, number>>): number {
  return custom[ruleId] ?? DEFAULT_MINUTES_PER_RUN;
}

/** Minutes saved per bucket (runs outside every bucket are left out). */
export function minutesPerBucket(runs: readonly Run[], custom: Readonly<Record<string, number>>, bs: readonly Bucket[]): number[] {
  const out = bs.map(() => 0);
  for (const r of runs) {
    const i = bs.findIndex((b) => r.at >= b.start && r.at < b.end);
    if (i >= 0) out[i]! += minutesFor(r.ruleId, custom);
  }
  return out;
}

export function describeTime(runs: number, minutes: number, custom: boolean): string {
  const per = `${minutes} minute${minutes === 1 ? '' : 's'} a run`;
  return `${runs} run${runs === 1 ? '' : 's'} × ${per} (${custom ? 'your estimate' : 'the default: about what doing it by hand takes; set your own'}).`;
}
