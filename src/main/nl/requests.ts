// Requests wrapped in a question or a courtesy — "is it possible to lock the front door?", "would you mind
// switching off the lamp?", "do me a favour and lock the side door", "turn the fan off for me, would you?" —
// ask for the command inside them. The wrapper is taken off before the sentence is read, so the request is
// read as the command it is, never as a question about the device ("Front Door is locked").
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS } from './lexicon-words';

const phrases = (list: string): string[][] => list.trim().split(/\s*\|\s*/).map((p) => p.split(' '));

/** Said before the command. Each ends where the command's verb starts (a gerund after some: "mind turning"). */
const BEFORE = phrases(`
  is it possible to | is it possible for you to | would it be possible to | would it be possible for you to |
  is it ok to | is it okay to | is it alright to | would it be ok to | do you think you could | do you think you can |
  would you mind | do you mind | mind | would you be so kind as to | would you kindly | could you kindly |
  could you possibly | can you possibly | any chance you could | any chance you can | is there any chance you could |
  any chance of | how about | what about | why do not you | why not | it would be great if you could |
  it would be nice if you could | it would be good if you could | i would appreciate it if you could |
  i would love it if you could | i was wondering if you could | i wonder if you could | do me a favour and |
  do me a favor and | be a dear and | i would like you to | i want you to | i need you to | could i ask you to |
  can i ask you to | can i get | could i get | can i have | could i have | let us have | let us get
`);

/** Said after the command ("…, would you?", "… for me", "… if you don't mind"). */
const AFTER = phrases(`
  would you | could you | will you | can you | if you would | if you could | if you can | if you do not mind |
  if possible | for me | for me please | please
`);

const OPENERS = new Set(['hey', 'hi', 'hello', 'ok', 'okay', 'hearth', 'so', 'please', ',', 'oh', 'um', 'uh', 'well']);

const VERBS = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, 'open', 'close', 'lock', 'unlock',
  'dim', 'brighten', 'raise', 'lower', 'start', 'stop', 'pause', 'resume', 'play', 'mute', 'unmute', 'toggle',
  'increase', 'decrease', 'reduce', 'boost', 'heat', 'cool', 'warm', 'clean', 'vacuum', 'mow', 'dock', 'kick', 'fire']);

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
    if (said.some((w) => VERBS.has(w) || w === ',' || w === 'to')) break;
    let k = end;
    if (asker ? tokens[k] === 'to' : tokens[k] === ',') k++;
    else if (!asker || tokens[at] !== 'have') continue;
    const verb = tokens[k];
    if (verb === undefined || !VERBS.has(verb) || (!asker && !ROBOT_VERBS.has(verb))) continue;
    const rest = tokens.slice(k + 1);
    return ROBOT_VERBS.has(verb) ? [...tokens.slice(0, at), verb, ...rest] : [...tokens.slice(0, at), verb, ...said, ...rest];
  }
  return null;
}

/** The tokens without a request's wrapper, and whether one was taken off (then a "?" asks for nothing). */
export function unwrapRequest(input: readonly string[]): { tokens: string[]; request: boolean } {
  let tokens = [...input];
  let request = false;
  let at = 0;
  while (at < tokens.length && OPENERS.has(tokens[at]!)) at++;
  const before = BEFORE.filter((p) => startsWith(tokens, at, p)).sort((a, b) => b.length - a.length)[0];
  if (before) {
    let rest = tokens.slice(at + before.length);
    const verb = baseVerb(rest[0] ?? '');
    if (verb) rest = [verb, ...rest.slice(1)];
    // "how about the kitchen lights?" asks nothing to be done: only a verb (or a device to get) follows a wrapper.
    const ends = before[before.length - 1]!;
    if (verb || !['mind', 'about', 'of'].includes(ends)) {
      tokens = [...tokens.slice(0, at), ...rest];
      request = true;
    }
  }
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
