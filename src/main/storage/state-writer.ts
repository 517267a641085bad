// Writes device state changes to SQLite in batched transactions, off the hot path of event delivery.
import type { CapabilityValue } from '../../shared/model';
import type { Logger } from '../../shared/logger';
import type { Db } from './db';

export interface StateChange {
  deviceId: string;
  capabilityId: string;
  value: CapabilityValue;
  at: number;
}

export interface StateWriterOptions {
  /** Flush at most this long after the first queued change. */
  flushMs?: number;
  /** Flush immediately once this many changes are queued. */
  maxBatch?: number;
  /**
   * While writes fail (a full disk), at most this many changes wait: beyond it the older values of a capability
   * that has a newer one queued are dropped from its history first, so the current state is the last to go.
   */
  maxQueued?: number;
  /** Told once when writing starts to fail (and why), and once when it works again — not once per write. */
  onTrouble?: (t: WriteTrouble) => void;
}

export type WriteTrouble =
  | { kind: 'failing'; error: unknown; full: boolean }
  | { kind: 'resumed'; failedFor: number; droppedHistory: number };

/** SQLite's "database or disk is full" (ENOSPC underneath, or the file reached its size limit). */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE';
}

/** Current-state rows written by one upsert (4 values each, far below SQLite's limit on variables). */
const STATE_ROWS = 50;

export class StateWriter {
  #queue: StateChange[] = [];
  #timer: NodeJS.Timeout | null = null;
  #flushMs: number;
  readonly #maxBatch: number;
  readonly #writeBatch: (batch: StateChange[], withState: boolean) => void;
  /**
   * Each capability's newest change not yet in the current-state table, and when the oldest of them was written to
   * history. A batch that fills up before the flush delay writes its history at once and leaves the current state
   * to the flush, at most `flushMs` later: a capability reported many times in that time is written once.
   */
  readonly #newest = new Map<string, Map<string, StateChange>>();
  #stateSince: number | null = null;
  readonly #maxQueued: number;
  readonly #log: Logger;
  readonly #onTrouble: (t: WriteTrouble) => void;
  /** When writes started failing (null while they work), and history values dropped since. */
  #failingSince: number | null = null;
  #dropped = 0;
  #retryMs: number;

