// Round 23a: wrong actions found by probing with sentences of our own (no set's lines), each asked as a class:
//   1. "in ten minutes turn off the tv and right now lock the front door": a step said to happen now, while a wait said
//      first (or a clock time) was put on every step — the "now" step was delayed. Now or after the wait is asked.
//   2. "set the bedroom lamp bright and the living room lamp dim", "dim the bedroom lamp to half and the living room lamp
//      all the way": two parts each say how far in a word ("to half", "to full", "to max", "dim", "bright"), but every
//      setting of the reading is the same — one was dropped and the other copied. Asked.
//   3. "dim the kitchen lights all the way down": "all the way" read as a step of 30 on a light — the lowest, or off?
//      Asked, never a step.
//   4. "make it 2 degrees warmer in the office and 1 cooler in the living room": two settings of one kind for one device at
//      the same moment (the second place was lost, so the office got both) — a device is never set two ways at once. Asked
//      (since round 25e by actions.ts's conflictingActions, the one check of it).
//   5. "turn it on and the living room lamp too", "open it halfway and the other one fully" (after one device): "it"
//      with a second device listed after it in one step — only "it" was acted on, the second dropped. Asked.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { oneSettingForTwoAmounts } from './doubt-15p';
import type { Frame } from './frame';
import type { NlEntity } from './home';
import type { Item } from './tag';

/** Words that say a step happens at once. */
const AT_ONCE: readonly (readonly string[])[] = [['right', 'now'], ['now'], ['immediately'], ['right', 'away'], ['straight', 'away'], ['at', 'once'], ['this', 'instant'], ['straightaway']];
/** Words after "immediately" / "straight" that make it "just after the step before", not now. */
const AFTER_WORDS = new Set(['after', 'afterwards', 'afterward', 'then', 'later', 'following']);

/** 1. Every step waits, but one part says "now". */
function nowButWaited(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0 || !actions.every((a) => (a.delay_s ?? 0) > 0)) return null;
  for (let i = 1; i < said.length; i++) {
    const w = AT_ONCE.find((p) => p.every((x, j) => said[i + j] === x));
    if (!w) continue;
    // ("two hours from now", "from now on", "until now", "by now": a moment measured from now, not "do it now".)
    if (['from', 'until', 'till', 'by', 'than'].includes(said[i - 1] ?? '')) continue;
    if (AFTER_WORDS.has(said[i + w.length] ?? '')) continue;
    return {
      code: 'AMBIGUOUS',
      message: `"${w.join(' ')}": should that part happen now, and only the rest after the wait? I heard both.`,
      next: 'Say each step with its own time, for example "lock the front door now, and turn off the tv in 10 minutes".',
    };
  }
  return null;
}

/** How far, said in words, with what each means. */
const LEVEL_WORDS: readonly [readonly string[], string][] = [
  [['to', 'full'], 'full'], [['on', 'full'], 'full'], [['at', 'full'], 'full'], [['to', 'max'], 'full'], [['to', 'maximum'], 'full'], [['to', 'the', 'max'], 'full'],
  [['to', 'the', 'maximum'], 'full'], [['to', 'the', 'highest'], 'full'], [['to', 'highest'], 'full'], [['all', 'the', 'way', 'up'], 'full'],
  [['to', 'min'], 'min'], [['to', 'minimum'], 'min'], [['to', 'the', 'minimum'], 'min'], [['to', 'the', 'lowest'], 'min'], [['to', 'lowest'], 'min'],
  [['all', 'the', 'way', 'down'], 'min'], [['all', 'the', 'way'], 'all'], [['fully'], 'full'], [['completely'], 'full'],
  [['to', 'half'], '50'], [['at', 'half'], '50'], [['halfway'], '50'], [['to', 'a', 'quarter'], '25'],
];
/** A word for how bright or loud, said last in its part after the device ("… and the lamp dim"). */
const STATE_LAST = new Map([['dim', 'low'], ['low', 'low'], ['bright', 'high'], ['high', 'high'], ['dark', 'low'], ['soft', 'low'], ['loud', 'high'], ['quiet', 'low']]);
const PART_JOINS = new Set(['and', ',', 'then', 'but', 'while', 'plus']);
const SET_LEVEL = new Set(['set_brightness', 'brightness_step', 'set_volume', 'volume_step', 'set_fan_speed', 'set_position', 'open', 'close']);

function levelWordsOf(part: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < part.length; i++) {
    const w = LEVEL_WORDS.find(([p]) => p.every((x, j) => part[i + j] === x));
    if (w) {
      found.push(w[1]);
      i += w[0].length - 1;
      continue;
    }
    const t = part[i]!;
    if (/^\d+(\.\d+)?$/.test(t) && (['%', 'percent'].includes(part[i + 1] ?? '') || ['to', 'at'].includes(part[i - 1] ?? ''))) found.push(String(Number(t)));
  }
  const last = part[part.length - 1];
  if (part.length > 1 && last && STATE_LAST.has(last) && part[0] !== last) found.push(STATE_LAST.get(last)!);
  return found;
}

/** 2. Two parts say how far differently, but every level setting is the same. */
function levelWordDropped(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!oneSettingForTwoAmounts(said, actions, { services: SET_LEVEL, joins: PART_JOINS, amountsOf: levelWordsOf })) return null;
  return { code: 'AMBIGUOUS', message: 'I heard two different amounts but could only use one for both. Say each with its own device, for example "the bedroom lamp to 80% and the living room lamp to 20%".' };
}

/** 3. "all the way" on a light read as a step. */
function allTheWayStep(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => a.service === 'brightness_step')) return null;
  const k = tokens.findIndex((t, i) => t === 'all' && tokens[i + 1] === 'the' && tokens[i + 2] === 'way');
  if (k < 0) return null;
  return { code: 'AMBIGUOUS', message: 'All the way: to the lowest brightness, or off? Say it, for example "dim it to 1%" or "turn it off".' };
}

/** The whole sentence's checks of round 23a, for a reading that acts: the question to ask, or null. */
export function doubt23a(tokens: readonly string[], actions: readonly SaidAction[], said: () => readonly string[]): NlError | null {
  return nowButWaited(said(), actions) ?? levelWordDropped(said(), actions) ?? allTheWayStep(tokens, actions);
}

const PRONOUNS = new Set(['it', 'them']);
const JOINS = new Set(['and', ',', 'plus']);
const ONE_WORDS = new Set(['one', 'ones', 'other', 'others']);

/** 5. A step on "it" that lists a second device after it ("turn it on and the lamp too"), but acts on what "it" was only. */
export function pronounListed23a(frame: Frame, rest: readonly Item[], entities: readonly NlEntity[], previous: readonly NlEntity[] | null): NlError | null {
  if (!frame.target.pronoun || frame.query || !previous || previous.length === 0) return null;
  const k = rest.findIndex((x) => PRONOUNS.has(x.text));
  if (k < 0) return null;
  const j = rest.findIndex((x, i) => i > k && JOINS.has(x.text));
  if (j < 0) return null;
  const named = rest.slice(j + 1).some((x) => ['entity', 'noun', 'area', 'floor'].includes(x.kind) || ONE_WORDS.has(x.text));
  if (!named) return null;
  const before = new Set(previous.map((e) => e.id));
  if (entities.some((e) => !before.has(e.id))) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Which is "it", and what should the other one do? Say each by name, for example "open the left curtain halfway and the right one all the way".`,
  };
}
