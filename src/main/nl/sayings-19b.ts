// Round 19b (issue 14, dev15 and dev14 misses): classes of saying that were refused, rewritten into the forms the parser
// already reads. Run once per sentence at the start of leadInPhrases() (tokenize), on the tokens before any other saying.
// Each rewrite is a class of saying, never one sentence, and each leaves the sentence as it was when unsure (then the
// older reading, or a question, stands).
import { COMMAND_VERBS } from './doubt';
import { table } from './table';
import { urgingFirst, whenReady, notAnyFurther, leaveWhereItIs, wordForms, unitSaidAfter, addTo, whateverThereAre, doubledLast, roughly, mustGo, colourSounds } from './sayings-19b-passes';
import { NOUNS } from './lexicon-devices';

const isNumber = (w: string | undefined): boolean => w !== undefined && /^\d/.test(w);
const PAUSES = table({ ',': true, so: true });

// ── 1. A lead-in said without its subject ─────────────────────────────────────────────────────────────────────────────
/** What the speaker is doing, said first without "I'm": "getting ready for a call, …", "waking up now so …". */
const DOINGS = table({
  getting: true, heading: true, leaving: true, going: true, waking: true, working: true, cooking: true, relaxing: true, settling: true,
  watching: true, having: true, popping: true, nipping: true, running: true, expecting: true, hosting: true, chilling: true, winding: true,
  sitting: true, trying: true, doing: true, starting: true, finishing: true, packing: true, sleeping: true,
});
/** Where the speaker is off to, said first without "I'm": "off for the weekend now, so …", "back from work, …". */
const WHEREABOUTS = table({ off: true, out: true, away: true, back: true, home: true });
const WHEREABOUT_NEXT = table({ to: true, for: true, from: true, now: true, early: true, late: true, soon: true, shortly: true });
/** A length of time makes "off for …" a duration of the step ("off for an hour, the lamp"), never a lead-in. */
const TIME_WORDS = table({
  hour: true, hours: true, minute: true, minutes: true, second: true, seconds: true, while: true, bit: true, moment: true, half: true,
  quarter: true, couple: true, few: true, sec: true, min: true, mins: true,
});
/** A state or a device's end said in the part: it may be a step, so no subject is supplied. */
const STATE_WORDS = table({
  on: true, off: true, open: true, opened: true, closed: true, shut: true, locked: true, unlocked: true, up: true, down: true, muted: true,
  paused: true, dim: true, dimmed: true, brighter: true, dimmer: true, warmer: true, cooler: true, louder: true, quieter: true,
});
/** Doings said with a particle that is no device's state ("waking up", "winding down", "settling in"). */
const PHRASAL = table({ waking: true, wake: true, winding: true, wind: true, settling: true, settle: true, calming: true, calm: true, getting: true, cooling: true, warming: true, chilling: true, chill: true });
const PARTICLES = table({ up: true, down: true, in: true, off: true, out: true });
/** Short abbreviations of a lead-in. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = table({ wfh: ['working', 'from', 'home'] });

/** "getting ready for a call: office thermostat to 70" → "i am getting ready for a call, …"; "bit nippy today - set …" →
 *  "it is a bit nippy today, …"; "time to wind down - …" → "it is time to wind down, …". The part is then read as the lead-in
 *  it is (set aside only when it names no device, value or time, as "I'm off to bed, …" is). */
