// Scores the NL parser on the Home Assistant intent sentences (shared/nl/ha-intents-en.jsonl), in the HA
// test convention: same intent, same slot names, same values (a row's `accepted` list allows any of several
// domains). Each part is resolved against its own home: `shared` → the fixture's top level (flat tests),
// `file` → per_file[source] (slot-combination tests).
import { readFileSync } from 'node:fs';
import { createParser, type NlParser } from '../src/main/nl/parser';
import { homeFromHaFixture } from '../src/main/nl/home-ha';
import type { SlotValue } from '../src/main/nl/slots';

export interface Row {
  text: string;
  intent: string;
  slots: Record<string, unknown>;
  source: string;
  home: 'shared' | 'file';
  context?: Record<string, unknown>;
  accepted?: Record<string, unknown[]>;
}

export interface RowResult {
  row: Row;
  ok: boolean;
  intent: string | null;
  slots: Record<string, SlotValue>;
  why: string;
}

export const DATA_DIR = new URL('./data/nl/', import.meta.url);

export function loadRows(): Row[] {
  const text = readFileSync(new URL('ha-intents-en.jsonl', DATA_DIR), 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

export function loadFixture(): unknown {
  return JSON.parse(readFileSync(new URL('ha-fixtures-en.json', DATA_DIR), 'utf8'));
}

/** One parser per home, built once. */
export function parserFor(fixture: unknown): (row: Row) => NlParser {
  const cache = new Map<string, NlParser>();
  return (row) => {
    const key = row.home === 'shared' ? '' : row.source;
    let parser = cache.get(key);
    if (!parser) {
      const home = row.home === 'shared' ? homeFromHaFixture(fixture) : homeFromHaFixture(fixture, row.source);
      parser = createParser(home, { slots: row.home === 'shared' ? 'flat' : 'combination' });
      cache.set(key, parser);
    }
    return parser;
  };
}

function sameValue(expected: unknown, actual: SlotValue, accepted: unknown[] | undefined): boolean {
  if (accepted && accepted.includes(actual)) return true;
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 1e-9;
  return expected === actual;
}

export function compare(row: Row, intent: string | null, slots: Record<string, SlotValue>): string {
  if (intent !== row.intent) return `intent ${intent} ≠ ${row.intent}`;
  const want = Object.keys(row.slots).sort();
  const got = Object.keys(slots).sort();
  if (want.join() !== got.join()) return `slot names [${got.join(',')}] ≠ [${want.join(',')}]`;
  for (const k of want) {
    if (!sameValue(row.slots[k], slots[k]!, row.accepted?.[k])) return `${k}=${JSON.stringify(slots[k])} ≠ ${JSON.stringify(row.slots[k])}`;
  }
  return '';
}

export function scoreRows(rows: readonly Row[], fixture: unknown): RowResult[] {
  const parserOf = parserFor(fixture);
  return rows.map((row) => {
    const area = typeof row.context?.['area'] === 'string' ? (row.context['area'] as string) : null;
    const r = parserOf(row).parse(row.text, { area });
    const why = compare(row, r.intent, r.slots);
    return { row, ok: why === '', intent: r.intent, slots: r.slots, why };
  });
}
