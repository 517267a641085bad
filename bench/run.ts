// `npm run bench`: runs every benchmark, then prints each figure as `BENCH <name> <value> <unit>`, after
// any other output. Figures are compared with a baseline measured in the same run (machines are noisy).
// `npx tsx bench/run.ts <name>…` runs some; `--write` also keeps their figures in bench/last-run.json and
// rewrites BENCHMARKS.md (bench/write-md.ts).
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
const write = args.includes('--write');
const only = args.filter((a) => a !== '--write');
const lines: string[] = [];
for (const [name, bench] of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`running ${name}…`);
  const at = new Date().toISOString();
  const m = machine();
  const figures: Figure[] = [];
  await bench((figure, value, unit) => {
    figures.push({ name: figure, value, unit });
    lines.push(`BENCH ${figure} ${Number.isInteger(value) ? value : value.toFixed(3)} ${unit}`);
  });
  if (write) record(name, { at, machine: m, figures });
}
for (const l of lines) console.log(l);
if (write) {
  writeMarkdown();
  console.log('BENCHMARKS.md written');
}
process.exit(0);
