// Spelling and speech-recognition repair for words that are neither grammar nor a name in the home:
// "kitchn" → "kitchen", "trun" → "turn", "bedroomlamp" → "bedroom lamp". A word is only changed when one
// candidate is clearly closest; otherwise it stays unknown and the parser asks instead of guessing.
import { distance } from 'fastest-levenshtein';
import type { HomeIndex } from './name-index';
import { LEXICON_WORDS } from './lexicon';
import { COLOR_PHRASES, WHITE_WORDS } from './colors';
import { NOUNS, STATE_WORDS } from './lexicon-devices';
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS } from './lexicon-words';
import { singular } from './name-index';
import { NUMBER_WORDS } from './numbers';
import { neighbourKey27c } from './typo-27c';

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


/** Words that set a value or name a state: a misheard word must not turn into one of these by accident. */
const RISKY: ReadonlySet<string> = new Set([...COLOR_PHRASES.keys(), ...WHITE_WORDS.keys(), ...STATE_WORDS.keys(),
  'on', 'off', 'up', 'down', 'all', 'max', 'min', 'full', 'half', 'high', 'low', 'open', 'close', 'lock', 'unlock']);

/** Words people say in commands all the time: on an equal distance they are the likelier meaning. */
const COMMON = new Set(['turn', 'switch', 'set', 'light', 'lights', 'lamp', 'open', 'close', 'lock', 'unlock', 'dim',
  'kitchen', 'bedroom', 'living', 'room', 'temperature', 'brightness', 'volume', 'please', 'the', 'off']);

/** How a typed word differs from `v` by one edit: 'swap' ("tunr"), 'gap' (a letter missing or one too
 *  many: "kichen", "loccked"), 'sub' (a different letter: "lamo"); null when it is more than that. */
type EditKind = 'swap' | 'gap' | 'sub';

function oneEdit(word: string, v: string): EditKind | null {
  if (word.length === v.length) {
    const diff: number[] = [];
    for (let i = 0; i < word.length && diff.length <= 2; i++) if (word[i] !== v[i]) diff.push(i);
    if (diff.length === 1) return 'sub';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === v[diff[1]!] && word[diff[1]!] === v[diff[0]!]) return 'swap';
    return null;
  }
  const [long, short] = word.length > v.length ? [word, v] : [v, word];
  if (long.length !== short.length + 1) return null;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i) ? 'gap' : null;
}

/** May `word` be read as `v`? A word that would become a value or state ("red", "warm", "open") only by a
 *  swap or a missing/doubled letter; short words never by a different letter ("pool" is not "cool"). */
function plausible(index: HomeIndex, word: string, v: string, kind: EditKind): boolean {
  // A three-letter word may have lost a letter ("bak" back, "dor" door), never changed one.
  if (word.length <= 3) {
    return kind === 'swap' || (kind === 'gap' && v.length > word.length && index.nameVocab.has(v) && !RISKY.has(v) && !SOUND_VERBS.has(v));
  }
  // A short word one letter off a name word is as likely another name ("perch" is not "porch"): a device
  // not known yet must not turn into a known one. Swaps and dropped letters are typos; a changed letter
  // in a word this short often is not.
  const nearKey = kind === 'sub' && neighbourKey27c(word, v); // (round 27c: "lanp" — a neighbouring key is a typo)
  if (kind === 'sub' && !nearKey && word.length <= 5 && index.nameVocab.has(v) && !LEXICON_WORDS.has(v)) return false;
  if (RISKY.has(v)) return kind === 'swap' || (kind === 'gap' && (v.length >= 5 || word.length > v.length));
  // A word one letter off a device noun is often another word ("heading" is not "heating"): only long ones.
  if (kind === 'sub' && !nearKey && NOUNS.has(v) && word.length < 8) return false;
  // A number is a value: "tern" is not "ten". Only a swap or a doubled letter ("twwenty", "fiftty") becomes one.
  if (NUMBER_WORDS.has(v)) return kind === 'swap' || (kind === 'gap' && doubled(word, v));
  if (word.length <= 4) return kind !== 'sub' || (nearKey && index.nameVocab.has(v));
  return true;
}

const RANK: Record<EditKind, number> = { swap: 0, gap: 1, sub: 2 };

