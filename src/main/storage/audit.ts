// Append-only, hash-chained audit log: each entry's hash covers the previous hash, so edits show.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from './db';

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
  readonly #last: Database.Statement<[], { hash: string }>;
  readonly #insert: Database.Statement<[number, string, string, string | null, string | null, string, string]>;

  constructor(db: Db, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
    this.#last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.#insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
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
      const prev = this.#last.get()?.hash ?? GENESIS;
      const at = this.#now();
      this.#insert.run(at, row.actor, row.action, row.target, row.detail, prev, hashOf(prev, at, row));
    })();
  }

  /** Returns the id of the first entry whose chain is broken, or null when the log is intact. */
  verify(): number | null {
    let prev = GENESIS;
    for (const r of this.#db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
      if (r.prev_hash !== prev || r.hash !== hashOf(prev, r.at, r)) return r.id;
      prev = r.hash;
    }
    return null;
  }
}
