// Business figures for one month of a subscription ledger. Each customer's state just before the month's first day
// ("start") is compared with their state at the end of its last day ("end"); a customer's MRR is the amount of a
// monthly plan, a twelfth of an annual one, and 0 on free or when not a customer. Then
//   start MRR + new + expansion − contraction − churned = MRR.
import { TIERS, inEffectOrder, type Cycle, type LedgerEvent, type Tier } from './ledger';

export interface MonthFigures {
  month: string;
  mrr: number;
  arr: number;
  new_mrr: number;
  expansion_mrr: number;
  contraction_mrr: number;
  churned_mrr: number;
  /** Null when nobody paid at the start of the month. */
  customer_churn_rate: number | null;
  revenue_churn_rate: number | null;
  /** Null when nobody pays at the end of the month. */
  arpu: number | null;
  /** ARPU ÷ customer churn rate; null when no customer churned (or the rate is unknown). */
  clv: number | null;
  active_by_tier: Record<Tier, number>;
}

interface Plan {
  tier: Tier;
  cycle: Cycle;
  amount: number;
}

export function monthlyValue(p: Plan | undefined): number {
  if (!p || p.tier === 'free') return 0;
  return p.cycle === 'annual' ? p.amount / 12 : p.amount;
}

/** YYYY-MM → its first day and the first day of the next month. */
export function monthBounds(month: string): { first: string; next: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const mm = m ? Number(m[2]) : 0;
  if (!m || mm < 1 || mm > 12) throw new RangeError(`A month is written YYYY-MM (got "${month}").`);
  const y = Number(m[1]);
  const next = mm === 12 ? `${y + 1}-01-01` : `${y}-${String(mm + 1).padStart(2, '0')}-01`;
  return { first: `${month}-01`, next };
}

/** Every customer's plan after the events dated before `day` (YYYY-MM-DD). */
export function plansBefore(events: LedgerEvent[], day: string): Map<string, Plan> {
  const plans = new Map<string, Plan>();
  for (const e of inEffectOrder(events)) {
    if (e.date >= day) break;
    if (e.event === 'cancel') plans.delete(e.customer);
    else plans.set(e.customer, { tier: e.tier!, cycle: e.cycle!, amount: e.amount! });
  }
  return plans;
}

/** Rounds half up after removing binary noise (99.9 / 12 is 8.325, whose cents round up, not 8.3249999…). */
const roundTo = (n: number, places: number): number => Math.round(Number((n * 10 ** places).toPrecision(12))) / 10 ** places;
const cents = (n: number): number => roundTo(n, 2);
const rate = (n: number): number => roundTo(n, 4);

export function monthFigures(events: LedgerEvent[], month: string): MonthFigures {
  const { first, next } = monthBounds(month);
  const before = plansBefore(events, first);
  const after = plansBefore(events, next);

  let startMrr = 0;
  let mrr = 0;
  let fresh = 0;
  let expansion = 0;
  let contraction = 0;
  let churned = 0;
  let payingAtStart = 0;
  let churnedCustomers = 0;
  let payingAtEnd = 0;
  for (const customer of new Set([...before.keys(), ...after.keys()])) {
    const s = monthlyValue(before.get(customer));
    const e = monthlyValue(after.get(customer));
    const stillCustomer = after.has(customer);
    startMrr += s;
    mrr += e;
    if (s > 0) payingAtStart++;
    if (e > 0) payingAtEnd++;
    if (s === 0) fresh += e;
    else if (!stillCustomer) {
      churned += s;
      churnedCustomers++;
    } else if (e > s) expansion += e - s;
    else if (e < s) contraction += s - e;
  }

  const active = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const p of after.values()) active[p.tier]++;

  const customerChurn = payingAtStart > 0 ? churnedCustomers / payingAtStart : null;
  const arpu = payingAtEnd > 0 ? mrr / payingAtEnd : null;
  return {
    month,
    mrr: cents(mrr),
    arr: cents(12 * mrr),
    new_mrr: cents(fresh),
    expansion_mrr: cents(expansion),
    contraction_mrr: cents(contraction),
    churned_mrr: cents(churned),
    customer_churn_rate: customerChurn === null ? null : rate(customerChurn),
    revenue_churn_rate: startMrr > 0 ? rate((churned + contraction) / startMrr) : null,
    arpu: arpu === null ? null : cents(arpu),
    clv: arpu !== null && customerChurn ? cents(arpu / customerChurn) : null,
    active_by_tier: active,
  };
}
