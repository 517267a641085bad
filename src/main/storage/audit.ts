// Append-only, hash-chained audit log: each entry's hash covers the previous hash, so edits and deletions in
// the middle show. The chain's two ends are anchored outside the table, in a seal authenticated with a key
// from the secret store (audit-seal.ts): where it starts (moved by retention, which removes the oldest
// entries) and its newest entry. So entries removed from either end, or the whole log emptied, show too;
// only Hearth moves the seal.
import { hash } from 'node:crypto';
import type { AuditSeal as Seal, AuditSealStore } from './audit-seal';
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

/** Why the log cannot be trusted, in plain words; `brokenAt` is the first entry affected, null when entries are missing at the end. */
export interface AuditProblem {
  brokenAt: number | null;
  message: string;
}

const GENESIS = '0'.repeat(64);

const MISSING_SEAL =
  'Hearth’s sealed record of the newest audit entry is missing, so entries removed from the end of the log cannot be ruled out.';
const FORGED_SEAL =
  'Hearth’s sealed record of the newest audit entry was changed by something other than Hearth, so the end of the log cannot be trusted.';

type Row = { actor: string; action: string; target: string | null; detail: string | null };

function hashOf(prev: string, at: number, e: Row) {
  // The one-shot form: no hash object per entry (every audited command makes one).
  return hash('sha256', JSON.stringify([prev, at, e.actor, e.action, e.target, e.detail]), 'hex');
}

export class AuditLog {
  readonly #db: Db;
  readonly #seal: AuditSealStore;
  readonly #now: () => number;
  readonly #last: Statement<[], { id: number; hash: string }>;
  readonly #insert: Statement<[number, string, string, string | null, string | null, string, string]>;
  readonly #mark: Statement<[string, number]>;
  /** The table's "sealed" marker is known to be set (an append then moves only the seal). */
  #marked = false;
  /** An append's transaction, made once: every audited request and command runs it. True when it moved the seal. */
  readonly #append: (row: Row, marked: boolean) => boolean;

