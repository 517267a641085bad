// Round 21e (dev15–dev17 misses, read as classes of saying). Run by tokenize() on the raw words, after sayings21a.
// - The verb said after the device, as what it should do: "bedroom curtain stop moving", "the thermostat needs to come
//   up 4 degrees", "X has to go down 2" → "bedroom curtain stop", "the thermostat up 4 degrees". Never in a condition, a
//   question or a remark ("when …", "why does …", "… always …"), never of "it"/"them". ("X goes off", "X gets locked",
//   "rover starts cleaning" tell how the home goes — round 16/17 — and are left as said: they ask.) "X stop and Y on" is
//   "stop X and Y on" (Y's end was taken for X too: it opened the curtain told to stop).
// - Word forms of a side: "rightmost", "left-most", "lefthand", "righthand" → "right", "left", "left hand".
// - "pump X up …" is "turn X up …"; "shave N degrees off X" is "knock N degrees off X".
// - A courtesy or reason said last: "… before I forget", "… while I remember", "… for the news", "… on love" (a
//   term of endearment after the end of the step).
// - A lead-in that only says how the speaker is, before a pause: "just woke up: …", "feeling cold now, …", "done
//   reading, …", "someone's at the door, …", "the phone's ringing: …", "for the record I hate the cold, so …" — set aside
//   (only when what is left names its devices: never before "it"/"them").
// - "I'd be grateful if you opened X", "it would be great if you locked X": the wish said in the past is "… if you could".
import { table } from './table';

const PART_ENDS = table({ ',': true, '.': true, ':': true, ';': true, and: true, then: true, but: true, so: true, '!': true });
/** Words that make the sentence a condition, a question or a remark, never a step to do now. */
const NOT_A_STEP = table({ when: true, whenever: true, if: true, once: true, until: true, till: true, unless: true, as: true, after: true,
  before: true, why: true, does: true, do: true, did: true, always: true, usually: true, never: true, sometimes: true, often: true,
  keeps: true, still: true, '?': true, not: true, "n't": true, should: true, will: true, would: true, wo: true, might: true, may: true,
  could: true, can: true, because: true, since: true, whether: true, what: true, which: true, who: true, how: true });
const PRONOUNS = table({ it: true, them: true, that: true, this: true, those: true, these: true, they: true, he: true, she: true, one: true, ones: true,
  something: true, anything: true, nothing: true, what: true, which: true, who: true });
/** Said after the end of a step: it may close there. */
const CLOSERS = table({ ',': true, '.': true, '!': true, and: true, then: true, please: true, now: true, in: true, at: true, after: true,
  within: true, right: true, straight: true, too: true, as: true, thanks: true, ';': true, for: true });
const closes = (tokens: readonly string[], k: number): boolean => k >= tokens.length || CLOSERS[tokens[k]!] !== undefined;

const NEEDS_WAY = table({ up: true, down: true });

/** The verb said after the device ("the garage light goes off") → the end said after it ("the garage light off"). */
function verbAfterDevice(tokens: string[]): string[] {
  if (tokens.some((t) => NOT_A_STEP[t] !== undefined)) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const prev = tokens[i - 1] ?? '';
    // (the word before is what the device is called: never the start of a part, never "it")
    const afterThing = i > 0 && PART_ENDS[prev] === undefined && PRONOUNS[prev] === undefined;
    const next = tokens[i + 1] ?? '';
    if ((w === 'stop' || w === 'stops') && afterThing && next === 'moving' && closes(tokens, i + 2)) { out.push('stop'); i += 1; continue; }
    // "X needs to come up 4 degrees", "X has to go down a bit" → "X up 4 degrees"
    if ((w === 'needs' || w === 'has') && afterThing && next === 'to' && (tokens[i + 2] === 'come' || tokens[i + 2] === 'go') && NEEDS_WAY[tokens[i + 3] ?? '']) { i += 2; continue; }
    out.push(w);
  }
  return out;
}

const STEP_VERBS = table({ turn: true, switch: true, open: true, close: true, shut: true, set: true, put: true, stop: true, halt: true, lock: true,
  unlock: true, raise: true, lower: true, pull: true, draw: true, make: true, get: true, leave: true, keep: true, dim: true, pause: true, mute: true,
  in: true, at: true, after: true, for: true, on: true, off: true, up: true, down: true });
