// Cohort retention and the MRR series for the Business screen. A customer's cohort is the month they first paid
// (a start on a paid plan, or their first move from free to a paid plan); their cohort's retention N months later
// is the share of its customers paying (MRR > 0) at the end of that month. A customer who leaves and comes back
// counts as paying again; one who starts and cancels within the month is in the cohort and not retained at N = 0.
import { monthBounds, monthFigures, monthlyValue, plansBefore } from './figures';
import { inEffectOrder, type LedgerEvent } from './ledger';

export interface CohortRow {
  month: string;
  customers: number;
  /** retained[n]: share (4 decimals) paying at the end of month + n, for each month up to `through`. */
  retained: number[];
}

/** YYYY-MM plus n months. */
export function addMonths(month: string, n: number): string {
  monthBounds(month); // checks it
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The month each customer first paid (YYYY-MM). */
export function firstPaidMonth(events: LedgerEvent[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const e of inEffectOrder(events)) {
    if (first.has(e.customer) || e.event === 'cancel' || e.tier === 'free' || !e.amount) continue;
    first.set(e.customer, e.date.slice(0, 7));
  }
  return first;
}

/** Cohorts of the `count` months ending with `through` (only months in which someone first paid). */
export function cohorts(events: LedgerEvent[], through: string, count = 12): CohortRow[] {
  const first = firstPaidMonth(events);
  const paying = new Map<string, Set<string>>(); // month → customers paying at its end
  const payingAt = (month: string): Set<string> => {
    let set = paying.get(month);
    if (!set) {
      const plans = plansBefore(events, monthBounds(month).next);
      set = new Set([...plans].filter(([, p]) => monthlyValue(p) > 0).map(([c]) => c));
      paying.set(month, set);
    }
    return set;
  };
  const rows: CohortRow[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const month = addMonths(through, -i);
    const members = [...first].filter(([, m]) => m === month).map(([c]) => c);
    if (members.length === 0) continue;
    const retained: number[] = [];
    for (let n = 0; n <= i; n++) {
      const at = payingAt(addMonths(month, n));
      retained.push(Math.round((members.filter((c) => at.has(c)).length / members.length) * 10_000) / 10_000);
    }
    rows.push({ month, customers: members.length, retained });
  }
  return rows;
}

/** MRR at the end of each of the `count` months ending with `through`, oldest first. */
export function mrrSeries(events: LedgerEvent[], through: string, count = 12): { month: string; mrr: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(through, i - count + 1);
    return { month, mrr: monthFigures(events, month).mrr };
  });
}