function subjectSupplied(input: string[]): string[] {
  const abbr = ABBREVIATIONS[input[0] ?? ''];
  const tokens = abbr ? [...abbr, ...input.slice(1)] : input;
  let p = 1;
  while (p < tokens.length && p <= 9 && !PAUSES[tokens[p]!]) p++;
  if (!PAUSES[tokens[p] ?? ''] || p + 1 >= tokens.length) return input;
  const part = tokens.slice(0, p);
  if (part.some(isNumber)) return input;
  const first = part[0]!;
  const rest = tokens.slice(p);
  // (A particle of the speaker's own doing is no state: "waking up", "winding down", "settling in".)
  const stated = (from: number): boolean => part.slice(from).some((w, k) => (STATE_WORDS[w] && !(PHRASAL[part[from + k - 1] ?? ''] && PARTICLES[w])
    // ("down in the office", "up at the cottage": where the speaker is.)
    && !((w === 'down' || w === 'up') && ['in', 'at'].includes(part[from + k + 1] ?? ''))) || COMMAND_VERBS.has(w));
  const timed = part.some((w) => TIME_WORDS[w]);
  if (DOINGS[first] && !timed && tokens[1] !== 'room' && !stated(1)) return ['i', 'am', ...part, ...rest];
  if (WHEREABOUTS[first] && !timed && WHEREABOUT_NEXT[part[1] ?? ''] && !stated(1)) return ['i', 'am', ...part, ...rest];
  const clean = !stated(0) && part.length <= 5;
  if (clean && first === 'bit' && part.length >= 2) return ['it', 'is', 'a', ...part, ...rest];
  if (clean && first === 'a' && part[1] === 'bit' && part.length >= 3) return ['it', 'is', ...part, ...rest];
  if (clean && first === 'time' && (part[1] === 'to' || part[1] === 'for') && part.length >= 3) return ['it', 'is', ...part, ...rest];
  return input;
}

// ── 2. A reason said after a complete command ─────────────────────────────────────────────────────────────────────────
/** Who a reason is about, said first in it. */
const SUBJECTS = table({
  it: true, i: true, we: true, they: true, he: true, she: true, you: true, nobody: true, noone: true, everyone: true, everybody: true,
  someone: true, somebody: true,
});
/** What follows the subject of a reason: "is", "'s", "always", "keeps" … */
const REASON_VERBS = table({
  is: true, are: true, "'s": true, am: true, was: true, were: true, keeps: true, keep: true, has: true, have: true, always: true, never: true,
  just: true, still: true,
});
/** Words a reason never has: a value, a state, which one, a join, a wish or a condition — those may be what is asked. */
const NOT_IN_REASON = table({
  on: true, off: true, open: true, opened: true, closed: true, shut: true, locked: true, unlocked: true, up: true, down: true, muted: true,
  paused: true, left: true, right: true, one: true, ones: true, other: true, both: true, all: true, every: true, everything: true, and: true,
  then: true, but: true, also: true, same: true, well: true, want: true, wants: true, need: true, needs: true, like: true, please: true,
  should: true, can: true, could: true, would: true, if: true, when: true, until: true, till: true, unless: true, before: true, after: true,
  next: true, first: true, later: true, instead: true, except: true, either: true, neither: true, only: true, '%': true, percent: true,
  degrees: true, set: true, turn: true, switch: true,
  // (Where someone is may be where the devices are: "turn on the lights, the kids are in the bedroom".)
  in: true, at: true, upstairs: true, downstairs: true, here: true, there: true, room: true, floor: true, inside: true, outside: true,
});
/** A motion may be what to do ("mute the tv, the fan's running"), never set aside — but after a stop it says what is stopped
 *  ("stop the main valve, its going too far"). Review 19f. */
const MOTIONS = table({ closing: true, opening: true, running: true, going: true, moving: true, locking: true, unlocking: true, spinning: true, playing: true });
const STOPS = table({ stop: true, halt: true, freeze: true, pause: true });
/** Rooms and places a reason may name: then it may say which devices are meant ("close the curtains, it's just the bedroom",
 *  "turn off the lights, the kitchen's empty") and is never set aside (review 19f). */
const PLACES = table({
  kitchen: true, bedroom: true, bedrooms: true, office: true, living: true, lounge: true, hall: true, hallway: true, garage: true, bathroom: true,
  study: true, nursery: true, den: true, dining: true, porch: true, garden: true, patio: true, basement: true, attic: true, landing: true,
  playroom: true, guest: true, utility: true, laundry: true, cellar: true, loft: true, conservatory: true, yard: true, corner: true, play: true,
  front: true, back: true, side: true, master: true, kids: true, toilet: true, entrance: true, porchway: true, water: true,
});
/** A word naming a device kind (lexicon nouns, people aside) or a place: a tail with one may say what is meant. */
const namesWhat = (w: string): boolean => PLACES[w] === true || (NOUNS.get(w)?.senses.some((x) => x.domain !== 'person') ?? false);
/** Qualities a reason may name, and the words of a step they may say the size or way of. */
const QUALITIES = table({ noisy: true, loud: true, quiet: true, bright: true, dark: true, dim: true, hot: true, cold: true, warm: true, cool: true, chilly: true, stuffy: true, glaring: true });
const STEPS = table({ up: true, down: true, dim: true, brighten: true, raise: true, lower: true, louder: true, quieter: true, brighter: true, dimmer: true, warmer: true, cooler: true, increase: true, decrease: true, reduce: true, by: true });
const ARTICLES = table({ the: true, my: true, our: true, a: true, your: true });
/** Said first in a step before its verb. */
const BEFORE_VERB = table({ please: true, just: true, you: true, can: true, could: true, would: true, will: true, go: true, ',': true, hey: true, ok: true, okay: true, then: true });