  constructor(deps: { db: Db; seal: AuditSealStore; now?: () => number }) {
    const { db } = deps;
    this.#db = db;
    this.#seal = deps.seal;
    this.#now = deps.now ?? Date.now;
    this.#last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.#insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.#mark = db.prepare(
      `INSERT INTO audit_anchor (id, hash, removed, at, sealed) VALUES (1, ?, 0, ?, 1)
       ON CONFLICT (id) DO UPDATE SET sealed = 1`,
    );
    this.#append = db.transaction((row: Row, marked: boolean) => {
      // The new entry chains from the newest one Hearth sealed, not from whatever the table ends with now:
      // entries removed behind its back stay visible as a break. The table's last entry is read only without a seal.
      const seal = this.#readSeal();
      const prev = seal ? (seal.head?.hash ?? seal.start) : (this.#last.get()?.hash ?? GENESIS);
      const at = this.#now();
      const hash = hashOf(prev, at, row);
      const id = Number(this.#insert.run(at, row.actor, row.action, row.target, row.detail, prev, hash).lastInsertRowid);
      // Without a seal (it went missing) none is made up: verify keeps saying so.
      // Appends only move the head: once an append of this log has committed the marker, it stays set (reset and
      // prune write it again themselves).
      if (seal) this.#writeSeal({ ...seal, head: { id, hash } }, marked);
      return seal !== null;
    });
    this.#adoptUnsealed();
  }

  /** A log written before the seal existed is taken as it stands (once); from then on only Hearth moves the seal. */
  #adoptUnsealed(): void {
    if (this.#seal.read().kind !== 'missing' || this.#wasSealed()) return;
    this.#db.transaction(() => {
      const start = (this.#db.prepare('SELECT hash FROM audit_anchor WHERE id = 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
      const last = this.#last.get();
      this.#writeSeal({ v: 1, start, head: last ? { id: last.id, hash: last.hash } : null });
    })();
  }

  #wasSealed(): boolean {
    return (this.#db.prepare('SELECT sealed FROM audit_anchor WHERE id = 1').get() as { sealed: number } | undefined)?.sealed === 1;
  }

  #readSeal(): Seal | null {
    const r = this.#seal.read();
    return r.kind === 'ok' ? r.seal : null;
  }

  /** Call inside a transaction: the table's marker and the seal change together, or the transaction fails. */
  #writeSeal(seal: Seal, marked = false): void {
    if (!marked) this.#mark.run(seal.start, this.#now());
    this.#seal.write(seal);
  }

  append(entry: AuditEntry): void {
    const row = {
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    };
    if (this.#append(row, this.#marked)) this.#marked = true;
  }

  /** Null when the log is intact; otherwise what is wrong, in plain words. */
  verify(): AuditProblem | null {
    const read = this.#seal.read();
    if (read.kind !== 'ok') return { brokenAt: null, message: read.kind === 'forged' ? FORGED_SEAL : MISSING_SEAL };
    const seal = read.seal;
    let prev = seal.start;
    let last: AuditRow | null = null;
    let headSeen = false;
    for (const r of this.#db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
      if (r.prev_hash !== prev || r.hash !== hashOf(prev, r.at, r)) {
        const message =
          r.hash === hashOf(r.prev_hash, r.at, r) ? `Entries were removed or changed before entry ${r.id}.` : `Entry ${r.id} was changed after it was written.`;
        return { brokenAt: r.id, message };
      }
      if (seal.head && r.id === seal.head.id && r.hash === seal.head.hash) headSeen = true;
      else if (headSeen || (!seal.head && !last)) return { brokenAt: r.id, message: `Entry ${r.id} and any after it were not written by Hearth.` };
      prev = r.hash;
      last = r;
    }
    const head = seal.head;
    if (!head || (last && last.id === head.id && last.hash === head.hash)) return null;
    if (!last) return { brokenAt: null, message: `All entries of the audit log were removed: Hearth last wrote entry ${head.id}, and none is left.` };
    if (last.id < head.id) {
      return { brokenAt: null, message: `The newest entries of the audit log were removed: it now ends at entry ${last.id}, but Hearth last wrote entry ${head.id}.` };
    }
    return { brokenAt: head.id, message: `The newest entries of the audit log were replaced: entry ${head.id}, the last one Hearth wrote, is not there as written.` };
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  }

  recent(limit: number): AuditRow[] {
    return this.#db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
  }

  /** Removes entries older than `before` (retention), moving the start of the chain to the last one removed. */
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
      const seal = this.#readSeal();
      // When every entry went, the chain goes on from the last one removed (the new start).
      if (seal) this.#writeSeal({ v: 1, start: last.hash, head: seal.head && seal.head.id > last.id ? seal.head : null });
      return removed;
    })();
  }

  /**
   * The database was restored from a backup (diagnostics/recovery): the entries written after the backup are
   * gone with it. The seal is moved to the restored log's end, and `entry` records the restore together with
   * the entry Hearth had last sealed, so the gap stays on the record rather than reading as tampering.
   */
  resealAfterRestore(entry: AuditEntry): void {
    this.#db.transaction(() => {
      const before = this.#readSeal();
      const start = (this.#db.prepare('SELECT hash FROM audit_anchor WHERE id = 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
      const last = this.#last.get();
      this.#writeSeal({ v: 1, start, head: last ? { id: last.id, hash: last.hash } : null });
      const detail = { ...(entry.detail as object | undefined), lastSealedBefore: before?.head?.id ?? null };
      this.append({ ...entry, detail });
    })();
  }

  /** Erasure: the log is emptied and a fresh chain is sealed, starting from nothing. */
  reset(): void {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM audit_log').run();
      this.#db.prepare('DELETE FROM audit_anchor').run();
      this.#writeSeal({ v: 1, start: GENESIS, head: null });
    })();
  }
}
