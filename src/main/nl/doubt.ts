// Issue 14, fourteenth round: whole sentences that would act although what they say is no request — a statement of
// how things are, a question why, a wish said in the negative, a condition Hearth can't read. Each is asked about
// (when Hearth is not sure, it asks). Read on the sentence's tokens; each check is a class, never a sentence.
import type { NlError } from './errors';

/** Forms of "be" a statement of how a device is uses ("the fan is on", "the curtains are open", "it has been on"). */
export const BE = new Set(['is', "'s", 'are', "'re", 'was', 'were', 'been', 'be']);
/** How a device is: the words a statement ends on. */
export const STATES = new Set(['on', 'off', 'open', 'opened', 'closed', 'shut', 'locked', 'unlocked', 'running', 'playing', 'paused', 'muted', 'unmuted', 'up', 'down']);
/** Said between "is" and the state: "is on again", "are still open". */
export const BETWEEN = new Set(['still', 'again', 'already', 'now', 'all', 'just', 'left', 'stuck', 'always', 'not']);
/** Words that make a "… is on" part a request or a choice, never a statement: "make sure the door is locked", "I'd love
 *  it if the lamp were on", "whatever is on the tv", "the curtain that's on the right", "I want the lamp on". */
export const NOT_TELLING = new Set(['sure', 'certain', 'if', 'whether', 'whatever', 'whichever', 'what', 'which', 'that', 'who', 'where', 'how',
  'want', 'wanna', 'like', 'love', 'need', 'prefer', 'would', 'should', 'could', 'can', 'will', 'must', 'let', 'have', 'keep', 'leave', 'get', 'make',
  'wish', 'hope', 'rather', 'ensure', 'check', 'see', 'tell', 'when', 'once', 'until', 'till', 'unless', 'while', 'as', 'so']);
/** Verbs that ask for something to be done: a sentence with one is a request, whatever it tells besides. */
export const COMMAND_VERBS = new Set(['turn', 'switch', 'set', 'put', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'raise', 'lower', 'start', 'stop',
  'pause', 'play', 'resume', 'mute', 'unmute', 'toggle', 'flip', 'run', 'activate', 'deactivate', 'kill', 'cut', 'power', 'bring', 'change', 'make', 'adjust',
  'increase', 'decrease', 'reduce', 'bump', 'crank', 'knock', 'pull', 'push', 'drop', 'pop', 'go', 'do', 'please', 'enable', 'disable', 'send', 'dock', 'skip',
  'fix', 'sort', 'deal', 'handle', 'undo', 'revert', 'restore', 'warm', 'cool', 'heat', 'lift', 'roll', 'draw', 'give', 'fire', 'hit', 'kick', 'light', 'trigger']);

/** Said just before a verb that asks ("…, turn them on", "please open it", "can you lock it"): a verb after anything else
 *  ("the garage light", "are open") is a noun or a state. */
export const VERB_BEFORE = new Set([',', 'and', 'then', 'so', 'please', 'pls', 'just', 'now', 'also', 'to', 'you', 'i', 'we', 'can', 'could', 'would', 'will', 'ok', 'okay',
  'well', 'oh', 'ugh', 'hey', 'hearth', 'go', 'and', 'but', 'let', 'lets', 'us', 'quickly', 'quick', 'kindly', 'maybe', 'not', 'never', 'dont']);

/** "the fan is on again", "great, the garage light has been on all day", "I think the curtains are open": a sentence that
 *  only tells how a device is, with no verb asking for anything — what should be done is asked, never the state said
 *  made so. ("the lights are off, turn them on" asks with its second part; "make sure the door is locked" asks for it.) */