/** The head is a command: it starts (after courtesies) with a command verb. */
function commandFirst(head: readonly string[]): boolean {
  let k = 0;
  while (k < head.length && BEFORE_VERB[head[k]!]) k++;
  return COMMAND_VERBS.has(head[k] ?? '') && head.length - k >= 2;
}

/** A tail that is a reason: a subject, then something said of it ("it's too noisy", "news is starting", "the phone's ringing",
 *  "nobody's watching", "I always fall asleep in front of it"; "its going too far" is "it's …"). */
function isReason(head: readonly string[], tail: readonly string[]): boolean {
  if (tail.length < 2 || tail.length > 9) return false;
  if (tail.some((w) => isNumber(w) || NOT_IN_REASON[w] || COMMAND_VERBS.has(w) || namesWhat(w))) return false;
  if (tail.some((w) => MOTIONS[w]) && !head.some((w) => STOPS[w])) return false;
  if (tail[tail.length - 1] === 'too') return false;
  // ("turn the lamp down, it's too bright": a quality said with a step may say what was meant — kept, and the guards ask.)
  if (tail.some((w) => QUALITIES[w]) && head.some((w) => STEPS[w])) return false;
  if (tail[0] === 'its') return true;
  if (SUBJECTS[tail[0]!] && REASON_VERBS[tail[1]!]) return true;
  if (tail[0] === 'no' && tail[1] === 'one' ) return false;
  const s = ARTICLES[tail[0]!] ? 1 : 0;
  // ("the phone's ringing", "the door's going", "news is starting": a thing, then "is" or "'s" and what it does.)
  for (let k = s; k < Math.min(tail.length - 1, s + 2); k++) {
    if (/^[a-z]+$/.test(tail[k]!) && (tail[k + 1] === "'s" || tail[k + 1] === 'is' || tail[k + 1] === 'are') && tail.length > k + 2) return true;
  }
  return false;
}

/** "stop the hoover, it's too noisy", "please mute the tv, the phone's ringing", "mute the telly its adverts": the command,
 *  with the reason set aside. Only after a complete command, and only a tail that says nothing to do. */
function reasonAfterCommand(tokens: string[]): string[] {
  const c = tokens.lastIndexOf(',');
  if (c >= 2 && commandFirst(tokens.slice(0, c)) && isReason(tokens.slice(0, c), tokens.slice(c + 1))) return tokens.slice(0, c);
  // ("mute the telly its adverts": "its" said for "it's", with no pause.)
  const i = tokens.lastIndexOf('its');
  // (Only after a verb that takes no second thing: "give the tv its sound back" gives it its sound.)
  if (i >= 3 && ITS_VERBS[tokens.find((w) => COMMAND_VERBS.has(w) && !BEFORE_VERB[w]) ?? ''] && !tokens.slice(i + 1).some((w) => OWNED[w]) && !['to', 'on', 'at', 'of', 'in', 'from', 'with', 'for', 'by', 'into', 'onto'].includes(tokens[i - 1]!) && !tokens.slice(0, i).includes(',')
    && commandFirst(tokens.slice(0, i)) && isReason(tokens.slice(0, i), tokens.slice(i)) && tokens.length - i <= 5) return tokens.slice(0, i);
  return tokens;
}

