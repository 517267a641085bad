// Values said as words, as the percent they are ("to half" → "to 50 %", "three quarters of the way", "full brightness"),
// so they are counted and paired like numbers. Run by tokenize() after the phrasing rewrites (phrasing.ts).
import { isNumberToken } from './tokenize';
import { CLAUSE_ENDS } from './phrasing';

/** Values said as words, as the percent they are ("to half" → "to 50 %"): longest first. */
const VALUE_WORDS: readonly (readonly [readonly string[], number])[] = [
  [['3', 'quarters'], 75], [['a', 'quarter'], 25], [['1', 'quarter'], 25], [['quarter'], 25],
  [['a', 'third'], 33], [['1', 'third'], 33], [['2', 'thirds'], 67], [['a', 'half'], 50], [['half', 'way'], 50], [['half'], 50],
  [['halfway'], 50], [['the', 'max'], 100], [['the', 'maximum'], 100], [['max'], 100], [['maximum'], 100],
  [['full', 'blast'], 100], [['full', 'power'], 100], [['full'], 100],
];
/** Units "half a …" is said of: "by half a degree". */
const HALF_UNITS = new Set(['degree', 'percent']);
const SETTING_WORDS = new Set(['brightness', 'volume', 'speed', 'power']);
const VALUE_WORD_STARTS = new Set(VALUE_WORDS.map(([words]) => words[0]!));
/** What may follow a value word that is no value: "at half past 7", "a quarter of an hour", "quarter to 10". */
const NOT_VALUE_AFTER = new Set(['past', 'to', 'of', 'an', 'a', 'hour', 'hours', 'minute', 'minutes', 'after', 'before', 'til', 'till']);

/** Verbs whose end is where the device stops going: "open … all the way" is open. */
const WAY_VERBS = new Set(['open', 'close', 'shut']);

/** "set A to 80% and B to half": a value word after "to"/"at", or after "and"/"," following a percent, becomes that
 *  percent, so it counts as a value wherever values are counted and paired. */