function onlyTells(tokens: readonly string[]): NlError | null {
  let end = -1;
  const at = tokens.findIndex((t, k) => {
    if (!BE.has(t) || k === 0) return false;
    let j = k + 1;
    while (BETWEEN.has(tokens[j] ?? '')) j++;
    end = j;
    return STATES.has(tokens[j] ?? '');
  });
  if (at < 0 || tokens.slice(0, at).some((t) => NOT_TELLING.has(t))) return null;
  // (A verb said after the statement asks for something: "the lights are off turn them on".)
  if (tokens.some((t, k) => COMMAND_VERBS.has(t) && (k > end || k === 0 || VERB_BEFORE.has(tokens[k - 1]!)))) return null;
  return {
    code: 'AMBIGUOUS',
    message: 'Is that how it is now, or how you want it? Say what to do, for example "turn it off".',
  };
}

/** "why is the garage light on", "why are the curtains open": a question why, never a request. ("why don't you lock the
 *  door", "why not open the curtain" ask for it.) */
function asksWhy(tokens: readonly string[]): NlError | null {
  const k = tokens.indexOf('why');
  // ("why won't the fan turn off", "why doesn't the lamp …": a question why, said of a device — "why can't you …" asks.)
  const negated = ['will', 'would', 'does', 'did', 'can', 'could', 'do'].includes(tokens[k + 1] ?? '') && tokens[k + 2] === 'not' && !['you', 'u', 'we'].includes(tokens[k + 3] ?? '');
  if (k < 0 || (!negated && (!BE.has(tokens[k + 1] ?? '') || tokens[k + 2] === 'not'))) return null;
  return { code: 'NOT_UNDERSTOOD', message: "I can't tell you why. Say what to do, for example \"turn it off\"." };
}

/** "I don't want the fan on", "no need to turn on the fan", "I don't need the lamp": a wish said in the negative — never the
 *  thing said done. */
function notWanted(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => (t === 'not' && ['want', 'wanna', 'need'].includes(tokens[i + 1] ?? '') && ['do', 'does', 'did'].includes(tokens[i - 1] ?? ''))
    || (t === 'no' && ['need', 'point', 'reason'].includes(tokens[i + 1] ?? '')) || (t === 'never' && ['want', 'need'].includes(tokens[i + 1] ?? '')));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 3).join(' ')}": what should I do? Say it, for example "turn it off".` };
}

/** Said after "if" as a courtesy, not a condition: "if you could", "if possible", "if it's not too much trouble", "if that's
 *  ok". */
const POLITE_AFTER_IF = [['you'], ['possible'], ['it', 'is', 'not', 'too'], ['its', 'not', 'too'], ['it', 'is', 'no', 'trouble'], ['it', 'is', 'ok'], ['it', 'is', 'okay'],
  ['it', 'is', 'alright'], ['it', 'is', 'all', 'right'], ['that', 'is'], ['thats'], ['we', 'could'], ['we', 'can'], ['i', 'may'], ['i', 'could'], ['so'], ['not'], ['needed'], ['necessary'],
  ['it', 'is', 'not'], ['it', 'is', 'no'], ['it', 'suits'], ['convenient']];
/** Said before "if" in a wish or a courtesy: "I'd love it if …", "I wonder if …", "is it ok if …", "mind if …". */
const POLITE_BEFORE_IF = new Set(['it', 'wonder', 'wondering', 'wondered', 'ok', 'okay', 'alright', 'fine', 'mind', 'cheers', 'thanks', 'great', 'lovely', 'good', 'nice', 'helpful', 'grateful', 'appreciate']);

/** "if it's cold turn up the thermostat", "turn the fan on if it gets hot", "unless someone's home lock the door": a condition
 *  the reading did not take (no automation came of it) — asked, never done now whatever the condition. ("in case I forget,
 *  …" tells why.) */
