// Tokens → tagged items: names in the home (entity/area/floor), lexicon phrases (device nouns, state words,
// measures, colours, function phrases), numbers and clock times. At each position the longest match wins;
// on a tie a name in the home beats the lexicon, but keeps the lexicon meaning as `generic` (an entity
// called "Light" is also the word "light").
import type { NlArea, NlFloor } from './home';
import { NOUNS, type NounSense, type StateSense } from './lexicon-devices';
import { lexiconAt, type LexTag } from './lexicon';
import { nameAt, singular, type HomeIndex, type NamePhrase } from './name-index';
import { isCommandVerb, needsRepair, repairBesideName, repairWord } from './fuzzy';
import { repairKeepsMeaning21c } from './unknown-21c';
import { modalBeforeYou24a } from './wrong-24a';
import { isNumberToken } from './tokenize';
import { NUMBER_WORDS, wordsToNumbers } from './numbers';

interface Base {
  text: string;
}
export type Item =
  /** `original`: the word as said, when spelling repair changed it ("main" heard as "min"). */
  | (Base & { kind: 'word'; known: boolean; original?: string })
  | (Base & { kind: 'num'; value: number })
  /** `padded`: written with a leading zero ("02:30"), so on the 24-hour clock. */
  | (Base & { kind: 'time'; hour: number; minute: number; padded: boolean })
  /** `place`: the room or floor the same words also name ("Kitchen"), when the sentence may mean either. */
  | (Base & { kind: 'entity'; refs: number[]; generic: LexTag | null; fixed: boolean; place?: PlaceItem })
  | (Base & { kind: 'area'; area: NlArea; fixed: boolean })
  | (Base & { kind: 'floor'; floors: NlFloor[]; fixed: boolean })
  | (Base & { kind: 'noun'; senses: readonly NounSense[]; plural: boolean })
  | (Base & { kind: 'state'; senses: readonly StateSense[] })
  | (Base & { kind: 'measure'; classes: readonly string[] })
  | (Base & { kind: 'color'; color: string })
  | (Base & { kind: 'ctemp'; kelvin: number });

export type ItemKind = Item['kind'];
export type PlaceItem = Extract<Item, { kind: 'area' | 'floor' }>;

function fromLex(text: string, tag: LexTag): Item {
  switch (tag.kind) {
    case 'noun':
      return { kind: 'noun', text, senses: tag.senses, plural: tag.plural };
    case 'state':
      return { kind: 'state', text, senses: tag.senses };
    case 'measure':
      return { kind: 'measure', text, classes: tag.classes };
    case 'color':
      return { kind: 'color', text, color: tag.color };
    case 'ctemp':
      return { kind: 'ctemp', text, kelvin: tag.kelvin };
    case 'phrase':
      if (isNumberToken(tag.word)) return { kind: 'num', text: tag.word, value: Number(tag.word) };
      return { kind: 'word', text: tag.word, known: true };
  }
}

/** Words after which a command may start: a word repaired into a command verb must stand where one can be
 *  ("and swich off …", "could you trun …"), never in the middle of a phrase ("in ten minutes time" is not "dim"). */
const VERB_OPENERS = new Set(['and', 'then', ',', 'please', 'you', 'to', 'just', 'now', 'also', 'so', 'can', 'could', 'would',
  'will', 'us', 'me', 'ahead', 'kindly', 'quickly', 'ok', 'okay', 'hey', 'first', 'finally', 'next', 'again', 'i', 'we',
  'should', 'must', 'go', 'do', 'mind', 'pls', 'but', 'or', 'let', 'lets', 'hearth']);

function verbPosition(tokens: readonly string[], i: number): boolean {
  return i === 0 || VERB_OPENERS.has(tokens[i - 1]!);
}

