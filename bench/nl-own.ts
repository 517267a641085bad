// Scores the parser on Hearth's own evaluation set (data/nl/own-en.jsonl, see data/nl/OWN.md): the fixture
// home's top level in °F or °C per line, read on a fixed clock; accuracy per class, and the wrong-action rate
// (lines where Hearth acted, and differently from what was expected — a question back is never one).
import { readFileSync } from 'node:fs';
import { createParser, type NlParser, type NlResult } from '../src/main/nl/parser';
import { homeFromHaFixture } from '../src/main/nl/home-ha';
import type { NlAction } from '../src/main/nl/actions';
import { DATA_DIR, loadFixture } from './nl-score';

export type Split = 'dev' | 'heldback' | 'heldback2' | 'dev2' | 'heldback3' | 'dev3' | 'heldback4' | 'dev4' | 'heldback5' | 'dev5' | 'heldback6' | 'dev6' | 'heldback7' | 'dev7' | 'heldback8' | 'dev8' | 'heldback9' | 'dev9' | 'heldback10' | 'dev10' | 'heldback11' | 'dev11' | 'heldback12' | 'dev12' | 'heldback13' | 'dev13' | 'heldback14' | 'dev14' | 'heldback15' | 'dev15' | 'heldback16' | 'dev16' | 'heldback17' | 'dev17' | 'heldback18' | 'dev18' | 'heldback19' | 'dev19' | 'heldback20' | 'dev20' | 'heldback21' | 'dev21' | 'heldback22' | 'dev22' | 'heldback23';

interface ExpectedAction {
  entity: string;
  service: string;
  data: Record<string, unknown>;
  delay_s: number;
  schedule?: Record<string, unknown>;
}

export interface OwnRow {
  class: string;
  split: Split;
  unit: 'F' | 'C';
  text: string;
  expect: 'ask' | 'answer' | ExpectedAction[];
  context?: { area?: string; previous?: string[] };
}

export interface OwnResult {
  row: OwnRow;
  ok: boolean;
  /** Hearth acted, and not as expected. */
  wrong: boolean;
  got: string;
}

/** Development material (OWN.md): every set that has been seen, held-back sets once they were scored. */
export const DEV_SETS = ['own-en.jsonl', 'own-dev2.jsonl', 'own-heldback-v2.jsonl', 'own-heldback-v3.jsonl', 'own-heldback-v4.jsonl', 'own-heldback-v5.jsonl', 'own-heldback-v6.jsonl', 'own-heldback-v7.jsonl', 'own-heldback-v8.jsonl', 'own-heldback-v9.jsonl', 'own-heldback-v10.jsonl', 'own-heldback-v11.jsonl', 'own-heldback-v12.jsonl', 'own-heldback-v13.jsonl', 'own-heldback-v14.jsonl', 'own-heldback-v15.jsonl', 'own-heldback-v16.jsonl', 'own-heldback-v17.jsonl', 'own-heldback-v18.jsonl', 'own-heldback-v19.jsonl', 'own-heldback-v20.jsonl', 'own-heldback-v21.jsonl', 'own-heldback-v22.jsonl'];
/** The blind held-back set of the current round (split heldback23): scored by `npm run bench` only, never opened while tuning. */
export const BLIND_SET = 'own-heldback-v23.jsonl';

/** The clock the set is read on: Wednesday 2025-06-11, 09:00 local time. */
export const OWN_NOW = (): Date => new Date(2025, 5, 11, 9, 0, 0);

/** The rows of one set in the format of own-en.jsonl: a name in data/nl/ (default own-en.jsonl) or a path. */
export function loadOwnRows(file = 'own-en.jsonl'): OwnRow[] {
  const text = readFileSync(file.includes('/') ? file : new URL(file, DATA_DIR), 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as OwnRow);
}

function sameData(want: Record<string, unknown>, got: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
  for (const k of keys) {
    const a = want[k];
    const b = got[k];
    if (typeof a === 'number' && typeof b === 'number') {
      if (Math.abs(a - b) > 0.05) return false;
    } else if (JSON.stringify(a) !== JSON.stringify(b)) return false;
  }
  return true;
}