function unreadIf(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => (t === 'if' && !POLITE_BEFORE_IF.has(tokens[i - 1] ?? '') && !POLITE_AFTER_IF.some((p) => p.every((w, j) => tokens[i + 1 + j] === w)) && tokens[i - 1] !== 'as' && tokens[i - 1] !== 'even')
    || t === 'unless' || (t === 'case' && tokens[i - 1] === 'in' && !['i', 'we', 'you'].includes(tokens[i + 1] ?? '')));
  if (k < 0) return null;
  return {
    code: 'UNSUPPORTED',
    message: `I can't do that only "${tokens.slice(k, k + 4).join(' ')}…". Say it as an automation ("when the front door opens, turn on the hall light"), or say what to do now.`,
  };
}

/** "turn the fan off at half past", "… at quarter to": a time said with no hour — never read as a value ("half" is 50 %). */
function noHour(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ['half', 'quarter'].includes(t) && ['past', 'to', 'after'].includes(tokens[i + 1] ?? '') && !/^\d/.test(tokens[i + 2] ?? '')
    && !['noon', 'midnight', 'midday'].includes(tokens[i + 2] ?? '') && (tokens[i + 1] !== 'to' || tokens[i + 2] === undefined || JOIN_OR_END.has(tokens[i + 2]!)));
  return k < 0 ? null : { code: 'NOT_UNDERSTOOD', message: `"${tokens[k]} ${tokens[k + 1]}" what? Say the whole time, for example "at half past 7".` };
}
const JOIN_OR_END = new Set(['and', ',', 'then', 'please', '.', 'tonight', 'today', 'tomorrow']);

/** Said when the speaker takes back what they just said: "actually", "scratch that", "no wait", "I mean", "make that". */
const TAKE_BACK: readonly (readonly string[])[] = [['actually'], ['scratch', 'that'], ['no', 'wait'], ['i', 'mean'], ['i', 'meant'], ['or', 'rather'], ['correction'], ['oops'],
  ['make', 'that'], ['sorry', ','], ['no', ','], ['no', 'no'], ['wait', 'no'], ['strike', 'that'], ['cancel', 'that'], ['forget', 'that'], ['never', 'mind']];

/** "open the curtains actually close them", "turn on the fan, scratch that, the lamp": a command taken back part-way — which
 *  is meant is asked, never the first part done (nor both). ("ok google, er, I mean, turn on …": nothing asked before.) */
function takenBack(tokens: readonly string[]): NlError | null {
  const verbAt = tokens.findIndex((t, k) => COMMAND_VERBS.has(t) && (k === 0 || VERB_BEFORE.has(tokens[k - 1]!)));
  if (verbAt < 0) return null;
  const k = tokens.findIndex((_, i) => i > verbAt + 1 && TAKE_BACK.some((p) => p.every((w, j) => tokens[i + j] === w)));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 2).filter((t) => t !== ',').join(' ')}": which should I do? Say just the one you want.` };
}

/** Units a length of time or a value is said in, after "for N". */
const FOR_UNITS = new Set(['second', 'seconds', 'sec', 'secs', 's', 'minute', 'minutes', 'min', 'mins', 'm', 'hour', 'hours', 'hr', 'hrs', 'h', 'day', 'days', 'week', 'weeks',
  'more', 'whole', 'full', 'quarters', 'thirds', 'third', 'of', 'a', 'an', '%', 'percent', 'degrees', 'degree', 'and', 'or', 'to', 'half', 'quarter', 'ish']);

/** "open the curtain for 10", "turn on the fan for 20": "for" a number with no unit is a length of time not said in full —
 *  asked, never read as a level. */
function forWhat(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => t === 'for' && /^\d/.test(tokens[i + 1] ?? '') && !FOR_UNITS.has(tokens[i + 2] ?? ''));
  return k < 0 ? null : { code: 'NOT_UNDERSTOOD', message: `"for ${tokens[k + 1]}" what — minutes, hours? Say how long, for example "for ${tokens[k + 1]} minutes".` };
}

