// Helpers for reading one clause: skipping fillers, finding words, telling the verb "switch"/"lock"/"open"
// from the nouns and states they also are, and telling the particle "on" from the preposition "on".
import type { Item } from './tag';
import { FILLERS, PARTICLE_VERBS, SIDE_WORDS } from './lexicon-words';

/** Nouns and state words that are verbs when they start a command. */
const VERB_FIRST = new Set([
  'switch', 'power', 'lock', 'open', 'shut', 'vacuum', 'play', 'heat', 'cool', 'warm', 'dim', 'show', 'run', 'light',
  'lights', 'illuminate', 'close', 'start', 'mute', 'clean', 'sound', 'charge', 'mow',
]);

/** Units said after a value ("20 %", "69 degrees"). */
const VALUE_UNITS = new Set(['%', 'percent', 'degrees', 'degree', '°', 'c', 'f', 'k', 'kelvin']);
/** Verbs that say a way of their own: "shut the covers on upstairs" is where, never "on". */
const WAY_VERBS = new Set(['shut', 'close', 'open', 'lock', 'unlock', 'raise', 'lower', 'draw', 'dim']);

/** Opening words that only make a command polite: "can you", "please", "I want", "hey hearth". */
const LEADING = new Set([...FILLERS, 'hey', 'ok', 'okay', 'hearth', 'can', 'could', 'would', 'will', 'you', 'please',
  'i', 'want', 'need', 'to', 'like', 'd', 'ensure', 'let', 'us', 'just', 'go', 'and', 'also']);

/** "on the left" at i said after a device ("the blind on the right"), not "turn on the right one". */
export function onTheSide(items: readonly Item[], i: number): boolean {
  if (items[i]?.text !== 'on' || items[i + 1]?.text !== 'the' || !SIDE_WORDS.has(items[i + 2]?.text ?? '')) return false;
  // "turn on the right one", "turn on the left lamp": "on" is the verb's, and "the right …" names the device.
  const after = items[i + 3];
  return !(after && (after.kind === 'noun' || after.kind === 'entity' || after.text === 'one' || after.text === 'ones'));
}

export class Clause {
  readonly items: Item[];
  readonly texts: string[];

  constructor(items: Item[]) {
    this.items = items;
    this.texts = items.map((i) => i.text);
  }

  has(word: string): boolean {
    return this.texts.includes(word);
  }

  hasAny(words: ReadonlySet<string>): boolean {
    for (const t of this.texts) if (words.has(t)) return true;
    return false;
  }

  indexOf(word: string, from = 0): number {
    return this.texts.indexOf(word, from);
  }

  /** Index of the first item that is not a polite lead-in, or -1. */
  firstContent(): number {
    for (let i = 0; i < this.items.length; i++) if (!LEADING.has(this.texts[i]!)) return i;
    return -1;
  }

  firstText(): string {
    const i = this.firstContent();
    return i < 0 ? '' : this.texts[i]!;
  }

  /** The previous/next item that is not a filler word. */
  prevContent(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (!FILLERS.has(this.texts[k]!)) return k;
    return -1;
  }

  nextContent(i: number): number {
    for (let k = i + 1; k < this.items.length; k++) if (!FILLERS.has(this.texts[k]!)) return k;
    return -1;
  }

  /** True when "on" at i is the particle of "turn on" (not "on the first floor", "on the TV"). */
  isParticle(i: number): boolean {
    const next = this.nextContent(i);
    const prev = this.prevContent(i);
    // "the blind on the right" says which one.
    if (onTheSide(this.items, i)) return false;
    // ("curtains shut on the first floor": "shut on" is never "switch on" — "on" there says where.)
    if (prev >= 0 && this.texts[prev] === 'shut' && this.texts[i] === 'on') return false;
    if (prev >= 0 && PARTICLE_VERBS.has(this.texts[prev]!)) return true;
    if (next < 0) return true;
    if (this.texts[i] !== 'on') return true;
    // "lights on, second floor and first floor": "on" said before a pause switches.
    if (this.texts[i + 1] === ',') return true;
    // "69 on both thermostats", "20% on the lamp": a value said first, then what it is on.
    const before = this.items[i - 1];
    if (before?.kind === 'num' || (VALUE_UNITS.has(before?.text ?? '') && this.items[i - 2]?.kind === 'num')) return false;
    // "put the thermostat on 69" gives a value.
    const n = this.items[next]!;
    if (n.kind === 'num' && next === i + 1) return false;
    // ("lights on upstairs": a floor said as a place word, with no article, after what is switched.)
    if (n.kind === 'floor' && next === i + 1 && ['upstairs', 'downstairs'].includes(n.text) && ['noun', 'entity'].includes(this.items[i - 1]?.kind ?? '')
      && !this.texts.slice(0, i).some((t) => WAY_VERBS.has(t))) return true;
    if (n.kind === 'floor' || n.kind === 'area' || n.kind === 'entity') return false;
    // "close the curtains on both floors", "on all floors", "on both the first and second floor": where, never "on".
    if (['both', 'all', 'every', 'each'].includes(n.text)) {
      const w = this.items[this.nextContent(next)];
      if (w && (w.kind === 'floor' || w.kind === 'area' || ['floor', 'floors', 'level', 'levels', 'storey', 'storeys'].includes(w.text))) return false;
    }
    if (n.kind === 'noun' && n.senses.some((s) => s.domain === 'media_player')) return false;
    return true;
  }

  /** Indexes of on/off particles. */
  particles(word: 'on' | 'off'): number[] {
    const out: number[] = [];
    this.texts.forEach((t, i) => {
      if (t === word && this.isParticle(i)) out.push(i);
    });
    return out;
  }
}

/** Turns the first content word into a plain verb word when it is a noun/state that doubles as a verb. */
export function markLeadingVerb(items: Item[]): Item[] {
  const c = new Clause(items);
  const i = c.firstContent();
  if (i < 0) return items;
  const it = items[i]!;
  if (it.kind === 'word' || !VERB_FIRST.has(it.text)) return items;
  // ("the switch in the kitchen, on": after an article it is the thing named, never the verb.)
  if (['the', 'a', 'an', 'my', 'our', 'that', 'this', 'those', 'these'].includes(c.texts[i - 1] ?? '')) return items;
  if ((it.text === 'light' || it.text === 'lights') && !c.texts.slice(i + 1).includes('up')) return items;
  const out = [...items];
  out[i] = { kind: 'word', text: it.text === 'lights' ? 'light' : it.text, known: true };
  return out;
}