/** Repairs unknown words in place; returns the changed token positions with the word as said. */
function repair(index: HomeIndex, tokens: string[]): Map<number, string> {
  const fixed = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!needsRepair(index, tok)) continue;
    // "bed room": two tokens that together are a name word are left for nameAt to glue.
    const next = tokens[i + 1];
    if (next !== undefined && index.nameVocab.has(tok + next)) continue;
    const prev = tokens[i - 1];
    if (prev !== undefined && index.nameVocab.has(prev + tok)) continue;
    // Beside a word of a name ("frunt door"), the other words of that name come first.
    const beside = repairBesideName(index, tok, [tokens[i - 1], tokens[i + 1]].filter((t) => t !== undefined && index.nameVocab.has(t)));
    const repaired = beside ? [beside] : repairWord(index, tok);
    const modal24a = repaired ? modalBeforeYou24a(tokens, i, repaired) : null; // (round 24a: "cud you" is no "cut" — wrong-24a.ts)
    const repl = modal24a === tok ? null : modal24a ? [modal24a] : repaired;
    // (round 21c: a place word, or a real word where a thing or value goes, keeps its meaning — unknown-21c.ts)
    if (!repl || !repairKeepsMeaning21c(index, tokens, i, repl)) continue;
    // ("mind giving the living room …": a repair into the very word said just beside it is no repair — "living the
    // living room" would drop what was said.)
    if (repl.length === 1 && [...tokens.slice(Math.max(0, i - 3), i), ...tokens.slice(i + 1, i + 4)].includes(repl[0]!)) continue;
    // (A verb that is also a device's word — "swich", "vaccum", "plya" for Play Corner — may stand anywhere.)
    if (repl.length === 1 && isCommandVerb(repl[0]!) && !verbPosition(tokens, i) && !index.nameVocab.has(repl[0]!) && !NOUNS.has(repl[0]!)) continue;
    tokens.splice(i, 1, ...repl);
    for (let k = 0; k < repl.length; k++) fixed.set(i + k, tok);
    i += repl.length - 1;
  }
  // "lok the frunt dor": a word beside one repaired after it ("dor" → door) may now be read beside that name.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (fixed.has(i) || !needsRepair(index, tok)) continue;
    const besideFixed = [i - 1, i + 1].filter((k) => fixed.has(k) && index.nameVocab.has(tokens[k] ?? '')).map((k) => tokens[k]!);
    const beside = besideFixed.length > 0 ? repairBesideName(index, tok, besideFixed) : null;
    if (!beside || !repairKeepsMeaning21c(index, tokens, i, [beside])) continue;
    tokens[i] = beside;
    fixed.set(i, tok);
  }
  return fixed;
}

function placeItem(index: HomeIndex, text: string, phrase: NamePhrase, fixed: boolean): PlaceItem {
  if (phrase.kind === 'area') return { kind: 'area', text, area: index.areas[phrase.refs[0]!]!, fixed };
  return { kind: 'floor', text, floors: phrase.refs.map((r) => index.floors[r]!), fixed };
}

function pushPlace(items: Item[], index: HomeIndex, text: string, phrase: NamePhrase, fixed: boolean): void {
  items.push(placeItem(index, text, phrase, fixed));
}

/** Words before a room that say it is a place: "in the kitchen", "the lights of the kitchen". ("on" only for
 *  floors: "turn on the kitchen" is the verb's particle.) */
const AREA_PREPOSITIONS = new Set(['in', 'inside', 'at', 'of', 'within', 'throughout', 'across', 'from']);
const FLOOR_PREPOSITIONS = new Set([...AREA_PREPOSITIONS, 'on', 'upstairs', 'downstairs']);
const DETERMINERS = new Set(['the', 'my', 'our', 'this', 'that']);

/** Words that say which reading a clash answer chose: "Kitchen room", "Attic floor", "Kitchen device". */
const PLACE_WORDS: Readonly<Record<'area' | 'floor', ReadonlySet<string>>> = {
  area: new Set(['room', 'area']),
  floor: new Set(['floor', 'storey', 'level']),
};

/**
 * A device name that is also a room's or floor's ("Kitchen"): 'place' where the words are a room phrase
 * ("in the kitchen", "the kitchen lights", "the kitchen's lamp", "Kitchen room"), 'entity' where they can only
 * be the device ("Kitchen device", "the kitchen in the living room"), else 'either' (the parser tries both).
 */