/** Verbs after which "its …" said with no pause is "it's …" (a reason): they take nothing of the device's as a second thing. */
const ITS_VERBS = table({ mute: true, pause: true, stop: true, silence: true, close: true, shut: true, lock: true, unlock: true, open: true, dim: true });
/** Said after "its" for what the device has ("to its lowest", "back to its base"): never a reason. */
const OWNED = table({ back: true, sound: true, volume: true, base: true, dock: true, place: true, position: true, lowest: true, highest: true, max: true,
  min: true, maximum: true, minimum: true, own: true, colour: true, color: true, usual: true, normal: true, default: true, favourite: true, spot: true, way: true,
  setting: true, level: true, speed: true, brightness: true });

/** What a device is turned on or off for, said last: "… for a bit of air", "… for some fresh air", "… for some quiet". */
const PURPOSES = table({ air: true, breeze: true, quiet: true, peace: true, warmth: true, ambience: true, atmosphere: true, company: true });
function purposeLast(tokens: string[]): string[] {
  const n = tokens.length;
  let k = n - 1;
  if (tokens[k] === 'please') k--;
  const what = tokens[k] ?? '';
  if (!PURPOSES[what] || !commandFirst(tokens)) return tokens;
  let j = k - 1;
  if (tokens[j] === 'fresh') j--;
  if (tokens[j] === 'some') j--;
  else if (tokens[j] === 'little' && tokens[j - 1] === 'a') j -= 2;
  else if (tokens[j] === 'of' && tokens[j - 1] === 'bit' && tokens[j - 2] === 'a') j -= 3;
  else if (tokens[j] === 'of' && tokens[j - 1] === 'little' && tokens[j - 2] === 'a') j -= 3;
  if (tokens[j] !== 'for' || j < 3) return tokens;
  return [...tokens.slice(0, j), ...tokens.slice(k + 1)];
}

// ── 3. Courtesies around a request ───────────────────────────────────────────────────────────────────────────────────
const NEGATIONS = table({ not: true, never: true, no: true, longer: true, without: true, "n't": true, nobody: true, nothing: true, none: true });
const GOOD = table({ great: true, nice: true, lovely: true, good: true, brilliant: true, ace: true, awesome: true, perfect: true, ideal: true, handy: true, helpful: true });

/** "(it would) be great if you could raise …", "I'd appreciate it if you'd close …", "you couldn't switch X off, could you",
 *  "X a bit brighter would be nice": the request inside. */
function courtesies(input: string[]): string[] {
  let tokens = input;
  // "be great if you could …", "would be nice if you would …", "it would be lovely if you could …"
  let k = 0;
  if (tokens[0] === 'it' && tokens[1] === 'would') k = 2;
  else if (tokens[0] === 'would') k = 1;
  if (tokens[k] === 'be' && GOOD[tokens[k + 1] ?? ''] && tokens[k + 2] === 'if' && tokens[k + 3] === 'you' && ['could', 'would'].includes(tokens[k + 4] ?? '') && tokens[k + 5] !== undefined) {
    tokens = tokens.slice(k + 5);
  }
  // "I'd appreciate it if you'd …", "I'd love it if you'd …"
  if (tokens[0] === 'i' && tokens[1] === 'would' && ['appreciate', 'love', 'like'].includes(tokens[2] ?? '') && tokens[3] === 'it' && tokens[4] === 'if' && tokens[5] === 'you'
    && tokens[6] === 'would' && tokens[7] !== undefined && tokens[7] !== 'not') tokens = tokens.slice(7);
  // "you couldn't switch the bedroom switch off, could you": asked with the tag after it.
  const n = tokens.length;
  // ("you wouldn't unlock the front door, would you" is a worried check, never asked for: left to ask — review 19f.)
  if (tokens[0] === 'you' && tokens[1] === 'could' && tokens[2] === 'not' && COMMAND_VERBS.has(tokens[3] ?? '')
    && tokens[n - 1] === 'you' && tokens[n - 2] === 'could') {
    tokens = [...tokens.slice(3, tokens[n - 3] === ',' ? n - 3 : n - 2)];
  }
  // "… would be nice", "… would be great": "that would be nice" without "that".
  const m = tokens.length;
  // (Never with a negation: "the kitchen lights not being on would be great" wants them off — left to ask, review 19f.)
  if (m >= 5 && tokens[m - 3] === 'would' && tokens[m - 2] === 'be' && GOOD[tokens[m - 1]!] && !['that', 'it', 'this', ','].includes(tokens[m - 4]!)
    && !tokens.some((w) => NEGATIONS[w])) {
    tokens = [...tokens.slice(0, m - 3), 'please'];
  }
  return tokens;
}

