// Database throughput with and without encryption at rest: Hearth's own write pattern (state history in
// batched transactions of 200 rows) and its history query, on a file in WAL mode. The baseline is the same
// work on an unencrypted file in the same run; the figure is encrypted / plain.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/main/storage/db';

const BATCHES = Number(process.env.BENCH_SQLITE_BATCHES ?? 250);
const QUERIES = Number(process.env.BENCH_SQLITE_QUERIES ?? 10_000);

function once(file: string, key: Buffer | null) {
  const db = openDatabase(file, { key });
  db.prepare("INSERT INTO devices (id, protocol, native_id, name, created_at, updated_at) VALUES ('d', 'zwave', '1', 'Lamp', 0, 0)").run();
  const ins = db.prepare("INSERT INTO state_history (device_id, capability_id, value, at) VALUES ('d', ?, ?, ?)");
  const batch = db.transaction((n0: number) => {
    for (let i = 0; i < 200; i++) ins.run(i % 2 ? 'level' : 'onOff', String(i), n0 + i);
  });
  let t = performance.now();
  for (let b = 0; b < BATCHES; b++) batch(b * 200);
  const writes = (BATCHES * 200) / ((performance.now() - t) / 1000);
  const q = db.prepare("SELECT at, value FROM state_history WHERE device_id = 'd' AND capability_id = ? AND at >= ? ORDER BY at DESC LIMIT 50");
  t = performance.now();
  for (let i = 0; i < QUERIES; i++) q.all(i % 2 ? 'level' : 'onOff', (i * 7) % (BATCHES * 200));
  const reads = QUERIES / ((performance.now() - t) / 1000);
  db.close();
  return { writes, reads };
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-sqlite-'));
  const key = Buffer.alloc(32, 0xab);
  const plain: ReturnType<typeof once>[] = [];
  const enc: ReturnType<typeof once>[] = [];
  try {
    for (let round = 0; round < 5; round++) {
      plain.push(once(join(dir, `p${round}.db`), null));
      enc.push(once(join(dir, `e${round}.db`), key));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pw = median(plain.map((r) => r.writes));
  const pr = median(plain.map((r) => r.reads));
  report('sqlite.plain.history_writes', Math.round(pw), 'rows/s');
  report('sqlite.plain.history_queries', Math.round(pr), 'queries/s');
  report('sqlite.encrypted.history_writes', Math.round(median(enc.map((r) => r.writes))), 'rows/s');
  report('sqlite.encrypted.history_queries', Math.round(median(enc.map((r) => r.reads))), 'queries/s');
  report('sqlite.encrypted_vs_plain.writes', median(enc.map((r, i) => r.writes / plain[i]!.writes)), 'ratio');
  report('sqlite.encrypted_vs_plain.queries', median(enc.map((r, i) => r.reads / plain[i]!.reads)), 'ratio');
}
