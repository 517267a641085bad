// Spelling and speech-recognition repair for words that are neither grammar nor a name in the home:
// "kitchn" → "kitchen", "trun" → "turn", "bedroomlamp" → "bedroom lamp". A word is only changed when one
// candidate is clearly closest; otherwise it stays unknown and the parser asks instead of guessing.
import { distance } from 'fastest-levenshtein';
import type { HomeIndex } from './name-index';
import { LEXICON_WORDS } from './lexicon';

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
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

const sortedLetters = (w: string): string => [...w].sort().join('');

/** Words people say in commands all the time: on an equal distance they are the likelier meaning. */
const COMMON = new Set(['turn', 'switch', 'set', 'light', 'lights', 'lamp', 'open', 'close', 'lock', 'unlock', 'dim',
  'kitchen', 'bedroom', 'living', 'room', 'temperature', 'brightness', 'volume', 'please', 'the', 'off']);

function closest(index: HomeIndex, word: string): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let bestD = max + 1;
  let best: string[] = [];
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const v of index.vocabByLength.get(len) ?? []) {
      const dist = editDistance(word, v);
      if (dist < bestD) {
        best = [v];
        bestD = dist;
      } else if (dist === bestD && !best.includes(v)) {
        best.push(v);
      }
    }
  }
  if (best.length === 1) return best[0]!;
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