/** "make sure the front door isn't locked", "I'd love it if the tv wasn't on": a wish with a negated state (the "not" was lost
 *  further on, doing the opposite). The wrapper is taken off, leaving the bare statement, which is asked about (review 19f). */
const WISH_VERBS = table({ love: true, like: true, appreciate: true, prefer: true });
function negatedWish(tokens: string[]): string[] {
  let k = 0;
  if (tokens[0] === 'make' && tokens[1] === 'sure') k = 2;
  else if (tokens[0] === 'ensure') k = 1;
  else if (tokens[0] === 'see' && tokens[1] === 'to' && tokens[2] === 'it' && tokens[3] === 'that') k = 4;
  else if (tokens[0] === 'i' && tokens[1] === 'would' && WISH_VERBS[tokens[2] ?? ''] && tokens[3] === 'it' && tokens[4] === 'if') k = 5;
  else if (tokens[0] === 'it' && tokens[1] === 'would' && tokens[2] === 'be' && GOOD[tokens[3] ?? ''] && tokens[4] === 'if') k = 5;
  if (k === 0) return tokens;
  if (tokens[k] === 'that') k++;
  const rest = tokens.slice(k);
  const negated = rest.some((w, j) => ['is', 'are', 'was', 'were', "'s", 'be'].includes(w) && ['not', 'never'].includes(rest[j + 1] ?? ''));
  return negated && rest.length >= 3 ? rest : tokens;
}

/** "stop the water, it's closing" (made "turn off the water, …" by sayings-19d before this runs), "turn off the water, it's
 *  opening": the valve is moving — halt its travel, or shut it? Asked (the reason strip had shut it; review 19f). */
function waterInMotion(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => ((t === 'stop' || t === 'halt') && tokens[k + 1] === 'the' && tokens[k + 2] === 'water')
    || (t === 'turn' && tokens[k + 1] === 'off' && tokens[k + 2] === 'the' && tokens[k + 3] === 'water'));
  const c = tokens.indexOf(',');
  if (i < 0 || c !== i + (tokens[i] === 'turn' ? 4 : 3)) return tokens;
  if (!tokens.slice(c + 1).some((w) => ['closing', 'opening', 'moving', 'turning'].includes(w))) return tokens;
  return [...tokens.slice(0, i), 'stop', 'or', 'close', 'the', 'water', 'valve'];
}

/** "see the back door's locked", "see that the doors are locked" (a step start): make sure it is so. */
const SEE_ENDS: Readonly<Record<string, readonly string[]>> = table({ locked: ['lock'], closed: ['close'], shut: ['close'], off: ['turn', 'off'] });
function seeThat(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'see' && (k === 0 || ['and', ',', 'please', 'just'].includes(tokens[k - 1]!)));
  if (i < 0) return tokens;
  // ("go and see the back door's unlocked", "check and see …" ask for a look, never a step; an unlock is never read from
  // "see …" at all, it lets people in — review 19f.)
  if (tokens.slice(0, i).some((w) => ['go', 'check', 'look', 'come', 'run', 'pop', 'nip'].includes(w))) return tokens;
  if (tokens.includes('not') || tokens.includes('never')) return tokens;
  const from = tokens[i + 1] === 'that' ? i + 2 : i + 1;
  if (!['the', 'my', 'our', 'every', 'all'].includes(tokens[from] ?? '')) return tokens;
  let end = tokens.length;
  while (end > from && ['please', 'now', 'thanks'].includes(tokens[end - 1]!)) end--;
  if (!SEE_ENDS[tokens[end - 1] ?? ''] || !["'s", 'is', 'are'].includes(tokens[end - 2] ?? '')) return tokens;
  const object = tokens.slice(from, end - 2);
  if (object.length === 0 || object.some((w) => w === ',' || w === 'and' || w === 'if' || w === 'whether' || COMMAND_VERBS.has(w))) return tokens;
  return [...tokens.slice(0, i), ...SEE_ENDS[tokens[end - 1]!]!, ...object, ...tokens.slice(end)];
}

