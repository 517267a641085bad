// SQL for plans (with the snapshot taken before they ran) and the history of commands people gave.
import { z } from 'zod';
import { CapabilityValue } from '../../../shared/model';
import type { CommandHistoryEntry} from '../../../shared/plan';
import { Plan } from '../../../shared/plan';
import { recentCommands, recordCommand } from '../../privacy/commands';
import type { Db } from '../../storage/db';

export const SnapshotEntry = z.object({ deviceId: z.string(), capabilityId: z.string(), value: CapabilityValue });
export type SnapshotEntry = z.infer<typeof SnapshotEntry>;
const Snapshot = z.array(SnapshotEntry);

function parse<T>(schema: z.ZodType<T>, text: string | null): T | null {
  if (text === null) return null;
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** A plan cancelled before it was approved (a dismissed preview). */
const NEVER_RAN = "status = 'cancelled' AND json_extract(body, '$.startedAt') IS NULL";

export class PlanStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  save(plan: Plan, now: number): void {
    this.#db
      .prepare(
        `INSERT INTO plans (id, created_at, updated_at, status, rule_id, body, undo_until) VALUES (@id, @createdAt, @now, @status, @ruleId, @body, @undoUntil)
         ON CONFLICT (id) DO UPDATE SET updated_at = @now, status = @status, rule_id = @ruleId, body = @body, undo_until = @undoUntil`,
      )
      .run({ id: plan.id, createdAt: plan.createdAt, now, status: plan.status, ruleId: plan.ruleId, body: JSON.stringify(plan), undoUntil: plan.undoUntil });
  }

  saveSnapshot(planId: string, snapshot: SnapshotEntry[]): void {
    this.#db.prepare('UPDATE plans SET snapshot = ? WHERE id = ?').run(JSON.stringify(snapshot), planId);
  }

  snapshot(planId: string): SnapshotEntry[] | null {
    const row = this.#db.prepare('SELECT snapshot FROM plans WHERE id = ?').get(planId) as { snapshot: string | null } | undefined;
    return row ? parse(Snapshot, row.snapshot) : null;
  }

  get(id: string): Plan | null {
    const row = this.#db.prepare('SELECT body FROM plans WHERE id = ?').get(id) as { body: string } | undefined;
    return row ? parse(Plan, row.body) : null;
  }

  byStatus(status: Plan['status']): Plan[] {
    const rows = this.#db.prepare('SELECT body FROM plans WHERE status = ? ORDER BY created_at').all(status) as { body: string }[];
    return rows.map((r) => parse(Plan, r.body)).filter((p): p is Plan => p !== null);
  }

  /** Plans that ran or are running, newest first (previews, and plans cancelled before they ran, are not history). */
  history(limit: number): Plan[] {
    const rows = this.#db
      .prepare(`SELECT body FROM plans WHERE status != 'preview' AND NOT (${NEVER_RAN}) ORDER BY created_at DESC, rowid DESC LIMIT ?`)
      .all(limit) as { body: string }[];
    return rows.map((r) => parse(Plan, r.body)).filter((p): p is Plan => p !== null);
  }

  /**
   * The newest plan that can still be undone, for Undo with no plan named: undo plans themselves are skipped, so
   * pressing Undo again steps back through earlier plans instead of undoing the undo.
   */
  lastUndoable(now: number): Plan | null {
    const row = this.#db
      .prepare(
        `SELECT body FROM plans WHERE status IN ('done', 'running', 'cancelled', 'failed') AND undo_until > ? AND snapshot IS NOT NULL
         AND json_extract(body, '$.source.kind') != 'undo'
         ORDER BY COALESCE(json_extract(body, '$.startedAt'), created_at) DESC, rowid DESC LIMIT 1`,
      )
      .get(now) as { body: string } | undefined;
    return row ? parse(Plan, row.body) : null;
  }

  /** Forgets previews nobody approved (and plans cancelled before they ran) and snapshots past their undo time. */
  prune(now: number): void {
    this.#db.prepare(`DELETE FROM plans WHERE (status = 'preview' OR ${NEVER_RAN}) AND created_at < ?`).run(now - 86_400_000);
    this.#db.prepare('UPDATE plans SET snapshot = NULL WHERE undo_until IS NOT NULL AND undo_until < ?').run(now);
  }

  addCommand(at: number, actor: string, text: string, outcome: string, planId: string | null): void {
    recordCommand(this.#db, { at, actor, text, outcome, planId });
  }

  commands(limit: number): CommandHistoryEntry[] {
    return recentCommands(this.#db, limit).map((r) => ({ at: r.at, text: r.text, outcome: r.outcome, planId: r.planId }));
  }
}