  constructor(deps: { db: Db; log: Logger } & StateWriterOptions) {
    const { db } = deps;
    this.#flushMs = deps.flushMs ?? 200;
    this.#retryMs = this.#flushMs * 5;
    this.#maxBatch = deps.maxBatch ?? 1000;
    this.#maxQueued = Math.max(this.#maxBatch, deps.maxQueued ?? 20_000);
    this.#log = deps.log;
    this.#onTrouble = deps.onTrouble ?? (() => undefined);
    const upsertSql = (rows: number) =>
      `INSERT INTO device_state (device_id, capability_id, value, at) VALUES ${Array(rows).fill('(?, ?, ?, ?)').join(', ')}
       ON CONFLICT (device_id, capability_id) DO UPDATE SET value = excluded.value, at = excluded.at
       WHERE excluded.at >= device_state.at`;
    const upsert = db.prepare(upsertSql(1));
    const upsertRows = db.prepare(upsertSql(STATE_ROWS));
    const history = db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)');
    this.#writeBatch = db.transaction((batch: StateChange[], withState: boolean) => {
      // History: every change, in order, one row to a call (measured: a 50-row INSERT costs ~20 % more CPU per row
      // than 50 calls of a one-row one, foreign-key and index upkeep included). Current state: only the newest change
      // of each capability (what the upsert would keep anyway: the latest time, and of equal times the later one),
      // gathered over the batches until it is written, STATE_ROWS rows to a statement.
      const newest = this.#newest;
      const args: unknown[] = [];
      for (const c of batch) {
        let caps = newest.get(c.deviceId);
        if (!caps) newest.set(c.deviceId, (caps = new Map()));
        const seen = caps.get(c.capabilityId);
        if (!seen || c.at >= seen.at) caps.set(c.capabilityId, c);
        history.run(c.deviceId, c.capabilityId, JSON.stringify(c.value), c.at);
      }
      if (!withState) return;
      for (const caps of newest.values()) {
        for (const c of caps.values()) {
          args.push(c.deviceId, c.capabilityId, JSON.stringify(c.value), c.at);
          if (args.length === STATE_ROWS * 4) {
            upsertRows.run(args);
            args.length = 0;
          }
        }
      }
      for (let i = 0; i < args.length; i += 4) upsert.run(args[i], args[i + 1], args[i + 2], args[i + 3]);
    });
  }

  get pending(): number {
    return this.#queue.length;
  }

  /** True while writes fail; changes wait in the (bounded) queue. */
  get failing(): boolean {
    return this.#failingSince !== null;
  }

  /** Milliseconds between flushes (low-power mode batches history writes with a longer one). */
  set flushMs(ms: number) {
    this.#flushMs = ms;
  }

  enqueue(change: StateChange): void {
    this.#queue.push(change);
    if (this.#queue.length > this.#maxQueued) this.#shed();
    if (this.#failingSince !== null) return; // the retry timer is armed
    if (this.#queue.length >= this.#maxBatch) {
      this.#write(this.#stateSince !== null && Date.now() - this.#stateSince >= this.#flushMs);
    } else if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), this.#flushMs);
      this.#timer.unref?.();
    }
  }

  /** Writes every queued change: its history and the current state. */
  flush(): void {
    this.#write(true);
  }

  /** Writes the queued history, and the current state too when `withState` (else it waits for the flush timer). */
  #write(withState: boolean): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#queue.length === 0 && (!withState || this.#newest.size === 0)) return;
    const batch = this.#queue;
    this.#queue = [];
    try {
      this.#writeBatch(batch, withState);
      if (withState) {
        this.#newest.clear();
        this.#stateSince = null;
      } else {
        this.#stateSince ??= Date.now();
        this.#timer = setTimeout(() => this.flush(), Math.max(0, this.#stateSince + this.#flushMs - Date.now()));
        this.#timer.unref?.();
      }
    } catch (err) {
      // Keep the changes and retry later rather than losing them; say so once, not on every retry.
      this.#queue = batch.concat(this.#queue);
      if (this.#failingSince === null) {
        this.#failingSince = Date.now();
        this.#retryMs = this.#flushMs * 5;
        this.#log.error(`could not write ${batch.length} state changes; will retry until it works`, err);
        this.#onTrouble({ kind: 'failing', error: err, full: isDiskFull(err) });
      } else {
        this.#retryMs = Math.min(this.#retryMs * 2, 30_000);
      }
      if (!this.#timer) {
        this.#timer = setTimeout(() => this.flush(), this.#retryMs);
        this.#timer.unref?.();
      }
      return;
    }
    if (this.#failingSince !== null) {
      const failedFor = Date.now() - this.#failingSince;
      const droppedHistory = this.#dropped;
      this.#failingSince = null;
      this.#dropped = 0;
      this.#log.info(`state changes are written again (after ${Math.round(failedFor / 1000)} s; ${droppedHistory} older history values dropped)`);
      this.#onTrouble({ kind: 'resumed', failedFor, droppedHistory });
    }
  }

  /** Over the bound: drop the oldest values that a newer queued value of the same capability supersedes. */
  #shed(): void {
    const target = Math.floor(this.#maxQueued * 0.9);
    const newest = new Map<string, number>();
    this.#queue.forEach((c, i) => newest.set(`${c.deviceId}\u0000${c.capabilityId}`, i));
    let excess = this.#queue.length - target;
    const kept = this.#queue.filter((c, i) => {
      if (excess <= 0 || newest.get(`${c.deviceId}\u0000${c.capabilityId}`) === i) return true;
      excess--;
      return false;
    });
    // Still over (every queued value is a different capability's latest): the oldest go.
    const out = kept.length > target ? kept.slice(kept.length - target) : kept;
    this.#dropped += this.#queue.length - out.length;
    this.#queue = out;
  }
}
