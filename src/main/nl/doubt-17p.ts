// Issue 14, round 17p: classes of wrong action found by probing with sentences of our own (no set's lines) — the speaker
// telling what they do (a habit), a statement of the value, colour or position a device has, and a guess about how a device
// is ("the fan could be on"). Each is asked (when Hearth is not sure, it asks). Read on the sentence's words once; each
// check is a class, never a sentence.
import { BE, BETWEEN, COMMAND_VERBS, NOT_TELLING, STATES, VERB_BEFORE } from './doubt';
import { COLOR_PHRASES, COLOR_TEMPERATURES, WHITE_WORDS } from './colors';
import { isNumberToken } from './tokenize';
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';

/** Said before "I/we …" that make it a question or a condition, not what the speaker tells: "can I …", "when we …". */
const NOT_SELF_BEFORE = new Set(['can', 'could', 'may', 'might', 'shall', 'should', 'would', 'will', 'do', 'does', 'did', 'let', 'if', 'when', 'whenever', 'once', 'after',
  'before', 'until', 'till', 'unless', 'as', 'where', 'how', 'what', 'why', 'that', 'while', 'because', 'since', 'so', 'and', 'then', 'but', 'or', 'soon']);
/** Said between "I/we" and the verb of a habit: "I usually …", "we always …". */
const HABIT_BETWEEN = new Set(['usually', 'always', 'normally', 'often', 'sometimes', 'generally', 'typically', 'never', 'rarely', 'mostly', 'also', 'often', 'tend']);
/** Verbs the speaker says they do. */
const SELF_VERBS = new Set(['turn', 'switch', 'set', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'raise', 'lower', 'start', 'stop', 'pause', 'mute',
  'unmute', 'toggle', 'flip', 'run', 'activate', 'vacuum', 'clean', 'crank', 'bump', 'pull', 'draw', 'kill', 'power']);

/** "every morning I open the curtains", "I turn off the tv", "we usually lock the back door at 11": the speaker telling what
 *  they do — is Hearth to do it (now, or each time)? Asked, never done. ("can I turn …", "when we leave, lock …", "I'm …",
 *  "I'd like …", "I turn in at ten, lights off" are not this.) */
function selfHabit(tokens: readonly string[]): NlError | null {
  // ("let me turn off the tv": the speaker will do it — "let me have …", "let me in …" ask for something.)
  const letMe = tokens.findIndex((t, i) => t === 'let' && tokens[i + 1] === 'me' && SELF_VERBS.has(tokens[i + 2] ?? '') && (i === 0 || [',', 'ok', 'okay', 'so', 'now', 'wait', 'here'].includes(tokens[i - 1]!)));
  if (letMe >= 0) return { code: 'AMBIGUOUS', message: `"let me ${tokens[letMe + 2]} …": will you do it, or should I? To have me do it, say "${tokens.slice(letMe + 2).join(' ')}".` };
  for (let i = 0; i < tokens.length; i++) {
    if (!['i', 'we'].includes(tokens[i]!) || NOT_SELF_BEFORE.has(tokens[i - 1] ?? '')) continue;
    let j = i + 1;
    while (HABIT_BETWEEN.has(tokens[j] ?? '')) j++;
    const verb = tokens[j] ?? '';
    if (!SELF_VERBS.has(verb) || (verb === 'turn' && ['in', 'around', 'round'].includes(tokens[j + 1] ?? ''))) continue;
    return { code: 'AMBIGUOUS', message: `"${tokens.slice(i, j + 1).join(' ')} …": should I do that? Say it as a request, for example "${tokens.slice(j).join(' ')}".` };
  }
  return null;
}

/** Who a statement is about when it is no device: "we're at 50 minutes", "it's set to …". */
const PERSONS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'there', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'who', 'what', 'that', 'this', 'which']);
/** Value words a statement of how far or how much ends in: "is half open", "are fully closed". */
const AMOUNT_STATE = new Set(['half', 'halfway', 'fully', 'partly', 'partially', 'slightly', 'completely', 'mostly', 'wide']);

