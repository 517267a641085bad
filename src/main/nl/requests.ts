// Requests wrapped in a question or a courtesy — "is it possible to lock the front door?", "would you mind
// switching off the lamp?", "do me a favour and lock the side door", "turn the fan off for me, would you?" —
// ask for the command inside them. The wrapper is taken off before the sentence is read, so the request is
// read as the command it is, never as a question about the device ("Front Door is locked").
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS } from './lexicon-words';
import { passiveAsked } from './passive-asked';
import { COLOR_PHRASES, WHITE_WORDS } from './colors';

const phrases = (list: string): string[][] => list.trim().split(/\s*\|\s*/).map((p) => p.split(' '));

/** Said before the command. Each ends where the command's verb starts (a gerund after some: "mind turning"). */
const BEFORE = phrases(`
  is it possible to | is it possible for you to | would it be possible to | would it be possible for you to |
  is it ok to | is it okay to | is it alright to | would it be ok to | do you think you could | do you think you can |
  do you reckon you could | do you reckon you can | reckon you could | reckon you can | is there any way you could |
  is there any way you can | any way you could | any way you can | i was hoping you could | i was hoping you would |
  i am hoping you could | i was wondering whether you could | be so kind as to | would you be able to | could you be so kind as to |
  would you mind | do you mind | mind | would you mind terribly | would you mind awfully | do you mind terribly | would you be so kind as to | would you kindly | could you kindly |
  could you possibly | can you possibly | any chance you could | any chance you can | is there any chance you could |
  any chance you would | is there any chance you would | is it ok if you | is it okay if you | is it alright if you | would it be ok if you |
  any chance of | how about | what about | why do not you | why not | it would be great if you could |
  it would be nice if you could | it would be good if you could | i would appreciate it if you could |
  i would love it if you could | i was wondering if you could | i wonder if you could | do me a favour and |
  do me a favor and | be a dear and | i would like you to | i want you to | i need you to | could i ask you to |
  can i ask you to | can i get | could i get | can i have | could i have | may i have | may we have | let us have | let us get |
  it would be great to have | it would be nice to have | it would be good to have |
  if you could | if you would | if you could please | would it be too much trouble to | would it be too much to ask to |
  is it too much trouble to | would it be a problem to | would it be any trouble to | might you | might you possibly | might i ask you to |
  think you could | think you can | i was just wondering if you could | i was just wondering if you might |
  i was wondering if you might | i wonder if you might | i was just wondering whether you could | feel free to | please feel free to |
  could i trouble you to | can i trouble you to | might i trouble you to | may i trouble you to
`);

/** Hedges said inside a wrapper: "is it at all possible to …", "could you by any chance …". */
const HEDGES = phrases(`at all | by any chance | perhaps | possibly | maybe`);

/** The wrapper said first, found also with hedges inside it: its length in `tokens` after hedges are taken out. */
function wrapperAt(tokens: readonly string[], at: number): { tokens: string[]; before: string[] } | null {
  const find = (t: readonly string[]): string[] | undefined => BEFORE.filter((p) => startsWith(t, at, p)).sort((a, b) => b.length - a.length)[0];
  const plain = find(tokens);
  if (plain) return { tokens: [...tokens], before: plain };
  const out = [...tokens];
  for (let k = at; k < Math.min(out.length, at + 6); k++) {
    const hedge = HEDGES.find((p) => startsWith(out, k, p));
    if (hedge) out.splice(k, hedge.length);
  }
  if (out.length === tokens.length) return null;
  // ("could you by any chance unlock …": the request with its hedge taken out.)
  const asking = ['could', 'can', 'would', 'will'].includes(out[at] ?? '') && out[at + 1] === 'you' ? out.slice(at, at + 2) : undefined;
  const hedged = find(out) ?? asking;
  return hedged ? { tokens: out, before: hedged } : null;
}

