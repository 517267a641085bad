// Issue 14, round 15: sentence-wide checks on a reading that acts (run by `guardSaid`, guard.ts). Each asks where a word
// said is one the reading went against — a class, never a sentence.
import { TIME_UNITS } from './lexicon-words';
import type { NlError } from './errors';

/** Said before "off" when "off" is no switching off: "kick off the scene", "take it off mute", "knock 2 degrees off". */
const OFF_NOT_SWITCHING = new Set(['kick', 'kicks', 'fire', 'set', 'take', 'knock', 'knocks', 'start', 'show', 'send', 'head', 'go', 'drop', 'nod', 'doze', 'dozed', 'far', 'way', 'time', 'day', 'night', 'from',
  'is', 'are', 'was', 'were', 'be', 'been', 'still', 'already', 'currently', "'s"]);
const LEFT_AS_IS = new Set(['leave', 'leaving', 'keep', 'keeping', 'stay', 'stays', 'except', 'apart', 'bar', 'excluding']);
/** Services that make a light, fan, switch or player more on, or set its level — never what "off" asks for. */
const UP_SERVICES = new Set(['turn_on', 'set_brightness', 'brightness_step', 'set_fan_speed', 'fan_speed_step', 'set_color', 'set_color_temp']);
/** Services that switch something off, or end it some other way that "off" may mean. */
const OFF_SERVICES = new Set(['turn_off', 'close', 'stop', 'pause', 'mute', 'lock', 'return_to_base', 'set_hvac_mode', 'media_stop']);

/** "turn off the lamp max", "lights off in the kitchen and up in the bedroom": "off" said, but every action switches on or
 *  sets a level — which was meant is asked, never the "off" dropped. */
function offDropped(tokens: readonly string[], actions: readonly { entity?: string; service?: string }[]): NlError | null {
  const off = tokens.some((t, i) => (t === 'off' || (t === 'out' && ['lights', 'light', 'lamps'].includes(tokens[i - 1] ?? ''))) && !OFF_NOT_SWITCHING.has(tokens[i - 1] ?? '') && tokens[i + 1] !== 'mute'
    // ("… but leave the cabinets off": what is left as it is.)
    && !tokens.slice(0, i).some((w) => LEFT_AS_IS.has(w)));
  if (!off || actions.length === 0) return null;
  if (actions.some((a) => OFF_SERVICES.has(a.service ?? ''))) return null;
  if (!actions.every((a) => UP_SERVICES.has(a.service ?? '') && /^(light|fan|switch)\./.test(a.entity ?? ''))) return null;
  return { code: 'AMBIGUOUS', message: 'I heard "off", but only something to switch on or set. Which did you mean?', next: 'Say each device with its own end, for example "the lamp off and the fan on".' };
}

const SIZES = new Set(['bit', 'little', 'lot', 'touch', 'tad', 'slightly', 'notch', 'way', 'half', 'halfway', 'more', 'full', 'max', 'much']);

/** "bring the lights up on the second floor": brighter, or on? With no size said, a light brought up or down is asked — never a
 *  step of 10 % guessed (nor switched on). */
function broughtUnsized(tokens: readonly string[], actions: readonly { service?: string }[]): NlError | null {
  if (!tokens.some((t) => t === 'bring' || t === 'brought') || !tokens.some((t) => t === 'up' || t === 'down') || tokens.some((t) => /^\d/.test(t) || SIZES.has(t))) return null;
  if (actions.length === 0 || !actions.every((a) => a.service === 'brightness_step')) return null;
  return { code: 'AMBIGUOUS', message: 'Brighter, or on? Say how much, for example "up by 20%", or "turn them on".' };
}

const STEP_VERBS = new Set(['turn', 'switch', 'close', 'open', 'lock', 'unlock', 'dim', 'set', 'shut', 'stop', 'start', 'make', 'put', 'raise', 'lower', 'pull', 'flip', 'brighten', 'mute', 'pause', 'then']);