/** Where the words from `j` on say a value, colour or position as a state ("at 50", "set to 68", "half open", "red",
 *  "warm white", "50 %"), the index after it; else -1. */
function valueStateEnd(tokens: readonly string[], j: number): number {
  const t = tokens[j] ?? '';
  if ((t === 'at' || t === 'on') && isNumberToken(tokens[j + 1] ?? '')) return j + 2;
  if (t === 'set' && ['to', 'at', 'on'].includes(tokens[j + 1] ?? '')) return j + 2;
  if (isNumberToken(t) && ['%', 'percent', 'degrees', 'degree'].includes(tokens[j + 1] ?? '')) return j + 2;
  if (AMOUNT_STATE.has(t) && STATES.has(tokens[j + 1] ?? '')) return j + 2;
  for (const n of [2, 1]) {
    const phrase = tokens.slice(j, j + n).join(' ');
    if (COLOR_PHRASES.has(phrase) || COLOR_TEMPERATURES.has(phrase) || (n === 1 && WHITE_WORDS.has(phrase) && tokens[j + 1] === 'white')) return j + n;
  }
  return -1;
}

/** A verb said after `end`, or said where a request starts: the sentence asks for something besides what it tells. */
const asksToo = (tokens: readonly string[], end: number): boolean =>
  tokens.some((t, k) => COMMAND_VERBS.has(t) && (k >= end || k === 0 || VERB_BEFORE.has(tokens[k - 1]!)));

/** "the play corner is at 50", "the thermostat's set to 68", "the curtains are half open", "the play corner isn't blue": a
 *  statement of the value, colour or position a device has — what to do is asked, never the value said set. (How a device is
 *  switched, "the fan is on", is `onlyTells` in doubt.ts; "I want the lamp at 50", "make sure it's at 50" ask for it.) */
function toldValue(tokens: readonly string[]): NlError | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!BE.has(tokens[k]!) || tokens[k] === 'be' || tokens[k] === 'been' || PERSONS.has(tokens[k - 1]!)) continue;
    let j = k + 1;
    while (BETWEEN.has(tokens[j] ?? '')) j++;
    const end = valueStateEnd(tokens, j);
    if (end < 0 || tokens.slice(0, k).some((t) => NOT_TELLING.has(t)) || asksToo(tokens, end)) continue;
    return { code: 'AMBIGUOUS', message: `"${tokens.slice(Math.max(0, k - 2), end).join(' ')}": is that how it is now, or how you want it? Say what to do, for example "set it to 50%".` };
  }
  return null;
}

/** Modals that guess how a device is when said after it: "the fan could be on", "the tv might be on" ("must be off" asks for it, round 15b). */
const GUESS = new Set(['could', 'might', 'may']);
/** Said before such a guess that make it a request: "any chance the tv could be muted", "is there a way the lamp could be on". */
const ASKING_BEFORE = new Set(['chance', 'possible', 'possibly', 'way', 'hoping', 'wondering', 'wonder']);

/** "the fan could be on", "the curtains could be open", "the tv might be on": a guess about how a device is (said after the
 *  device, not asked: "could the curtains be closed" asks) — what to do is asked, never the state made so. ("the tv could be
 *  louder", "the office could be warmer" ask for a change, and are read.) */
function guessedState(tokens: readonly string[]): NlError | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!GUESS.has(tokens[k]!) || tokens[k + 1] !== 'be' || PERSONS.has(tokens[k - 1]!) || ['you', 'u'].includes(tokens[k - 1]!)) continue;
    let j = k + 2;
    while (BETWEEN.has(tokens[j] ?? '')) j++;
    const end = STATES.has(tokens[j] ?? '') ? j + 1 : valueStateEnd(tokens, j);
    if (end < 0 || tokens.slice(0, k).some((t) => (NOT_TELLING.has(t) && !GUESS.has(t)) || ASKING_BEFORE.has(t)) || asksToo(tokens, end)) continue;
    return { code: 'AMBIGUOUS', message: `"${tokens.slice(Math.max(0, k - 2), end).join(' ')}": is that how you think it is, or how you want it? Say what to do, for example "turn it off".` };
  }
  return null;
}

