// Run traces: kept in memory for the newest runs and written to SQLite in batches, off the event path — on a thread
// of their own when the store is given the database file (trace-writer.mjs), so a burst of automations does not wait
// for the disk.
// Each rule keeps its newest MAX_PER_RULE traces; command plans keep theirs for the undo window.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Trace } from '../../shared/plan';
import type { Logger } from '../../shared/logger';
import { registerWriter, type Db } from '../storage/db';
import { FAILED, traceBatchWriter, WRITTEN, type TraceWriterState } from './trace-writer.mjs';


/**
 * A new trace's id: a UUID laid out as version 7 — the time in ms first, then a counter within that millisecond
 * (RFC 9562's "rand_a" as a counter), then random bits drawn once per millisecond — so new traces go in at the end
 * of the table's id index in the order they were made (a random id costs SQLite more per write), and making one
 * costs no random draw of its own.
 */
export function traceId(): string {
  const now = Date.now();
  if (now !== idMs || idSeq > 0xfff) {
    if (now !== idMs) {
      const t = now.toString(16).padStart(12, '0');
      idMs = now;
      idTime = `${t.slice(0, 8)}-${t.slice(8, 12)}-7`;
    }
    idSeq = 0;
    idTail = randomUUID().slice(18);
  }
  return idTime + SEQ[idSeq++] + idTail;
}
let idMs = -1;
let idTime = '';
let idSeq = 0;
let idTail = '';
const SEQ = Array.from({ length: 0x1000 }, (_, i) => i.toString(16).padStart(3, '0'));

/** A thread of its own for the writes (see trace-writer.mjs): the database file and how to open it. */
export interface TraceThreadOptions {
  file: string;
  nativeBinding?: string | undefined;
  /** The pragmas that open the file with its current key (read for each batch: the key can change). */
  pragmas: () => string[];
}

/** The writer thread's file next to this module: in the source tree, or in dist/main beside the built chunks. */
function writerFile(): URL | null {
  for (const rel of ['./trace-writer.mjs', '../trace-writer.mjs']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

interface WriterThread {
  worker: Worker;
  /** Shared with the thread: the last batch written, the batch that failed (trace-writer.mjs). */
  slots: Int32Array;
  unregister: () => void;
}

/** How long a read waits for the thread to write what it was given before writing it here instead. */
const SETTLE_MS = 30_000;

export class TraceStore {
  readonly #db: Db;
  readonly #log: Logger;
  #queue = new Map<string, Trace>();
  #timer: NodeJS.Timeout | null = null;
  readonly #flushMs: number;
  /** The writer on this thread's connection: when there is no thread, and for what a failed thread left. */
  readonly #state: TraceWriterState = { held: null };
  #write: ((batch: Trace[]) => void) | null = null;
  #thread: WriterThread | null = null;
  #threadOpts: TraceThreadOptions | null;
  /** Batches given to the thread and not yet written, by number. */
  readonly #sent = new Map<number, Trace[]>();
  #seq = 0;

  constructor(deps: {
    db: Db;
    log: Logger;
    /** How long run traces wait to be written together. */
    flushMs?: number;
    /** Write on a thread of its own with a second connection (the app's database file); without it, on this one. */
    thread?: TraceThreadOptions;
  }) {
    this.#db = deps.db;
    this.#log = deps.log;
    this.#flushMs = deps.flushMs ?? 250;
    this.#threadOpts = deps.thread ?? null;
  }

  /** Records (or updates, by id) a trace. */
  record(t: Trace): void {
    this.#queue.set(t.id, t);
    if (this.#queue.size >= 2000) this.#hand();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => this.#hand(), this.#flushMs);
      this.#timer.unref?.();
    }
  }

  /** Writes every trace recorded so far before returning (also what the thread was given). */
  flush(): void {
    this.#hand();
    this.#settle();
  }

  /** Whether a writer thread is running (it starts with the first batch handed over). */
  get onThread(): boolean {
    return this.#thread !== null;
  }

  /** Writes what is left and stops the thread. */
  close(): void {
    this.flush();
    this.#stopThread();
  }

  /** Passes the queue on: to the thread (which writes it when it can), or writes it here. */
  #hand(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#queue.size === 0) return;
    const batch = [...this.#queue.values()];
    this.#queue = new Map();
    const thread = this.#threadOpts ? (this.#thread ?? this.#startThread()) : null;
    if (!thread) return this.#writeHere(batch);
    const seq = ++this.#seq;
    this.#sent.set(seq, batch);
    try {
      thread.worker.postMessage({ seq, batch, pragmas: this.#threadOpts!.pragmas() });
    } catch (err) {
      this.#threadFailed(`could not hand traces to the writer thread: ${String(err)}`);
    }
  }

  #writeHere(batch: Trace[]): void {
    try {
      (this.#write ??= traceBatchWriter(this.#db, this.#state))(batch);
    } catch (err) {
      this.#log.error(`could not write ${batch.length} automation traces`, err);
    }
  }

  #startThread(): WriterThread | null {
    const opts = this.#threadOpts!;
    const file = writerFile();
    if (!file) {
      this.#threadOpts = null;
      return null;
    }
    try {
      const counter = new SharedArrayBuffer(8);
      const worker = new Worker(file, { workerData: { hearthTraceWriter: { file: opts.file, nativeBinding: opts.nativeBinding, counter } } });
      worker.unref();
      worker.on('message', (m: { seq: number; error?: string }) => {
        if (m.error) this.#threadFailed(`the trace writer thread could not write batch ${m.seq}: ${m.error}`);
      });
      worker.on('error', (err) => this.#threadFailed(`the trace writer thread stopped: ${err.message}`));
      worker.on('exit', (code) => {
        if (this.#thread?.worker === worker) this.#threadFailed(`the trace writer thread exited (${code})`);
      });
      const unregister = registerWriter(this.#db, () => this.flush());
      this.#thread = { worker, slots: new Int32Array(counter), unregister };
      return this.#thread;
    } catch (err) {
      this.#log.warn(`automation traces are written on the main thread: ${String(err)}`);
      this.#threadOpts = null;
      return null;
    }
  }

  /** Waits until the thread has written every batch it was given (or failed: then they are written here). */
  #settle(): void {
    const thread = this.#thread;
    if (!thread || this.#sent.size === 0) return;
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      const written = Atomics.load(thread.slots, WRITTEN);
      for (const seq of this.#sent.keys()) if (seq <= written) this.#sent.delete(seq);
      if (this.#sent.size === 0) return;
      if (Atomics.load(thread.slots, FAILED) !== 0) return this.#threadFailed('the trace writer thread could not write a batch');
      const left = deadline - Date.now();
      if (left <= 0) return this.#threadFailed(`the trace writer thread did not write within ${SETTLE_MS / 1000} s`);
      Atomics.wait(thread.slots, WRITTEN, written, left);
    }
  }

  /** The thread is given up for this run: what it did not write is written here, and so is everything after. */
  #threadFailed(why: string): void {
    if (!this.#thread) return;
    const written = Atomics.load(this.#thread.slots, WRITTEN);
    this.#log.warn(`${why}; automation traces are written on the main thread from now on`);
    this.#stopThread();
    this.#threadOpts = null;
    const left = [...this.#sent].filter(([seq]) => seq > written).flatMap(([, batch]) => batch);
    this.#sent.clear();
    // Counted again from the table: the thread's counts are gone with it.
    this.#state.held = null;
    if (left.length) this.#writeHere(left);
  }

  #stopThread(): void {
    const thread = this.#thread;
    if (!thread) return;
    this.#thread = null;
    thread.unregister();
    void thread.worker.terminate();
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
