// Writing automation run traces to SQLite: one transaction per batch that stores the traces (an update by id
// replaces the body) and keeps each rule's newest MAX_PER_RULE. TraceStore runs it on the main thread, or hands the
// batches to a thread of their own running this same file (workerData.hearthTraceWriter), so that a burst of
// automations does not wait for the disk: the thread opens its own connection for each batch and closes it before
// saying the batch is written (a shared counter TraceStore waits on when it must read what it wrote).
// Plain JavaScript: the thread loads this file as it is, from the source tree and from the built app (copied to
// dist/main by scripts/build.mjs).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';

export const MAX_PER_RULE = 200;

/**
 * The batch writer on one connection. `state.held`: how many traces each rule may hold at most, counted from the
 * table once (on the first write) and raised by each trace written since (an update counts too, so it never falls
 * short): a rule is pruned only when it may be over MAX_PER_RULE. It outlives the connection (the thread opens one
 * per batch).
 */
export function traceBatchWriter(db, state) {
  const upsert = db.prepare(
    `INSERT INTO traces (id, at, rule_id, plan_id, result, body) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, result = excluded.result, body = excluded.body`,
  );
  const prune = db.prepare('DELETE FROM traces WHERE rule_id = ? AND at < (SELECT at FROM traces WHERE rule_id = ? ORDER BY at DESC LIMIT 1 OFFSET ?)');
  const count = db.prepare('SELECT rule_id AS rule, COUNT(*) AS n FROM traces WHERE rule_id IS NOT NULL GROUP BY rule_id');
  return db.transaction((batch) => {
    const held = (state.held ??= new Map(count.all().map((r) => [r.rule, r.n])));
    const written = new Map();
    for (const t of batch) {
      upsert.run(t.id, t.at, t.ruleId, t.planId, t.result, JSON.stringify(t));
      if (t.ruleId) written.set(t.ruleId, (written.get(t.ruleId) ?? 0) + 1);
    }
    for (const [r, k] of written) {
      const n = (held.get(r) ?? 0) + k;
      if (n <= MAX_PER_RULE) held.set(r, n);
      else {
        prune.run(r, r, MAX_PER_RULE - 1);
        held.set(r, MAX_PER_RULE);
      }
    }
  });
}

/** Slots of the shared counter: the last batch written, and the batch that failed (0: none). */
export const WRITTEN = 0;
export const FAILED = 1;

if (!isMainThread && workerData?.hearthTraceWriter) {
  const { file, nativeBinding, counter } = workerData.hearthTraceWriter;
  const slots = new Int32Array(counter);
  const state = { held: null };
  parentPort.on('message', ({ seq, batch, pragmas }) => {
    let db;
    try {
      db = new Database(file, nativeBinding ? { nativeBinding } : {});
      for (const p of pragmas) db.pragma(p);
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      traceBatchWriter(db, state)(batch);
      db.close();
      db = undefined;
      Atomics.store(slots, WRITTEN, seq);
    } catch (err) {
      try {
        db?.close();
      } catch {
        // already failing: the batch is written again by the main thread
      }
      Atomics.store(slots, FAILED, seq);
      parentPort.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
    }
    Atomics.notify(slots, WRITTEN);
  });
}
