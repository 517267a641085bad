// Round 17p (issue 14): sayings whose words the grammar read as something else or not at all, found by probing with
// sentences of our own; run by tokenize() before round 16's. Each is a class of saying, never one sentence.
import { BE, BETWEEN, COMMAND_VERBS, STATES } from './doubt';

const SIDES = new Set(['left', 'right']);
/** Said just before a verb where a step starts. */
const STEP_START = new Set([',', 'and', 'then', 'please', 'now', 'so']);

/** "open left and right", "close the right and left": each side is a device of its own, as "the left and the right" — one
 *  was dropped, and only the other side was done. */
function bothSides(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = SIDES.has(tokens[i]!) && tokens[i + 1] === 'and' && SIDES.has(tokens[i + 2] ?? '') && tokens[i] !== tokens[i + 2];
    if (pair && COMMAND_VERBS.has(tokens[i - 1] ?? '')) out.push('the');
    out.push(tokens[i]!);
    // (", left and right" said after the devices names their sides, and is read as it is.)
    if (tokens[i] === 'and' && SIDES.has(tokens[i - 1] ?? '') && SIDES.has(tokens[i + 1] ?? '') && tokens[i - 1] !== tokens[i + 1]
      && (tokens[i - 2] === 'the' || COMMAND_VERBS.has(tokens[i - 2] ?? ''))) out.push('the');
  }
  return out;
}

/** Said first in a step, they ask for nothing: "… and finally turn off the tv", "lastly, lock the door", "don't forget to lock
 *  the back door", "remember to turn off the fan" — dropped before a verb. */
const STEP_LEADS: readonly (readonly string[])[] = [
  ['finally'], ['lastly'], ['last', 'of', 'all'], ['and', 'finally'], ['do', 'not', 'forget', 'to'], ['dont', 'forget', 'to'], ['remember', 'to'], ['please', 'remember', 'to'],
  // Roundabout requests: "you'd better lock …", "better close …", "it's time to turn off …", "you might want to …", "it'd be a
  // good idea to …". ("I'd better …", "we'd better …" tell what the speaker will do, and are not these.)
  ['you', 'would', 'better'], ['you', 'had', 'better'], ['better'], ['it', 'is', 'time', 'to'], ['time', 'to'], ['you', 'might', 'want', 'to'], ['you', 'may', 'want', 'to'],
  ['it', 'would', 'be', 'good', 'to'], ['it', 'would', 'be', 'a', 'good', 'idea', 'to'], ['best', 'to'], ['it', 'is', 'best', 'to'],
  // "see if you can lock …", "try to turn off …", "please try to …".
  ['see', 'if', 'you', 'can'], ['see', 'if', 'you', 'could'], ['try', 'to'], ['please', 'try', 'to'], ['try', 'and'],
];

/** Verbs of everyday life as much as of devices: "it's time to go to bed, lights off" keeps its lead-in. */
const LOOSE_VERBS = new Set(['go', 'do', 'get', 'give', 'make', 'please', 'deal', 'handle', 'sort', 'fix', 'hit', 'kick']);

/** The lead said at `i`, if any (the first of STEP_LEADS that fits). */
function leadAt(tokens: readonly string[], i: number): readonly string[] | undefined {
  for (const w of STEP_LEADS) {
    let k = 0;
    while (k < w.length && tokens[i + k] === w[k]) k++;
    if (k === w.length) return w;
  }
  return undefined;
}

function stepLeads(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lead = (i === 0 || STEP_START.has(tokens[i - 1]!)) ? leadAt(tokens, i) : undefined;
    if (lead) {
      let j = i + lead.length;
      if (tokens[j] === ',') j++;
      if (COMMAND_VERBS.has(tokens[j] ?? '') && !LOOSE_VERBS.has(tokens[j]!)) {
        i = j - 1;
        continue;
      }
    }
    out.push(tokens[i]!);
  }
  return out;
}

/** "if it's no bother, …": a courtesy, as "if it's no trouble" ("bother" was repaired into "other"). "lift the shade": raise. */
function courtesyAndLift(tokens: string[]): string[] {
  return tokens.map((t, i) => (t === 'bother' && tokens[i - 1] === 'no' && tokens[i - 2] === 'is' ? 'trouble'
    : t === 'lift' && (i === 0 || STEP_START.has(tokens[i - 1]!) || ['you', 'can', 'could'].includes(tokens[i - 1]!)) && ['the', 'my', 'both', 'all', 'it', 'them'].includes(tokens[i + 1] ?? '') ? 'raise' : t));
}

/** "pull back the curtains", "draw back the blinds": open them (said before what is opened). */
function pullBack(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => ['pull', 'draw'].includes(t) && tokens[k + 1] === 'back' && ['the', 'my', 'both', 'all', 'those', 'these'].includes(tokens[k + 2] ?? '')
    && (k === 0 || STEP_START.has(tokens[k - 1]!) || ['you', 'can', 'could', 'just'].includes(tokens[k - 1]!)));
  return i < 0 ? tokens : [...tokens.slice(0, i), 'open', ...tokens.slice(i + 2)];
}

/** What a vacuum does, said as an -ing word. */
const CLEANING = new Set(['cleaning', 'vacuuming', 'hoovering']);
/** Said before it to go on with it. */
const GO_ON = new Set(['resume', 'continue', 'start', 'restart', 'keep']);

/** "pause cleaning", "resume cleaning", "carry on vacuuming": the robot's cleaning — it was the tv that was paused or played.
 *  Pausing a robot stops it; going on with it starts it. */
function robotCleaning(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => CLEANING.has(t) && (tokens[k - 1] === 'pause' || GO_ON.has(tokens[k - 1] ?? '') || (tokens[k - 1] === 'on' && tokens[k - 2] === 'carry')));
  if (i < 0) return tokens;
  const from = tokens[i - 1] === 'on' ? i - 2 : i - 1;
  return [...tokens.slice(0, from), ...(tokens[i - 1] === 'pause' ? ['stop', 'cleaning'] : ['start', 'the', 'vacuum']), ...tokens.slice(i + 1)];
}

/** "the garage light is off turn it on": how it is, then what to do, said with no pause — the state said was done (switched
 *  off). A comma is put where the request starts, as "… is off, turn it on" is read. */
function stateThenVerb(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    if (!BE.has(tokens[i]!) || tokens[i] === 'be' || tokens[i] === 'been') continue;
    let j = i + 1;
    while (BETWEEN.has(tokens[j] ?? '') || tokens[j] === 'both') j++;
    // ("… is on play corner": a name word; "… is off switch it on": the verb, said before what it acts on.)
    const verb = COMMAND_VERBS.has(tokens[j + 1] ?? '') && (!['play', 'light', 'switch', 'power'].includes(tokens[j + 1]!) || ['it', 'them', 'the', 'that', 'those', 'on', 'off', 'everything', 'all'].includes(tokens[j + 2] ?? ''));
    if (STATES.has(tokens[j] ?? '') && verb) return [...tokens.slice(0, j + 1), ',', ...tokens.slice(j + 1)];
  }
  return tokens;
}

export function sayings17p(tokens: string[]): string[] {
  return stateThenVerb(robotCleaning(pullBack(courtesyAndLift(stepLeads(bothSides(tokens))))));
}
