// Run traces: kept in memory for the newest runs and written to SQLite in batches, off the event path.
// Each rule keeps its newest MAX_PER_RULE traces; command plans keep theirs for the undo window.
import { randomUUID } from 'node:crypto';
import { Trace } from '../../shared/plan';
import type { Logger } from '../../shared/logger';
import type { Db } from '../storage/db';

const MAX_PER_RULE = 200;

/**
 * A new trace's id: a UUID laid out as version 7 (the time in ms first, then random bits), so new traces go in at
 * the end of the table's id index instead of at random places in it (a random id costs SQLite more per write).
 */
export function traceId(): string {
  const now = Date.now();
  if (now !== idMs) {
    const t = now.toString(16).padStart(12, '0');
    idMs = now;
    idTime = `${t.slice(0, 8)}-${t.slice(8, 12)}-7`;
  }
  return idTime + randomUUID().slice(15);
}
let idMs = -1;
let idTime = '';

export class TraceStore {
  readonly #db: Db;
  readonly #log: Logger;
  #queue = new Map<string, Trace>();
  #timer: NodeJS.Timeout | null = null;
  readonly #write: (batch: Trace[]) => void;

  readonly #flushMs: number;
  /**
   * How many traces each rule may hold at most, counted from the table once (on the first write) and raised by each
   * trace written since (an update counts too, so it never falls short): a rule is pruned only when it may be over
   * MAX_PER_RULE, not on every batch that touches it.
   */
  #held: Map<string, number> | null = null;

  constructor(deps: { db: Db; log: Logger; /** How long run traces wait to be written together. */ flushMs?: number }) {
    const { db } = deps;
    this.#db = db;
    this.#log = deps.log;
    this.#flushMs = deps.flushMs ?? 250;
    const upsert = db.prepare(
      `INSERT INTO traces (id, at, rule_id, plan_id, result, body) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, result = excluded.result, body = excluded.body`,
    );
    const prune = db.prepare('DELETE FROM traces WHERE rule_id = ? AND at < (SELECT at FROM traces WHERE rule_id = ? ORDER BY at DESC LIMIT 1 OFFSET ?)');
    const count = db.prepare('SELECT rule_id AS rule, COUNT(*) AS n FROM traces WHERE rule_id IS NOT NULL GROUP BY rule_id');
    this.#write = db.transaction((batch: Trace[]) => {
      const held = (this.#held ??= new Map((count.all() as { rule: string; n: number }[]).map((r) => [r.rule, r.n])));
      const written = new Map<string, number>();
      for (const t of batch) {
        upsert.run(t.id, t.at, t.ruleId, t.planId, t.result, JSON.stringify(t));
        if (t.ruleId) written.set(t.ruleId, (written.get(t.ruleId) ?? 0) + 1);
      }
      for (const [r, k] of written) {
        const n = (held.get(r) ?? 0) + k;
        if (n <= MAX_PER_RULE) held.set(r, n);
        else {
          prune.run(r, r, MAX_PER_RULE - 1);
          held.set(r, MAX_PER_RULE);
        }
      }
    });
  }

  /** Records (or updates, by id) a trace. */
  record(t: Trace): void {
    this.#queue.set(t.id, t);
    if (this.#queue.size >= 2000) this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), this.#flushMs);
      this.#timer.unref?.();
    }
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#queue.size === 0) return;
    const batch = [...this.#queue.values()];
    this.#queue = new Map();
    try {
      this.#write(batch);
    } catch (err) {
      this.#log.error(`could not write ${batch.length} automation traces`, err);
    }
  }

  /** Forgets traces of commands (not automations) older than a week. */
  prune(now: number): void {
    this.flush();
    this.#db.prepare('DELETE FROM traces WHERE rule_id IS NULL AND at < ?').run(now - 7 * 86_400_000);
  }

  list(ruleId: string | undefined, limit: number): Trace[] {
    this.flush();
    const rows = (
      ruleId
        ? this.#db.prepare('SELECT body FROM traces WHERE rule_id = ? ORDER BY at DESC LIMIT ?').all(ruleId, limit)
        : this.#db.prepare('SELECT body FROM traces ORDER BY at DESC LIMIT ?').all(limit)
    ) as { body: string }[];
    return rows.map((r) => Trace.safeParse(JSON.parse(r.body))).flatMap((p) => (p.success ? [p.data] : []));
  }

  get(id: string): Trace | null {
    this.flush();
    const row = this.#db.prepare('SELECT body FROM traces WHERE id = ?').get(id) as { body: string } | undefined;
    if (!row) return null;
    const p = Trace.safeParse(JSON.parse(row.body));
    return p.success ? p.data : null;
  }
}
