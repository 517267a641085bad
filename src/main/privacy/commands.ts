// The text of commands the user typed or said ("commands said"): recorded for undo and "recent commands",
// exported, erased, and deleted after the commands category's retention period.
import type { Db } from '../storage/db';

export interface SaidCommand {
  id: number;
  text: string;
  actor: string;
  outcome: string | null;
  at: number;
}

export function recordCommand(db: Db, c: { text: string; actor: string; outcome?: string | null; at: number }): number {
  return Number(db.prepare('INSERT INTO commands_said (text, actor, outcome, at) VALUES (?, ?, ?, ?)').run(c.text, c.actor, c.outcome ?? null, c.at).lastInsertRowid);
}

export function recentCommands(db: Db, limit: number): SaidCommand[] {
  return db.prepare('SELECT id, text, actor, outcome, at FROM commands_said ORDER BY id DESC LIMIT ?').all(limit) as SaidCommand[];
}