function clashReading(index: HomeIndex, tokens: readonly string[], i: number, len: number, place: NamePhrase): 'place' | 'entity' | 'either' {
  const after = tokens[i + len];
  const kind = place.kind === 'floor' ? 'floor' : 'area';
  if (after !== undefined && PLACE_WORDS[kind].has(after)) return 'place';
  if (after === 'device') return 'entity';
  const before = DETERMINERS.has(tokens[i - 1] ?? '') ? tokens[i - 2] : tokens[i - 1];
  if (before !== undefined && (kind === 'floor' ? FLOOR_PREPOSITIONS : AREA_PREPOSITIONS).has(before)) return 'place';
  if (after === "'s") return 'place';
  const noun = after === undefined ? undefined : lexiconAt(tokens, i + len).find((l) => l.tag.kind === 'noun')?.tag;
  if (noun?.kind === 'noun' && noun.plural) return 'place';
  // "the kitchen in the living room": a room inside another room can only be the device.
  let k = i + len;
  if (['in', 'on', 'at'].includes(tokens[k] ?? '')) {
    k++;
    if (DETERMINERS.has(tokens[k] ?? '')) k++;
    const next = k < tokens.length ? nameAt(index, tokens, k) : null;
    if (next && next.phrase.kind !== 'entity') return 'entity';
  }
  return 'either';
}

/** True when tokens [i, i+len) read as an area/floor name followed by a device noun. */
function splitsIntoPlace(index: HomeIndex, tokens: readonly string[], i: number, len: number): boolean {
  const place = nameAt(index, tokens.slice(i, i + len - 1), 0);
  if (!place || place.phrase.kind === 'entity' || place.length !== len - 1) return false;
  return lexiconAt(tokens, i + len - 1).some((l) => l.tag.kind === 'noun' && l.tokens.length === 1);
}

/** Speech often hears "off" as "of": "turn of the lights", "are the lights of", "bring of all the lights". */
const OFF_BEFORE = new Set(['in', 'on', 'at', 'please', 'now', 'and', 'then', 'for', 'across', 'everywhere', 'here',
  'upstairs', 'downstairs', 'after', 'when', ',']);
const OFF_AFTER = new Set(['turn', 'switch', 'bring', 'get', 'shut', 'knock', 'turned', 'switched']);

function hearOff(tokens: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'of') continue;
    const next = tokens[i + 1];
    if (next === undefined || OFF_BEFORE.has(next) || OFF_AFTER.has(tokens[i - 1] ?? '')) tokens[i] = 'off';
  }
}

const LIST_JOINS = new Set(['and', 'or', ',']);

/** The room or floor that `word` + `head` name ("first" + "floors" → First Floor), or null. */
function placeOf(index: HomeIndex, word: string, head: string): NamePhrase | null {
  for (const h of new Set([head, singular(head)])) {
    const m = nameAt(index, [word, h], 0);
    // ("the side and back doors": names of devices said with the shared word once, too.)
    if (m && m.length === 2) return m.phrase;
  }
  return null;
}

/** "the first and second floors" → "the first floors and second floors": a list of rooms, floors or devices ("the
 *  side and back doors") that says the shared word once. Only where every word of the list names a place with it. Returns the tokens and, for
 *  each, where it was (-1 for a copy of the shared word). */