/** "a bit bluer", "redder": a colour said as a change — which colour is asked, never the colour itself set. */
const COLOUR_CHANGE = /^(blu|redd|green|pink|yellow|orang|purpl|violet|whit|cyan)er$/;
function colourChange(tokens: readonly string[]): NlError | null {
  const w = tokens.find((t) => COLOUR_CHANGE.test(t));
  return w === undefined ? null : { code: 'AMBIGUOUS', message: `"${w}": which colour exactly? Say it by name, for example "light blue".` };
}

/** "should I turn off the fan?", "shall we close the curtains", "will the fan turn off?": asking for advice, or what a device
 *  will do — never a request. ("will you …", "can we …", "could the lamp go …" ask for it.) */
function asksAdvice(tokens: readonly string[]): NlError | null {
  const advice = ['should', 'shall'].includes(tokens[0] ?? '') && ['i', 'we'].includes(tokens[1] ?? '');
  const future = tokens[0] === 'will' && !['you', 'u', 'ya', 'hearth'].includes(tokens[1] ?? '');
  return advice || future ? { code: 'AMBIGUOUS', message: 'Is that a question, or should I do it? To have it done, say it as a request, for example "turn off the fan".' } : null;
}

/** The services a state said last ends in. */
const STATE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  on: ['turn_on'], off: ['turn_off'], open: ['open', 'unlock'], opened: ['open'], closed: ['close', 'lock'], shut: ['close'], locked: ['lock'], unlocked: ['unlock'],
};

/** "turn on the fan and off", "open the curtain and closed", "… at sunset and off at sunrise": a state said just after "and"
 *  that no action of the reading ends in — asked, never left out. */
function lastStateLeftOut(tokens: readonly string[], services: readonly string[]): NlError | null {
  // ("… and off at sunrise", "… and off again": the state just after the join, wherever it is said.)
  const k = tokens.findIndex((t, i) => ['and', 'then'].includes(tokens[i - 1] ?? '') && STATE_SERVICES[t] !== undefined && !services.some((s) => STATE_SERVICES[t]!.includes(s))
    && !['the', 'a', 'my', 'floor', 'first', 'second'].includes(tokens[i + 1] ?? '')
    // (A verb with what it acts on after it — "and shut off the lamp" — is a step of its own.)
    && (!['open', 'shut', 'close', 'lock', 'unlock'].includes(t) || [undefined, 'again', 'at', 'in', 'after', ',', 'then', 'later'].includes(tokens[i + 1])));
  if (k < 0) return null;
  const state = tokens[k]!;
  return { code: 'AMBIGUOUS', message: `"${tokens[k - 1]} ${state}": what should be ${state}, and when? Say it as its own step, for example "… and ${state} again in 5 minutes".` };
}

/** Ways that undo each other, the words that say each, and the services each ends in. */
const OPPOSITES: readonly [readonly string[], readonly string[], readonly string[], readonly string[]][] = [
  [['on'], ['turn_on'], ['off'], ['turn_off']],
  [['open', 'opened'], ['open'], ['close', 'closed', 'shut'], ['close']],
  [['lock', 'locked'], ['lock'], ['unlock', 'unlocked'], ['unlock']],
];
/** Before a state word, words that make it a description or what is left as it is ("the lights that are on", "leave the
 *  lamp off"), not a way to act. */
