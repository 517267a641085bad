// Business analytics (Enterprise): the subscription ledger imported in the app, kept in the database (all rows or
// none), and the figures the CLI prints for a month, with twelve months of MRR and cohort retention. Tiers without
// business analytics are refused with the way to upgrade; the imported ledger can always be removed.
import type { BusinessFigures, LedgerSummary } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { TIERS, type Tier } from '../../shared/tiers';
import type { Db } from '../storage/db';
import { cohorts, mrrSeries } from './analytics/cohorts';
import { monthFigures } from './analytics/figures';
import { parseLedger, type Cycle, type LedgerEvent, type LedgerEventKind, type Tier as LedgerTier } from './analytics/ledger';

export interface BusinessDeps {
  db: Db;
  now: () => number;
  /** The tier in force (business analytics is an Enterprise feature). */
  tier: () => Tier;
}

interface Row {
  line: number;
  date: string;
  customer: string;
  event: LedgerEventKind;
  tier: LedgerTier | null;
  cycle: Cycle | null;
  amount_cents: number | null;
}

export class BusinessService {
  readonly #d: BusinessDeps;
  #cache: { importedAt: number; events: LedgerEvent[] } | null = null;

  constructor(deps: BusinessDeps) {
    this.#d = deps;
  }

  #assertUnlocked(): void {
    const tier = this.#d.tier();
    if (TIERS[tier].features.businessAnalytics) return;
    throw new HearthError(
      'PLAN_LIMIT',
      `Business analytics is part of Enterprise; this computer is on ${TIERS[tier].label}.`,
      'Upgrade in Subscription (an Enterprise licence key unlocks it at once).',
      { feature: 'businessAnalytics', tier },
    );
  }

  summary(): LedgerSummary {
    const file = this.#d.db.prepare('SELECT name, imported_at AS importedAt, rows FROM business_ledger_file WHERE id = 1').get() as { name: string; importedAt: number; rows: number } | undefined;
    if (!file) return { ledger: null };
    const span = this.#d.db.prepare('SELECT MIN(date) AS first, MAX(date) AS last, COUNT(DISTINCT customer) AS customers FROM business_ledger').get() as { first: string | null; last: string | null; customers: number };
    return { ledger: { ...file, customers: span.customers, firstMonth: (span.first ?? '').slice(0, 7), lastMonth: (span.last ?? '').slice(0, 7) } };
  }

  /** Reads the whole file; any wrong row (reported by line) leaves the kept ledger as it was. */
  import(name: string, csv: string): LedgerSummary {
    this.#assertUnlocked();
    const events = parseLedger(csv);
    if (events.length === 0) throw new HearthError('BAD_REQUEST', 'The ledger has a header but no rows.', 'Export the ledger with its events, then import it again.');
    const at = this.#d.now();
    const db = this.#d.db;
    const insert = db.prepare('INSERT INTO business_ledger (line, date, customer, event, tier, cycle, amount_cents, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      db.prepare('DELETE FROM business_ledger').run();
      for (const e of events) insert.run(e.line, e.date, e.customer, e.event, e.tier, e.cycle, e.amount === null ? null : Math.round(e.amount * 100), at);
      db.prepare('INSERT INTO business_ledger_file (id, name, imported_at, rows) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, imported_at = excluded.imported_at, rows = excluded.rows').run(name, at, events.length);
    })();
    this.#cache = null;
    return this.summary();
  }

  /** Removes the imported ledger (allowed on every tier, so a downgrade never traps the data). */
  clear(): LedgerSummary {
    const db = this.#d.db;
    db.transaction(() => {
      db.prepare('DELETE FROM business_ledger').run();
      db.prepare('DELETE FROM business_ledger_file').run();
    })();
    this.#cache = null;
    return this.summary();
  }

  #events(): LedgerEvent[] {
    const file = this.#d.db.prepare('SELECT imported_at AS importedAt FROM business_ledger_file WHERE id = 1').get() as { importedAt: number } | undefined;
    if (!file) throw new HearthError('NOT_FOUND', 'No ledger has been imported yet.', 'Import a ledger CSV (date,customer,event,tier,cycle,amount) first.');
    if (this.#cache?.importedAt === file.importedAt) return this.#cache.events;
    const rows = this.#d.db.prepare('SELECT line, date, customer, event, tier, cycle, amount_cents FROM business_ledger ORDER BY line').all() as Row[];
    const events = rows.map((r) => ({ line: r.line, date: r.date, customer: r.customer, event: r.event, tier: r.tier, cycle: r.cycle, amount: r.amount_cents === null ? null : r.amount_cents / 100 }));
    this.#cache = { importedAt: file.importedAt, events };
    return events;
  }

  figures(month: string): BusinessFigures {
    this.#assertUnlocked();
    const events = this.#events();
    return { figures: monthFigures(events, month), mrrSeries: mrrSeries(events, month), cohorts: cohorts(events, month) };
  }
}