/** Said after the command ("…, would you?", "… for me", "… if you don't mind"). */
const AFTER = phrases(`
  would you | could you | will you | can you | if you would | if you could | if you can | if you do not mind |
  if possible | for me | for me please | please | that would be great | that would be nice | that would be lovely |
  that would be awesome | that would be perfect | that would be brilliant | that would be amazing | that would be wonderful |
  that would be helpful | that would be fantastic | that would be ideal | that would be appreciated | thanks | thank you |
  shall we | should we
`);

const OPENERS = new Set(['hey', 'hi', 'hello', 'ok', 'okay', 'hearth', 'so', 'please', ',', 'oh', 'um', 'uh', 'well', 'cheers', 'and']);
/** Sounds and asides said first that mean nothing for the command ("ugh, …", "whoa whoa stop …", "so basically …"):
 *  taken out. */
const INTERJECTIONS = new Set(['ugh', 'whoa', 'woah', 'ah', 'argh', 'hmm', 'oops', 'gosh', 'jeez', 'wow', 'oh', 'um', 'uh', 'er', 'erm',
  'basically', 'anyway', 'anyways', 'honestly', 'actually', 'sorry']);

const GREETINGS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Courtesies said first, before a comma: "if it's not too much trouble, …", "if you don't mind, …". */
const POLITE_FIRST = phrases(`
  if it is not too much trouble | if its not too much trouble | if it is no trouble | if you do not mind | if you would not mind | if possible |
  if you can | if you could | if you please
`);

/** Said first, before a comma, to ask for attention. */
const ATTENTION = phrases(`listen | listen up | listen here | look | look here | now listen | hey listen | alright listen | right listen | ok listen | okay listen`);

/** Asides said first, before a comma: they ask for nothing and set no condition. */
const ASIDES_FIRST = phrases(`
  while i think of it | while i remember | before i forget | in case i forget | in case i forget later | now that i think of it |
  come to think of it | just so you know | change of plan | change of plans | quick one | quick question | one more thing |
  on second thought | on second thoughts | while you are at it | while you are at it too | just got home | i just got home |
  just got back | i just got back | just got in | i just got in | we just got home | we just got back | home at last
`);

/** Wishes said of how a device should be ("I want the curtain closed", "any chance the tv could be muted?", "I'd
 *  love it if you turned the lamp off", "let's get the kitchen lights going"): the command they ask for. */
const WISHES = phrases(`
  i want | i would like | i need | we want | we need | we would like | i would love it if | i would appreciate it if |
  i would love | i would love for | we would love | we would love for | i would like for | we would like for |
  we would love it if | i would appreciate if | any chance | is there any chance | can we get | could we get | can we have |
  could we have | may i have | please may i have | can i have | could i have | mind if we have | do you mind if we have | it would be great to have |
  it would be nice to have | let us get | let us have | let me get | let me have | can you get | could you get | can i get | could i get | get | make sure | make sure that | ensure |
  ensure that | check that | please make sure | please make sure that
`);
/** How a device should end up → the command that gets it there ("closed" → close it). */
const ENDS_AS: Readonly<Record<string, readonly string[]>> = {
  closed: ['close'], shut: ['close'], open: ['open'], opened: ['open'], locked: ['lock'], unlocked: ['unlock'], muted: ['mute'],
  unmuted: ['unmute'], on: ['turn', 'on'], off: ['turn', 'off'], going: ['turn', 'on'], spinning: ['turn', 'on'], running: ['start'], started: ['start'],
  cleaning: ['start'], playing: ['resume'], paused: ['pause'], stopped: ['stop'], dimmed: ['dim'],
};
/** "if you turned the lamp off": the verb said in the past. */
const PAST: Readonly<Record<string, string>> = {
  turned: 'turn', switched: 'switch', closed: 'close', opened: 'open', locked: 'lock', unlocked: 'unlock', muted: 'mute',
  shut: 'shut', dimmed: 'dim', started: 'start', stopped: 'stop', paused: 'pause', put: 'put', set: 'set',
};
/** Comparatives a wish may end with: "… was a bit brighter". */
const COMPARATIVES = new Set(['brighter', 'dimmer', 'darker', 'louder', 'quieter', 'softer', 'warmer', 'cooler', 'hotter', 'colder']);
/** Words of a state that may sit inside a list ("the lamp on and the fan …"). */
const STATES_SAID = new Set(['on', 'off', 'up', 'down', 'open', 'closed', 'locked', 'unlocked']);
const BE_WORDS = new Set(['was', 'were', 'is', 'are', 'be', 'could', 'would', 'to', 'got', 'get', 'came', 'went']); // (round 19b: "I'd love it if the lamp came on")

