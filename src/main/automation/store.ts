// SQL for automations and scenes.
import { z } from 'zod';
import type { Scene} from '../../shared/automation';
import { Rule, RuleInput, SceneEntry } from '../../shared/automation';
import type { Db } from '../storage/db';

const Body = RuleInput;
const Entries = z.array(SceneEntry);

export class AutomationStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  rules(): Rule[] {
    const rows = this.#db.prepare('SELECT id, enabled, source, body, created_at, updated_at FROM automations ORDER BY created_at, id').all() as {
      id: string;
      enabled: number;
      source: string;
      body: string;
      created_at: number;
      updated_at: number;
    }[];
    const out: Rule[] = [];
    for (const r of rows) {
      try {
        const body = Body.safeParse(JSON.parse(r.body));
        const source = Rule.shape.source.safeParse(r.source);
        if (body.success) out.push({ ...body.data, enabled: r.enabled === 1, id: r.id, source: source.success ? source.data : 'form', createdAt: r.created_at, updatedAt: r.updated_at });
      } catch {
        // A row that no longer parses is skipped rather than breaking every rule.
      }
    }
    return out;
  }

  put(rule: Rule): void {
    const { id, source, createdAt, updatedAt, ...body } = rule;
    this.#db
      .prepare(
        `INSERT INTO automations (id, name, enabled, source, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, enabled = excluded.enabled, body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(id, rule.name, rule.enabled ? 1 : 0, source, JSON.stringify(body), createdAt, updatedAt);
  }

  remove(id: string): boolean {
    return this.#db.prepare('DELETE FROM automations WHERE id = ?').run(id).changes > 0;
  }

  scenes(): Scene[] {
    const rows = this.#db.prepare('SELECT id, name, entries, created_at FROM scenes ORDER BY name').all() as { id: string; name: string; entries: string; created_at: number }[];
    return rows.map((r) => {
      let entries: SceneEntry[] = [];
      try {
        const p = Entries.safeParse(JSON.parse(r.entries));
        if (p.success) entries = p.data;
      } catch {
        entries = [];
      }
      return { id: r.id, name: r.name, entries, createdAt: r.created_at };
    });
  }

  putScene(s: Scene): void {
    this.#db
      .prepare('INSERT INTO scenes (id, name, entries, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, entries = excluded.entries')
      .run(s.id, s.name, JSON.stringify(s.entries), s.createdAt);
  }

  removeScene(id: string): boolean {
    return this.#db.prepare('DELETE FROM scenes WHERE id = ?').run(id).changes > 0;
  }
}