/** "close the right curtain, and the left one in ten minutes": the wait said of the last of a list — of it only (the first
 *  now), or of them all? Asked where the list sets the last apart (a comma, or "the left one"), never both delayed by
 *  guess. ("lock the front door and back door in ten minutes" is both.) */
function waitOfLast(tokens: readonly string[], actions: readonly { delay_s?: number }[]): NlError | null {
  if (actions.length < 2 || tokens.includes('now')) return null;
  const delays = new Set(actions.map((a) => a.delay_s ?? 0));
  if (delays.size !== 1 || [...delays][0] === 0) return null;
  const and = tokens.lastIndexOf('and');
  const comma = tokens.lastIndexOf(',');
  const join = Math.max(and, comma);
  if (join < 2) return null;
  const last = tokens.slice(join + 1);
  const wait = last.findIndex((t, k) => (t === 'in' || t === 'after') && last.slice(k + 1).some((w) => TIME_UNITS.has(w)));
  if (wait < 1 || last.some((t) => STEP_VERBS.has(t)) || tokens.slice(0, join).some((t) => t === 'in' || t === 'after') && tokens.slice(0, join).some((t) => TIME_UNITS.has(t))) return null;
  const apart = comma >= 0 && (comma === join || comma === join - 1) || last.slice(0, wait).includes('one');
  if (!apart) return null;
  return { code: 'AMBIGUOUS', message: `"${last.slice(wait).join(' ')}": for the last one only (the others now), or for all of them?`, next: 'Say "now" for what should happen now.' };
}

/** "the play corner lit up please", "can't the fan get fired up": "lit up" and "fired up" are switching on — where the reading
 *  made them a step up, asked (never a step of 10 %). */
function upAsStep(tokens: readonly string[], actions: readonly { service?: string }[]): NlError | null {
  if (!tokens.some((t, i) => (t === 'lit' || t === 'fired') && tokens[i + 1] === 'up')) return null;
  if (!actions.some((a) => ['brightness_step', 'set_fan_speed', 'fan_speed_step', 'volume_step', 'set_brightness'].includes(a.service ?? ''))) return null;
  return { code: 'AMBIGUOUS', message: 'On, or brighter? Say "turn it on", or how much, for example "up by 20%".' };
}

/** "open the left curtain and the right one halfway": the left one all the way, or both halfway? A verb with its own end,
 *  then a value said only after "the right one" — asked, never both set to it by guess. */
function valueOfLast(tokens: readonly string[], actions: readonly { service?: string; data?: Record<string, unknown> }[]): NlError | null {
  if (actions.length < 2 || !actions.every((a) => a.service === 'set_position')) return null;
  const and = tokens.lastIndexOf('and');
  if (and < 2 || !tokens.slice(0, and).some((t) => ['open', 'close', 'shut', 'raise', 'lower'].includes(t))) return null;
  if (tokens.slice(0, and).some((t) => /^\d/.test(t) || ['halfway', 'half', 'quarter', '%', 'percent'].includes(t))) return null;
  const last = tokens.slice(and + 1);
  const one = last.indexOf('one');
  if (one < 0 || !last.slice(one + 1).some((t) => /^\d/.test(t) || ['halfway', 'half', 'quarter', '%'].includes(t))) return null;
  return { code: 'AMBIGUOUS', message: 'Should the first one go all the way, or to the same place as the last?', next: 'Say each with its own end, for example "the left one fully and the right one halfway".' };
}

export function doubt15(tokens: readonly string[], actions: readonly { entity?: string; service?: string; delay_s?: number; data?: Record<string, unknown> }[], said: () => readonly string[] = () => tokens): NlError | null {
  return offDropped(tokens, actions) ?? broughtUnsized(said(), actions) ?? waitOfLast(tokens, actions) ?? upAsStep(said(), actions) ?? valueOfLast(tokens, actions);
}