const TIME_UNITS = table({ minutes: true, minute: true, mins: true, min: true, hours: true, hour: true, seconds: true, secs: true, now: true });
/** "the bedroom curtain stop and the porch light on" → "stop the bedroom curtain and the porch light on": "stop" said after
 *  the device, before a later part, is said first (the later part's end was taken for the whole: it opened the curtain). */
function stopBeforeLater(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => t === 'stop' && i > 0 && (tokens[i + 1] === 'and' || (tokens[i + 1] === ',' && tokens[i + 2] === 'and')));
  if (at < 0) return tokens;
  let start = at;
  while (start > 0 && PART_ENDS[tokens[start - 1]!] === undefined && STEP_VERBS[tokens[start - 1]!] === undefined && !TIME_UNITS[tokens[start - 1]!]) start--;
  // (the device said first in its part, or after a wait: "in 5 minutes the bedroom curtain stop and …")
  if (start > 0 && PART_ENDS[tokens[start - 1]!] === undefined && !TIME_UNITS[tokens[start - 1]!]) return tokens;
  const device = tokens.slice(start, at);
  if (device.length === 0 || device.some((t) => PRONOUNS[t] !== undefined)) return tokens;
  return [...tokens.slice(0, start), 'stop', ...device, ...tokens.slice(at + 1)];
}

const SIDE_FORMS = table<readonly string[]>({ rightmost: ['right'], leftmost: ['left'], lefthand: ['left', 'hand'], righthand: ['right', 'hand'] });
/** "rightmost", "left-most", "lefthand" → the side. */
function sideForms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if ((w === 'right' || w === 'left') && tokens[i + 1] === '-' && tokens[i + 2] === 'most') { out.push(w); i += 2; continue; }
    if ((w === 'right' || w === 'left') && tokens[i + 1] === 'most') { out.push(w); i += 1; continue; }
    out.push(...(SIDE_FORMS[w] ?? [w]));
  }
  return out;
}

const UP_AMOUNT = table({ a: true, lot: true, bit: true, little: true, by: true, to: true, ',': true, '.': true, please: true, and: true, then: true, now: true, degrees: true, degree: true, '%': true, percent: true, notches: true, notch: true });
const OFF_UNITS = table({ degrees: true, degree: true, '%': true, percent: true });
/** "pump the tv volume up a lot" → "turn the tv volume up a lot"; "shave two degrees off X" → "knock 2 degrees off X". */
function pumpShave(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const start = i === 0 || PART_ENDS[out[i - 1]!] !== undefined || out[i - 1] === 'please' || out[i - 1] === 'you';
    if (!start) continue;
    if (out[i] === 'pump' && out[i + 1] !== 'up' && out[i + 1] !== 'down') {
      // (the particle within the next few words, said of what was named: "pump the heat up", "pump the tv volume up a lot")
      let k = i + 1;
      while (k < out.length && k <= i + 5 && out[k] !== 'up' && PART_ENDS[out[k]!] === undefined) k++;
      if (out[k] === 'up' && k > i + 1 && (k + 1 >= out.length || UP_AMOUNT[out[k + 1]!] !== undefined || /^\d/.test(out[k + 1]!))) out[i] = 'turn';
    }
    if (out[i] === 'shave' && /^\d+(?:\.\d+)?$/.test(out[i + 1] ?? '') && OFF_UNITS[out[i + 2] ?? ''] && out[i + 3] === 'off') out[i] = 'knock';
    if (out[i] === 'shave' && out[i + 1] === 'a' && (out[i + 2] === 'degree' || out[i + 2] === 'bit') && out[i + 3] === 'off') out[i] = 'knock';
  }
  return out;
}

const TAILS: readonly (readonly string[])[] = [
  ['before', 'i', 'forget'], ['while', 'i', 'remember'], ['while', 'i', 'think', 'of', 'it'],
  ['for', 'the', 'news'], ['for', 'the', 'match'], ['for', 'the', 'game'], ['for', 'the', 'film'], ['for', 'the', 'movie'], ['for', 'the', 'football'],
];
const DEARS = table({ love: true, dear: true, mate: true, pal: true, buddy: true, darling: true, sweetheart: true, hun: true });
const ENDS = table({ on: true, off: true, up: true, down: true, locked: true, unlocked: true, closed: true, open: true, shut: true, please: true, '%': true });
const END_MARKS = table({ '.': true, '!': true });
/** "… before I forget", "… for the news", "… on love" said last → left out. */
function courtesyLast(tokens: string[]): string[] {
  let end = tokens.length;
  while (end > 0 && END_MARKS[tokens[end - 1]!]) end--;
  if (end > 2 && DEARS[tokens[end - 1]!] && (ENDS[tokens[end - 2]!] || /^\d/.test(tokens[end - 2]!))) return [...tokens.slice(0, end - 1), ...tokens.slice(end)];
  for (const tail of TAILS) {
    const at = end - tail.length;
    if (at > 2 && tail.every((w, k) => tokens[at + k] === w) && !tokens.slice(0, at).includes('for')) {
      const before = at > 0 && tokens[at - 1] === ',' ? at - 1 : at;
      return [...tokens.slice(0, before), ...tokens.slice(end)];
    }
  }
  return tokens;
}

