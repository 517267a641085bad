// Spelling and speech-recognition repair for words that are neither grammar nor a name in the home:
// "kitchn" → "kitchen", "trun" → "turn", "bedroomlamp" → "bedroom lamp". A word is only changed when one
// candidate is clearly closest; otherwise it stays unknown and the parser asks instead of guessing.
import { distance } from 'fastest-levenshtein';
import type { HomeIndex } from './name-index';
import { LEXICON_WORDS } from './lexicon';
import { COLOR_PHRASES, WHITE_WORDS } from './colors';
import { STATE_WORDS } from './lexicon-devices';

/** Levenshtein distance, counting one swap of neighbouring letters ("trun"/"turn") as one edit. */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 1;
  }
  return d;
}

/** How many edits a word of this length may be away from what was meant. */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

const sortedLetters = (w: string): string => [...w].sort().join('');

/** Words that set a value or name a state: a misheard word must not turn into one of these by accident. */
const RISKY: ReadonlySet<string> = new Set([...COLOR_PHRASES.keys(), ...WHITE_WORDS.keys(), ...STATE_WORDS.keys(),
  'on', 'off', 'up', 'down', 'all', 'max', 'min', 'full', 'half', 'high', 'low', 'open', 'close', 'lock', 'unlock']);

/** Words people say in commands all the time: on an equal distance they are the likelier meaning. */
const COMMON = new Set(['turn', 'switch', 'set', 'light', 'lights', 'lamp', 'open', 'close', 'lock', 'unlock', 'dim',
  'kitchen', 'bedroom', 'living', 'room', 'temperature', 'brightness', 'volume', 'please', 'the', 'off']);

/** Is `v` the same letters as `word` with two neighbours swapped ("tunr"/"turn")? */
function isSwap(word: string, v: string): boolean {
  return word.length === v.length && sortedLetters(word) === sortedLetters(v) && editDistance(word, v) === 1;
}

/** May `word` be read as `v`? Short words only by a swap or a missing letter ("flor" → "floor", never
 *  "pool" → "cool"); a word that would become a value or state ("red", "warm", "open") only by a swap. */
function plausible(word: string, v: string): boolean {
  if (RISKY.has(v)) return isSwap(word, v);
  if (word.length <= 3) return isSwap(word, v);
  if (word.length <= 4) return isSwap(word, v) || v.length === word.length + 1;
  return true;
}

function closest(index: HomeIndex, word: string): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let bestD = max + 1;
  let best: string[] = [];
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const v of index.vocabByLength.get(len) ?? []) {
      if (!plausible(word, v)) continue;
      const dist = editDistance(word, v);
      if (dist < bestD) {
        best = [v];
        bestD = dist;
      } else if (dist === bestD && dist <= max && !best.includes(v)) {
        best.push(v);
      }
    }
  }
  if (best.length === 1) return best[0]!;
  // "thermostate": "thermostat" and "thermostats" are one word.
  const stems = new Set(best.map((v) => v.replace(/(es|s)$/, '')));
  if (stems.size === 1) return best.reduce((a, b) => (b.length < a.length ? b : a));
  // Ties: a swap of letters ("tunr") beats a different letter ("tune"), then the common command word wins.
  const letters = sortedLetters(word);
  const anagrams = best.filter((v) => sortedLetters(v) === letters);
  if (anagrams.length === 1) return anagrams[0]!;
  const common = best.filter((v) => COMMON.has(v));
  return common.length === 1 ? common[0]! : null;
}

function isKnown(index: HomeIndex, word: string): boolean {
  return LEXICON_WORDS.has(word) || index.nameVocab.has(word);
}

const cache = new WeakMap<HomeIndex, Map<string, readonly string[] | null>>();

/** Replacement tokens for an unknown word, or null when it cannot be repaired with confidence. */
export function repairWord(index: HomeIndex, word: string): readonly string[] | null {
  let memo = cache.get(index);
  if (!memo) {
    memo = new Map();
    cache.set(index, memo);
  }
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let result: readonly string[] | null = null;
  for (let cut = 3; cut <= word.length - 2 && !result; cut++) {
    const a = word.slice(0, cut);
    const b = word.slice(cut);
    if (isKnown(index, a) && isKnown(index, b) && (index.nameVocab.has(a) || index.nameVocab.has(b))) result = [a, b];
  }
  if (!result) {
    const c = closest(index, word);
    if (c) result = [c];
  }
  if (memo.size > 5000) memo.clear();
  memo.set(word, result);
  return result;
}

export function needsRepair(index: HomeIndex, word: string): boolean {
  return !isKnown(index, word) && !/\d/.test(word) && word !== "'s";
}
