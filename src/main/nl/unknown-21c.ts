// Round 21c: one rule for a word the home does not know, said where a device, room, floor or value belongs.
//
// Spelling repair is for typos and mishearings ("kitchn", "bedrom", "ofice", "frunt", "mane valve", "rite curtain").
// A word that is itself a real English word, said where a thing or a value goes ("the hall", "the loft", "the den",
// "the garbage light", "the font door", "the play cornet", "set the fan to thigh"), already means something: repaired
// into another word it names something else, and Hearth acted on that (every light for "hall" → "all", the Bedroom
// Curtain for "bathroom", "lot" for "loft", "halfway" for "hallway"). Such a word stays unknown, so Hearth asks.
//
// The rule (applied where tag.ts repairs a word, before anything is tagged):
// - A word naming a kind of place (places-20a.ts) is never repaired, wherever it stands.
// - A real English word (english-21f.json: every common English word, the same list whatever the home) in a thing's
//   or value's place — after an article, a possessive, a preposition, a list word or "except", or right before a
//   device word, a word of a name, "room" or "floor" — is
//   repaired only into a word that sounds the same (a mishearing: "mane" main, "rite" right, "sealing" ceiling),
//   and never into a word of another role: a quantifier, pronoun or joining word ("all", "lot", "then", "halfway").
//   A repair into a command verb is left to the verb rules (fuzzy.ts, tag.ts).
import englishList from './english-21f.json';
import type { NlError } from './errors';
import type { Item } from './tag';
import { editDistance, isCommandVerb, soundKey } from './fuzzy';
import { NOUNS } from './lexicon-devices';
import { LEXICON_WORDS } from './lexicon';
import { EXCEPT_WORDS, PRONOUNS, QUANT_ALL } from './lexicon-words';
import type { HomeIndex } from './name-index';
import { singular } from './name-index';
import { isPlaceWord20a } from './places-20a';

let english: ReadonlySet<string> | null = null;

/** The common English words (english-21f.json), read once, on first use: each word is a digit — how many leading letters
 *  it shares with the word before — and its other letters. */
function englishWords(): ReadonlySet<string> {
  if (english) return english;
  const words = new Set<string>();
  const text = englishList.words;
  let prev = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) { i++; continue; } // line wrapping
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    prev = prev.slice(0, c - 48) + text.slice(i + 1, j);
    words.add(prev);
    i = j;
  }
  english = words;
  return words;
}

/** Words before a thing or a value: the next word names what is meant. */
const BEFORE_THING: ReadonlySet<string> = new Set(['the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these',
  'those', 'a', 'an', 'in', 'into', 'inside', 'on', 'at', 'of', 'from', 'to', 'by', 'near', 'upstairs', 'downstairs', 'and',
  'or', ',', 'every', 'each', 'both', 'all', 'any', 'except', 'excluding', 'but', 'not', 'apart', 'besides', 'whole', 'entire']);

/** Words after a thing's word: "the X lights", "the X room", "the X's lamp". */
const AFTER_THING: ReadonlySet<string> = new Set(['room', 'rooms', 'floor', 'floors', 'area', "'s", 'one', 'ones']);

/** Words of another role than a device, room, floor or value. */
const OTHER_ROLE: ReadonlySet<string> = new Set([...QUANT_ALL, ...PRONOUNS, ...EXCEPT_WORDS, 'lot', 'lots', 'then', 'than',
  'and', 'or', 'so', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'halfway', 'midway', 'way']);

/** A real English word (english-21f.json, or a place word). */
export function isEnglishWord21c(word: string): boolean {
  return englishWords().has(word) || isPlaceWord20a(word);
}

/** Spoken alike: the sound key, with a silent w before r ("wright" is "right"). */
function soundsSame(a: string, b: string): boolean {
  const key = (w: string): string => soundKey(w.replace(/^wr/, 'r'));
  return key(a) === key(b);
}

const ENDING = /^(|s|es|ed|d|ing|n|en|ly|y|er)$/;

/** Another form of the same word: "smidgen" smidge, "dimmed" dim or dimmer — never another word ("officer" is not
 *  "office", a name's word). */
function otherForm(word: string, v: string): boolean {
  let same = 0;
  while (same < word.length && same < v.length && word[same] === v[same]) same++;
  for (let k = same; k >= 3; k--) {
    const [a, b] = [word.slice(k), v.slice(k)];
    if (ENDING.test(a) && ENDING.test(b) && ((a !== 'er' && b !== 'er') || LEXICON_WORDS.has(v))) return true;
  }
  return false;
}

/** Said where a device, room, floor or value belongs (see the rule above). */
function thingPlace(index: HomeIndex, tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && BEFORE_THING.has(prev)) return true;
  // After a device word or a word of a name ("the bedroom lump", "the play cornet", "the main value").
  if (prev !== undefined && (NOUNS.has(prev) || (index.nameVocab.has(prev) && prev.length >= 3 && !/\d/.test(prev)))) return true;
  if (next === undefined) return false;
  // (A name's word that is also grammar — "back", "main", "two" — says nothing of what stands before it.)
  return AFTER_THING.has(next) || NOUNS.has(next) || (index.nameVocab.has(next) && !LEXICON_WORDS.has(next) && !/\d/.test(next));
}

/**
 * May the unknown word tokens[i] be replaced by `repl` (what spelling repair found)? False when the word is a place
 * word, or a real English word in a thing's or value's place that would become a different-sounding word or a word of
 * another role — then it stays unknown and is asked about.
 */
export function repairKeepsMeaning21c(index: HomeIndex, tokens: readonly string[], i: number, repl: readonly string[]): boolean {
  const word = tokens[i]!;
  if (isPlaceWord20a(word)) return false;
  if (!englishWords().has(word) || !thingPlace(index, tokens, i)) return true;
  if (repl.length !== 1) return false;
  const v = repl[0]!;
  if (singular(v) === singular(word) || otherForm(word, v)) return true;
  if (OTHER_ROLE.has(v)) return false;
  if (isCommandVerb(v) && !index.nameVocab.has(v) && !NOUNS.has(v)) return true;
  return soundsSame(word, v) && editDistance(word, v) <= 3;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'our', 'your', 'this', 'that']);

/** "is the hall light on", "is the hallway tv on", "is the porch front door locked": a question's unknown word said before a
 *  device word or name, that no device answered for is called by (`names`: their names, aliases and rooms) — asked about,
 *  never dropped so that another device ("Light", the TV) is answered for. */
export function unknownQueryWord21c(rest: readonly Item[], names: readonly string[]): NlError | null {
  const words = names.flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/));
  const u = rest.find((x, k) => {
    if (x.kind !== 'word' || x.known || words.some((w) => w.startsWith(x.text))) return false;
    let j = k - 1;
    while (j >= 0 && rest[j]!.kind === 'word' && !(rest[j] as { known: boolean }).known) j--;
    let n = k + 1;
    while (n < rest.length && rest[n]!.kind === 'word' && !(rest[n] as { known: boolean }).known) n++;
    return j >= 0 && ARTICLES.has(rest[j]!.text) && ['entity', 'noun'].includes(rest[n]?.kind ?? '');
  });
  return u ? { code: 'UNKNOWN_NAME', message: `I don't know what "${u.text}" means here.`, next: 'Check the name on the Home screen, or rename the device to what you call it.' } : null;
}
