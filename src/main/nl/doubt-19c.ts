// Issue 14, round 19c: sentences read as a command that a word says are no command — asked (when Hearth is not sure, it
// asks). Read on the sentence's words and the actions read; each check is a class, never a sentence.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

/** Said first, before the question: sounds and greetings. */
const OPENERS = table({ hey: true, hi: true, hello: true, ok: true, okay: true, so: true, um: true, uh: true, hmm: true, well: true, ',': true, hearth: true,
  quick: true, question: true, ':': true, oh: true, and: true, but: true, then: true });
/** Who "should … be …" is asked of when it is advice about a device, not the speaker ("should I" is asked elsewhere). */
const NOT_DEVICE = table({ i: true, we: true, you: true });
/** "is it ok to …", "is it safe to …": whether something may be done — asked back, never done. ("is it ok if you …" asks for it.) */
const PERMITTED = table({ ok: true, okay: true, alright: true, fine: true, safe: true, wise: true, sensible: true, allowed: true });
/** After "on the way"/"on your way": where the speaker is going. */
const WAY_TO = table({ out: true, in: true, home: true, back: true, down: true, up: true, past: true, over: true, through: true, to: true, upstairs: true, downstairs: true, '': true });
const WAY_WHOSE = table({ your: true, my: true, the: true, our: true });

function start(tokens: readonly string[]): number {
  let k = 0;
  while (k < tokens.length && OPENERS[tokens[k]!]) k++;
  return k;
}

/** "should the curtains be open", "should the lights be off in the kitchen", "should the lights go off": advice asked about a
 *  device — a question, never done. */
function adviceAsked(tokens: readonly string[]): NlError | null {
  const k = start(tokens);
  // ("should the lights in the kitchen go off": any verb — advice asked of how a device should be.)
  if (!['should', 'shall', 'ought'].includes(tokens[k] ?? '') || NOT_DEVICE[tokens[k + 1] ?? ''] || tokens.length < k + 3) return null;
  return { code: 'AMBIGUOUS', message: 'Is that a question, or should I do it? To have it done, say it as a request, for example "open the curtains".' };
}

/** "is it ok to open the curtains", "is it safe to unlock the back door": whether it may be done — asked, never done. */
function permissionAsked(tokens: readonly string[]): NlError | null {
  const k = start(tokens);
  if (tokens[k] !== 'is' || !['it', 'this'].includes(tokens[k + 1] ?? '')) return null;
  let j = k + 2;
  if (tokens[j] === 'all' && tokens[j + 1] === 'right') j++;
  if (!(PERMITTED[tokens[j] ?? ''] || tokens[j] === 'right') && !(tokens[j] === 'a' && ['good', 'bad'].includes(tokens[j + 1] ?? '') && tokens[j + 2] === 'idea' && (j += 2))) return null;
  if (tokens[j + 1] !== 'to') return null;
  return { code: 'AMBIGUOUS', message: 'Are you asking whether it is all right, or should I do it? To have it done, say it as a request, for example "open the curtains".' };
}

/** "get the lights in the kitchen on your way out": the "on" of "on your way" is no switching — the device was switched on
 *  with no other word saying so; asked. ("turn on the lights on your way in" says on.) */
function onTheWay(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => a.service === 'turn_on')) return null;
  const way = (i: number): boolean => tokens[i] === 'on' && WAY_WHOSE[tokens[i + 1] ?? ''] !== undefined && tokens[i + 2] === 'way' && WAY_TO[tokens[i + 3] ?? ''] !== undefined;
  const at = tokens.findIndex((_, i) => way(i));
  if (at < 0 || tokens.some((t, i) => t === 'on' && !way(i))) return null;
  return { code: 'AMBIGUOUS', message: `"${tokens.slice(at, at + 4).join(' ')}": on, or off as you go? Say it with its verb, for example "turn off the kitchen lights".` };
}

/** Said just before a number that is a reading or a setting, not the size of a step. */
const NOT_A_SIZE = table({ at: true, to: true, is: true, "'s": true, read: true, reads: true, say: true, says: true, showing: true, reading: true, only: true, just: true, about: true, around: true, from: true, of: true, was: true, 'set': true });
/** "the thermostat's at 70, turn it down", "set the thermostat to 70 and then turn it down": a change of temperature with no
 *  size said, read as the generic step of ten because a number was said elsewhere (a reading, another setting) — by how many
 *  degrees is asked, as round 15 does when no number is said at all. */
function degreesFromElsewhere(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const big = actions.find((a) => a.service === 'temperature_step' && Math.abs(Number(a.data?.['step'] ?? 0)) >= 5);
  if (!big) return null;
  const step = Math.abs(Number(big.data?.['step']));
  // (A number said as a reading or a setting — "at 18", "to 20", "reads 18" — is no size of step.)
  const said = tokens.filter((t, i) => /^\d+(\.\d+)?$/.test(t) && !NOT_A_SIZE[tokens[i - 1] ?? '']).map(Number);
  if (said.some((n) => Math.abs(n - step) < 0.06 || Math.abs(n - (step * 9) / 5) < 0.2)) return null;
  return { code: 'AMBIGUOUS', message: `By how many degrees should it go ${Number(big.data?.['step']) > 0 ? 'up' : 'down'}? Say it like "down by 2 degrees", or the temperature to set.` };
}

export function doubt19c(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  return adviceAsked(tokens) ?? permissionAsked(tokens) ?? onTheWay(tokens, actions) ?? degreesFromElsewhere(tokens, actions);
}
