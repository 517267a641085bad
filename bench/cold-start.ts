// Cold start of the built hub on a real home (no demo simulators, no stick: bench/hub-home.ts) of 0, 1,000 and
// 10,000 devices: from spawning `node dist/main/cli.js --hub` to its "Hearth is running at" line (the server
// listens with every device loaded), and to the first devices.list a signed-in client gets with all of them.
// Each start is a new process on a data folder already written; rounds alternate the sizes and the medians are
// reported. Baseline in the same run: the same start with 0 devices. Then the hub's resident memory (VmRSS of its
// process alone) 2 s after it is ready with 1,000 devices. Goals: < 1,500 ms at 1,000; < 150 MB.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { connect, ensureBuilt, seedHome, startBuiltHub } from './hub-home';

const ROUNDS = Number(process.env.BENCH_COLD_START_ROUNDS ?? 3);
const SIZES = [0, 1_000, 10_000] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(dataDir: string, expected: number) {
  const hub = await startBuiltHub(dataDir);
  try {
    const t = performance.now();
    const client = await connect(hub);
    const devices = await client.request<unknown[]>('devices.list');
    const listMs = hub.readyMs + (performance.now() - t);
    if (devices.length !== expected) throw new Error(`the hub listed ${devices.length} devices, expected ${expected}`);
    const info = await client.request<{ demo: boolean }>('system.info');
    if (info.demo) throw new Error('the hub started the demo home');
    client.close();
    await new Promise((r) => setTimeout(r, 2_000));
    return { readyMs: hub.readyMs, listMs, rssMb: hub.rssMb() };
  } finally {
    await hub.stop();
  }
}

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  ensureBuilt();
  const dirs = new Map<number, string>();
  try {
    for (const n of SIZES) dirs.set(n, await seedHome(n));
    const results = new Map<number, Awaited<ReturnType<typeof once>>[]>(SIZES.map((n) => [n, []]));
    // A first start of each size, not counted: it pays for the page cache and the code cache of this machine.
    for (const n of SIZES) await once(dirs.get(n)!, n);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? SIZES : [...SIZES].reverse();
      for (const n of order) results.get(n)!.push(await once(dirs.get(n)!, n));
    }
    for (const n of SIZES) {
      const r = results.get(n)!;
      console.log(`cold start, ${n} devices: ready ${r.map((x) => x.readyMs.toFixed(0)).join('/')} ms, first full list ${r.map((x) => x.listMs.toFixed(0)).join('/')} ms, ` +
        `RSS ${r.map((x) => x.rssMb.toFixed(0)).join('/')} MB`);
    }
    const ready = (n: number) => median(results.get(n)!.map((x) => x.readyMs));
    const list = (n: number) => median(results.get(n)!.map((x) => x.listMs));
    const rss = (n: number) => median(results.get(n)!.map((x) => x.rssMb));
    report('cold_start_ms_1000', ready(1_000), 'ms');
    report('cold_start_ms_10000', ready(10_000), 'ms');
    report('cold_start_ms_0', ready(0), 'ms');
    report('cold_start_1000_vs_0_ratio', ready(1_000) / ready(0), 'x');
    report('cold_start_list_ms_1000', list(1_000), 'ms');
    report('cold_start_list_ms_10000', list(10_000), 'ms');
    report('rss_mb_1000', rss(1_000), 'MB');
    report('rss_mb_0', rss(0), 'MB');
    report('rss_mb_10000', rss(10_000), 'MB');
  } finally {
    for (const d of dirs.values()) rmSync(d, { recursive: true, force: true });
  }
}
