// A subscription ledger (CSV `date,customer,event,tier,cycle,amount`), read whole or not at all: every malformed
// row is reported with its line number and nothing is imported. Rows are also checked against each other, since a
// customer has at most one subscription: a start while subscribed, or a change or cancel while not, is refused.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { HearthError } from '../../../shared/errors';

export const TIERS = ['free', 'premium', 'professional', 'enterprise'] as const;
export type Tier = (typeof TIERS)[number];
export const EVENTS = ['start', 'upgrade', 'downgrade', 'cancel'] as const;
export type LedgerEventKind = (typeof EVENTS)[number];
export type Cycle = 'monthly' | 'annual';

export interface LedgerEvent {
  /** Line in the file (1 = the header). */
  line: number;
  /** YYYY-MM-DD; the event takes effect on this day. */
  date: string;
  customer: string;
  event: LedgerEventKind;
  /** The plan after the event; null for a cancel. */
  tier: Tier | null;
  cycle: Cycle | null;
  /** Price of one billing cycle, in the ledger's currency; null for a cancel. */
  amount: number | null;
}

const HEADER = ['date', 'customer', 'event', 'tier', 'cycle', 'amount'];
/** Refuse files far beyond any real ledger before reading them (1 row ≈ 50 bytes: about 1,000,000 rows). */
export const MAX_LEDGER_BYTES = 50 * 1024 * 1024;
const MAX_REPORTED = 20;

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const money = z
  .string()
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, 'amount must be a price such as 9.99 (no currency sign, no minus)')
  .transform(Number);

const rowSchema = z
  .object({
    date: z.string().trim().refine(isCalendarDate, 'date must be a real day written YYYY-MM-DD'),
    customer: z.string().trim().min(1, 'customer is empty').max(200, 'customer is longer than 200 characters'),
    event: z.enum(EVENTS, { error: `event must be one of ${EVENTS.join(', ')}` }),
    tier: z.string().trim(),
    cycle: z.string().trim(),
    amount: z.string().trim(),
  })
  .superRefine((r, ctx) => {
    if (r.event === 'cancel') return; // what a cancel row says about the plan is not used
    if (!(TIERS as readonly string[]).includes(r.tier)) ctx.addIssue({ code: 'custom', message: `tier must be one of ${TIERS.join(', ')}` });
    if (r.cycle !== 'monthly' && r.cycle !== 'annual') ctx.addIssue({ code: 'custom', message: 'cycle must be monthly or annual' });
    const a = money.safeParse(r.amount);
    if (!a.success) ctx.addIssue({ code: 'custom', message: a.error.issues[0]?.message ?? 'amount is not a price' });
    else if (r.tier === 'free' && a.data !== 0) ctx.addIssue({ code: 'custom', message: 'a free plan costs 0' });
  });

/** Reads a ledger; throws one HearthError listing every problem (by line) when any row is wrong. */
export function parseLedger(text: string): LedgerEvent[] {
  if (Buffer.byteLength(text) > MAX_LEDGER_BYTES) {
    throw new HearthError('BAD_REQUEST', `The ledger is larger than ${MAX_LEDGER_BYTES / 1024 / 1024} MB.`, 'Split it by year and import the part you need.');
  }
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new HearthError('BAD_REQUEST', `The ledger is not readable CSV${line ? ` (line ${line})` : ''}: ${(err as Error).message}`, 'Check the quotes on that line.');
  }
  const [header, ...rows] = records;
  if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
    throw new HearthError('BAD_REQUEST', `The ledger's first line must be ${HEADER.join(',')}.`, 'Export the ledger with exactly these columns, in this order.');
  }

  const problems: string[] = [];
  const events: LedgerEvent[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== HEADER.length) {
      problems.push(`line ${line}: ${cells.length} columns instead of ${HEADER.length}`);
      return;
    }
    const parsed = rowSchema.safeParse(Object.fromEntries(HEADER.map((h, k) => [h, cells[k] ?? ''])));
    if (!parsed.success) {
      problems.push(`line ${line}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return;
    }
    const r = parsed.data;
    const cancel = r.event === 'cancel';
    events.push({
      line,
      date: r.date,
      customer: r.customer,
      event: r.event,
      tier: cancel ? null : (r.tier as Tier),
      cycle: cancel ? null : (r.cycle as Cycle),
      amount: cancel ? null : Number(r.amount),
    });
  });
  if (problems.length === 0) problems.push(...sequenceProblems(events));
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED).join('\n');
    const more = problems.length > MAX_REPORTED ? `\n…and ${problems.length - MAX_REPORTED} more` : '';
    throw new HearthError('BAD_REQUEST', `Nothing was imported: ${problems.length} ${problems.length === 1 ? 'row is' : 'rows are'} wrong.\n${shown}${more}`, 'Correct those lines and import the whole file again.');
  }
  return inEffectOrder(events);
}

/** Events in the order they take effect: by date, and in file order within a day. */
export function inEffectOrder(events: LedgerEvent[]): LedgerEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

const RANK: Record<Tier, number> = { free: 0, premium: 1, professional: 2, enterprise: 3 };

function sequenceProblems(events: LedgerEvent[]): string[] {
  const problems: string[] = [];
  const current = new Map<string, Tier>();
  for (const e of inEffectOrder(events)) {
    const tier = current.get(e.customer);
    if (e.event === 'start') {
      if (tier !== undefined) problems.push(`line ${e.line}: ${e.customer} already has a subscription (a customer has at most one); use upgrade or downgrade`);
      else current.set(e.customer, e.tier!);
    } else if (tier === undefined) {
      problems.push(`line ${e.line}: ${e.customer} has no subscription to ${e.event} on ${e.date}`);
    } else if (e.event === 'cancel') {
      current.delete(e.customer);
    } else {
      const up = RANK[e.tier!] - RANK[tier];
      if (e.event === 'upgrade' && up < 0) problems.push(`line ${e.line}: an upgrade from ${tier} to ${e.tier} is a downgrade`);
      else if (e.event === 'downgrade' && up > 0) problems.push(`line ${e.line}: a downgrade from ${tier} to ${e.tier} is an upgrade`);
      else current.set(e.customer, e.tier!);
    }
  }
  return problems;
}
