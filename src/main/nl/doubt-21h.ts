// Round 21h (review): the whole sentence's checks (guard.ts, on a reading that acts). Each class asks instead of acting:
// - A remark cut short to "isn't" was carried out: "lock the front door and the back door isn't" locked both. A later part
//   "<device> is/are not" with no state after it (doubt-21a.ts needs the state word) is how it is, or how it should be — asked.
// - An amount said only after a list set apart by ", and", in any words: "open the left curtain, and the bedroom curtain a
//   quarter" (tokenize.ts made "a quarter" into 25 %), "…, and the bedroom curtain to 30%" set both — for the last one alone,
//   or for all? (doubt-21b.ts asks it for the amount words left as words, "halfway".) Only after "open/close/raise/lower …",
//   where the first one needs no amount; "set A, and B to 30%" is both.
// - "stop X and Y open in 5 minutes" (sayings-21a.ts reads it as "stop X, and open Y in 5 minutes"): any other reading of
//   an end said with a time after a stop — several said before the end ("stop A, B and C open in 5 minutes"), more said
//   after the time ("… and lock the front door"), "keep the right one open in 5 minutes", or a later part that names no
//   device ("stop the vacuum and the bedroom open in 5 minutes": a room) — opened what was to be stopped, dropped one, or
//   picked the room's one cover: asked.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

const NEG = table({ not: true, "n't": true });
const COPULA = table({ is: true, are: true, was: true, were: true, "'s": true, "'re": true });
const PART_ENDS = table({ and: true, ',': true, ';': true, but: true, then: true, '.': true, '!': true });
/** Words a cut-short remark may end with: "the back door isn't, please", "… isn't either". */
const TAIL = table({ please: true, either: true, yet: true, now: true, still: true, too: true, though: true, already: true });
/** Words that make the part no remark about a device: a verb, a question word, who is talking. */
const NOT_DEVICE = table({ turn: true, switch: true, set: true, put: true, open: true, close: true, shut: true, lock: true, unlock: true, stop: true,
  start: true, make: true, get: true, keep: true, leave: true, check: true, that: true, which: true, who: true, if: true, when: true, whether: true, what: true,
  how: true, where: true, why: true, i: true, we: true, you: true, he: true, she: true, they: true, it: true, this: true, there: true, here: true, them: true });
const REQUEST_VERB = table({ turn: true, switch: true, set: true, put: true, open: true, close: true, shut: true, lock: true, unlock: true, stop: true,
  start: true, pause: true, raise: true, lower: true, halt: true, freeze: true, dim: true, mute: true, play: true, resume: true, draw: true, pull: true });
/** Words that make a remark a request or a condition: "make sure the back door is not", "unless it isn't". */
const ASKED_FOR = table({ sure: true, ensure: true, if: true, unless: true, whether: true, when: true, check: true, see: true, because: true, since: true });

/** "lock the front door and the back door isn't": a later part "<device> is not" with nothing after. */
function elidedRemark(tokens: readonly string[]): NlError | null {
  if (tokens.includes('?') || tokens.some((t) => ASKED_FOR[t])) return null;
  for (let start = 1; start < tokens.length; start++) {
    if (!PART_ENDS[tokens[start - 1]!] || !tokens.slice(0, start).some((t) => REQUEST_VERB[t])) continue;
    let end = start;
    while (end < tokens.length && !PART_ENDS[tokens[end]!]) end++;
    const c = tokens.slice(start, end).findIndex((t) => COPULA[t]) + start;
    if (c <= start || tokens.slice(start, c).some((t) => NOT_DEVICE[t])) continue;
    if (!NEG[tokens[c + 1] ?? ''] || !tokens.slice(c + 2, end).every((t) => TAIL[t])) continue;
    // (Only with nothing asked after it: "…, the back door isn't, so lock it" says why.)
    if (tokens.slice(end).some((t) => REQUEST_VERB[t])) continue;
    const subject = tokens.slice(start, c).join(' ');
    return { code: 'AMBIGUOUS', message: `"${subject} ${tokens[c]} ${tokens[c + 1]}" — not what? Is that how it is now, or what you want? Say just what to do, for example "lock ${subject}", or ask "is ${subject} locked?".` };
  }
  return null;
}