/** Said inside a wish without changing it: "I'd really appreciate it if …". */
const INTENSIFIERS = new Set(['really', 'truly', 'so', 'very', 'much']);

function wish(input: readonly string[], at: number): string[] | null {
  const tokens = input.filter((w, k) => k < at || k > at + 3 || !INTENSIFIERS.has(w) || !['would', 'i', 'we'].includes(input[k - 1] ?? ''));
  const lead = WISHES.filter((p) => startsWith(tokens, at, p)).sort((a, b) => b.length - a.length)[0];
  if (!lead) return null;
  let rest = tokens.slice(at + lead.length);
  while (rest.length > 0 && [',', 'please', 'again'].includes(rest[rest.length - 1]!)) rest = rest.slice(0, -1);
  // "… if you turned the garage light off"
  if (rest[0] === 'you' && PAST[rest[1] ?? '']) return [...tokens.slice(0, at), PAST[rest[1]!]!, ...rest.slice(2)];
  // "can we get some light in the garage": the lights there, on.
  if ((rest[0] === 'some' || rest[0] === 'the') && (rest[1] === 'light' || rest[1] === 'lights') && (rest[2] === 'in' || rest[2] === 'on') && lead[lead.length - 1] === 'get' && !rest.slice(3).some((w) => STATES_SAID.has(w))) {
    return [...tokens.slice(0, at), 'turn', 'on', 'the', 'lights', ...rest.slice(2)];
  }
  // "I'd love it if the lamp was a bit brighter": make it so.
  const be = rest.findIndex((w, k) => k > 0 && ['was', 'were', 'is', 'are', 'be'].includes(w));
  const how = be > 0 ? rest.slice(be + 1).filter((w) => !['a', 'bit', 'little', 'lot', 'tad', 'touch', 'much'].includes(w)) : [];
  if (how.length === 1 && COMPARATIVES.has(how[0]!) && ['the', 'my', 'our', 'it'].includes(rest[0]!) && !rest.slice(0, be).some((w) => w === ',' || w === 'and' || VERBS.has(w))) {
    return [...tokens.slice(0, at), 'make', ...rest.slice(0, be), ...rest.slice(be + 1)];
  }
  const end = rest[rest.length - 1] ?? '';
  const verb = ENDS_AS[end];
  if (!verb || rest.length < 3 || !['the', 'my', 'our', 'some', 'all', 'both', 'it', 'them', 'every'].includes(rest[0]!)) return null;
  let object = rest.slice(0, -1);
  // ("… if the fan were switched off": the verb said in the past goes with the end.)
  while (object.length > 0 && (BE_WORDS.has(object[object.length - 1]!) || PAST[object[object.length - 1]!])) object = object.slice(0, -1);
  // ("I need the left shade and left curtain opened": a list, each to end so — but never one said with its own end,
  // "I want the lamp on and the fan off".)
  // ("let's get the robot vacuum cleaning": a verb word after an article or another word of a name is no verb.)
  if (object.length === 0 || object.some((w, k) => w === ',' || (VERBS.has(w) && !(k > 0 && !['and', 'to', 'not', 'then', 'also', 'just', 'please'].includes(object[k - 1]!))) || (w === 'and' && object.some((x) => ENDS_AS[x] || STATES_SAID.has(x))))) return null;
  // "some light in the garage": the lights there.
  if (object[0] === 'some' && (object[1] === 'light' || object[1] === 'lights')) object = ['the', 'lights', ...object.slice(2)];
  return [...tokens.slice(0, at), verb[0]!, ...object, ...verb.slice(1)];
}

