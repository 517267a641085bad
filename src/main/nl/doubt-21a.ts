// Round 21a (review): a state said about a device that is no request for that state is asked about, never carried out
// (guard.ts, on the whole sentence once it was read to actions). Each class asks instead of acting:
// - A state said as a remark or a description was carried out: "stop the left curtain and the right one that is open"
//   opened both; "the front door not locked please", "the curtains not closed please" locked/closed them. When the only
//   word for what an action does is said after "is/are/that's/not …", what is wanted is asked.
// - A remark said as a later part was carried out with the verb before: "stop the vacuum and the curtains aren't closed"
//   stopped the curtains; "lock the front door and the back door isn't locked" locked both; "turn off the fan and the
//   curtains aren't closed" closed them. "<device> is/are (not) <state>" after "and"/","/";" is how it is, or how it should
//   be — asked.
// - A question of whether to do it: "front door, lock it or not", "open the valve or not", "turn on the fan or don't"
//   locked/opened it. "… or not" after a request asks (an answer is "lock it" or "leave it").
// ("make sure the back door is locked", "if the door is unlocked lock it", "turn on the lights that are not on" are
// requests, conditions or descriptions of what a verb said does, and left as read.)
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

/** The words that say what each service does, as a verb or as the state it leaves. */
const WORDS_OF: Readonly<Record<string, readonly string[]>> = {
  open: ['open', 'opened', 'raise', 'lift', 'up', 'unshut'],
  close: ['close', 'closed', 'shut', 'lower', 'down', 'draw', 'drawn'],
  lock: ['lock', 'locked', 'bolt', 'bolted', 'secure', 'secured'],
  unlock: ['unlock', 'unlocked', 'unbolt', 'unbolted'],
  turn_on: ['on', 'start', 'started', 'power', 'activate', 'enable', 'light', 'lit', 'running'],
  turn_off: ['off', 'stop', 'stopped', 'kill', 'cut', 'deactivate', 'disable', 'power'],
};
const COPULA = table({ is: true, are: true, was: true, were: true, "'s": true, am: true, "'re": true });
const NEG = table({ not: true, "n't": true, never: true, no: true });
/** Words that may stand between "is"/"not" and the state: "is still open", "isn't quite closed". */
const BETWEEN = table({ still: true, already: true, yet: true, now: true, quite: true, fully: true, all: true, both: true, really: true, even: true, properly: true });
/** Words that make a state said after "is" a request or a condition: "make sure X is locked", "if X is open …", "keep X not locked". */
const ASKED_FOR = table({ sure: true, ensure: true, want: true, wants: true, need: true, needs: true, should: true, must: true, like: true, be: true,
  keep: true, leave: true, stay: true, remain: true, make: true, get: true, if: true, when: true, whenever: true, until: true, till: true, once: true,
  while: true, unless: true, whether: true, check: true, see: true, as: true, after: true, before: true, because: true, since: true, so: true });
const PART_ENDS = table({ and: true, ',': true, ';': true, but: true, then: true, '.': true, also: true });
/** The states a later part may say a device is in. */
const STATES = table({ open: true, opened: true, closed: true, shut: true, locked: true, unlocked: true, on: true, off: true, running: true, docked: true,
  playing: true, paused: true, idle: true, cleaning: true, secure: true, bolted: true, unbolted: true, up: true, down: true, ajar: true, charging: true,
  muted: true, stopped: true, going: true, spinning: true, working: true, lit: true });
/** Words that make the part a request or a description of its own: a verb, "that/which …", a question word. */
const OWN_VERB = table({ turn: true, switch: true, set: true, put: true, open: true, close: true, shut: true, lock: true, unlock: true, stop: true, start: true,
  pause: true, raise: true, lower: true, make: true, get: true, keep: true, leave: true, check: true, tell: true, that: true, which: true, who: true,
  if: true, when: true, whether: true, what: true, how: true, where: true, why: true, sure: true, dim: true, mute: true, play: true, let: true, have: true });
/** Verbs of a request said before the remark. */
const REQUEST_VERB = table({ turn: true, switch: true, set: true, put: true, open: true, close: true, shut: true, lock: true, unlock: true, stop: true,
  start: true, pause: true, raise: true, lower: true, halt: true, freeze: true, dim: true, mute: true, play: true, resume: true, draw: true, pull: true });
/** Who a later part may be about when it is no device: "heads up, I'm working late, so …". */
const PEOPLE = table({ i: true, we: true, you: true, he: true, she: true, they: true, someone: true, somebody: true, everyone: true, everybody: true,
  nobody: true, anyone: true, anybody: true, there: true, here: true,
  // ("lock the back door, it isn't locked": a reason said of the device just named.)
  it: true, that: true, this: true, them: true });
/** Words after "or" that make "do it or not" a question of whether. */
const OR_NOT = table({ not: true, no: true, nah: true, nope: true, "n't": true });

/** How to ask for a state: "closed" → "close the curtains". */
const VERB_FOR: Readonly<Record<string, string>> = { open: 'open %', opened: 'open %', closed: 'close %', shut: 'close %', locked: 'lock %', unlocked: 'unlock %',
  on: 'turn on %', off: 'turn off %', bolted: 'lock %', unbolted: 'unlock %', secure: 'lock %', docked: 'send % home' };
