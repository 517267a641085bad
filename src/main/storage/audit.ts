// Append-only, hash-chained audit log: each entry's hash covers the previous hash, so edits and deletions in
// the middle show. Retention removes the oldest entries; the hash of the last one removed is kept as the
// anchor the remaining chain must start from, so pruning does not hide tampering.
import { createHash } from 'node:crypto';
import type { Db, Statement } from './db';

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  detail?: unknown;
}

export interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function hashOf(prev: string, at: number, e: { actor: string; action: string; target: string | null; detail: string | null }) {
  return createHash('sha256').update(JSON.stringify([prev, at, e.actor, e.action, e.target, e.detail])).digest('hex');
}

export class AuditLog {
  readonly #db: Db;
  readonly #now: () => number;
  readonly #last: Statement<[], { hash: string }>;
  readonly #insert: Statement<[number, string, string, string | null, string | null, string, string]>;

  constructor(db: Db, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
    this.#last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.#insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  #anchor(): string {
    return (this.#db.prepare('SELECT hash FROM audit_anchor WHERE id = 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
  }

  append(entry: AuditEntry): void {
    const row = {
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    };
    // Reading the previous hash inside the transaction keeps the chain right even if rows were added elsewhere.
    this.#db.transaction(() => {
      const prev = this.#last.get()?.hash ?? this.#anchor();
      const at = this.#now();
      this.#insert.run(at, row.actor, row.action, row.target, row.detail, prev, hashOf(prev, at, row));
    })();
  }

  /** Returns the id of the first entry whose chain is broken, or null when the log is intact. */
  verify(): number | null {
    let prev = this.#anchor();
    for (const r of this.#db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
      if (r.prev_hash !== prev || r.hash !== hashOf(prev, r.at, r)) return r.id;
      prev = r.hash;
    }
    return null;
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  }

  recent(limit: number): AuditRow[] {
    return this.#db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
  }

  /** Removes entries older than `before` (retention), moving the anchor to the last one removed. */
  prune(before: number): number {
    return this.#db.transaction(() => {
      const last = this.#db.prepare('SELECT id, hash FROM audit_log WHERE at < ? ORDER BY id DESC LIMIT 1').get(before) as
        | { id: number; hash: string }
        | undefined;
      if (!last) return 0;
      const removed = this.#db.prepare('DELETE FROM audit_log WHERE id <= ?').run(last.id).changes;
      this.#db
        .prepare(
          `INSERT INTO audit_anchor (id, hash, removed, at) VALUES (1, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, removed = audit_anchor.removed + excluded.removed, at = excluded.at`,
        )
        .run(last.hash, removed, this.#now());
      return removed;
    })();
  }
}
