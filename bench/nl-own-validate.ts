// Checks a file in the format of Hearth's own English evaluation set (data/nl/OWN.md) without running the parser:
// JSON shape, classes, splits, units, that every entity/area named in `expect`/`context` exists in the fixture home
// (top level of ha-fixtures-en.json), that services and their data are ones of CONTRACT.md / own-en.jsonl, and
// freshness: no sentence's normalised text (lower case, punctuation stripped) equals — or, after dropping articles,
// has the same words in the same order as — a line of ha-intents-en.jsonl or of another set given.
//
//   npx tsx bench/nl-own-validate.ts [file.jsonl] [--fresh-against own-en.jsonl ...]
//
// Default: data/nl/own-heldback-v2.jsonl, fresh against ha-intents-en.jsonl and own-en.jsonl.
// It deliberately imports nothing from src/ (a held-back set must never be run through the parser to be checked).
import { readFileSync } from 'node:fs';

const DATA = new URL('./data/nl/', import.meta.url);
const read = (name: string): string => readFileSync(name.includes('/') ? name : new URL(name, DATA), 'utf8');
const jsonl = (name: string): Record<string, unknown>[] =>
  read(name).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

const CLASSES = [
  'values', 'leftright', 'thermostats', 'stop', 'flip', 'delay', 'fahrenheit', 'spelling', 'polite', 'floorlist',
  'leadin', 'multistep', 'relative', 'coreference', 'exclusions', 'floors', 'timing', 'units', 'colours', 'devices',
  'questions', 'unsure',
];
const SPLITS = ['dev', 'heldback', 'heldback2', 'dev2', 'heldback3', 'dev3', 'heldback4', 'dev4', 'heldback5', 'dev5', 'heldback6', 'dev6', 'heldback7', 'dev7', 'heldback8', 'dev8', 'heldback9', 'dev9', 'heldback10', 'dev10', 'heldback11', 'dev11', 'heldback12', 'dev12', 'heldback13', 'dev13', 'heldback14', 'dev14', 'heldback15', 'dev15', 'heldback16', 'dev16', 'heldback17', 'dev17', 'heldback18', 'dev18', 'heldback19', 'dev19', 'heldback20', 'dev20', 'heldback21', 'dev21', 'heldback22', 'dev22', 'heldback23'];

/** service → the data keys it takes, with their allowed range (CONTRACT.md). */
const SERVICES: Record<string, Record<string, [number, number] | 'string'>> = {
  turn_on: {}, turn_off: {}, toggle: {},
  set_brightness: { brightness: [0, 100] },
  brightness_step: { step: [-100, 100] },
  set_color: { color: 'string' },
  set_color_temp: { kelvin: [1000, 10000] },
  set_temperature: { temperature: [5, 35] }, // °C, the range a thermostat is set in
  temperature_step: { step: [-10, 10] },
  open: {}, close: {}, stop: {},
  set_position: { position: [0, 100] },
  lock: {}, unlock: {},
  set_fan_speed: { percentage: [0, 100] },
  set_volume: { volume_level: [0, 100] },
  volume_step: { step: [-100, 100] },
  media_play: {}, media_pause: {}, media_next: {}, media_previous: {}, mute: {}, unmute: {},
  start: { area: 'string' }, return_to_base: {}, dock: {},
};
/** Which services apply to which domain. */
const DOMAIN_SERVICES: Record<string, string[]> = {
  light: ['turn_on', 'turn_off', 'toggle', 'set_brightness', 'brightness_step', 'set_color', 'set_color_temp'],
  switch: ['turn_on', 'turn_off', 'toggle'],
  fan: ['turn_on', 'turn_off', 'toggle', 'set_fan_speed'],
  cover: ['open', 'close', 'stop', 'set_position', 'toggle'],
  valve: ['open', 'close', 'stop', 'set_position'],
  climate: ['set_temperature', 'temperature_step', 'turn_on', 'turn_off'],
  lock: ['lock', 'unlock'],
  media_player: ['turn_on', 'turn_off', 'toggle', 'set_volume', 'volume_step', 'media_play', 'media_pause',
    'media_next', 'media_previous', 'mute', 'unmute'],
  vacuum: ['start', 'stop', 'return_to_base', 'dock'],
  scene: ['turn_on'],
  script: ['turn_on'],
};
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Fixture {
  areas: { name: string }[];
  entities: { id: string; domain: string }[];
}

