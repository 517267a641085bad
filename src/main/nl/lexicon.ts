// The static phrase table: every multi- or single-word phrase of the lexicon with what it means, keyed by
// its first token so the tagger can find the longest phrase at a position quickly. Built once per process.
import { COLOR_PHRASES, COLOR_TEMPERATURES } from './colors';
import { GENERIC_NOUNS, MEASURES, NOUNS, STATE_WORDS, type NounSense, type StateSense } from './lexicon-devices';
import { KNOWN_WORDS } from './lexicon-words';

export type LexTag =
  | { kind: 'noun'; senses: readonly NounSense[]; plural: boolean }
  | { kind: 'state'; senses: readonly StateSense[] }
  | { kind: 'measure'; classes: readonly string[] }
  | { kind: 'color'; color: string }
  | { kind: 'ctemp'; kelvin: number }
  | { kind: 'phrase'; word: string };

export interface LexPhrase {
  tokens: readonly string[];
  text: string;
  tag: LexTag;
}

/** Multi-word function phrases, read as one word by the grammar. */
const FUNCTION_PHRASES: ReadonlyMap<string, string> = new Map([
  ['show me', 'tell'], ['tell me', 'tell'], ['give me the', 'tell'], ['let me know', 'tell'], ['make sure', 'ensure'],
  ['each and every', 'every'], ['every single', 'every'], ['all of the', 'all'], ['all the', 'all'],
  ['per cent', 'percent'], ['a bit', 'bit'], ['a little', 'bit'], ['a little bit', 'bit'], ['a tad', 'bit'],
  ['a touch', 'bit'], ['a notch', 'bit'], ['a smidge', 'bit'], ['a lot', 'lot'], ['all over', 'everywhere'],
  ['go back', 'goback'], ['go ahead and', 'please'], ['how many', 'howmany'], ['how much', 'howmuch'],
  ['is there', 'isthere'], ['are there', 'arethere'], ['what is', 'whatis'], ['what are', 'whatis'],
  ['in here', 'here'], ['right now', 'now'], ['at the moment', 'now'], ['after that', 'then'], ['and then', 'then'],
  ['afterwards', 'then'], ['apart from', 'except'], ['other than', 'except'], ['except for', 'except'],
  ['with the exception of', 'except'], ['o clock', 'oclock'], ["o'clock", 'oclock'],
  ['half an hour', 'halfhour'], ['half hour', 'halfhour'], ['half a minute', 'halfminute'],
  ['a quarter of an hour', 'quarterhour'], ['quarter of an hour', 'quarterhour'], ['a quarter hour', 'quarterhour'],
  ['quarter hour', 'quarterhour'], ['3 quarters of an hour', 'threequarterhour'],
  ['a couple of', '2'], ['a couple', '2'], ['a few', 'few'], ['a few more', 'few'], ['to base', 'tobase'], ['to the base', 'tobase'],
  ['to the dock', 'tobase'], ['to dock', 'tobase'], ['to its base', 'tobase'], ['to the charger', 'tobase'],
  ['home base', 'base'], ['charging station', 'base'], ['lights out', 'lightsout'],
  // Courtesies and greetings around a command: "when you get a chance, …", "good morning! …".
  ['when you get a chance', 'please'], ['whenever you get a chance', 'please'], ['when you can', 'please'],
  ['whenever you can', 'please'], ['if you get a chance', 'please'], ['if you can', 'please'], ['if you could', 'please'],
  ['if you do not mind', 'please'], ['if possible', 'please'], ['as soon as you can', 'please'], ['as soon as possible', 'please'],
  ['asap', 'please'], ['right away', 'please'], ['pretty please', 'please'], ['good morning', 'hello'], ['good afternoon', 'hello'],
  ['good evening', 'hello'], ['whatever is playing on', 'please'], ['whatever is on', 'please'], ['whatever is playing', 'please'],
  // ("when you get a sec", "whenever you have a minute": a courtesy, as "when you get a chance" — never a condition.)
  ...['when', 'whenever'].flatMap((w) => ['get', 'have'].flatMap((v) => ['sec', 'second', 'minute', 'moment', 'mo'].map((n): [string, string] => [`${w} you ${v} a ${n}`, 'please']))),
  ['when you have a chance', 'please'], ['whenever you have a chance', 'please'],
  // ("if that is all right with you, …": asking leave, no condition.)
  ...['all right', 'alright', 'ok', 'okay', 'fine'].flatMap((w) => ['that', 'it'].map((x): [string, string] => [`if ${x} is ${w} with you`, 'please'])),
]);

function buildPhrases(): Map<string, LexPhrase[]> {
  const byFirst = new Map<string, LexPhrase[]>();
  const add = (text: string, tag: LexTag): void => {
    const tokens = text.split(' ');
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, text, tag });
    byFirst.set(tokens[0]!, list);
  };
  for (const [text, entry] of NOUNS) add(text, { kind: 'noun', senses: entry.senses, plural: entry.plural });
  for (const [text, senses] of STATE_WORDS) add(text, { kind: 'state', senses });
  for (const [text, classes] of MEASURES) add(text, { kind: 'measure', classes });
  for (const [text, color] of COLOR_PHRASES) add(text, { kind: 'color', color });
  for (const [text, kelvin] of COLOR_TEMPERATURES) add(text, { kind: 'ctemp', kelvin });
  for (const [text, word] of FUNCTION_PHRASES) add(text, { kind: 'phrase', word });
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

const PHRASES = buildPhrases();

/** Longest lexicon phrases starting at `i`, longest first (several may share a length: noun and state). */
export function lexiconAt(tokens: readonly string[], i: number): LexPhrase[] {
  const list = PHRASES.get(tokens[i]!);
  if (!list) return [];
  let best = 0;
  const out: LexPhrase[] = [];
  for (const p of list) {
    if (p.tokens.length < best) break;
    if (i + p.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length; k++) if (tokens[i + k] !== p.tokens[k]) ok = false;
    if (!ok) continue;
    best = p.tokens.length;
    out.push(p);
  }
  return out;
}

/** Words that mean something on their own: grammar words and one-word lexicon phrases. A word outside
 *  this set that is left over in a sentence is part of a name ("ceiling" of "Kitchen ceiling"). */
export const GRAMMAR_WORDS: ReadonlySet<string> = (() => {
  const set = new Set<string>([...KNOWN_WORDS, ...GENERIC_NOUNS, ...FUNCTION_PHRASES.values()]);
  for (const list of PHRASES.values()) for (const p of list) if (p.tokens.length === 1) set.add(p.text);
  return set;
})();

/** Every word the lexicon knows (also inside phrases), for spelling correction. */
export const LEXICON_WORDS: ReadonlySet<string> = (() => {
  const set = new Set<string>(GRAMMAR_WORDS);
  for (const list of PHRASES.values()) for (const p of list) for (const t of p.tokens) set.add(t);
  return set;
})();
