// `npm run bench`: runs every benchmark, then prints each figure as `BENCH <name> <value> <unit>`, after
// any other output. Figures are compared with a baseline measured in the same run (machines are noisy).
// `npx tsx bench/run.ts <name>…` runs some; `--write` also keeps their figures in bench/last-run.json and
// rewrites BENCHMARKS.md (bench/write-md.ts). Each benchmark runs in a child process of its own.
import { run as automation, runRuleSave as ruleSave } from './automation';
import { run as automation100k } from './automation-100k';
import { run as coldStart } from './cold-start';
import { run as commandLatency } from './command-latency';
import { run as commandOverhead } from './command-overhead';
import { run as historyIngest } from './history-ingest';
import { run as mqtt } from './mqtt';
import { run as nl } from './nl';
import { run as sqlite } from './sqlite';
import { run as uiRender } from './ui-render';
import { run as voice } from './voice';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { machine, record, writeMarkdown, type Figure } from './write-md';

type Bench = (report: (name: string, value: number, unit: string) => void) => Promise<void>;

const benches: [string, Bench][] = [
  ['nl', nl],
  ['automation', automation],
  ['automation-100k', automation100k],
  ['rule-save', ruleSave],
  ['command-latency', commandLatency],
  ['command-overhead', commandOverhead],
  ['sqlite', sqlite],
  ['mqtt', mqtt],
  ['history-ingest', historyIngest],
  ['cold-start', coldStart],
  ['ui-render', uiRender],
  ['voice', voice],
];

const args = process.argv.slice(2);

// Each benchmark runs in a process of its own, as a hub would: one bench's heap (the 100,000-device automation run,
// the parser's sets) must not leave garbage collection pauses in the next one's figures. The child prints each
// figure as one `FIGURE {json}` line, which the parent turns into the `BENCH` lines and last-run.json.
const child = args.indexOf('--child');
if (child >= 0) {
  const name = args[child + 1];
  const bench = benches.find(([n]) => n === name)?.[1];
  if (!bench) throw new Error(`no benchmark called ${name}`);
  await bench((name, value, unit) => console.log(`FIGURE ${JSON.stringify({ name, value, unit })}`));
  process.exit(0);
}

function runChild(name: string): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', name], { stdio: ['ignore', 'pipe', 'inherit'] });
    const figures: Figure[] = [];
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (line.startsWith('FIGURE ')) figures.push(JSON.parse(line.slice(7)) as Figure);
      else console.log(line);
    });
    proc.once('error', reject);
    proc.once('exit', (code, signal) => (code === 0 ? resolve(figures) : reject(new Error(`benchmark ${name} failed (code ${code}, signal ${signal})`))));
  });
}

const write = args.includes('--write');
const only = args.filter((a) => a !== '--write');
const lines: string[] = [];
for (const [name] of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`running ${name}…`);
  const at = new Date().toISOString();
  const m = machine();
  const figures = await runChild(name);
  for (const f of figures) lines.push(`BENCH ${f.name} ${Number.isInteger(f.value) ? f.value : f.value.toFixed(3)} ${f.unit}`);
  if (write) record(name, { at, machine: m, figures });
}
for (const l of lines) console.log(l);
if (write) {
  writeMarkdown();
  console.log('BENCHMARKS.md written');
}
process.exit(0);