/** "flip the front door", "toggle the back door": a lock switched the other way by a word that names no way — locked doors
 *  were unlocked. Which is asked, as "turn on the front door" is. (Lights, switches, fans and covers still toggle.) */
function lockToggled(actions: readonly SaidAction[]): NlError | null {
  const lock = actions.find((a) => a.service === 'toggle' && (a.entity ?? '').startsWith('lock.'));
  return lock ? { code: 'AMBIGUOUS', message: 'Lock it or unlock it? Say which, for example "lock the front door".' } : null;
}

/** Lengths of time longer than the waits Hearth reads ("in a day", "for a week"). */
const LONG_UNITS = new Set(['day', 'days', 'week', 'weeks', 'fortnight', 'month', 'months', 'year', 'years']);

/** "turn off the tv in a day", "turn on the fan for a day", "close the curtains a day from now": a wait or a length in days
 *  or more was dropped — done now, for good. Asked, never done now. ("every day", "all day", "today", "a day" said of a
 *  rhythm are not these.) */
function longWait(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => LONG_UNITS.has(t) && (['a', 'an', 'one'].includes(tokens[i - 1] ?? '') || isNumberToken(tokens[i - 1] ?? ''))
    && (['in', 'for', 'after', 'within'].includes(tokens[i - 2] ?? '') || (tokens[i + 1] === 'from' && tokens[i + 2] === 'now') || tokens[i + 1] === 'later'));
  if (k < 0) return null;
  const said = ['in', 'for', 'after', 'within'].includes(tokens[k - 2] ?? '') ? tokens.slice(k - 2, k + 1) : tokens.slice(k - 1, tokens[k + 1] === 'later' ? k + 2 : k + 3);
  return { code: 'NOT_UNDERSTOOD', message: `"${said.join(' ')}": I can only wait minutes or hours. Say a clock time and day, for example "tomorrow at 9 am".` };
}

/** Said first when a sentence starts with the devices it tells of: "the curtains …", "my lamp …". */
const SUBJECT_STARTS = new Set(['the', 'my', 'our', 'all']);
/** Verbs that are also the words of devices' names ("the garage light", "the kitchen switch", "the play corner"). */
const NOUN_TOO = new Set(['light', 'play', 'switch', 'power', 'heat', 'cool', 'warm', 'fire', 'hit', 'kick', 'lock', 'go']);
/** Schedules that come back: a sentence that tells of one tells how things go. */
const RHYTHMS = new Set(['weekly', 'interval', 'sun']);

/** "the curtains close at 8 every night", "the lights go off at sunset", "the fan runs every hour": the devices said first and
 *  the verb after them, with a rhythm — how the home goes (an automation there already), or one to make? Asked, never made.
 *  ("close the curtains every night at 8", "curtains closed every night at 8", "every night at 8 close the curtains" are read.) */
function toldRhythm(words: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!SUBJECT_STARTS.has(words[0] ?? '') || !actions.some((a) => RHYTHMS.has(a.schedule?.kind ?? ''))) return null;
  const verb = words.findIndex((t, k) => (COMMAND_VERBS.has(t) && !NOUN_TOO.has(t)) || (t === 'go' && ['on', 'off', 'out'].includes(words[k + 1] ?? '')));
  if (verb < 2 || VERB_BEFORE.has(words[verb - 1]!) || words.slice(0, verb).includes(',')) return null;
  return { code: 'AMBIGUOUS', message: `"${words.slice(0, verb + 1).join(' ')} …": is that how it goes now, or an automation to make? To make one, say it as a request, for example "every day at 20:00 close the curtains".` };
}

/** Words for the whole home said as the place ("set the house to 70"). */
const WHOLE_HOME = new Set(['house', 'home', 'flat', 'apartment', 'place']);
/** Words that say a number is a level, or name what it is of: "70 %", "the house lights". */
const LEVEL_SAID = new Set(['%', 'percent', 'brightness', 'bright', 'light', 'lights', 'lamp', 'lamps', 'degrees', 'degree', 'volume', 'speed', 'position']);