/** "can I get the fan going in the lounge?": "get it going" asked for (as "can we get …"), never "can I get" taken off alone. */
const GOING = table({ going: true, running: true, started: true, spinning: true });
function canIGet(tokens: string[]): string[] {
  if (!['can', 'could', 'may'].includes(tokens[0] ?? '') || tokens[1] !== 'i' || tokens[2] !== 'get' || !['the', 'my', 'our'].includes(tokens[3] ?? '')) return tokens;
  let end = 4;
  while (end < tokens.length && tokens[end] !== ',' && tokens[end] !== 'and') end++;
  return tokens.slice(4, end).some((w) => GOING[w]) ? [tokens[0]!, 'you', ...tokens.slice(2)] : tokens;
}

// ── 4. How a device should end, said with when ────────────────────────────────────────────────────────────────────────
const END_VERBS: Readonly<Record<string, readonly string[]>> = table({
  locked: ['lock'], unlocked: ['unlock'], closed: ['close'], shut: ['close'], opened: ['open'],
});
const AT_WHAT = (w: string | undefined): boolean => w !== undefined && (/^\d{1,2}(:\d{2})?$/.test(w) || ['noon', 'midday', 'midnight', 'sunset', 'sunrise', 'dusk', 'dawn'].includes(w));
/** A future time that starts at `i`: "in one minute", "at 11 tonight please", "tomorrow at 7". */
function whenAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i];
  if (t === 'in') return isNumber(tokens[i + 1]) || ['a', 'an', 'half'].includes(tokens[i + 1] ?? '');
  // (A clock time alone may tell when it happened — "the bedroom curtain closed at 22:45" is a report, asked: only with
  // "please" is it asked for. A day to come is always to come.)
  if (t === 'at') return AT_WHAT(tokens[i + 1]) && tokens.slice(i + 2).includes('please');
  if (t === 'tomorrow') return tokens[i + 1] === 'at' && AT_WHAT(tokens[i + 2]);
  return false;
}

const QUESTION_FIRST = table({
  does: true, do: true, did: true, is: true, are: true, was: true, were: true, will: true, why: true, when: true, what: true, how: true, can: true,
  could: true, would: true, should: true, has: true, have: true, which: true, who: true, where: true, so: true, shall: true, whether: true, if: true,
});
/** "front door locked in one minute", "bedroom curtain closed at 21:30", "the fan goes off in 90 minutes": a time to come
 *  makes how a device should end a command (without one, "front door locked" may be a question and is left as it is). */
function endWithWhen(tokens: string[]): string[] {
  // (A question is never a command: "does the fan go off in 90 minutes", "why does the fan go off in 10 minutes" — review 19f.)
  if (QUESTION_FIRST[tokens[0] ?? ''] || tokens.includes('?') || tokens.slice(0, 3).some((w) => ['does', 'do', 'did', 'why'].includes(w))) return tokens;
  // ("90 minutes from now the fan goes off": the time said first.)
  const now = tokens.indexOf('now');
  const s = now >= 2 && tokens[now - 1] === 'from' && isNumber(tokens[0]) ? now + 1 : 0;
  const endAt = (k: number): number => (END_VERBS[tokens[k]!] ? 1 : ['goes', 'go', 'comes', 'come'].includes(tokens[k]!) && ['on', 'off'].includes(tokens[k + 1] ?? '') ? 2 : 0);
  const e = tokens.findIndex((t, k) => k >= s + 2 && endAt(k) > 0 && (whenAt(tokens, k + endAt(k)) || (s > 0 && (k + endAt(k) === tokens.length || tokens[k + endAt(k)] === 'please'))));
  if (e < 0) return tokens;
  const object = tokens.slice(s, e);
  if (object.some((w) => [',', 'and', 'is', 'are', 'was', 'were', "'s", 'be', 'to', 'not', 'it', 'them', 'if', 'when', 'from', 'now'].includes(w) || COMMAND_VERBS.has(w) || isNumber(w))) return tokens;
  const verb = END_VERBS[tokens[e]!] ?? ['turn', tokens[e + 1]!];
  // (Unlocking and opening let people in: only when asked for with "please" — "the back door unlocked in 5 minutes" may tell.)
  if ((verb[0] === 'unlock' || verb[0] === 'open') && !tokens.includes('please')) return tokens;
  const after = tokens.slice(e + endAt(e));
  return [...verb, ...object, ...after, ...(s > 0 ? ['in', ...tokens.slice(0, s - 2)] : [])];
}