const NOT_ACTED = new Set(['are', 'is', "'s", "'re", 'was', 'were', 'been', 'be', 'leave', 'keep', 'stays', 'stay', 'remain', 'remains', 'not', 'still', 'already', 'whichever', 'whatever']);
/** After "on", words that make it a preposition ("on the first floor", "on the tv"). */
const JOINS = new Set(['and', ',', 'but', 'then', 'so', '+', 'or', 'while']);
const ON_PLACE = new Set(['first', 'second', 'third', 'ground', 'upstairs', 'downstairs', 'holiday', 'the', 'a', 'an', 'my', 'our', 'every', 'each', 'all', 'this', 'that', 'top', 'both', 'floor', 'floors', 'at', 'in', 'for', 'until', 'till', 'from', 'mute', 'pause', 'low', 'high', 'medium', 'full', 'max', 'channel', 'it', 'them',
  // (Round 14b: "… off on friday at 10" — "on" a day is when.)
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekdays', 'weekends', 'weekend', 'weekday']);

/** "bedroom lamp on garage light off", "lock the front door unlock the back door": both of two ways that undo each other
 *  said, but the reading ends in only one of them — asked, never one way for both. */
function oneWayForBoth(tokens: readonly string[], services: readonly string[]): NlError | null {
  const saidAt = (words: readonly string[]): number => tokens.findIndex((t, k) => words.includes(t) && !NOT_ACTED.has(tokens[k - 1] ?? '') && !['every', 'each', 'all', 'the', 'a'].includes(tokens[k - 1] ?? '') && !(t === 'on' && (ON_PLACE.has(tokens[k + 1] ?? '') || /^\d/.test(tokens[k + 1] ?? ''))) && !(t === 'close' && tokens[k + 1] === 'to'));
  for (const [a, aDone, b, bDone] of OPPOSITES) {
    const at = saidAt(a);
    const bt = saidAt(b);
    // (Said with a join between them — "…, but leave the tv on", "… and close the left" — each was read in its own step.)
    if (at < 0 || bt < 0 || tokens.slice(Math.min(at, bt), Math.max(at, bt)).some((t) => JOINS.has(t))) continue;
    if (services.some((x) => aDone.includes(x)) !== services.some((x) => bDone.includes(x))) {
      return { code: 'AMBIGUOUS', message: `I heard both "${tokens[at]}" and "${tokens[bt]}": which goes with which? Say each as its own step, for example "turn on the lamp and turn off the fan".` };
    }
  }
  return null;
}

/** "one by one", "one at a time", "every now and then", "from time to time": an order or a rhythm Hearth can't keep — asked,
 *  never everything at once (nor a step of one). */
const RHYTHMS: readonly (readonly string[])[] = [['1', 'by', '1'], ['one', 'by', 'one'], ['1', 'at', 'a', 'time'], ['one', 'at', 'a', 'time'], ['1', 'after', 'another'], ['one', 'after', 'another'],
  ['now', 'and', 'then'], ['time', 'to', 'time'], ['occasionally'], ['sometimes'], ['randomly'], ['at', 'random']];
function rhythm(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((_, i) => RHYTHMS.some((p) => p.every((w, j) => tokens[i + j] === w)));
  return k < 0 ? null : { code: 'UNSUPPORTED', message: `I can't do things "${tokens.slice(k, k + 3).join(' ')}": say each step and when, for example "turn it on now and off in 10 minutes".` };
}

/** "turn off half the lights", "some lights", "most of the curtains": how many is said but not which — asked, never all of them
 *  (nor "half" read as 50 %). */
const SOME = new Set(['some', 'half', 'most', 'several', 'few', 'couple']);
const PLURAL_KINDS = /^(lights|lamps|curtains|blinds|shades|doors|locks|fans|switches|plugs|windows|covers|thermostats|speakers|devices|ones)$/;
function someOf(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => (SOME.has(t) && !['a', 'by', 'to', 'at', 'of'].includes(tokens[i - 1] ?? '')) || (t === 'few' && tokens[i - 1] === 'a'));
  if (k < 0) return null;
  let j = k + 1;
  while (j < k + 5 && ['of', 'the', 'my', 'our', 'those', 'these'].includes(tokens[j] ?? '')) j++;
  while (j < k + 6 && tokens[j] !== undefined && !PLURAL_KINDS.test(tokens[j]!) && !['and', ',', 'to', 'on', 'off'].includes(tokens[j]!)) j++;
  return PLURAL_KINDS.test(tokens[j] ?? '') ? { code: 'AMBIGUOUS', message: `Which ${tokens[j]}? Say them, for example "the kitchen ${tokens[j]}".` } : null;
}

/** "the kitchen lights but only the ceiling", "…, just the ceiling and the cabinets": only some of what was said first — asked,
 *  never the others done (nor all of them). */
function onlyAfter(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ['only', 'just'].includes(t) && [',', 'but', 'and'].includes(tokens[i - 1] ?? '') && i > 2 && ['the', 'my', 'that', 'this'].includes(tokens[i + 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]} ${tokens.slice(k + 1, k + 3).join(' ')}": only that one? Say just what to change, for example "turn on the kitchen ceiling".` };
}

/** "can you not turn off the fan", "could you not close the curtains": asking Hearth not to — never done. "something"
 *  as what to switch ("turn something on in the kitchen"): which is asked. */
function notOrSomething(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ['can', 'could', 'would', 'will'].includes(t) && tokens[i + 1] === 'you' && tokens[i + 2] === 'not');
  if (k >= 0) return { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 3).join(' ')} …": should I do it, or leave it? Say what to do, for example "leave the fan on".` };
  const s = tokens.findIndex((t, i) => ['something', 'anything'].includes(t) && !['to', 'on', 'at', 'into', 'is', 'there', ','].includes(tokens[i - 1] ?? '') && (i === 0 || COMMAND_VERBS.has(tokens[i - 1]!) || ['on', 'off'].includes(tokens[i + 1] ?? '')));
  return s < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[s]}": which device? Say it, for example "turn on the kitchen lights".` };
}