/** Lead-ins that only say how the speaker is or what is going on around them. */
const ABOUT_ME: readonly RegExp[] = [
  /^(?:i've |i have |i )?just (?:woke|woken|got|gotten) up$/,
  /^(?:i'm |i am |im )?(?:feeling|getting) (?:a bit |so |really |quite |very |pretty )?(?:cold|hot|warm|chilly|tired|sleepy|sick|unwell|poorly|rough)(?: now| today| tonight)?$/,
  /^(?:i'm |i am |im )?(?:all )?done (?:[a-z]+ing)(?: now| for (?:the|to) ?(?:day|night))?$/,
  /^(?:someone 's|someone is|somebody 's|somebody is|there 's someone|there is someone|there 's somebody) at the door$/,
  /^(?:the )?(?:phone 's|phone is|doorbell 's|doorbell is) ringing$/,
];
/** "for the record …, so …": a remark said first, then the request. */
function leadInAboutMe(tokens: string[]): string[] {
  // (the first or the second part: "hang on, the phone's ringing: pause the tv")
  let from = 0;
  for (let part = 0; part < 2; part++) {
    const pause = tokens.findIndex((t, k) => k > from && (t === ':' || t === ','));
    if (pause < 0) break;
    const said = tokens.slice(from, pause).join(' ');
    const rest = tokens.slice(pause + 1);
    const start = rest[0] === 'so' ? 1 : 0;
    if (ABOUT_ME.some((re) => re.test(said)) && rest.length > start && !rest.some((t) => PRONOUNS[t] !== undefined)) {
      return [...tokens.slice(0, from), ...rest.slice(start)];
    }
    from = pause + 1;
  }
  if (tokens[0] === 'for' && tokens[1] === 'the' && tokens[2] === 'record') {
    const so = tokens.findIndex((t, k) => t === 'so' && tokens[k - 1] === ',');
    const rest = so > 3 ? tokens.slice(so + 1) : [];
    if (rest.length > 0 && !rest.some((t) => PRONOUNS[t] !== undefined)) return rest;
  }
  return tokens;
}

const PAST = table({ opened: 'open', closed: 'close', shut: 'shut', locked: 'lock', unlocked: 'unlock', turned: 'turn', switched: 'switch',
  dimmed: 'dim', muted: 'mute', paused: 'pause', started: 'start', stopped: 'stop', raised: 'raise', lowered: 'lower', put: 'put', set: 'set' });
const GLAD = table({ grateful: true, great: true, nice: true, lovely: true, good: true, glad: true, helpful: true });
/** "I'd be grateful if you opened X", "it would be great if you locked X" → "… if you could open X" (the past said as a wish). */
function ifYouDid(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => t === 'if' && tokens[i + 1] === 'you' && PAST[tokens[i + 2] ?? ''] !== undefined);
  if (at < 3) return tokens;
  const before = tokens.slice(0, at);
  const wrapper = (before.length === 4 && before[0] === 'i' && before[1] === 'would' && before[2] === 'be' && GLAD[before[3]!])
    || (before.length === 4 && before[0] === 'i' && before[1] === 'would' && before[2] === 'appreciate' && before[3] === 'it')
    || (before.length === 4 && before[0] === 'it' && before[1] === 'would' && before[2] === 'be' && GLAD[before[3]!]);
  if (!wrapper) return tokens;
  return [...tokens.slice(0, at + 2), 'could', PAST[tokens[at + 2]!]!, ...tokens.slice(at + 3)];
}

export function sayings21e(tokens: string[]): string[] {
  return ifYouDid(courtesyLast(pumpShave(stopBeforeLater(verbAfterDevice(sideForms(leadInAboutMe(tokens)))))));
}