/** "set the house to 70", "make the whole home 68", "put the house at 72": a bare number said of the whole home that could be
 *  a temperature (in either unit) was read as every light's brightness — asked, as it is for a room or a floor. ("set the house
 *  lights to 70", "the house to 70 %" are read.) */
function homeLevel(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0 || !actions.every((a) => a.service === 'set_brightness')) return null;
  const home = tokens.findIndex((t, k) => WHOLE_HOME.has(t) && ['the', 'whole', 'entire', 'my', 'our'].includes(tokens[k - 1] ?? ''));
  if (home < 0 || tokens.some((t) => LEVEL_SAID.has(t))) return null;
  const n = tokens.slice(home + 1).find((t) => isNumberToken(t));
  const v = Number(n);
  if (n === undefined || !((v >= 7 && v <= 35) || (v >= 45 && v <= 95))) return null;
  return { code: 'AMBIGUOUS', message: `"${n}" for the whole home: a temperature, or every light at ${n} %? Say "degrees" or "%" with the number.` };
}

/** A way said alone, with no device, place or verb: "on", "off please". */
const BARE_WAYS = new Set(['on', 'off']);
const COURTESY = new Set(['please', 'pls', 'now', 'thanks', 'ta', '.', ',', '!']);

/** "on", "off please" said alone in a room: every device there that switches was switched (the fan and the tv with the
 *  lights) — what to switch is asked, as it is with no room known. (After a device was acted on, "off" is that device —
 *  one kind, or a few: read.) */
function bareWay(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const words = tokens.filter((t) => !COURTESY.has(t));
  if (words.length !== 1 || !BARE_WAYS.has(words[0]!) || actions.length < 3 || new Set(actions.map((a) => (a.entity ?? '').split('.')[0])).size < 2) return null;
  return { code: 'AMBIGUOUS', message: `"${words[0]}": which devices? Say them, for example "lights ${words[0]}".` };
}

/** "turn on the lights, but only in the kitchen", "… but just upstairs": "but" was read as "except" — every light but the
 *  kitchen's went on, the opposite of what was said. Asked, as "… but only the ceiling" is (doubt.ts). */
function butOnlyPlace(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => t === 'but' && ['only', 'just'].includes(tokens[i + 1] ?? '') && !['the', 'my', 'that', 'this'].includes(tokens[i + 2] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 4).join(' ')}": only there, or everywhere but there? Say just what to change, for example "turn on the lights in the kitchen".` };
}

/** Words for the devices just acted on. */
const THEM = new Set(['them', 'those', 'these']);

/** "turn them both off", "both of them off" after three devices were acted on: all three were switched — "both" is two; which
 *  two is asked. (After two, it is those two.) */
function bothOfMore(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const both = tokens.some((t, i) => t === 'both' && (THEM.has(tokens[i - 1] ?? '') || (tokens[i + 1] === 'of' && THEM.has(tokens[i + 2] ?? ''))));
  const n = new Set(actions.map((a) => a.entity)).size;
  return both && n > 2 ? { code: 'AMBIGUOUS', message: `"both", but that would be ${n} devices: which two?` } : null;
}

/** Verbs of brightness with which "at N" was read as the level. */
const DIM_VERBS = new Set(['dim', 'brighten', 'darken', 'lighten']);
/** Words after "at N" that make it a level. */
const LEVEL_AFTER = new Set(['%', 'percent', 'brightness']);

/** "dim the play corner at 9", "brighten the garage light at 8": "at" and an hour were read as the level (9 %) — with "open",
 *  "turn on", "lower" the same words are a time. Which is asked. ("the lamp at 9", "put/keep the lamp at 9" are a level, as
 *  the sets have them; "at 9 %" is one.) */