/** `word` is `v` with one letter typed twice ("twwenty"), or without one of a double ("fity" is not). */
function doubled(word: string, v: string): boolean {
  if (word.length !== v.length + 1) return false;
  let i = 0;
  while (i < v.length && word[i] === v[i]) i++;
  return word[i] === word[i - 1] || word[i] === word[i + 1];
}

function closest(index: HomeIndex, word: string): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  // One edit, ranked: swap, then missing/extra letter, then a different letter.
  let best: string[] = [];
  let bestRank = 3;
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (const v of index.vocabByLength.get(len) ?? []) {
      const kind = oneEdit(word, v);
      if (!kind || !plausible(index, word, v, kind)) continue;
      if (RANK[kind] < bestRank) {
        best = [v];
        bestRank = RANK[kind];
      } else if (RANK[kind] === bestRank && !best.includes(v)) best.push(v);
    }
  }
  // Long words may be two edits away ("temprature" → "temperature").
  if (best.length === 0 && max >= 2) {
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const v of index.vocabByLength.get(len) ?? []) {
        if (!RISKY.has(v) && editDistance(word, v) <= 2 && !best.includes(v)) best.push(v);
      }
    }
  }
  if (best.length === 0) return soundsLike(index, word);
  return pick(index, word, best);
}

/** A rough key of how a word sounds: "lite" and "light" → "lt", "lok" and "lock" → "lk", "bedrum" and
 *  "bedroom" → "btrm". Consonants after the first letter, with spellings of one sound made one. */
export function soundKey(word: string): string {
  const s = word
    .replace(/ph/g, 'f').replace(/ght/g, 't').replace(/gh/g, '').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k').replace(/dg(?=[eiy])/g, 'j').replace(/g(?=[eiy])/g, 'j')
    .replace(/z/g, 's').replace(/wh/g, 'w').replace(/^kn/, 'n').replace(/d/g, 't').replace(/v/g, 'f');
  const rest = s.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
  return (s[0] ?? '') + rest;
}

const soundIndex = new WeakMap<HomeIndex, Map<string, string[]>>();

/** Everyday English words that are one letter or one sound from a command word ("time" ~ dim, "look" ~ lock,
 *  "cause" ~ pause, "might" ~ right, "note" ~ not): said as they are, never repaired into something else. */
const ORDINARY: ReadonlySet<string> = new Set(`time times timer tim dime doom team tame tune tone tell till toll look
  looks luck lick lose lost loose cause pass push pose puss poise star stare stark shout shoot shot done duck deck
  closet closer clothes mate mite might mike stay sit seat rise ruin ran lack note nose heart brain tower pour lease
  lover loser plate plane store bite path tops dose term mine slot staff glean moot mild mole mule dish dump damp
  dawn down dark dusk spot spit lit lot lots list bring brings bright might night light mood meet meat eat ate
  getting letting betting sitting putting working heads guests nobody somebody everybody anybody trouble
  heading headed leaving hitting storm rain raining snowing windy cooking eating reading sleeping napping long longer lovely`.split(/\s+/));

/** A word the repair may turn into a command verb only where a command starts (see tag.ts). */
export function isCommandVerb(word: string): boolean {
  return SOUND_VERBS.has(word);
}

/** Command verbs a word that sounds like one may be read as. */
const SOUND_VERBS: ReadonlySet<string> = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS,
  'open', 'close', 'lock', 'unlock', 'pause', 'resume', 'mute', 'unmute', 'play', 'stop', 'start', 'dim', 'brighten',
  'toggle', 'clean', 'vacuum', 'dock', 'raise', 'lower', 'increase', 'decrease']);

/** Words of the grammar and of names that sound like `word` ("lite" → "light", "paws" → "pause"), when one is
 *  clearly meant. Never a name word for a short word (a device not known yet may be called that), never a
 *  number, and the key must keep at least two sounds. */