/** "sliding doors locked please", "set stealth mode running", "get the robot going": how a device should end up,
 *  said with "please" or after "set"/"get" — the command that gets it there. (Without either, "front door locked" may
 *  be a question.) */
function endStated(tokens: readonly string[], at: number): string[] | null {
  let end = tokens.length;
  while (end > at && [',', 'please', 'now', 'thanks'].includes(tokens[end - 1]!)) end--;
  const polite = tokens.slice(end).includes('please');
  const setter = tokens[at] === 'set' || tokens[at] === 'get';
  const last = tokens[end - 1] ?? '';
  const verb = ENDS_AS[last];
  if (!verb || (!polite && !setter)) return null;
  const from = setter ? at + 1 : at;
  const object = tokens.slice(from, end - 1);
  if (object.length === 0 || object.some((w) => w === ',' || w === 'and' || w === 'to' || VERBS.has(w) || BE_WORDS.has(w) || w === 'is' || w === 'are')) return null;
  // ("any chance of getting the left curtain opened": "get" it so, as "get it going".)
  if (setter && !['running', 'going', 'started', 'playing', 'cleaning'].includes(last) && !(tokens[at] === 'get' && ['opened', 'closed', 'shut', 'locked', 'unlocked'].includes(last))) return null;
  return [...tokens.slice(0, at), verb[0]!, ...object, ...verb.slice(1)];
}

/** "could the back door be locked", "can the porch light be on": how a device should end, asked for. */
function beAsked(tokens: readonly string[], at: number): string[] | null {
  let end = tokens.length;
  while (end > at && [',', 'please', 'now', '?'].includes(tokens[end - 1]!)) end--;
  const verb = ENDS_AS[tokens[end - 1] ?? ''];
  // ("can the back door be locked?" may ask whether it can: only "could" and "would" ask for it.)
  if (!verb || !['could', 'would'].includes(tokens[at] ?? '') || tokens[end - 2] !== 'be') return null;
  const object = tokens.slice(at + 1, end - 2);
  if (object.length === 0 || object.some((w) => w === ',' || w === 'and' || w === 'to' || w === 'you' || w === 'i' || w === 'we' || VERBS.has(w) || BE_WORDS.has(w))) return null;
  return [...tokens.slice(0, at), verb[0]!, ...object, ...verb.slice(1)];
}

const COLOUR_FILLERS = new Set(['cosy', 'cozy', 'nice', 'soft', 'lovely', 'gentle', 'tint', 'glow', 'colour', 'color', 'hue', 'please']);
/** "give the garage light a cosy warm white", "give the lamp a salmon tint": make it that colour. */
function colourGiven(tokens: readonly string[], at: number): string[] | null {
  const a = tokens.indexOf('a', at + 2);
  if (tokens[at] !== 'give' || a < 0 || !['the', 'my', 'our'].includes(tokens[at + 1] ?? '')) return null;
  const colour = tokens.slice(a + 1).filter((w) => !COLOUR_FILLERS.has(w)).join(' ');
  if (!COLOR_PHRASES.has(colour) && !WHITE_WORDS.has(colour.replace(/ white$/, ''))) return null;
  return [...tokens.slice(0, at), 'make', ...tokens.slice(at + 1, a), ...colour.split(' ')];
}

const MODALS = new Set(['needs', 'need', 'has', 'have', 'can', 'could', 'should', 'must', 'will', 'to']);
const STILL_WORDS = new Set(['spinning', 'moving', 'running', 'turning', 'rolling', 'blowing', 'now', 'where', 'it', 'is', 'right', 'there', 'please', 'at', 'once']);
/** "the guest room shade needs to stop", "can the bedroom curtain stop where it is now": stop it. */
function stopSaidLast(tokens: readonly string[], at: number): string[] | null {
  const k = tokens.indexOf('stop', at);
  if (k < 0 || !tokens.slice(k + 1).every((w) => STILL_WORDS.has(w))) return null;
  const asked = ['can', 'could', 'would', 'will'].includes(tokens[at] ?? '') ? 1 : 0;
  let end = k;
  while (end > at + asked && MODALS.has(tokens[end - 1]!)) end--;
  const object = tokens.slice(at + asked, end);
  if (!['the', 'my', 'our'].includes(object[0] ?? '') || (asked === 0 && end === k) || object.some((w) => w === ',' || w === 'and' || w === 'you' || VERBS.has(w) || BE_WORDS.has(w))) return null;
  return [...tokens.slice(0, at), 'stop', ...object];
}