// ── 5. Smaller forms ──────────────────────────────────────────────────────────────────────────────────────────────────
/** "midnight tonight", "tonight at midnight": the coming midnight — "at midnight" (never "today's 00:00, already past"). */
function midnightTonight(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'midnight' && tokens[i + 1] === 'tonight') { out.push('midnight'); i++; continue; }
    if (tokens[i] === 'tonight' && tokens[i + 1] === 'at' && tokens[i + 2] === 'midnight') { out.push('at', 'midnight'); i += 2; if (out[out.length - 3] === 'at') out.splice(out.length - 3, 1); continue; }
    out.push(tokens[i]!);
  }
  return out;
}

/** ", don't touch the left" said after a command: "leave the left alone", as the parser reads it. */
function doNotTouch(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === ',' && tokens[k + 1] === 'do' && tokens[k + 2] === 'not' && tokens[k + 3] === 'touch');
  if (i < 2) return tokens;
  let j = i + 4;
  while (j < tokens.length && ![',', 'and', 'then', 'but', 'please'].includes(tokens[j]!)) j++;
  const object = tokens.slice(i + 4, j);
  if (object.length === 0 || object.length > 4 || object.some((w) => COMMAND_VERBS.has(w) || isNumber(w))) return tokens;
  return [...tokens.slice(0, i + 1), 'leave', ...object, 'alone', ...tokens.slice(j)];
}

/** "guest room shade stop please", "left curtain stop now": a verb said last, then a courtesy — the verb last. */
const LAST_VERBS = table({ stop: true, halt: true, pause: true, mute: true, unmute: true });
function courtesyAfterLastVerb(tokens: string[]): string[] {
  const n = tokens.length;
  if (n >= 4 && ['please', 'now', 'thanks'].includes(tokens[n - 1]!) && LAST_VERBS[tokens[n - 2]!] && !COMMAND_VERBS.has(tokens[0]!) && !tokens.slice(0, n - 2).some((w) => w === ',' || COMMAND_VERBS.has(w))) {
    return tokens.slice(0, n - 1);
  }
  return tokens;
}

/** "can you stop the ceiling fan from spinning", "stop the shade from moving": stopping what it does is stopping it. */
function stopFrom(tokens: string[]): string[] {
  const n = tokens.length;
  const k = tokens.lastIndexOf('from');
  if (k < 2 || k !== n - 2 || !/^[a-z]+ing$/.test(tokens[n - 1]!) || !['spinning', 'moving', 'running', 'turning', 'rolling', 'blowing', 'going', 'closing', 'opening', 'playing'].includes(tokens[n - 1]!)) return tokens;
  const s = tokens.findIndex((t) => t === 'stop' || t === 'halt');
  if (s < 0 || s > k || tokens.slice(s + 1, k).some((w) => w === ',' || w === 'and' || COMMAND_VERBS.has(w))) return tokens;
  return tokens.slice(0, k);
}

/** The words as said, for the checks that read them (guard.ts): a reason set aside and a courtesy taken off are no part of the
 *  request there either. */
export function asSaid19b(raw: readonly string[]): string[] {
  return whenReady(purposeLast(reasonAfterCommand(courtesies(urgingFirst([...raw])))));
}

/** In the order they run. */
const SAYINGS_19B: readonly ((t: string[]) => string[])[] = [negatedWish, waterInMotion, subjectSupplied, reasonAfterCommand, purposeLast, courtesies, canIGet, seeThat, endWithWhen,
  midnightTonight, doNotTouch, courtesyAfterLastVerb, stopFrom, urgingFirst, whenReady, notAnyFurther, leaveWhereItIs, wordForms, unitSaidAfter, addTo,
  whateverThereAre, doubledLast, roughly, mustGo, colourSounds];

export function sayings19b(tokens: readonly string[]): string[] {
  return SAYINGS_19B.reduce((t, f) => f(t), [...tokens]);
}