function spreadPlaceNoun(index: HomeIndex, tokens: readonly string[]): { tokens: string[]; from: number[] } {
  let out = [...tokens];
  let from = out.map((_, k) => k);
  for (let j = out.length - 1; j >= 3; j--) {
    const head = out[j]!;
    if (!placeOf(index, out[j - 1]!, head)) continue;
    const words = [j - 1];
    let k = j - 2;
    // ("the first and the second floor": an article after the join too.)
    const the = (): number => (out[k] === 'the' && LIST_JOINS.has(out[k - 1] ?? '') ? 1 : 0);
    let skip = the();
    while (k - skip >= 1 && LIST_JOINS.has(out[k - skip]!) && placeOf(index, out[k - skip - 1]!, head)) {
      words.unshift(k - skip - 1);
      k -= 2 + skip;
      if (out[k + 1] === 'and' && out[k] === ',') k--;
      skip = the();
    }
    if (words.length < 2) continue;
    const spread: string[] = [];
    const spreadFrom: number[] = [];
    for (let m = words[0]!; m < j; m++) {
      spread.push(out[m]!);
      spreadFrom.push(from[m]!);
      if (words.includes(m)) {
        spread.push(head);
        spreadFrom.push(m === j - 1 ? from[j]! : -1);
      }
    }
    out = [...out.slice(0, words[0]!), ...spread, ...out.slice(j + 1)];
    from = [...from.slice(0, words[0]!), ...spreadFrom, ...from.slice(j + 1)];
    j = words[0]!;
  }
  return { tokens: out, from };
}

const ORDINAL_FLOORS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'ground', 'top']);
const LIST_ENDS = new Set([',', 'and', 'then', 'please', 'too', 'also', 'as', 'now']);

/** "the lights on the first floor and the second": "the second" in a list after a floor is a floor too. */
function floorAfterFloor(tokens: string[]): void {
  for (let j = tokens.length - 1; j >= 3; j--) {
    if (!ORDINAL_FLOORS.has(tokens[j]!) || (tokens[j + 1] !== undefined && !LIST_ENDS.has(tokens[j + 1]!) && tokens[j + 1] !== 'one')) continue;
    let k = tokens[j - 1] === 'the' ? j - 2 : j - 1;
    // ("the lights on the first floor and on the second")
    if (['on', 'in'].includes(tokens[k] ?? '') && LIST_JOINS.has(tokens[k - 1] ?? '')) k--;
    if (!LIST_JOINS.has(tokens[k] ?? '')) continue;
    // ("… on the second floor, and on the first")
    if (tokens[k] === 'and' && tokens[k - 1] === ',') k--;
    if (['floor', 'floors'].includes(tokens[k - 1] ?? '')) tokens.splice(j + 1, 0, 'floor');
    // "the first floor lights and the second one": the second floor('s lights).
    else if (tokens[j + 1] === 'one' && ['floor', 'floors'].includes(tokens[k - 2] ?? '')) tokens[j + 1] = 'floor';
  }
}

/** A name or place said right before "light": "light" names the device there ("Kitchen ceiling light"), unless the name
 *  already says what kind of light it is ("Bedroom Lamp light blue"). */
function lightIsDevice(index: HomeIndex, before: Item | undefined): boolean {
  if (!before) return false;
  if (before.kind === 'area' || before.kind === 'floor') return true;
  if (before.kind !== 'entity') return false;
  const kinds = new Set(before.refs.map((r) => index.entities[r]!.domain));
  return kinds.size === 1 && kinds.has('light') && !/\b(light|lights|lamp|bulb|lamps|bulbs)$/.test(before.text);
}

/** "make the kitchen ceiling light blue", "the bedroom light red": after a name or place, "light" may be the device
 *  and the colour what follows. The items read that way, or null where "light …" can only be the colour ("the lamp
 *  light blue", "the light blue"). */
export function lightAsDevice(index: HomeIndex, items: readonly Item[]): Item[] | null {
  const k = items.findIndex((x, n) => x.kind === 'color' && x.text.startsWith('light ') && x.text.split(' ').length === 2 && lightIsDevice(index, items[n - 1]));
  if (k < 0) return null;
  const [light, rest] = [lexiconAt(['light'], 0)[0], lexiconAt([items[k]!.text.split(' ')[1]!], 0)[0]];
  if (!light || !rest || rest.tag.kind !== 'color') return null;
  return [...items.slice(0, k), fromLex('light', light.tag), fromLex(rest.text, rest.tag), ...items.slice(k + 1)];
}

/** "turn off the counter top": two words said apart that together are a word of a name ("Kitchen countertop") are that
 *  word — never a device word and a level ("top" as the most). */