const VERBS = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, 'open', 'close', 'lock', 'unlock',
  'dim', 'brighten', 'raise', 'lower', 'start', 'stop', 'pause', 'resume', 'play', 'mute', 'unmute', 'toggle',
  'increase', 'decrease', 'reduce', 'boost', 'heat', 'cool', 'warm', 'clean', 'vacuum', 'mow', 'dock', 'kick', 'fire', 'crank', 'bump', 'knock', 'drop']);

/** "switching" → "switch", "closing" → "close", "dimming" → "dim"; null when it is no verb of ours. */
function baseVerb(word: string): string | null {
  if (!word.endsWith('ing') || word.length < 5) return null;
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((v) => VERBS.has(v)) ?? null;
}

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => tokens[at + k] === w);
}

/** "get rover to clean the kitchen", "tell the tv to pause", "have the robot vacuum the hall", "rover, clean the
 *  kitchen": a device asked to do something. The command is read with the device as its object; a robot's
 *  cleaning says the place, and the robot is what cleans. */
const ASKERS = new Set(['get', 'tell', 'have', 'ask', 'make', 'send']);
const ROBOT_VERBS = new Set(['clean', 'vacuum', 'hoover', 'mow']);

function deviceAsked(tokens: readonly string[], at: number): string[] | null {
  const asker = ASKERS.has(tokens[at] ?? '');
  const from = asker ? at + 1 : at;
  for (let end = from + 1; end <= Math.min(tokens.length - 1, from + 4); end++) {
    const said = tokens.slice(from, end);
    // ("the robot vacuum": a verb word inside the device's name, after its first word.)
    if (said.some((w, k) => (VERBS.has(w) && (k === 0 || !asker)) || w === ',' || w === 'to')) break;
    let k = end;
    if (asker ? tokens[k] === 'to' : tokens[k] === ',') k++;
    else if (!asker || tokens[at] !== 'have') continue;
    const verb = tokens[k];
    const rest = tokens.slice(k + 1);
    // "rover, stop", "tv, pause please": the device said, then only the verb.
    const alone = !asker && rest.every((w) => w === 'please' || w === 'now');
    if (verb === undefined || !VERBS.has(verb) || (!asker && !ROBOT_VERBS.has(verb) && !alone)) continue;
    return ROBOT_VERBS.has(verb) ? [...tokens.slice(0, at), verb, ...rest] : [...tokens.slice(0, at), verb, ...said, ...rest];
  }
  return null;
}

/** The tokens without a request's wrapper, and whether one was taken off (then a "?" asks for nothing). */
const STAY_WORDS = new Set(['stays', 'stay', 'remains', 'unchanged']);
const STAY_ENDS = new Set(['as', 'put', 'the', 'where', 'thanks', 'thank', 'please', 'unchanged', 'alone']);

/** "left curtain 40%, right curtain stays", "office up a degree, living room stays": a part that only says a device is left as
 *  it is, after another — taken out (nothing is done to it). */
function withoutStays(tokens: string[]): string[] {
  for (let k = 2; k < tokens.length; k++) {
    if (!STAY_WORDS.has(tokens[k]!)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && next !== ',' && next !== 'and' && !STAY_ENDS.has(next)) continue;
    let start = k;
    while (start > 0 && tokens[start - 1] !== ',' && tokens[start - 1] !== 'and') start--;
    let end = k + 1;
    while (end < tokens.length && tokens[end] !== ',' && tokens[end] !== 'and') end++;
    if (start < 2) continue;
    return [...tokens.slice(0, start - 1), ...tokens.slice(end)];
  }
  return tokens;
}

