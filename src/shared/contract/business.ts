// Business analytics (Enterprise): a subscription ledger imported as CSV (kept in the database, replaced whole by
// the next import), one month's figures (the same as `npx hearth analytics`), twelve months of MRR and a cohort
// retention table. The core refuses these requests on tiers without business analytics (PLAN_LIMIT).
import { z } from 'zod';
import { NoInput } from './common';
import { defineRequests } from './define';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM.');
const LedgerTier = z.enum(['free', 'premium', 'professional', 'enterprise']);

/** The largest ledger the app imports (a message of the hub's connection is at most 1 MB); larger ones: the CLI. */
export const MAX_LEDGER_IMPORT_CHARS = 900_000;

export const LedgerSummary = z.object({
  /** The ledger kept in the database; null before the first import. */
  ledger: z
    .object({
      name: z.string(),
      importedAt: z.number(),
      rows: z.number(),
      customers: z.number(),
      /** First and last months with an event (YYYY-MM). */
      firstMonth: z.string(),
      lastMonth: z.string(),
    })
    .nullable(),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const MonthFigures = z.object({
  month: z.string(),
  mrr: z.number(),
  arr: z.number(),
  new_mrr: z.number(),
  expansion_mrr: z.number(),
  contraction_mrr: z.number(),
  churned_mrr: z.number(),
  customer_churn_rate: z.number().nullable(),
  revenue_churn_rate: z.number().nullable(),
  arpu: z.number().nullable(),
  clv: z.number().nullable(),
  active_by_tier: z.record(LedgerTier, z.number()),
});
export type MonthFigures = z.infer<typeof MonthFigures>;

export const Cohort = z.object({
  /** The month its customers first paid (YYYY-MM). */
  month: z.string(),
  customers: z.number(),
  /** Share still paying at the end of the month N months later (index N = 0 is the month itself), up to the month shown. */
  retained: z.array(z.number()),
});
export type Cohort = z.infer<typeof Cohort>;

export const BusinessFigures = z.object({
  figures: MonthFigures,
  /** MRR at the end of each of the twelve months ending with the month shown, oldest first. */
  mrrSeries: z.array(z.object({ month: z.string(), mrr: z.number() })),
  cohorts: z.array(Cohort),
});
export type BusinessFigures = z.infer<typeof BusinessFigures>;

export const businessRequests = defineRequests({
  'business.ledger': { input: NoInput, output: LedgerSummary, personal: 'read' },
  /** The whole ledger file's text: every row valid, or nothing imported (the error lists the lines). */
  'business.import': {
    input: z.object({ name: z.string().trim().min(1).max(200), csv: z.string().max(MAX_LEDGER_IMPORT_CHARS, 'This ledger is larger than the app imports (about 900 KB); use npx hearth analytics for it.') }).strict(),
    output: LedgerSummary,
    personal: 'write',
    audit: { action: 'business.import', detail: ['name'] },
  },
  'business.clear': { input: NoInput, output: LedgerSummary, personal: 'write', audit: { action: 'business.clear' } },
  'business.figures': { input: z.object({ month: Month }).strict(), output: BusinessFigures, personal: 'read' },
});
export type BusinessRequestName = keyof typeof businessRequests;
