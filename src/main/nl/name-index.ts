// Index of a home's names, built once per home: token phrases for entity, area and floor names (plus
// "upstairs"/"downstairs" when no floor is called that), entity lists by domain/area/floor, and the
// vocabulary that spelling correction compares unknown words with.
import type { NlArea, NlEntity, NlFloor, NlHome } from './home';
import { LEXICON_WORDS } from './lexicon';
import { tokenize } from './tokenize';
import { NUMBER_WORDS } from './numbers';

export type NameKind = 'entity' | 'area' | 'floor';

export interface NamePhrase {
  tokens: readonly string[];
  kind: NameKind;
  /** Indexes into index.entities / areas / floors. */
  refs: number[];
}

export interface NameMatch {
  phrase: NamePhrase;
  /** Tokens of the sentence it covers. */
  length: number;
  /** Matched only through a plural ("kitchen lights" for "Kitchen Light"). */
  plural: boolean;
  /** A device name that is also a room's or floor's name ("Kitchen"): that place's phrase. */
  place?: NamePhrase;
}

export interface HomeIndex {
  home: NlHome;
  entities: readonly NlEntity[];
  areas: readonly NlArea[];
  floors: readonly NlFloor[];
  byFirst: Map<string, NamePhrase[]>;
  /** Tokens that occur in names. */
  nameVocab: Set<string>;
  /** Name tokens and lexicon words, bucketed by length, for spelling correction. */
  vocabByLength: Map<number, string[]>;
  byDomain: Map<string, number[]>;
  byArea: Map<string, number[]>;
  byFloor: Map<string, number[]>;
  /** Lower-case entity name tokens (singular) per entity, for partial-name matches. */
  nameTokens: string[][];
  /** Position of each entity in `entities`. */
  position: Map<NlEntity, number>;
  areaByKey: Map<string, NlArea>;
}

export function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Floor level guessed from its name, for "upstairs"/"downstairs". */
function floorLevel(name: string, hasGround: boolean): number | null {
  const n = name.toLowerCase();
  if (/basement|cellar|lower level/.test(n)) return -1;
  if (/ground|main|downstairs|street/.test(n)) return 0;
  if (/attic|loft|upstairs|upper|top/.test(n)) return 9;
  const order = ['first', 'second', 'third', 'fourth', 'fifth'];
  for (let k = 0; k < order.length; k++) if (n.includes(order[k]!) || n.includes(String(k + 1))) return hasGround ? k + 1 : k;
  return null;
}

