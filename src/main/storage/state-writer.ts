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
}

export class StateWriter {
  #queue: StateChange[] = [];
  #timer: NodeJS.Timeout | null = null;
  readonly #flushMs: number;
  readonly #maxBatch: number;
  readonly #writeBatch: (batch: StateChange[]) => void;
  readonly #log: Logger;

  constructor(deps: { db: Db; log: Logger } & StateWriterOptions) {
    const { db } = deps;
    this.#flushMs = deps.flushMs ?? 200;
    this.#maxBatch = deps.maxBatch ?? 1000;
    this.#log = deps.log;
    const upsert = db.prepare(
      `INSERT INTO device_state (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (device_id, capability_id) DO UPDATE SET value = excluded.value, at = excluded.at
       WHERE excluded.at >= device_state.at`,
    );
    const history = db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)');
    this.#writeBatch = db.transaction((batch: StateChange[]) => {
      for (const c of batch) {
        const v = JSON.stringify(c.value);
        upsert.run(c.deviceId, c.capabilityId, v, c.at);
        history.run(c.deviceId, c.capabilityId, v, c.at);
      }
    });
  }

  get pending(): number {
    return this.#queue.length;
  }

  enqueue(change: StateChange): void {
    this.#queue.push(change);
    if (this.#queue.length >= this.#maxBatch) {
      this.flush();
    } else if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), this.#flushMs);
      this.#timer.unref?.();
    }
  }

  flush(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#queue.length === 0) return;
    const batch = this.#queue;
    this.#queue = [];
    try {
      this.#writeBatch(batch);
    } catch (err) {
      // Keep the changes and retry on the next flush rather than losing them.
      this.#queue = batch.concat(this.#queue);
      this.#log.error(`could not write ${batch.length} state changes; will retry`, err);
      if (!this.#timer) {
        this.#timer = setTimeout(() => this.flush(), this.#flushMs * 5);
        this.#timer.unref?.();
      }
    }
  }
}