function glueNameWords(index: HomeIndex, tokens: string[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (index.nameVocab.has(a + b) && !(index.nameVocab.has(a) && index.nameVocab.has(b)) && !isNumberToken(a) && !isNumberToken(b)) tokens.splice(i, 2, a + b);
  }
}

export function tagTokens(index: HomeIndex, input: readonly string[]): Item[] {
  let tokens = [...input];
  hearOff(tokens);
  glueNameWords(index, tokens);
  floorAfterFloor(tokens);
  const fixed = repair(index, tokens);
  if (tokens.some((t) => LIST_JOINS.has(t))) {
    const spread = spreadPlaceNoun(index, tokens);
    if (spread.tokens.length !== tokens.length) {
      // Keep what spelling repair changed at its new position.
      const moved = new Map<number, string>();
      spread.from.forEach((old, k) => {
        if (old >= 0 && fixed.has(old)) moved.set(k, fixed.get(old)!);
      });
      tokens = spread.tokens;
      fixed.clear();
      for (const [k, v] of moved) fixed.set(k, v);
    }
  }
  if ([...fixed.keys()].some((k) => NUMBER_WORDS.has(tokens[k]!))) tokens = wordsToNumbers(tokens);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    const name = nameAt(index, tokens, i);
    const lex = lexiconAt(tokens, i);
    const lexLen = lex[0]?.tokens.length ?? 0;
    if (name && name.phrase.kind === 'entity' && name.plural && name.length > 1 && splitsIntoPlace(index, tokens, i, name.length)) {
      // "kitchen lights" said where a "Kitchen Light" exists: the lights of the kitchen, not that one light.
      const place = nameAt(index, tokens.slice(i, i + name.length - 1), 0)!;
      pushPlace(items, index, tokens.slice(i, i + place.length).join(' '), place.phrase, false);
      i += place.length;
      continue;
    }
    if (name && name.length >= lexLen) {
      const text = tokens.slice(i, i + name.length).join(' ');
      let wasFixed = false;
      for (let k = i; k < i + name.length; k++) if (fixed.has(k)) wasFixed = true;
      const { phrase } = name;
      const clash = name.place ? clashReading(index, tokens, i, name.length, name.place) : null;
      if (clash === 'place') {
        pushPlace(items, index, text, name.place!, wasFixed);
        i += name.length;
        if (PLACE_WORDS[name.place!.kind === 'floor' ? 'floor' : 'area'].has(tokens[i] ?? '')) i++;
        continue;
      }
      if (phrase.kind === 'entity') {
        const generic = name.length === lexLen ? lex.find((l) => l.tag.kind !== 'phrase')?.tag ?? null : null;
        // "lights" where a device is called "Light": the ordinary word, not the name.
        if (generic && name.plural) items.push(fromLex(text, generic));
        else if (clash === 'either') items.push({ kind: 'entity', text, refs: phrase.refs, generic, fixed: wasFixed, place: placeItem(index, text, name.place!, wasFixed) });
        else items.push({ kind: 'entity', text, refs: phrase.refs, generic, fixed: wasFixed });
        if (clash === 'entity' && tokens[i + name.length] === 'device') i++;
      } else {
        pushPlace(items, index, text, phrase, wasFixed);
      }
      i += name.length;
      continue;
    }
    if (lex.length > 0) {
      const first = lex[0]!;
      const item = fromLex(first.text, first.tag);
      const original = first.tokens.length === 1 ? fixed.get(i) : undefined;
      items.push(item.kind === 'word' && original !== undefined ? { ...item, original } : item);
      i += first.tokens.length;
      continue;
    }
    const time = /^(\d{1,2}):(\d{2})$/.exec(tok);
    if (time) items.push({ kind: 'time', text: tok, hour: Number(time[1]), minute: Number(time[2]), padded: /^0\d$/.test(time[1]!) });
    else if (isNumberToken(tok)) items.push({ kind: 'num', text: tok, value: Number(tok) });
    else {
      const original = fixed.get(i);
      items.push({ kind: 'word', text: tok, known: !needsRepair(index, tok), ...(original !== undefined ? { original } : {}) });
    }
    i++;
  }
  return items;
}