export function buildIndex(home: NlHome): HomeIndex {
  const byFirst = new Map<string, NamePhrase[]>();
  const phraseKey = new Map<string, NamePhrase>();
  const nameVocab = new Set<string>();
  const addPhrase = (text: string, kind: NameKind, ref: number): void => {
    let tokens = tokenize(text);
    if (tokens[0] === 'the' && tokens.length > 1) tokens = tokens.slice(1);
    if (tokens.length === 0) return;
    const variants = [tokens];
    const apos = tokens.indexOf("'s");
    if (apos > 0) variants.push([...tokens.slice(0, apos - 1), `${tokens[apos - 1]}s`, ...tokens.slice(apos + 1)]);
    for (const v of variants) {
      const key = `${kind}:${v.join(' ')}`;
      const existing = phraseKey.get(key);
      if (existing) {
        if (!existing.refs.includes(ref)) existing.refs.push(ref);
        continue;
      }
      const phrase: NamePhrase = { tokens: v, kind, refs: [ref] };
      phraseKey.set(key, phrase);
      const list = byFirst.get(v[0]!) ?? [];
      list.push(phrase);
      byFirst.set(v[0]!, list);
      for (const t of v) nameVocab.add(t);
    }
  };
  const entities = home.entities;
  entities.forEach((e, i) => {
    addPhrase(e.name, 'entity', i);
    for (const alias of e.aliases ?? []) addPhrase(alias, 'entity', i);
  });
  home.areas.forEach((a, i) => {
    addPhrase(a.name, 'area', i);
    for (const alias of a.aliases ?? []) addPhrase(alias, 'area', i);
  });
  home.floors.forEach((f, i) => {
    addPhrase(f.name, 'floor', i);
    for (const alias of f.aliases ?? []) addPhrase(alias, 'floor', i);
  });
  const hasGround = home.floors.some((f) => floorLevel(f.name, false) === 0);
  for (const [word, test] of [['upstairs', (l: number) => l >= 1], ['downstairs', (l: number) => l === 0]] as const) {
    if (phraseKey.has(`floor:${word}`)) continue;
    home.floors.forEach((f, i) => {
      const level = floorLevel(f.name, hasGround);
      if (level !== null && test(level)) addPhrase(word, 'floor', i);
    });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const byDomain = new Map<string, number[]>();
  const byArea = new Map<string, number[]>();
  const byFloor = new Map<string, number[]>();
  entities.forEach((e, i) => {
    push(byDomain, e.domain, i);
    if (e.area) push(byArea, e.area.toLowerCase(), i);
    if (e.floor) push(byFloor, e.floor.toLowerCase(), i);
  });

  const vocabByLength = new Map<number, string[]>();
  for (const w of new Set([...nameVocab, ...LEXICON_WORDS, ...NUMBER_WORDS])) {
    if (w.length < 3 || /\d/.test(w)) continue;
    const list = vocabByLength.get(w.length) ?? [];
    list.push(w);
    vocabByLength.set(w.length, list);
  }
  const areaByKey = new Map<string, NlArea>();
  for (const a of home.areas) areaByKey.set(a.name.toLowerCase(), a);

  return {
    home, entities, areas: home.areas, floors: home.floors, byFirst, nameVocab, vocabByLength, byDomain, byArea, byFloor,
    nameTokens: entities.map((e) => tokenize(e.name).map(singular)), areaByKey,
    position: new Map(entities.map((e, i) => [e, i])),
  };
}

function tokenEq(sentence: string, name: string, last: boolean): boolean {
  return sentence === name || (last && singular(sentence) === singular(name));
}

/** The longest of `best` and the phrases starting with `first` (said as is, then as its singular) that match at `i`.
 *  (round 27p: one pass over the two lists, no list built per word) */
function longestFrom(index: HomeIndex, tokens: readonly string[], i: number, first: string, offset: number, best: NameMatch | null): NameMatch | null {
  best = longestIn(index.byFirst.get(first), tokens, i, first, offset, best);
  const one = singular(first);
  return one !== first ? longestIn(index.byFirst.get(one), tokens, i, first, offset, best) : best;
}

function longestIn(phrases: readonly NamePhrase[] | undefined, tokens: readonly string[], i: number, first: string, offset: number, best: NameMatch | null): NameMatch | null {
  if (!phrases) return best;
  for (const phrase of phrases) {
    const n = phrase.tokens.length;
    const length = n + offset;
    if (best && length <= best.length) continue;
    if (i + length > tokens.length) continue;
    if (!tokenEq(first, phrase.tokens[0]!, n === 1)) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokenEq(tokens[i + offset + k]!, phrase.tokens[k]!, k === n - 1);
    const lastSaid = n === 1 ? first : tokens[i + offset + n - 1]!;
    if (ok) best = { phrase, length, plural: lastSaid !== phrase.tokens[n - 1] };
  }
  return best;
}

/** The longest name phrase at `i` (also trying the first two sentence tokens glued: "bed room" → "bedroom"). */
export function nameAt(index: HomeIndex, tokens: readonly string[], i: number): NameMatch | null {
  let best = longestFrom(index, tokens, i, tokens[i]!, 0, null);
  const next = tokens[i + 1];
  if (next !== undefined && !best) best = longestFrom(index, tokens, i, tokens[i]! + next, 1, best);
  const found = best;
  if (found?.phrase.kind === 'entity') {
    // The same words also name a room or floor: the tagger decides which one the sentence means.
    const words = found.phrase.tokens.join(' ');
    const place = (index.byFirst.get(found.phrase.tokens[0]!) ?? []).find((p) => p.kind !== 'entity' && p.tokens.join(' ') === words);
    if (place) found.place = place;
  }
  return found;
}