/** "all lights not in the kitchen", "the lights that aren't upstairs", "the lights outside the kitchen": a place said as where
 *  devices are not — asked, never read as the place itself. */
function notThere(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => (t === 'not' && (['upstairs', 'downstairs'].includes(tokens[i + 1] ?? '') || (['in', 'on', 'at', 'inside'].includes(tokens[i + 1] ?? '') && tokens[i + 2] !== undefined)) && !['do', 'does', 'did', 'can', 'could', 'will', 'would'].includes(tokens[i - 1] ?? ''))
    || (t === 'outside' && ['the', 'of', 'my', 'our'].includes(tokens[i + 1] ?? '')));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 3).join(' ')}": which ones? Say them, or say "all the lights except the ones in the kitchen".` };
}

/** "turn off the lights that are brightest", "dim the loudest one": a device picked by how it compares with the others —
 *  asked, never all of them. */
const SUPERLATIVES = new Set(['brightest', 'dimmest', 'darkest', 'loudest', 'quietest', 'warmest', 'coldest', 'hottest', 'coolest', 'biggest', 'smallest',
  'closest', 'nearest', 'farthest', 'furthest', 'oldest', 'newest', 'busiest', 'noisiest']);
function superlative(tokens: readonly string[]): NlError | null {
  const w = tokens.find((t) => SUPERLATIVES.has(t));
  return w === undefined ? null : { code: 'AMBIGUOUS', message: `Which is the ${w}? Say it by name.` };
}

/** The sentence-wide checks of this round, for a reading that acts: the question to ask, or null. `said`: the words as said,
 *  before "no wait" and the like were taken out. */
export function doubtSaid(tokens: readonly string[], scheduled: boolean, said: () => readonly string[] = () => tokens, services: readonly string[] = []): NlError | null {
  return notOrSomething(tokens) ?? notThere(tokens) ?? superlative(tokens) ?? lastStateLeftOut(tokens, services) ?? oneWayForBoth(tokens, services) ?? asksWhy(tokens) ?? asksAdvice(tokens) ?? notWanted(tokens) ?? noHour(tokens) ?? takenBack(said()) ?? rhythm(said()) ?? someOf(tokens) ?? onlyAfter(tokens) ?? colourChange(said()) ?? forWhat(tokens) ?? (scheduled ? null : onlyTells(tokens) ?? unreadIf(tokens));
}