const said = (tokens: readonly string[], from: number, to: number): string => tokens.slice(Math.max(0, from), to).join(' ').replace(/ (n't|'s|,)/g, '$1');

/** Where the word at k is said as how a device is ("is open", "not locked", "that's still shut"), not as what to do. */
function remarkAt(tokens: readonly string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && BETWEEN[tokens[j]!]) j--;
  const before = tokens[j] ?? '';
  if (!COPULA[before] && !NEG[before]) return false;
  // (Round 21h: "at 10 am lock the front door", "every weekday at 7am open …": "am" after a clock time is the time, not "I am".)
  if (before === 'am' && /^\d/.test(tokens[j - 1] ?? '')) return false;
  // ("do not lock it", "don't turn it off": a negated request is another check's.)
  if (NEG[before] && (tokens[j - 1] === 'do' || tokens[j - 1] === 'please')) return false;
  // ("why not open the right curtain": a suggestion, said as a question.)
  if (NEG[before] && tokens[j - 1] === 'why') return false;
  return !tokens.slice(0, k).some((t) => ASKED_FOR[t]);
}

/** "stop the left curtain and the right one that is open", "the front door not locked please". */
function stateCarriedFromRemark(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  for (const a of actions) {
    const words = WORDS_OF[a.service ?? ''];
    if (!words) continue;
    const at = tokens.map((t, k) => (words.includes(t) ? k : -1)).filter((k) => k >= 0);
    if (at.length === 0 || at.some((k) => !remarkAt(tokens, k))) continue;
    const k = at[0]!;
    return { code: 'AMBIGUOUS', message: `"${said(tokens, k - 3, k + 1)}": is that how it is now, or how you want it? Say what to do, for example "${a.service === 'turn_on' ? 'turn it on' : a.service === 'turn_off' ? 'turn it off' : `${a.service} it`}", or ask "is it ${tokens[k]}?".` };
  }
  return null;
}

/** "stop the vacuum and the curtains aren't closed": a later part "<device> is (not) <state>" is a remark, not a step. */
function remarkPart(tokens: readonly string[]): NlError | null {
  if (tokens.includes('?')) return null;
  for (let start = 1; start < tokens.length; start++) {
    if (!PART_ENDS[tokens[start - 1]!]) continue;
    let end = start;
    while (end < tokens.length && !PART_ENDS[tokens[end]!]) end++;
    const c = tokens.slice(start, end).findIndex((t, i) => COPULA[t] && !(t === 'am' && /^\d/.test(tokens[start + i - 1] ?? ''))) + start;
    if (c <= start) continue;
    if (tokens.slice(start, c).some((t) => OWN_VERB[t]) || PEOPLE[tokens[start]!]) continue;
    // (Only after a request and with none after it: "the desk fan and the desk lamp are both on, turn them off" says why.)
    if (!tokens.slice(0, start).some((t) => REQUEST_VERB[t]) || tokens.slice(end).some((t) => REQUEST_VERB[t])) continue;
    let j = c + 1;
    while (j < end && (NEG[tokens[j]!] || BETWEEN[tokens[j]!])) j++;
    if (j >= end || !STATES[tokens[j]!]) continue;
    if (tokens.slice(0, c).some((t) => ASKED_FOR[t])) continue;
    const subject = said(tokens, start, c);
    const verb = VERB_FOR[tokens[j]!];
    const request = verb ? `"${verb.replace('%', subject)}"` : 'the request';
    return { code: 'AMBIGUOUS', message: `"${said(tokens, start, j + 1)}": is that how it is now, or should I make it so? Say just what to do, for example ${request}, or ask "${tokens[c] === 'are' ? 'are' : 'is'} ${subject} ${tokens[j]}?".` };
  }
  return null;
}

/** "front door, lock it or not", "turn on the fan or don't": whether to do it is asked, so it is not done. */
function orNot(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const at = tokens.findIndex((t, k) => t === 'or' && tokens[k - 1] !== 'whether' && !tokens.slice(0, k).includes('whether')
    && (OR_NOT[tokens[k + 1] ?? ''] !== undefined || (tokens[k + 1] === 'do' && NEG[tokens[k + 2] ?? '']) || (tokens[k + 1] === 'leave' && ['it', 'them'].includes(tokens[k + 2] ?? ''))));
  if (at < 0) return null;
  const service = (actions[0]?.service ?? '').replace(/_/g, ' ');
  return { code: 'AMBIGUOUS', message: `"… or ${tokens[at + 1] === 'do' ? "don't" : tokens[at + 1]}": should I ${service ? `${service} it` : 'do it'}, or leave it as it is? Say just what to do, for example "${service || 'lock'} ${actions.length > 1 ? 'them' : 'it'}" or "leave ${actions.length > 1 ? 'them' : 'it'}".` };
}

export function doubt21a(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0) return null;
  return orNot(tokens, actions) ?? remarkPart(tokens) ?? stateCarriedFromRemark(tokens, actions);
}
