// Round 20b (issue 14, dev17 misses): how a device should end, said the everyday way — each a class of saying, never one
// sentence. Run by tokenize() on the raw words, after questions-20b.
// - "make sure the side door is bolted", "back door bolted please": bolted is locked, unbolted unlocked (said as the end
//   of a step; the verb "bolt" was read already).
// - "make the back door secure", "get the doors secure", "is the back door secure?": secure, said last of a device, is
//   locked (a device that can't lock is refused, as for "locked").
// - "make the fan quit spinning", "get the robot to quit cleaning": "quit …ing" is "stop …ing" (spelling repair made
//   "quit" into "quiet").
// - "the lounge curtains, make them stop", "the bedroom curtain, make it stop": "make it/them stop" is "stop it/them" (it
//   was "turn it on"); with nothing before, "stop them" asks which, as before.
// - "halt the left curtain where it's got to", "… where they have got to": "where it has got to" is "where it is".
// - "put the tv on hold", "put whatever's on the tv on hold": on hold is on pause.
// - "hush the tv", "please hush the kitchen speaker": hush is silence (mute).
// - "stop the left curtain and the right one open": the later part's own end (it opened the curtain told to stop).
import { table } from './table';

/** Words that may close a step after the end said: "the back door secure please". */
const CLOSE = table({ ',': true, '.': true, '?': true, '!': true, and: true, then: true, please: true, now: true, thanks: true, too: true, tonight: true });
const TAIL = table({ please: true, now: true, thanks: true, '.': true, '!': true, right: true });
const closes = (tokens: readonly string[], k: number): boolean => k >= tokens.length || CLOSE[tokens[k]!] !== undefined;
/** Words before "secure" that make it the end of a step: "make X secure", "X is secure", "keep X secure". */
const BEFORE_SECURE = table({ door: true, doors: true, lock: true, locks: true, is: true, are: true, it: true, them: true, gate: true, everything: true });

const PART_ENDS = table({ ',': true, '.': true, and: true, then: true, but: true, so: true, ';': true });

/** "make the back door secure", "get the doors secure" → "lock the back door" ("make X locked" is not read). */
function makeSecure(tokens: string[]): string[] {
  const at = tokens.findIndex((w, i) => w === 'secure' && i > 0 && BEFORE_SECURE[tokens[i - 1]!] && closes(tokens, i + 1));
  if (at < 0) return tokens;
  let k = at - 1;
  while (k >= 0 && !PART_ENDS[tokens[k]!] && tokens[k] !== 'make' && tokens[k] !== 'get') k--;
  if (k < 0 || (tokens[k] !== 'make' && tokens[k] !== 'get') || tokens[k + 1] === 'sure') return tokens;
  return [...tokens.slice(0, k), 'lock', ...tokens.slice(k + 1, at), ...tokens.slice(at + 1)];
}

function endWords(tokens: string[]): string[] {
  return makeSecure(tokens).map((w, i, tokens) => {
    // ("the back door not bolted please" is left as said: a "not" before the end is never turned into a lock — review 20.)
    if (NEGATIONS[tokens[i - 1] ?? '']) return w;
    if (w === 'bolted' && (closes(tokens, i + 1) || tokens[i + 1] === 'shut')) return 'locked';
    if (w === 'unbolted' && closes(tokens, i + 1)) return 'unlocked';
    if (w === 'secure' && i > 0 && BEFORE_SECURE[tokens[i - 1]!] && closes(tokens, i + 1)) return 'locked';
    return w;
  });
}

function stopSayings(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    // "quit spinning" → "stop spinning"
    if (w === 'quit' && /^[a-z]{3,}ing$/.test(next)) { out.push('stop'); continue; }
    // "make it stop", "make them stop" (the part's end) → "stop it"
    // (Only last in the sentence: "…, make it stop and the right one open" is left as said.)
    // (Only after a bare device said before it: "open the left curtain, make it stop" would both open and stop it — review 20.)
    if (w === 'make' && (next === 'it' || next === 'them') && tokens[i + 2] === 'stop' && tokens.slice(i + 3).every((t) => TAIL[t]) && !tokens.slice(0, i).some((t) => VERBS[t])) { out.push('stop', next); i += 2; continue; }
    // "where it is got to", "where it has got to", "where it is gotten to" → "where it is"
    // ("where they have got to", "where they are got to" → "where they are")
    const be = next === 'it' ? ['is', 'has'] : next === 'they' ? ['are', 'have'] : [];
    if (w === 'where' && be.includes(tokens[i + 2] ?? '') && ['got', 'gotten'].includes(tokens[i + 3] ?? '') && tokens[i + 4] === 'to') {
      out.push('where', next, next === 'it' ? 'is' : 'are'); i += 4; continue;
    }
    // "hush the tv" → "silence the tv" (the verb before an article; "hush, …" alone is left as said)
    if (w === 'hush' && ['the', 'that', 'my', 'this'].includes(next) && (i === 0 || PART_ENDS[tokens[i - 1]!] || tokens[i - 1] === 'please')) { out.push('silence'); continue; }
    // "… on hold" (the part's end) → "… on pause"
    if (w === 'on' && next === 'hold' && closes(tokens, i + 2) && i > 0) { out.push('on', 'pause'); i += 1; continue; }
    out.push(w);
  }
  return out;
}

const STOPS = table({ stop: true, halt: true, freeze: true });
const NEGATIONS = table({ not: true, "n't": true, never: true, no: true });
/** Words that make the later part a question, a remark or a description, never an end to carry out ("stop the vacuum and
 *  is the main valve closed" closed the valve; "stop the left curtain and the right one that is open" opened the left one). */
const NOT_AN_END = table({ is: true, are: true, was: true, were: true, be: true, been: true, being: true, "'s": true, "isn't": true, "aren't": true,
  isnt: true, arent: true, "wasn't": true, "weren't": true, not: true, "n't": true, no: true, never: true, that: true, which: true, who: true,
  still: true, should: true, must: true, shall: true, do: true, does: true, did: true, can: true, could: true, will: true, would: true,
  might: true, may: true, ones: true, if: true, whether: true, '?': true, what: true, why: true, how: true, when: true, where: true });
const VERB_OF_END = table({ open: ['open'], closed: ['close'], shut: ['close'] });
const VERBS = table({ turn: true, switch: true, open: true, close: true, shut: true, set: true, put: true, stop: true, halt: true, lock: true, unlock: true,
  raise: true, lower: true, pull: true, draw: true, make: true, get: true, leave: true, keep: true });
/** "stop the left curtain and the right one open", "the left curtain, stop it and the right one open": the end said last
 *  is the later part's own ("… and open the right one"); it was taken for the whole, opening the curtain told to stop. */
function stopThenEnd(tokens: string[]): string[] {
  const and = tokens.lastIndexOf('and');
  if (and < 2 || !tokens.slice(0, and).some((t) => STOPS[t])) return tokens;
  let end = tokens.length;
  while (end > and + 1 && TAIL[tokens[end - 1]!]) end--;
  const verb = VERB_OF_END[tokens[end - 1] ?? ''];
  const part = tokens.slice(and + 1, end - 1);
  if (!verb || part.length === 0 || part.some((t) => VERBS[t] || PART_ENDS[t] || VERB_OF_END[t] || NOT_AN_END[t]) || tokens.includes('?')) return tokens;
  return [...tokens.slice(0, and + 1), ...verb, ...part, ...tokens.slice(end)];
}

export function sayings20b(tokens: string[]): string[] {
  return stopThenEnd(stopSayings(endWords(tokens)));
}