export function valueWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (a word that starts no value and is no "all the way" is left as it is: none of the readings below starts at it)
    if (t !== 'all' && !VALUE_WORD_STARTS.has(t)) {
      out.push(t);
      continue;
    }
    const prev = out[out.length - 1];
    // "open the left curtain halfway and the right one all the way": as far as the verb goes — that verb, said
    // again for its own step (never the value of the step before).
    if (t === 'all' && tokens[i + 1] === 'the' && tokens[i + 2] === 'way' && (tokens[i + 3] === undefined || CLAUSE_ENDS.has(tokens[i + 3]!))) {
      // (The last such verb said: "pull the left curtain shut and open the right one all the way" opens the right one.)
      const verb = out.reduce((last, o, k) => (WAY_VERBS.has(o) ? k : last), -1);
      const and = Math.max(out.lastIndexOf('and'), out.lastIndexOf(','));
      if (verb >= 0) {
        if (and > verb) out.splice(and + 1, 0, out[verb]!);
        i += 2;
        continue;
      }
    }
    // "by half a degree", "a half degree": half of the unit said.
    if (t === 'half' && ['a', 'an', '1'].includes(tokens[i + 1] ?? '') && HALF_UNITS.has(tokens[i + 2] ?? '') && prev !== 'and') {
      out.push('0.5', tokens[i + 2]!);
      i += 2;
      continue;
    }
    if (t === 'half' && prev === 'a' && HALF_UNITS.has(tokens[i + 1] ?? '') && out[out.length - 2] !== 'and') {
      out.pop();
      out.push('0.5', tokens[i + 1]!);
      i++;
      continue;
    }
    // "open the curtain a quarter of the way", "three quarters of the way up": that percent of its travel.
    const way = VALUE_WORD_STARTS.has(t) ? VALUE_WORDS.find(([words]) => words.every((w, k) => tokens[i + k] === w)) : undefined;
    if (way && tokens[i + way[0].length] === 'of' && tokens[i + way[0].length + 1] === 'the' && tokens[i + way[0].length + 2] === 'way') {
      out.push(String(way[1]), '%');
      i += way[0].length + 2;
      continue;
    }
    // "the left curtain a quarter open", "three quarters closed": that far open (closed: the rest of the way).
    const n = way ? way[0].length : 0;
    const shown = tokens[i + n];
    if (way && (shown === 'open' || shown === 'opened' || shown === 'closed' || shown === 'shut') && (tokens[i + n + 1] === undefined || CLAUSE_ENDS.has(tokens[i + n + 1]!))
      && prev !== undefined && !['is', 'are', 'was', 'to', 'at', 'by', 'of', 'and', ','].includes(prev) && way[1] < 100) {
      out.push(String(shown.startsWith('open') ? way[1] : 100 - way[1]), '%');
      i += n;
      continue;
    }
    // "open the left curtain a quarter": that far open (never all the way).
    if (way && way[1] < 100 && t !== 'half' && t !== 'halfway' && (tokens[i + n] === undefined || CLAUSE_ENDS.has(tokens[i + n]!)) && out.includes('open')
      && prev !== undefined && !['in', 'by', 'of', 'to', 'at', 'and', ',', 'a', 'an', 'the', 'hour', 'hours', 'minutes'].includes(prev)) {
      out.push(String(way[1]), '%');
      i += n - 1;
      continue;
    }
    // "make A full brightness and B half": a value word ending a step after a value said before is that step's value.
    const valueBefore = (): boolean => out.some((o) => o === '%' || VALUE_WORDS.some(([words]) => words.length === 1 && words[0] === o));
    const endsStep = (k: number): boolean => tokens[k] === undefined || CLAUSE_ENDS.has(tokens[k]!);
    // ("make A a quarter and B three quarters": the first of such a list is its own value too — never the last one's copied.)
    const valueAfter = (): boolean => ['and', ','].includes(tokens[i + way![0].length] ?? '') && tokens.slice(i + way![0].length + 1).some((x, k, rest) =>
      (isNumberToken(x) && (rest[k + 1] === '%' || rest[k + 1] === 'percent')) || (VALUE_WORD_STARTS.has(x) && VALUE_WORDS.some(([w]) => w.every((y, j) => rest[k + j] === y) && endsStep(i + way![0].length + 1 + k + w.length))));
    if (way && endsStep(i + way[0].length) && prev !== undefined && !['in', 'by', 'of', 'a', 'the', 'and', ','].includes(prev) && ((valueBefore() && (out.includes('and') || out.includes(','))) || valueAfter())) {
      out.push(String(way[1]), '%');
      i += way[0].length - 1;
      continue;
    }
    // "the left curtain halfway and …": halfway said last of a step is that far.
    if ((t === 'halfway' || (t === 'half' && tokens[i + 1] === 'way')) && prev !== undefined && !['in', 'by', 'of', 'a', 'the', 'and', ',', 'to', 'at'].includes(prev)
      && endsStep(i + (t === 'half' ? 2 : 1)) && !out.some((o) => WAY_VERBS.has(o) || o === 'raise' || o === 'lower' || o === 'stop')) {
      // ("left shade up halfway", "bring the curtain down halfway": up or down to half way — never a step of 50.)
      if (prev === 'up' || prev === 'down') out.push('to');
      out.push('50', '%');
      if (t === 'half') i++;
      continue;
    }
    // "full brightness", "half volume": the value of the setting named.
    if (way && way[0].length === 1 && SETTING_WORDS.has(tokens[i + 1] ?? '') && prev !== 'of') {
      out.push(String(way[1]), '%');
      continue;
    }
    const listed = (prev === 'and' || prev === ',') && out[out.length - 2] === '%';
    if (prev === 'to' || prev === 'at' || listed) {
      const hit = VALUE_WORDS.find(([words]) => words.every((w, k) => tokens[i + k] === w));
      const after = hit ? tokens[i + hit[0].length] : undefined;
      if (hit && !(after !== undefined && (NOT_VALUE_AFTER.has(after) || isNumberToken(after)))) {
        out.push(String(hit[1]), '%');
        i += hit[0].length - 1;
        continue;
      }
    }
    out.push(tokens[i]!);
  }
  return out;
}