const ORDINAL_FLOORS = new Set(['first', 'second', 'third', 'fourth', 'ground', 'top', 'bottom', 'upper', 'lower', 'main']);

/** "turn off the lights on first and second": a list of ordinals said after "on" with no word after them is floors. */
function floorsListed(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => t === 'on' && ORDINAL_FLOORS.has(tokens[i + (tokens[i + 1] === 'the' ? 2 : 1)] ?? ''));
  if (at < 0) return tokens;
  const out = tokens.slice(0, at + 1);
  let i = at + 1;
  let count = 0;
  for (;;) {
    if (tokens[i] === 'the') out.push(tokens[i++]!);
    if (!ORDINAL_FLOORS.has(tokens[i] ?? '')) return tokens;
    out.push(tokens[i++]!, 'floor');
    count++;
    if (tokens[i] === 'and' || (tokens[i] === ',' && ORDINAL_FLOORS.has(tokens[i + 1] ?? ''))) out.push(tokens[i++]!);
    else break;
  }
  const end = tokens[i];
  return count > 1 && (end === undefined || [',', 'please', 'then', 'in', 'at'].includes(end)) ? [...out, ...tokens.slice(i)] : tokens;
}

/** "the lights on all floors except the first": after floors were said, an ordinal left out is that floor. */
function floorAfterExcept(tokens: string[]): string[] {
  const floorsAt = tokens.findIndex((t) => t === 'floors' || t === 'floor');
  if (floorsAt < 0) return tokens;
  const k = tokens.findIndex((t, i) => i > floorsAt && ['except', 'but', 'besides', 'excluding'].includes(tokens[i - (tokens[i - 1] === 'the' ? 2 : 1)] ?? '') && ORDINAL_FLOORS.has(t)
    && (tokens[i + 1] === undefined || [',', 'and', 'one', 'please', 'thanks'].includes(tokens[i + 1]!)));
  if (k < 0) return tokens;
  return tokens[k + 1] === 'one' ? [...tokens.slice(0, k + 1), 'floor', ...tokens.slice(k + 2)] : [...tokens.slice(0, k + 1), 'floor', ...tokens.slice(k + 1)];
}

/** Who a reason said last is for, and what they can then do: "so I can watch the news", "so that we could sleep". */
const PURPOSE_WHO = new Set(['i', 'we', 'they', 'everyone', 'everybody', 'the', 'you']);
const PURPOSE_CAN = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'am', 'are', 'do', 'kids', 'guests']);

