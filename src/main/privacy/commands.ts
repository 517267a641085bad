// The text of commands the user typed or said: one table (command_history, migration 003), written by the
// plan service for undo and "recent commands", and exported, erased and deleted after the commands
// category's retention period by the privacy service.
import type { Db } from '../storage/db';

export interface SaidCommand {
  id: number;
  text: string;
  actor: string;
  outcome: string;
  planId: string | null;
  at: number;
}

export function recordCommand(db: Db, c: { text: string; actor: string; outcome: string; planId?: string | null; at: number }): number {
  return Number(
    db.prepare('INSERT INTO command_history (at, actor, text, outcome, plan_id) VALUES (?, ?, ?, ?, ?)').run(c.at, c.actor, c.text, c.outcome, c.planId ?? null)
      .lastInsertRowid,
  );
}

export function recentCommands(db: Db, limit: number): SaidCommand[] {
  return db
    .prepare('SELECT id, text, actor, outcome, plan_id AS planId, at FROM command_history ORDER BY id DESC LIMIT ?')
    .all(limit) as SaidCommand[];
}