function hourAsLevel(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const v = tokens.findIndex((t) => DIM_VERBS.has(t));
  if (v < 0) return null;
  let k = v + 1;
  while (k < tokens.length && tokens[k] !== 'at' && !['and', ',', 'then', 'to', 'by'].includes(tokens[k]!)) k++;
  if (tokens[k] !== 'at' || !/^\d{1,2}$/.test(tokens[k + 1] ?? '') || LEVEL_AFTER.has(tokens[k + 2] ?? '')) return null;
  const n = Number(tokens[k + 1]);
  const levelled = n >= 1 && n <= 24 && actions.some((a) => !a.schedule && Object.values(a.data ?? {}).some((x) => x === n));
  return levelled ? { code: 'AMBIGUOUS', message: `"at ${n}": at ${n} o'clock, or to ${n} %? Say "at ${n} pm" or "to ${n}%".` } : null;
}

/** Modals and helpers after "why" that make a question of the speaker's own doing: "why would I …", "why should we …". */
const WHY_AUX = new Set(['would', 'should', 'do', 'did', 'does', 'must', 'might', 'could', 'can', 'shall', 'will']);

/** "why would I turn on the fan", "why did you turn on the fan", "should you turn off the tv": a question about doing it, not
 *  a request — asked, never done. ("why don't you …", "why not …" ask for it, and are read.) */
function askedWhether(tokens: readonly string[]): NlError | null {
  const why = tokens.findIndex((t, i) => t === 'why' && WHY_AUX.has(tokens[i + 1] ?? '') && ['i', 'we', 'you', 'anyone', 'anybody', 'someone', 'somebody', 'they'].includes(tokens[i + 2] ?? ''));
  const should = tokens[0] === 'should' && tokens[1] === 'you';
  return why >= 0 || should ? { code: 'AMBIGUOUS', message: 'Is that a question, or should I do it? To have it done, say it as a request, for example "turn on the fan".' } : null;
}

/** Said before a word that makes it a noun: "the play corner", "my light". */
const ARTICLES = new Set(['the', 'my', 'our', 'your', 'a', 'an', 'this', 'that', 'his', 'her', 'their']);

/** "the garage light is on, the play corner too" (both switched on: "play" of the name was taken for a verb asking),
 *  "the tv and fan are both on" ("both" between): how devices are, told — asked, as round 14's `onlyTells` asks "the fan is
 *  on". ("… is on, turn it off", "the lights are off turn them on" ask for something.) */
function toldState(tokens: readonly string[]): NlError | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!BE.has(tokens[k]!) || tokens[k] === 'be' || tokens[k] === 'been' || PERSONS.has(tokens[k - 1]!)) continue;
    let j = k + 1;
    while (BETWEEN.has(tokens[j] ?? '') || tokens[j] === 'both') j++;
    if (!STATES.has(tokens[j] ?? '') || tokens.slice(0, k).some((t) => NOT_TELLING.has(t))) continue;
    const asking = tokens.some((t, i) => COMMAND_VERBS.has(t) && (i === 0 || VERB_BEFORE.has(tokens[i - 1]!) || (i > j && !ARTICLES.has(tokens[i - 1]!))));
    if (!asking) return { code: 'AMBIGUOUS', message: 'Is that how it is now, or how you want it? Say what to do, for example "turn it off".' };
  }
  return null;
}

/** Round 17p's checks on the words of a sentence whose reading acts. */
export function doubt17p(tokens: readonly string[], actions: readonly SaidAction[], said: () => readonly string[] = () => tokens): NlError | null {
  return lockToggled(actions) ?? bothOfMore(tokens, actions) ?? bareWay(tokens, actions) ?? butOnlyPlace(tokens) ?? askedWhether(tokens)
    ?? longWait(tokens) ?? selfHabit(tokens) ?? toldValue(tokens) ?? guessedState(tokens) ?? toldState(tokens)
    // (The words as said are read only when a rhythm was: the verb may have been moved first.)
    ?? (actions.some((a) => RHYTHMS.has(a.schedule?.kind ?? '')) ? toldRhythm(said(), actions) : null)
    ?? homeLevel(tokens, actions) ?? hourAsLevel(tokens, actions);
}
