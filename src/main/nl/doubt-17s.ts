// Issue 14, round 17s: wrong actions of round 17's rewrites that read verb-less forms as commands — a level said of a
// device with a complaint, a report or a state after it ("bedroom lamp full whack, it's blinding", "left curtain sitting at
// 10 percent right now"), what a room "only gets", and "N is too low" said of a device. Each is asked (when Hearth is not
// sure, it asks). Read on the sentence's words as said, once; each check is a class, never a sentence.
import { COMMAND_VERBS } from './doubt';
import { isNumberToken } from './tokenize';
import type { NlError } from './errors';

const SAT = new Set(['sitting', 'sat', 'resting', 'parked']);
const UNITS = new Set(['%', 'percent', 'degrees', 'degree', '°']);
const JOINS = new Set([',', 'and', 'then', 'but', 'so', 'because', 'cos']);
/** Said with a level that make it a report of how the device is: "the lamp's full whack", "… again", "… still". */
const TELLING = new Set(["'s", 'is', 'are', 'was', 'were', 'still', 'again', 'currently', 'already', 'now', 'always', 'stuck', 'only', 'just']);

/** Where a verb-less level ends ("full whack", "a mere 12 %", "sitting at 10 percent"), or -1. */
function levelEnd(words: readonly string[], i: number): number {
  const unit = (k: number): number => (UNITS.has(words[k] ?? '') ? k + 1 : k);
  if (words[i] === 'full' && words[i + 1] === 'whack') return i + 2;
  if (words[i] === 'a' && ['mere', 'measly'].includes(words[i + 1] ?? '') && isNumberToken(words[i + 2])) return unit(i + 3);
  if (SAT.has(words[i]!) && words[i + 1] === 'at' && isNumberToken(words[i + 2])) return unit(i + 3);
  return -1;
}

/** "right curtain at 90", "the desk lamp to 40 %": another device's value said with no verb, in a list of such. */
function valueSaid(part: readonly string[]): boolean {
  const e = UNITS.has(part[part.length - 1] ?? '') ? part.length - 1 : part.length;
  return e >= 4 && isNumberToken(part[e - 1]) && ['at', 'to'].includes(part[e - 2]!) && !COMMAND_VERBS.has(part[0]!) && !part.some((w) => TELLING.has(w));
}

/** "bedroom lamp full whack, it's blinding", "the lamp's full whack", "living room lamp a mere 12% at the moment", "left
 *  curtain sitting at 10 percent, open it": a level said of a device with no verb is a request only alone (or "please"), or
 *  in a list of such levels ("desk lamp full whack, bedside lamp a mere 5%"); with a report, a complaint or another command
 *  with it, asked. */
function levelTold(words: readonly string[]): NlError | null {
  const parts: [number, number][] = [];
  let s = 0;
  for (let k = 0; k <= words.length; k++) if (k === words.length || JOINS.has(words[k]!)) { if (k > s) parts.push([s, k]); s = k + 1; }
  const level = (p: [number, number]): number => { for (let k = p[0]; k < p[1]; k++) if (levelEnd(words, k) > 0) return k; return -1; };
  for (let p = 0; p < parts.length; p++) {
    const [from, to] = parts[p]!;
    const i = level(parts[p]!);
    if (i < 0 || COMMAND_VERBS.has(words[from]!)) continue;
    const head = words.slice(from, i);
    const tail = words.slice(levelEnd(words, i), to);
    const alone = (tail.length === 0 || (tail.length === 1 && tail[0] === 'please')) && !head.some((w) => TELLING.has(w));
    // (Each other part is another such level, or only "please".)
    const listed = parts.every((q, n) => n === p || level(q) >= 0 || (q[1] - q[0] === 1 && words[q[0]] === 'please') || valueSaid(words.slice(q[0], q[1])));
    if (!alone || !listed) return { code: 'AMBIGUOUS', message: `"${words.slice(from, to).join(' ')}": is that how it is now, or how you want it? Say what to do, for example "set it to 50%".` };
  }
  return null;
}

/** Said before "gets" they tell how little a room gets, a complaint: "the office only gets 60". */
const ONLY_SAID = new Set(['only', 'just', 'barely', 'hardly', 'never', 'still', 'always', 'usually', 'normally', 'even']);

/** "the office only gets 60", "the office just gets 60 degrees": asked, never set. */
function onlyGets(words: readonly string[]): NlError | null {
  const g = words.findIndex((w, k) => ['gets', 'get', 'got'].includes(w) && ONLY_SAID.has(words[k - 1] ?? '') && isNumberToken(words[k + 1]));
  return g < 0 ? null : { code: 'AMBIGUOUS', message: `"${words.slice(Math.max(0, g - 3), g + 2).join(' ')}": is that a complaint, or the value you want? Say what to do, for example "set the office to 70".` };
}

/** "office thermostat, 58 is too low", "… 75 is too much": a value judged — asked, never set ("58 is plenty" is a request). */
function valueTooMuch(words: readonly string[]): NlError | null {
  for (let k = 0; k < words.length; k++) {
    if (!isNumberToken(words[k])) continue;
    const b = UNITS.has(words[k + 1] ?? '') ? k + 2 : k + 1;
    if (['is', "'s", 'was', 'feels', 'seems'].includes(words[b] ?? '') && ['too', 'not', 'way'].includes(words[b + 1] ?? '')) {
      return { code: 'AMBIGUOUS', message: `"${words.slice(k, b + 3).join(' ')}": what should I set it to? Say, for example, "set it to 20".` };
    }
  }
  return null;
}

/** Round 17s's checks on the words of a sentence whose reading acts. */
export function doubt17s(said: () => readonly string[]): NlError | null {
  const words = said();
  return levelTold(words) ?? onlyGets(words) ?? valueTooMuch(words);
}
