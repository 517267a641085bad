// BENCHMARKS.md from the figures of the last runs: `npm run bench -- --write` (or `npx tsx bench/run.ts <name>…
// --write`) merges the figures it printed into bench/last-run.json, by benchmark, with the machine and the time
// of that run, and rewrites BENCHMARKS.md from it; `npx tsx bench/write-md.ts` rewrites the page alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const JSON_FILE = join(ROOT, 'bench', 'last-run.json');
const MD_FILE = join(ROOT, 'BENCHMARKS.md');

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** 1-minute load average when the benchmark started: others' work on a shared machine shows here. */
  load: number;
}

interface BenchRun {
  at: string;
  machine: Machine;
  figures: Figure[];
}

type LastRuns = Record<string, BenchRun>;

/** The goals issue 16 sets; figures without one are context (baselines, ratios, parts). */
const GOALS: Record<string, { op: '<' | '>='; value: number }> = {
  command_overhead_p99_ms: { op: '<', value: 2 },
  history_ingest_vs_raw_ratio: { op: '>=', value: 0.8 },
  cold_start_ms_1000: { op: '<', value: 1500 },
  rss_mb_1000: { op: '<', value: 150 },
  ui_10k_render_ms: { op: '<', value: 500 },
  automation_events_per_s_100k: { op: '>=', value: 1_000_000 },
};

export function machine(): Machine {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, load: Math.round(loadavg()[0]! * 100) / 100 };
}

function read(): LastRuns {
  return existsSync(JSON_FILE) ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as LastRuns) : {};
}

/** Keeps this run's figures of each benchmark it ran (replacing that benchmark's earlier ones). */
export function record(bench: string, run: BenchRun): void {
  const all = read();
  all[bench] = run;
  writeFileSync(JSON_FILE, JSON.stringify(all, null, 2) + '\n');
}

const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v >= 100 ? v.toFixed(0) : v.toFixed(3));

function verdict(name: string, value: number): string {
  const g = GOALS[name];
  if (!g) return '';
  const met = g.op === '<' ? value < g.value : value >= g.value;
  return `${g.op} ${fmt(g.value)} — ${met ? '**met**' : '**not met**'}`;
}

export function writeMarkdown(): void {
  const all = read();
  const names = Object.keys(all).sort((a, b) => all[a]!.at.localeCompare(all[b]!.at));
  const lines = [
    '# Benchmarks',
    '',
    'Written by `bench/write-md.ts` from `bench/last-run.json`: the figures each benchmark printed the last time it ran',
    'with `--write` (`npm run bench -- --write`, or `npx tsx bench/run.ts <name> --write` for one). Each figure comes with',
    'a baseline measured in the same run; the machine is said per benchmark, with its load when the run started (the',
    'machines are shared: a load above the number of cores means the figures were measured against other work).',
    '',
    '## Goals (issue 16)',
    '',
    '| figure | value | goal |',
    '| --- | ---: | --- |',
  ];
  const byName = new Map<string, Figure>();
  for (const b of names) for (const f of all[b]!.figures) byName.set(f.name, f);
  for (const goal of Object.keys(GOALS)) {
    const f = byName.get(goal);
    lines.push(`| \`${goal}\` | ${f ? `${fmt(f.value)} ${f.unit}` : 'not run'} | ${f ? verdict(goal, f.value) : `${GOALS[goal]!.op} ${fmt(GOALS[goal]!.value)}`} |`);
  }
  for (const b of names) {
    const r = all[b]!;
    const m = r.machine;
    lines.push('', `## ${b}`, '', `${r.at} — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load ${m.load}`, '', '| figure | value | goal |', '| --- | ---: | --- |');
    for (const f of r.figures) lines.push(`| \`${f.name}\` | ${fmt(f.value)} ${f.unit} | ${verdict(f.name, f.value)} |`);
  }
  writeFileSync(MD_FILE, lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) writeMarkdown();
