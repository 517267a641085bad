// History ingest: Hearth's own state writer (storage/state-writer.ts: the queue, its batches, the current-state
// table and the history rows) against raw batched better-sqlite3 inserts of the same rows into the same schema
// (a fresh database opened by the product, 1,000-row transactions, one prepared INSERT into state_history).
// The same stream of state changes, the same number of history rows, alternating rounds in the same run; the
// figure is Hearth's rows/s over raw rows/s (median of the rounds' ratios). Goal ≥ 0.8. Hearth's writer also
// keeps each capability's current value (device_state): a second baseline does the same rawly, row by row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CapabilityValue } from '../src/shared/model';
import { openDatabase, type Db } from '../src/main/storage/db';
import { upsertDevice } from '../src/main/storage/repo';
import { StateWriter, type StateChange } from '../src/main/storage/state-writer';
import { rng } from '../src/main/test/many-rules';

const quiet = { info() {}, warn() {}, error() {} };
const DEVICES = 1_000;
const ROWS = Number(process.env.BENCH_HISTORY_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_HISTORY_ROUNDS ?? 5);
const BATCH = 1_000;

function changes(): StateChange[] {
  const random = rng(7);
  const out: StateChange[] = [];
  const t0 = 1_700_000_000_000;
  for (let i = 0; i < ROWS; i++) {
    const d = Math.floor(random() * DEVICES);
    const r = random();
    const [capabilityId, value]: [string, CapabilityValue] =
      r < 0.4 ? ['onOff', random() < 0.5] : r < 0.8 ? ['level', Math.floor(random() * 101)] : ['power', Math.round(random() * 2000) / 10];
    out.push({ deviceId: `zwave:${d}`, capabilityId, value, at: t0 + i });
  }
  return out;
}

function freshDb(dir: string, name: string): Db {
  const db = openDatabase(join(dir, name));
  db.transaction(() => {
    for (let i = 0; i < DEVICES; i++) {
      upsertDevice(db, {
        id: `zwave:${i}`, protocol: 'zwave', nativeId: String(i), name: `Light ${i}`, userNamed: false, areaId: null, userArea: false,
        manufacturer: '', model: '', firmware: null, capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }],
      }, 0, 'real');
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

function hearth(db: Db, stream: StateChange[]): number {
  const writer = new StateWriter({ db, log: quiet });
  const t = performance.now();
  for (const c of stream) writer.enqueue(c);
  writer.flush();
  return performance.now() - t;
}

function raw(db: Db, stream: StateChange[]): number {
  const ins = db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)');
  const batch = db.transaction((rows: StateChange[]) => {
    for (const c of rows) ins.run(c.deviceId, c.capabilityId, JSON.stringify(c.value), c.at);
  });
  const t = performance.now();
  for (let i = 0; i < stream.length; i += BATCH) batch(stream.slice(i, i + BATCH));
  return performance.now() - t;
}

/** Raw inserts that also keep the current state, as a plain writer would: each row's history and its upsert. */
function rawWithState(db: Db, stream: StateChange[]): number {
  const ins = db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)');
  const upsert = db.prepare(
    `INSERT INTO device_state (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id, capability_id) DO UPDATE SET value = excluded.value, at = excluded.at WHERE excluded.at >= device_state.at`,
  );
  const batch = db.transaction((rows: StateChange[]) => {
    for (const c of rows) {
      const v = JSON.stringify(c.value);
      ins.run(c.deviceId, c.capabilityId, v, c.at);
      upsert.run(c.deviceId, c.capabilityId, v, c.at);
    }
  });
  const t = performance.now();
  for (let i = 0; i < stream.length; i += BATCH) batch(stream.slice(i, i + BATCH));
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const stream = changes();
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-history-'));
  const hearthMs: number[] = [];
  const rawMs: number[] = [];
  const ratios: number[] = [];
  const stateRatios: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so a slow moment of a shared machine does not always fall on the same one.
      const order = round % 2 === 0 ? (['raw', 'hearth', 'state'] as const) : (['state', 'hearth', 'raw'] as const);
      const t: Record<string, number> = {};
      for (const which of order) {
        const db = freshDb(dir, `${which}${round}.db`);
        t[which] = which === 'raw' ? raw(db, stream) : which === 'state' ? rawWithState(db, stream) : hearth(db, stream);
        const rows = (db.prepare('SELECT count(*) AS n FROM state_history').get() as { n: number }).n;
        if (rows !== stream.length) throw new Error(`${which} wrote ${rows} history rows, expected ${stream.length}`);
        db.close();
      }
      hearthMs.push(t.hearth!);
      rawMs.push(t.raw!);
      ratios.push(t.raw! / t.hearth!);
      stateRatios.push(t.state! / t.hearth!);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const hearthRate = stream.length / (median(hearthMs) / 1000);
  const rawRate = stream.length / (median(rawMs) / 1000);
  console.log(`history ingest: ${stream.length} changes over ${DEVICES} devices, ${ROUNDS} rounds; Hearth ${Math.round(hearthRate)} rows/s ` +
    `(rounds ${hearthMs.map((m) => m.toFixed(0)).join('/')} ms), raw ${Math.round(rawRate)} rows/s (rounds ${rawMs.map((m) => m.toFixed(0)).join('/')} ms); ` +
    `ratios ${ratios.map((r) => r.toFixed(2)).join('/')}`);
  report('history_ingest_rows_per_s', Math.round(hearthRate), 'rows/s');
  report('history_ingest_raw_rows_per_s', Math.round(rawRate), 'rows/s');
  console.log(`against raw inserts that also keep the current state (a history row and an upsert per change): ratios ${stateRatios.map((r) => r.toFixed(2)).join('/')}`);
  report('history_ingest_vs_raw_ratio', median(ratios), 'x');
  report('history_ingest_vs_raw_with_state_ratio', median(stateRatios), 'x');
}
