// Lengths of time as people say them: "10 minutes", "an hour and a half", "half an hour", and waits said with no
// length ("in a bit", "in a few minutes"). Read by timing.ts, which takes the timing phrases out of a clause.
import type { Item } from './tag';
import { TIME_UNITS } from './lexicon-words';

const text = (items: readonly Item[], i: number): string => items[i]?.text ?? '';

/** Words people put before a number of minutes: "in like five minutes", "in about an hour". */
const HEDGES = new Set(['like', 'about', 'around', 'roughly', 'approximately', 'maybe', 'say', 'um', 'uh', 'just', 'another']);

/** Durations said as one phrase (lexicon.ts glues them): "half an hour", "a quarter of an hour". */
const FIXED_DURATIONS: ReadonlyMap<string, number> = new Map([
  ['halfhour', 1800], ['halfminute', 30], ['quarterhour', 900], ['threequarterhour', 2700],
]);

/** "in a bit", "in a while", "in a moment": a wait with no length. */
const VAGUE_WAITS = new Set(['bit', 'while', 'moment', 'sec', 'jiffy', 'tick', 'mo']);
/** "for a sec", "for a moment": a while said without its length. */
export const BRIEF_WORDS = new Set(['sec', 'second', 'moment', 'mo', 'tick', 'jiffy', 'minute', 'min']);
/** Words that say "some time from now" without saying when. */
export const VAGUE_LATER = new Set(['later', 'soon', 'shortly', 'eventually', 'sometime', 'afterward']);
/** Words of a length of time: left over once the timing is read, they were not understood. */
export const DURATION_WORDS = new Set(['minutes', 'minute', 'hours', 'hour', 'seconds', 'mins', 'hrs', 'hr', 'secs', ...FIXED_DURATIONS.keys()]);

/** "10 minutes", "an hour", "1 hour and 30 minutes", "half an hour" at i → seconds and end index. */
export function readDuration(items: readonly Item[], i: number): { seconds: number; end: number } | null {
  let seconds = 0;
  let j = i;
  while (HEDGES.has(text(items, j))) j++;
  let any = false;
  // ("in a half hour")
  if (text(items, j) === 'a' && FIXED_DURATIONS.has(text(items, j + 1))) j++;
  for (;;) {
    const it = items[j];
    const fixed = FIXED_DURATIONS.get(it?.text ?? '');
    if (fixed !== undefined) {
      seconds += fixed;
      j++;
    } else {
      let n: number | null = null;
      if (it?.kind === 'num') n = it.value;
      else if (it?.text === 'a' || it?.text === 'an') n = 1;
      // "2 and a half hours", "one and a half hours".
      if (n !== null && text(items, j + 1) === 'and' && text(items, j + 2) === 'a' && text(items, j + 3) === 'half' && TIME_UNITS.has(text(items, j + 4))) {
        n += 0.5;
        j += 3;
      }
      const unit = TIME_UNITS.get(text(items, j + 1));
      if (n === null || unit === undefined) break;
      seconds += n * unit;
      j += 2;
      if (text(items, j) === 'and' && text(items, j + 1) === 'a' && text(items, j + 2) === 'half') {
        seconds += unit / 2;
        j += 3;
      } else if (text(items, j) === 'and' && text(items, j + 1) === 'a' && text(items, j + 2) === 'quarter') {
        // "an hour and a quarter"
        seconds += unit / 4;
        j += 3;
      }
    }
    any = true;
    // "in twenty minutes' time", "in an hour's time".
    if (text(items, j) === "'s" && text(items, j + 1) === 'time') j += 2;
    else if (text(items, j) === 'time') j++;
    // "1 hour 15 minutes": the smaller unit said straight after, with no "and".
    const straight = items[j]?.kind === 'num' && TIME_UNITS.has(text(items, j + 1)) ? 0 : 1;
    if ((straight === 0 || text(items, j) === 'and') && (items[j + straight]?.kind === 'num' || (straight === 1 && text(items, j + 1) === 'a'))) {
      const more = readDuration(items, j + straight);
      if (more) {
        seconds += more.seconds;
        j = more.end;
      }
    }
    break;
  }
  return any ? { seconds, end: j } : null;
}


/** A vague wait as people say it ("in a bit", "in a little while", "in 15"), from the words read. */
export function saidWait(words: readonly Item[]): string {
  const t = words.map((x) => (x.text === 'few' ? 'a few' : x.text));
  if (t.includes('bit')) return t.includes('while') ? `${t[0]} a little while` : `${t[0]} a bit`;
  const last = t[t.length - 1]!;
  return VAGUE_WAITS.has(last) && !t.includes('a') ? `${t[0]} a ${last}` : t.join(' ');
}

/** "in a bit", "in a while", "in a little while", "in a moment", or "in 15" with no unit, from j (after "in"):
 *  the end of the phrase, or null. */
export function vagueWait(items: readonly Item[], j: number): number | null {
  let k = j;
  while (HEDGES.has(text(items, k)) || text(items, k) === 'a' || text(items, k) === 'little') k++;
  if (VAGUE_WAITS.has(text(items, k))) {
    k++;
    if (text(items, k) === 'while') k++;
    return k;
  }
  // "in a few minutes", "in several hours": how many is not said.
  if (text(items, k) === 'few' || text(items, k) === 'several') return TIME_UNITS.has(text(items, k + 1)) ? k + 2 : k + 1;
  // "in 15", "in a few": a number with nothing after it that says what of.
  const n = items[k];
  const next = text(items, k + 1);
  if (n?.kind === 'num' && (next === '' || ['and', 'then', ',', 'please', 'more'].includes(next))) return next === 'more' ? k + 2 : k + 1;
  return null;
}