/** Verbs whose device needs no amount: "open the left curtain" is all the way. */
const WAY_VERBS = table({ open: true, close: true, shut: true, raise: true, lower: true, lift: true, draw: true, pull: true, roll: true });
const WAY_WORDS = table({ halfway: true, half: true, quarter: true, quarters: true, third: true, thirds: true, partway: true, midway: true, bit: true });
const isAmount = (t: string): boolean => /^\d/.test(t) || WAY_WORDS[t] !== undefined;

/** "open the left curtain, and the bedroom curtain a quarter": every device set to an amount said only after ", and". */
function amountSetApart(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const apart = tokens.findIndex((t, i) => t === ',' && tokens[i + 1] === 'and');
  if (apart < 0 || !tokens.slice(0, apart).some((t) => WAY_VERBS[t])) return null;
  if (tokens.slice(0, apart).some(isAmount) || !tokens.slice(apart).some(isAmount)) return null;
  const set = actions.filter((a) => a.service === 'set_position');
  if (set.length < 2 || set.length !== actions.length || new Set(set.map((a) => JSON.stringify(a.data))).size !== 1) return null;
  return { code: 'AMBIGUOUS', message: 'The amount you said: for the last one only, or for all of them? Say each with its own, for example "open the left curtain fully and the bedroom curtain a quarter".' };
}

const STOPS = table({ stop: true, halt: true, freeze: true });
const ENDS = table({ open: 'open', closed: 'close', shut: 'close' });
const WHEN_STARTS = table({ in: true, at: true, after: true, within: true });
const TIME_WORD = /^(?:\d.*|minutes?|mins?|hours?|seconds?|secs?|noon|midnight|half|quarter|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty)$/;
const domainOf = (a: SaidAction): string => (a.entity ?? '').split('.')[0]!;
/** Words that name a device of each kind that opens and closes. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  cover: /^(?:curtains?|blinds?|shades?|shutters?|drapes?|covers?|doors?|gates?|garage|awnings?|windows?|screens?|skylights?|louvres?|louvers?)$/,
  valve: /^(?:valves?|taps?|sprinklers?|water|tap)$/,
};

/** "stop A, B and C open in 5 minutes", "stop A and B open in 5 minutes and lock the door": acted on only when read as
 *  "stop A now, and open B (of A's kind) at that time". */
function stopThenEnd(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const s = said.findIndex((t) => STOPS[t] !== undefined);
  if (s < 0 || said.includes('?')) return null;
  const e = said.findIndex((t, k) => k > s + 1 && ENDS[t] !== undefined && WHEN_STARTS[said[k + 1] ?? ''] !== undefined
    && said.slice(k + 2, k + 5).some((x) => TIME_WORD.test(x)));
  if (e < 0) return null;
  const service = ENDS[said[e]!]!;
  const stopped = actions.filter((a) => a.service === 'stop' && !a.delay_s);
  const later = actions.filter((a) => a.service !== 'stop');
  // (The later part names a device: "the right one" of the stopped kind, or a word of its own kind — "the main valve"; a room
  // alone, "the bedroom", is no device.)
  const and = said.lastIndexOf('and', e);
  const part = said.slice(and + 1, e);
  const named = (a: SaidAction): boolean => (part.some((t) => t === 'one' || t === 'ones') && stopped.some((b) => domainOf(b) === domainOf(a)))
    || part.some((t) => KIND_WORDS[domainOf(a)]?.test(t) ?? false);
  const read = stopped.length > 0 && later.length > 0 && later.every((a) => a.service === service && (a.delay_s ?? 0) > 0)
    && later.every(named) && !later.some((a) => stopped.some((b) => b.entity === a.entity));
  if (read) return null;
  return { code: 'AMBIGUOUS', message: `"${said.slice(s, e + 2).join(' ')} …": which ones should stop now, and which should ${service} later? Say each with its own verb, for example "stop the left curtain and ${service} the right one in 5 minutes".` };
}

export function doubt21h(tokens: readonly string[], actions: readonly SaidAction[], said: () => readonly string[]): NlError | null {
  if (actions.length === 0) return null;
  return elidedRemark(tokens) ?? amountSetApart(tokens, actions) ?? stopThenEnd(said(), actions);
}