const ARTICLES = new Set(['a', 'an', 'the']);
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}
const noArticles = (n: string): string => n.split(' ').filter((w) => !ARTICLES.has(w)).join(' ');

/** Word-level edit similarity (1 = same words in the same order), for the nearest-line report only. */
function similarity(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  // one row of the edit-distance table at a time
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return 1 - prev[y.length]! / Math.max(x.length, y.length);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--fresh-against') ?? 'own-heldback-v2.jsonl';
  const against = args.flatMap((a, i) => (args[i - 1] === '--fresh-against' ? [a] : []));
  if (!args.includes('--fresh-against')) against.push('own-en.jsonl');

  const fixture = JSON.parse(read('ha-fixtures-en.json')) as Fixture;
  const entities = new Map(fixture.entities.map((e) => [e.id, e.domain]));
  const areas = new Set(fixture.areas.map((a) => a.name));
  const rows = jsonl(file);
  const errors: string[] = [];
  const err = (n: number, msg: string): void => void errors.push(`line ${n}: ${msg}`);

  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const n = i + 1;
    const keys = Object.keys(row);
    for (const k of keys) if (!['class', 'split', 'unit', 'text', 'expect', 'context'].includes(k)) err(n, `unknown key ${k}`);
    if (!CLASSES.includes(row.class as string)) err(n, `class ${String(row.class)}`);
    if (!SPLITS.includes(row.split as string)) err(n, `split ${String(row.split)}`);
    if (row.unit !== 'F' && row.unit !== 'C') err(n, `unit ${String(row.unit)}`);
    if (typeof row.text !== 'string' || !row.text.trim()) err(n, 'text');
    const key = `${normalise(String(row.text))}|${String(row.unit)}|${JSON.stringify(row.context ?? null)}`;
    if (seen.has(key)) err(n, 'duplicate of an earlier line (same text, unit and context)');
    seen.add(key);

    const ctx = row.context as Record<string, unknown> | undefined;
    if (ctx !== undefined) {
      for (const k of Object.keys(ctx)) if (k !== 'area' && k !== 'previous') err(n, `context key ${k}`);
      if (ctx.area !== undefined && !areas.has(ctx.area as string)) err(n, `context area ${String(ctx.area)}`);
      if (ctx.previous !== undefined) {
        if (!Array.isArray(ctx.previous) || ctx.previous.length === 0) err(n, 'context.previous');
        else for (const id of ctx.previous) if (!entities.has(id as string)) err(n, `context entity ${String(id)}`);
      }
    }

    const expect = row.expect;
    if (expect === 'ask' || expect === 'answer') return;
    if (!Array.isArray(expect) || expect.length === 0) return err(n, 'expect must be "ask", "answer" or actions');
    for (const a of expect as Record<string, unknown>[]) {
      for (const k of Object.keys(a)) if (!['entity', 'service', 'data', 'delay_s', 'schedule'].includes(k)) err(n, `action key ${k}`);
      const id = a.entity as string;
      const domain = entities.get(id);
      if (domain === undefined) { err(n, `no entity ${id}`); continue; }
      const service = a.service as string;
      const spec = SERVICES[service];
      if (spec === undefined) { err(n, `service ${service}`); continue; }
      if (!(DOMAIN_SERVICES[domain] ?? []).includes(service)) err(n, `${service} on a ${domain}`);
      const data = a.data as Record<string, unknown>;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) { err(n, 'data'); continue; }
      for (const [k, v] of Object.entries(data)) {
        const range = spec[k];
        if (range === undefined) err(n, `${service} takes no ${k}`);
        else if (range === 'string') { if (typeof v !== 'string' || !v) err(n, `${k} must be a string`); }
        else if (typeof v !== 'number' || v < range[0] || v > range[1]) err(n, `${k}=${String(v)} outside ${range.join('…')}`);
      }
      for (const [k, range] of Object.entries(spec)) {
        if (range !== 'string' && !(k in data)) err(n, `${service} needs ${k}`);
      }
      if (service === 'set_color' && typeof data.color === 'string' && data.color !== data.color.toLowerCase().replace(/\s/g, '')) {
        err(n, 'colour must be a lower-case CSS name');
      }
      if (!Number.isInteger(a.delay_s) || (a.delay_s as number) < 0) err(n, `delay_s ${String(a.delay_s)}`);
      const s = a.schedule as Record<string, unknown> | undefined;
      if (s !== undefined) {
        if (s.kind === 'at') { if ((a.delay_s as number) <= 0) err(n, 'an `at` schedule needs its delay'); }
        else if (s.kind === 'weekly') {
          if (!Array.isArray(s.days) || !s.days.length || s.days.some((d) => !DAYS.includes(d as string))) err(n, 'weekly days');
          if (typeof s.time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) err(n, 'weekly time');
        } else if (s.kind === 'sun') { if (s.event !== 'sunrise' && s.event !== 'sunset') err(n, 'sun event'); }
        else if (s.kind === 'interval') { if (!Number.isInteger(s.every_s) || (s.every_s as number) <= 0) err(n, 'interval every_s'); }
        else err(n, `schedule kind ${String(s.kind)}`);
      }
    }
  });

  // Freshness.
  const others = [{ name: 'ha-intents-en.jsonl', rows: jsonl('ha-intents-en.jsonl') }, ...against.map((f) => ({ name: f, rows: jsonl(f) }))];
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const o of others) {
    for (const r of o.rows) {
      const nt = normalise(String(r.text));
      exact.set(nt, `${o.name}: ${String(r.text)}`);
      loose.set(noArticles(nt), `${o.name}: ${String(r.text)}`);
    }
  }
  const pool = [...exact.entries()];
  let same = 0;
  let near = 0;
  const nearest: { s: number; text: string; other: string }[] = [];
  rows.forEach((row, i) => {
    const nt = normalise(String(row.text));
    if (exact.has(nt)) { same++; errors.push(`line ${i + 1}: same text as ${exact.get(nt)}`); return; }
    if (loose.has(noArticles(nt))) { near++; errors.push(`line ${i + 1}: nearly the same as ${loose.get(noArticles(nt))}`); return; }
    let best = { s: 0, text: String(row.text), other: '' };
    for (const [ot, where] of pool) {
      const s = similarity(noArticles(nt), noArticles(ot));
      if (s > best.s) best = { s, text: String(row.text), other: where };
    }
    nearest.push(best);
  });

  const byClass = new Map<string, number>();
  for (const r of rows) byClass.set(r.class as string, (byClass.get(r.class as string) ?? 0) + 1);
  const count = (key: (r: Record<string, unknown>) => string): Record<string, number> => {
    const m: Record<string, number> = {};
    for (const r of rows) m[key(r)] = (m[key(r)] ?? 0) + 1;
    return m;
  };
  const units = count((r) => String(r.unit));
  const kinds = count((r) => (typeof r.expect === 'string' ? r.expect : 'actions'));

  console.log(`${file}: ${rows.length} lines; units ${JSON.stringify(units)}; expect ${JSON.stringify(kinds)}`);
  console.log(`per class: ${CLASSES.map((c) => `${c} ${byClass.get(c) ?? 0}`).join(', ')}`);
  console.log(`freshness against ${others.map((o) => `${o.name} (${o.rows.length})`).join(', ')}: ` +
    `${same} with the same normalised text, ${near} with the same words in the same order without articles`);
  nearest.sort((a, b) => b.s - a.s);
  console.log('closest remaining lines (word-level similarity, articles dropped):');
  for (const m of nearest.slice(0, 10)) console.log(`  ${m.s.toFixed(2)}  "${m.text}"  ~  ${m.other}`);
  if (errors.length) {
    console.log(`${errors.length} problem(s):`);
    for (const e of errors) console.log(`  ${e}`);
    process.exitCode = 1;
  } else {
    console.log('valid: shape, classes, entities, services and data all check out');
  }
}

main();