export function unwrapRequest(input: readonly string[]): { tokens: string[]; request: boolean } {
  let tokens = [...input];
  let request = false;
  let at = 0;
  while (at < tokens.length) {
    if (INTERJECTIONS.has(tokens[at]!)) tokens.splice(at, 1);
    // "ok, …", "right, …", "alright, …": said and done with.
    else if ((OPENERS.has(tokens[at]!) || tokens[at] === 'right' || tokens[at] === 'alright') && tokens[at + 1] === ',') tokens.splice(at, 2);
    else if (tokens[at] === 'all' && tokens[at + 1] === 'right' && tokens[at + 2] === ',') tokens.splice(at, 3);
    else if (OPENERS.has(tokens[at]!)) at++;
    else break;
  }
  // "morning! …", "good evening, …": a greeting, not a time (only said first, before a comma).
  const greeting = tokens[at] === 'good' ? 2 : 1;
  if (GREETINGS.has(tokens[at + greeting - 1] ?? '') && (greeting === 1 || tokens[at] === 'good') && tokens[at + greeting] === ',') {
    tokens = [...tokens.slice(0, at), ...tokens.slice(at + greeting + 1)];
  }
  // "listen up, …", "look, …": asking for attention.
  const attention = ATTENTION.filter((p) => startsWith(tokens, at, p) && tokens[at + p.length] === ',').sort((a, b) => b.length - a.length)[0];
  if (attention) tokens = [...tokens.slice(0, at), ...tokens.slice(at + attention.length + 1)];
  // "while I think of it, …", "in case I forget later, …", "change of plan: …": an aside, not a condition.
  const aside = ASIDES_FIRST.filter((p) => startsWith(tokens, at, p) && tokens[at + p.length] === ',').sort((a, b) => b.length - a.length)[0];
  if (aside) tokens = [...tokens.slice(0, at), ...tokens.slice(at + aside.length + 1)];
  // "morning all - …", "evening everyone, …": a greeting.
  if (GREETINGS.has(tokens[at] ?? '') && ['all', 'everyone', 'everybody', 'folks', 'team', 'hearth'].includes(tokens[at + 1] ?? '') && tokens[at + 2] === ',') {
    tokens = [...tokens.slice(0, at), ...tokens.slice(at + 3)];
  }
  const courtesy = POLITE_FIRST.filter((p) => startsWith(tokens, at, p) && tokens[at + p.length] === ',').sort((a, b) => b.length - a.length)[0];
  if (courtesy) {
    tokens = [...tokens.slice(0, at), ...tokens.slice(at + courtesy.length + 1)];
    request = true;
  }
  const said = passiveAsked(tokens, at) ?? endStated(tokens, at) ?? beAsked(tokens, at) ?? stopSaidLast(tokens, at) ?? colourGiven(tokens, at);
  if (said) {
    tokens = said;
    request = true;
  }
  // ("can you make sure the front door is locked": a wish asked as a question.)
  const you = ['can', 'could', 'would', 'will'].includes(tokens[at] ?? '') && tokens[at + 1] === 'you' ? 2 : 0;
  const wished = wish(tokens, at + you);
  if (wished) {
    tokens = [...wished.slice(0, at), ...wished.slice(at + you)];
    request = true;
  }
  const wrapper = wrapperAt(tokens, at);
  if (wrapper) {
    const { before } = wrapper;
    let rest = wrapper.tokens.slice(at + before.length);
    const verb = baseVerb(rest[0] ?? '');
    if (verb) rest = [verb, ...rest.slice(1)];
    // "how about the kitchen lights?" asks nothing to be done: only a verb (or a device to get) follows a wrapper.
    const ends = before[before.length - 1]!;
    if (verb || !['mind', 'about', 'of'].includes(ends)) {
      tokens = [...tokens.slice(0, at), ...rest];
      request = true;
      // ("any chance of getting the curtain opened": how it should end, said after the wrapper.)
      tokens = endStated(tokens, at) ?? tokens;
    }
  }
  // "flip the tv on so I can watch the news": why it is wanted, said last — set aside.
  const why = tokens.findIndex((t, k) => k > at + 1 && t === 'so' && PURPOSE_WHO.has(tokens[k + (tokens[k + 1] === 'that' ? 2 : 1)] ?? '')
    && PURPOSE_CAN.has(tokens[k + (tokens[k + 1] === 'that' ? 3 : 2)] ?? ''));
  // (Only when nothing else is asked after it: "… so I can sleep, and lock the door" keeps its last step.)
  if (why > 0 && !tokens.slice(why).some((t) => t === 'and' || t === 'then' || t === ',')) tokens = tokens.slice(0, why);
  tokens = floorsListed(floorAfterExcept(withoutStays(tokens)));
  while (tokens[tokens.length - 1] === ',') tokens.pop();
  const asked = deviceAsked(tokens, at);
  if (asked) tokens = asked;
  const after = AFTER.filter((p) => p.length < tokens.length && startsWith(tokens, tokens.length - p.length, p)).sort((a, b) => b.length - a.length)[0];
  if (after && (after.length > 1 || after[0] !== 'please' || request)) {
    tokens = tokens.slice(0, tokens.length - after.length);
    while (tokens[tokens.length - 1] === ',') tokens.pop();
    request ||= after[0] !== 'please' && after[0] !== 'for';
  }
  return { tokens, request };
}
