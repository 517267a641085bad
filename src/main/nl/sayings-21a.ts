// Round 21a (review): "stop X and Y <end> <when>" — the end said last, with a time after it, is the later part's own.
// Run by tokenize() on the raw words, after sayings20b (which reads the same saying with no time after the end).
// - "stop the left curtain and the right one open in 5 minutes", "… closed at 5 pm", "halt the bedroom curtain and the
//   left one open in an hour": stop X now, and open/close only Y at that time (it opened X too, at that time).
// - "is the house secure", "are we locked up": every lock, asked as "is everything secure".
// - "how charged is my phone": its battery level.
import { table } from './table';

const STOPS = table({ stop: true, halt: true, freeze: true });
const VERB_OF_END = table({ open: ['open'], closed: ['close'], shut: ['close'] });
/** Words that start a time said after the end. */
const WHEN_STARTS = table({ in: true, at: true, after: true, within: true });
/** Words a time said after "in/at/after" is made of ("in 5 minutes", "in half an hour", "at half past 5", "at noon"). */
const WHEN_WORDS = table({ a: true, an: true, half: true, quarter: true, past: true, to: true, minute: true, minutes: true, min: true, mins: true,
  hour: true, hours: true, second: true, seconds: true, secs: true, noon: true, midnight: true, am: true, pm: true, "o'clock": true, oclock: true,
  couple: true, of: true, few: true, and: true, time: true, "'s": true, or: true, so: true });
const TAIL = table({ please: true, now: true, thanks: true, '.': true, '!': true });
/** Words that make the later part no bare device: a verb, a question, a description ("the right one that is open"). */
const NOT_BARE = table({ is: true, are: true, was: true, were: true, be: true, "'s": true, not: true, "n't": true, no: true, never: true, that: true,
  which: true, who: true, still: true, if: true, whether: true, '?': true, what: true, how: true, when: true, where: true, ',': true, ';': true,
  then: true, but: true, so: true, and: true, turn: true, switch: true, open: true, close: true, shut: true, set: true, put: true, stop: true, halt: true,
  lock: true, unlock: true, raise: true, lower: true, pull: true, draw: true, make: true, get: true, leave: true, keep: true, closed: true });

const isWhenWord = (t: string): boolean => WHEN_WORDS[t] !== undefined || /^\d+(?:[.:]\d+)?$/.test(t);

/** "stop X and Y open in 5 minutes" → "stop X and open Y in 5 minutes". */
function stopThenTimedEnd(tokens: string[]): string[] {
  const and = tokens.lastIndexOf('and');
  if (and < 2 || !tokens.slice(0, and).some((t) => STOPS[t]) || tokens.includes('?')) return tokens;
  // (Round 21h: only one said before the "and" — "stop A, B and C open in 5 minutes" is no such saying; doubt-21h.ts asks.)
  const stop = tokens.findIndex((t) => STOPS[t]);
  if (tokens.slice(stop + 1, and).some((t) => t === ',' || t === 'and')) return tokens;
  let end = tokens.length;
  while (end > and + 1 && TAIL[tokens[end - 1]!]) end--;
  // (the time: "in/at/after …" up to the tail, made only of time words, with a number or a unit in it)
  const when = tokens.findIndex((t, k) => k > and + 2 && WHEN_STARTS[t] !== undefined && VERB_OF_END[tokens[k - 1]!] !== undefined);
  if (when < 0) return tokens;
  const time = tokens.slice(when + 1, end);
  if (time.length === 0 || !time.every(isWhenWord) || !time.some((t) => /\d/.test(t) || /^(?:hours?|minutes?|mins?|seconds?|noon|midnight)$/.test(t))) return tokens;
  const verb = VERB_OF_END[tokens[when - 1]!]!;
  const part = tokens.slice(and + 1, when - 1);
  if (part.length === 0 || part.some((t) => NOT_BARE[t] !== undefined)) return tokens;
  return [...tokens.slice(0, and + 1), ...verb, ...part, ...tokens.slice(when)];
}

const HOME_WORDS = table({ house: true, home: true, place: true, flat: true, apartment: true, property: true });
const OWNERS = table({ the: true, my: true, our: true, this: true });
const SECURE_WORDS = table({ secure: true, locked: true, secured: true });

/** "is the house secure", "is our home locked up", "are we secure", "is the place all locked": whether every lock is locked —
 *  "is everything secure" (the house is no device: every device's state was listed, and "home" is where a person is). */
function homeSecure(tokens: string[]): string[] {
  if (tokens[0] !== 'is' && tokens[0] !== 'are') return tokens;
  let k = 1;
  if (tokens[0] === 'is' && OWNERS[tokens[1]!] && HOME_WORDS[tokens[2]!]) k = 3;
  // (round 21i: "is the whole house locked", "is the entire place secure")
  else if (tokens[0] === 'is' && OWNERS[tokens[1]!] && (tokens[2] === 'whole' || tokens[2] === 'entire') && HOME_WORDS[tokens[3]!]) k = 4;
  else if (tokens[0] === 'are' && tokens[1] === 'we') k = 2;
  else return tokens;
  if (tokens[k] === 'all') k++;
  if (!SECURE_WORDS[tokens[k] ?? '']) return tokens;
  const up = tokens[k + 1] === 'up' ? 1 : 0;
  const rest = tokens.slice(k + 1 + up);
  if (!rest.every((t) => t === '?' || t === 'now' || t === 'tonight')) return tokens;
  return ['is', 'everything', 'locked', ...rest];
}

/** "how charged is my phone" → "what is the battery of my phone" (it was a yes/no question: "No, 98 %"). */
function howCharged(tokens: string[]): string[] {
  if (tokens[0] !== 'how' || tokens[1] !== 'charged' || (tokens[2] !== 'is' && tokens[2] !== 'are')) return tokens;
  return ['what', 'is', 'the', 'battery', 'of', ...tokens.slice(3)];
}

export function sayings21a(tokens: string[]): string[] {
  return howCharged(homeSecure(stopThenTimedEnd(tokens)));
}