/** The part of a schedule the set checks: its kind and when. */
function scheduleKey(s: Record<string, unknown> | undefined): string {
  if (!s) return '';
  switch (s['kind']) {
    case 'weekly':
      return `weekly ${(s['days'] as string[]).join(',')} ${String(s['time'] ?? '')}${s['sun'] ? ` ${String(s['sun'])}` : ''}`;
    case 'sun':
      return `sun ${String(s['event'])}`;
    case 'interval':
      return `interval ${String(s['every_s'])}`;
    default:
      return String(s['kind']);
  }
}

function sameAction(want: ExpectedAction, got: NlAction): boolean {
  return want.entity === got.entity && want.service === got.service && Math.abs(want.delay_s - got.delay_s) <= 1
    && sameData(want.data, got.data) && scheduleKey(want.schedule) === scheduleKey(got.schedule as Record<string, unknown> | undefined);
}

/** Same actions, in any order. */
function sameActions(want: readonly ExpectedAction[], got: readonly NlAction[]): boolean {
  if (want.length !== got.length) return false;
  const left = [...got];
  for (const w of want) {
    const k = left.findIndex((g) => sameAction(w, g));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

function describe(r: NlResult): string {
  if (r.actions.length > 0) {
    return r.actions.map((a) => `${a.entity} ${a.service}${Object.keys(a.data).length ? ` ${JSON.stringify(a.data)}` : ''}${a.delay_s ? ` +${a.delay_s}s` : ''}${a.schedule ? ` @${scheduleKey(a.schedule as Record<string, unknown>)}` : ''}`).join('; ');
  }
  if (r.error) return `${r.error.code}: ${r.error.message}`;
  if (r.answer !== undefined) return `answer: ${r.answer}`;
  return 'nothing';
}

export function ownParsers(fixture: unknown): (unit: 'F' | 'C') => NlParser {
  const home = homeFromHaFixture(fixture);
  const parsers = { F: createParser({ ...home, temperatureUnit: 'F' }), C: createParser({ ...home, temperatureUnit: 'C' }) };
  return (unit) => parsers[unit];
}

export function scoreOwn(rows: readonly OwnRow[], fixture: unknown = loadFixture()): OwnResult[] {
  const parserFor = ownParsers(fixture);
  return rows.map((row) => {
    const r = parserFor(row.unit).parse(row.text, { area: row.context?.area ?? null, previous: row.context?.previous ?? null, now: OWN_NOW(), clock: '24h' });
    const acted = r.actions.length > 0;
    let ok: boolean;
    if (row.expect === 'ask') ok = !acted && r.error !== undefined;
    else if (row.expect === 'answer') ok = !acted && r.error === undefined && r.answer !== undefined;
    else ok = !r.error && sameActions(row.expect, r.actions);
    return { row, ok, wrong: acted && !ok, got: describe(r) };
  });
}

export interface OwnFigures {
  accuracy: number;
  wrongRate: number;
  byClass: Map<string, { n: number; ok: number; wrong: number }>;
}

export function figures(results: readonly OwnResult[]): OwnFigures {
  const byClass = new Map<string, { n: number; ok: number; wrong: number }>();
  for (const r of results) {
    const c = byClass.get(r.row.class) ?? { n: 0, ok: 0, wrong: 0 };
    c.n++;
    if (r.ok) c.ok++;
    if (r.wrong) c.wrong++;
    byClass.set(r.row.class, c);
  }
  const n = Math.max(1, results.length);
  return { accuracy: results.filter((r) => r.ok).length / n, wrongRate: results.filter((r) => r.wrong).length / n, byClass };
}

export function printFigures(results: readonly OwnResult[], split: string, misses = 0): OwnFigures {
  const f = figures(results);
  for (const [cls, c] of [...f.byClass].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`nl own ${split} ${cls.padEnd(12)} ${(c.ok / c.n).toFixed(2)} (${c.ok}/${c.n})  wrong actions ${c.wrong}`);
  }
  for (const r of results.filter((x) => !x.ok).slice(0, misses)) {
    console.log(`  ${r.wrong ? 'WRONG' : 'miss '} [${r.row.class}, °${r.row.unit}] "${r.row.text}" → ${r.got}`);
  }
  return f;
}