function soundsLike(index: HomeIndex, word: string): string | null {
  if (word.length < 3) return null;
  let keys = soundIndex.get(index);
  if (!keys) {
    keys = new Map();
    for (const list of index.vocabByLength.values()) {
      for (const v of list) {
        if (v.length < 3 || /\d/.test(v) || NUMBER_WORDS.has(v)) continue;
        const k = soundKey(v);
        keys.set(k, [...(keys.get(k) ?? []), v]);
      }
    }
    soundIndex.set(index, keys);
  }
  const key = soundKey(word);
  if (key.length < 2) return null;
  // Only into a command verb ("tern" → turn, "paws" → pause, "lok" → lock), or for a long word into a word of
  // a name ("bedrum" → bedroom); never into a value, a state, a device noun ("nice" is not "noise") or a word
  // that joins or ends commands ("tweny" is not "then").
  // ("shaid" → shade: a device noun from a word of five letters or more, spelled at most two letters off.)
  const found = (keys.get(key) ?? []).filter((v) => Math.abs(v.length - word.length) <= 2
    && (SOUND_VERBS.has(v) || (word.length > 5 && index.nameVocab.has(v) && !RISKY.has(v))
      || (word.length >= 5 && NOUNS.has(v) && editDistance(word, v) <= 2)));
  if (found.length === 0) return null;
  // Of those, the one spelled closest, when only one is.
  const nearest = Math.min(...found.map((v) => editDistance(word, v)));
  const closestOnes = [...new Set(found.filter((v) => editDistance(word, v) === nearest).map(singular))];
  return nearest <= 2 && closestOnes.length === 1 ? closestOnes[0]! : null;
}

/** One answer among equally close words, or null when they stay a tie. Narrowing in turn: same first and
 *  last letter, a letter left out (commoner than one typed too many), a word of this home's names, a
 *  common command word. */
function pick(index: HomeIndex, word: string, best: readonly string[]): string | null {
  let left = [...best];
  const narrow = (keep: (v: string) => boolean): void => {
    const kept = left.filter(keep);
    if (kept.length > 0) left = kept;
  };
  const settled = (): boolean => left.length === 1 || new Set(left.map(singular)).size === 1;
  if (!settled()) narrow((v) => v[0] === word[0] && v[v.length - 1] === word[word.length - 1]);
  if (!settled()) narrow((v) => v.length > word.length);
  if (!settled()) narrow((v) => index.nameVocab.has(v));
  if (!settled()) narrow((v) => COMMON.has(v));
  // "thermostate": "thermostat" and "thermostats" are one word.
  return settled() ? left.reduce((a, b) => (b.length < a.length ? b : a)) : null;
}

function isKnown(index: HomeIndex, word: string): boolean {
  return LEXICON_WORDS.has(word) || index.nameVocab.has(word) || NUMBER_WORDS.has(word);
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
  if (ORDINARY.has(word)) {
    memo.set(word, null);
    return null;
  }
  // Two words run together ("bedroomlamp"), each at least three letters and neither a value or state.
  for (let cut = 3; cut <= word.length - 3 && !result; cut++) {
    const a = word.slice(0, cut);
    const b = word.slice(cut);
    if (RISKY.has(a) || RISKY.has(b)) continue;
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

const partners = new WeakMap<HomeIndex, Map<string, Set<string>>>();

/** "frunt door", "mane valve", "plae corner", "rite curtain", "garaj light": a misspelled word said next to a word
 *  of a device's name, where it sounds like another word of that same name (and is spelled at most three letters
 *  off) — that word, when only one name word fits. A word that sounds otherwise ("ratio lamp" for "Patio Lamp")
 *  stays unknown: it may be another device, not set up yet. */
export function repairBesideName(index: HomeIndex, word: string, neighbours: readonly (string | undefined)[]): string | null {
  if (word.length < 3 || ORDINARY.has(word) || /\d/.test(word)) return null;
  let map = partners.get(index);
  if (!map) {
    map = new Map();
    for (const tokens of index.nameTokens) {
      for (const t of tokens) {
        const set = map.get(t) ?? new Set<string>();
        for (const u of tokens) if (u !== t) set.add(u);
        map.set(t, set);
      }
    }
    partners.set(index, map);
  }
  const key = soundKey(word);
  if (key.length < 2) return null;
  const found = new Set<string>();
  for (const n of neighbours) {
    if (n === undefined) continue;
    for (const w of map.get(n) ?? []) {
      if (w.length >= 3 && !RISKY.has(w) && soundKey(w) === key && editDistance(word, w) <= 3) found.add(w);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

export function needsRepair(index: HomeIndex, word: string): boolean {
  return !isKnown(index, word) && !/\d/.test(word) && word !== "'s";
}
