// Issue 14, round 14b: more classes of sentences that acted wrongly, found by probing with sentences of our own — "more
// dark" read as "more", a negative size of step with a direction, a one-off day said with a rhythm. Each is asked (when
// Hearth is not sure, it asks). Read on the sentence's tokens; each check is a class, never a sentence.
import type { NlError } from './errors';

/** Qualities whose "more" is not the way up of the device's level ("more dark" is dimmer, "more quiet" softer), or that
 *  are a temperature said of a room's lights ("less cold in the bedroom" dimmed its lamp). */
const OTHER_WAY = new Set(['dark', 'dim', 'dull', 'quiet', 'soft', 'silent', 'low', 'cold', 'cool', 'chilly', 'hot', 'warm', 'cozy', 'cosy', 'toasty', 'stuffy', 'muffled', 'gloomy', 'shady', 'closed', 'shut']);

/** "make the lights more dark", "the tv more quiet", "the living room less cold": "more"/"less" said with a quality whose
 *  way is not the level's way up — asked, never "more" read as up (nor "less" as down). ("more bright", "less loud" are
 *  read.) */
function moreOfOther(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ['more', 'less', 'lesser'].includes(t) && OTHER_WAY.has(tokens[i + 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]} ${tokens[k + 1]}": up or down, and what — the brightness, the volume, the temperature? Say it, for example "dim the lights by 20%".` };
}

/** Words that say which way a step goes. */
const WAY = new Set(['up', 'down', 'raise', 'lower', 'increase', 'decrease', 'reduce', 'bump', 'boost', 'drop', 'brighten', 'dim', 'warm', 'cool', 'higher', 'lower', 'more', 'less', 'by']);

/** Said before a length of time. */
const TIME_BEFORE = new Set(['in', 'for', 'after', 'within']);

/** "raise the thermostat -3 degrees", "volume up by -10": a negative number said with a way to step — which way is asked,
 *  never the sign taken over the word (nor the word over the sign). */
function negativeStep(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t) => /^-\d/.test(t));
  // ("in -5 minutes" set a delay that had passed: a negative length of time is asked too.)
  if (k < 0 || !tokens.some((t) => WAY.has(t) || TIME_BEFORE.has(t))) return null;
  return { code: 'AMBIGUOUS', message: `"${tokens[k]}": a number below zero — what did you mean? Say it without the minus, for example "down by ${tokens[k]!.slice(1)}" or "in ${tokens[k]!.slice(1)} minutes".` };
}

/** Words for one day only. */
const ONE_DAY = new Set(['tomorrow', 'tonight', 'today', 'tmrw', 'tmr', 'tomorow']);
/** Said before a one-off day when it is where the rhythm starts or ends: "from tomorrow", "starting today", "until tonight". */
const FROM = new Set(['from', 'starting', 'beginning', 'start', 'after', 'until', 'till', 'til', 'except', 'but', 'not', 'including', 'incl']);
/** A rhythm said: "every night", "each morning", "daily", "nightly". */
const RHYTHM = new Set(['every', 'each', 'daily', 'nightly', 'weekly', 'weekdays', 'weekends']);

/** "turn on the lights tomorrow morning every day", "lock the door every night at 10 tomorrow": a day that comes once said
 *  with a rhythm — a one-off or an automation? Asked, never the day dropped. ("every day from tomorrow" starts it then.) */
function onceAndEvery(tokens: readonly string[], recurring: boolean): NlError | null {
  if (!recurring || !tokens.some((t) => RHYTHM.has(t))) return null;
  const k = tokens.findIndex((t, i) => ONE_DAY.has(t) && !FROM.has(tokens[i - 1] ?? '') && !(tokens[i - 2] === 'from' || tokens[i - 2] === 'starting'));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}" and every time: once, or every time from then on? Say one, for example "every night at 10, starting ${tokens[k]}".` };
}

/** Device kinds said in the singular. */
const ONE_KIND = new Set(['light', 'lamp', 'bulb', 'curtain', 'blind', 'shade', 'door', 'lock', 'fan', 'switch', 'plug', 'outlet', 'window', 'speaker', 'thermostat', 'valve', 'cover', 'device', 'one']);

/** "turn on any light in the kitchen", "open any kitchen curtain": one device, any of them — which is asked, never all of
 *  them. ("any lights still on?", "any chance you could …" are no such choice.) */
function anyOne(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => t === 'any' && (ONE_KIND.has(tokens[i + 1] ?? '') || (ONE_KIND.has(tokens[i + 2] ?? '') && !['chance', 'way', 'idea', 'more', 'further', 'longer'].includes(tokens[i + 1] ?? ''))));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"any ${tokens[k + 1]}…": which one? Say it by name, or say "all the …" for every one.` };
}

/** Days and weeks said: a reading that acts must have taken them. */
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'weekends', 'weekday', 'weekdays', 'week', 'weeks', 'month', 'fortnight']);

/** "turn off the garage light next saturday at 10" (done today at 10), "… on the weekend" (done now): a day said that the
 *  reading did not take — asked, never the day dropped. */
function dayDropped(tokens: readonly string[], dated: boolean): NlError | null {
  if (dated) return null;
  // ("we're leaving for the weekend, so …", "off over the weekend": how long, or why — not when.)
  const w = tokens.find((t, i) => DAY_WORDS.has(t) && ![tokens[i - 1], tokens[i - 2]].some((x) => x === 'for' || x === 'over'));
  return w === undefined ? null : { code: 'AMBIGUOUS', message: `"${w}": I couldn't tell which day that is. Say it, for example "on Saturday at 10 am", or "now".` };
}

/** Words that say which way a level goes. */
const LEVEL_WAY = new Set(['up', 'down', 'dim', 'brighten', 'raise', 'lower', 'increase', 'decrease', 'reduce', 'bump', 'boost', 'drop', 'more', 'less', 'brighter', 'dimmer', 'louder', 'quieter', 'softer', 'higher', 'warmer', 'cooler',
  'cool', 'warm', 'heat', 'chill', 'nudge', 'knock', 'crank', 'tone', 'degree', 'degrees', 'percent', '%']);

/** "turn off the garage light by 10", "switch the lamp on by 7": "by" a number with a switch read as a step (the light went
 *  up) — by when, or by how much, is asked. */
function switchBy(tokens: readonly string[], services: readonly string[]): NlError | null {
  if (!services.some((x) => x.endsWith('_step')) || tokens.some((t) => LEVEL_WAY.has(t))) return null;
  const k = tokens.findIndex((t, i) => t === 'by' && /^\d/.test(tokens[i + 1] ?? ''));
  return k < 0 || !tokens.some((t) => t === 'on' || t === 'off') ? null
    : { code: 'AMBIGUOUS', message: `"by ${tokens[k + 1]}": by ${tokens[k + 1]} o'clock, or by ${tokens[k + 1]}%? Say it, for example "turn it off at ${tokens[k + 1]} pm".` };
}

/** "cancel the garage light", "abort the tv": a pending step taken back, or the device switched off? Asked, never switched
 *  off. ("cancel" a moving curtain stops it.) */
function cancelSwitch(tokens: readonly string[], services: readonly string[]): NlError | null {
  const k = tokens.findIndex((t) => t === 'cancel' || t === 'abort');
  return k < 0 || !services.includes('turn_off') ? null
    : { code: 'AMBIGUOUS', message: `"${tokens[k]}": switch it off now, or take back something set for later? Say "turn it off", or open the schedule to take it back.` };
}

/** "turn on the garage light, the living room lamp dimmer", "turn the kitchen lights on, the ceiling one brighter": a
 *  switch said, but every action of the reading is a step (the "on" was lost, and the step given to all) — asked. */
function switchLost(tokens: readonly string[], services: readonly string[]): NlError | null {
  if (services.length === 0 || !services.every((x) => x.endsWith('_step'))) return null;
  const k = tokens.findIndex((t, i) => (t === 'on' || t === 'off') && ((['turn', 'switch'].includes(tokens[i - 1] ?? '') && !['up', 'down'].includes(tokens[i + 1] ?? ''))
    || ([',', 'and', 'then', undefined].includes(tokens[i + 1]) && tokens.slice(0, i).some((x) => x === 'turn' || x === 'switch'))));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `I heard "${tokens[k]}" but only a change of level: which goes with which? Say each as its own step, for example "turn on the lamp and dim the fan".` };
}

/** "cut the kitchen ceiling in half", "reduce the volume in half": half of what it is now — never set to 50 % (which can
 *  raise it). ("in half an hour" is a time.) */
function inHalf(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => t === 'half' && (tokens[i - 1] === 'in' || tokens[i - 1] === 'by') && !['an', 'a', 'hour', 'hours', 'minute', 'minutes', 'way', 'past'].includes(tokens[i + 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k - 1]} half": half of what it is now, or 50%? Say the level, for example "to 30%".` };
}

/** Said after "on the" when it is a place: "… and on the first floor, …". */
const FLOOR_AFTER = new Set(['first', 'second', 'third', 'ground', 'top', 'upper', 'lower', 'floor', 'floors', 'upstairs', 'downstairs', 'main', 'basement']);

/** "turn off the tv and on the garage light", "turn on the tv and off the lamp": the other way said after the join, but only
 *  the first way read (the lamp got the tv's way) — asked. */
function otherWayAfterJoin(tokens: readonly string[], services: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => [',', 'and', 'then'].includes(tokens[i - 1] ?? '') && ['the', 'my', 'our'].includes(tokens[i + 1] ?? '') && !FLOOR_AFTER.has(tokens[i + 2] ?? '')
    && ((t === 'on' && !services.includes('turn_on') && services.includes('turn_off')) || (t === 'off' && !services.includes('turn_off') && services.includes('turn_on'))));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k - 1]} ${tokens[k]} ${tokens[k + 1]} …": which should be ${tokens[k]}? Say each as its own step, for example "turn off the tv and turn on the lamp".` };
}

/** Said just before a position that is where a cover goes: "to 30", "at 30", "until 30 %". */
const TO_POSITION = new Set(['to', 'at', 'until', 'till', 'til', 'into']);
/** Words for the share of the way: "a quarter", "three quarters", "30 %". */
const SHARE = /^(\d+(\.\d+)?|quarter|quarters|third|thirds|half)$/;

/** "close curtain left 30%", "close the main valve 25": closing by a share is read as the position itself — how far open
 *  is asked. ("close it to 30%", "close it by 20" from a known position, "… of the way" (round 3) are read.) */
function closeShare(tokens: readonly string[], services: readonly string[], said: () => readonly string[]): NlError | null {
  if (!services.includes('set_position') || said().includes('way')) return null;
  const v = tokens.findIndex((t) => ['close', 'shut', 'closed'].includes(t));
  if (v < 0) return null;
  const k = tokens.findIndex((t, i) => i > v && SHARE.test(t) && !tokens.slice(v, i).some((x) => TO_POSITION.has(x) || x === ',' || x === 'and' || x === 'then' || x === 'by') && !['way', 'of'].includes(tokens[['%', 'percent'].includes(tokens[i + 1] ?? '') ? i + 2 : i + 1] ?? '') && !['minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'seconds', 'pm', 'am'].includes(tokens[i + 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `Close it by "${tokens[k]}", or to ${tokens[k]}? Say the position, for example "close it to 30% open".` };
}

/** "turn the light on, wait, then off": a wait with no length — the next step was done at once. How long is asked. */
function waitHowLong(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => t === 'wait' && i > 0 && !['no', 'can', 'cant', "can't", 'to', 'please', 'and'].includes(tokens[i - 1]!) && [',', 'then', 'and'].includes(tokens[i + 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: '"wait": how long? Say it, for example "then wait 5 minutes, then turn it off".' };
}

/** Sounds said while looking for a word, and a bare "no" or "nope", that can mark a word taken back. */
const HESITATE = new Set(['er', 'erm', 'uh', 'uhm', 'um', 'umm', 'uhh', 'no', 'nope']);
/** Verbs that start a step: a hesitation just before one is no correction ("…, then um lock the door"). */
const STEP_VERBS = new Set(['turn', 'switch', 'set', 'put', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'raise', 'lower', 'make', 'start', 'stop', 'pause',
  'play', 'mute', 'unmute', 'run', 'activate', 'bring', 'change', 'adjust', 'increase', 'decrease', 'reduce', 'then', 'and', 'also', 'please', 'i', 'lets', "let's"]);

/** After a hesitation, words that go on with the sentence ("… um in like five minutes"), not a word said again. */
const NOT_A_WORD_BACK = new Set(['in', 'at', 'for', 'after', 'before', 'like', 'now', 'maybe', 'so', 'to', 'until', 'till', 'tonight', 'tomorrow', 'today', 'thanks', 'thank', 'if', 'when', 'by', 'with', 'on', 'off', 'up', 'down']);

/** "turn on the bedroom, er, living room lamp" (both switched on), "… the bedroom lamp no the living room lamp", "dim it to
 *  30 no 40" (set 30, then a step of −40), "not the bedroom lamp, the living room lamp on": a word taken back after the
 *  verb — which is meant is asked, never both. (A hesitation before the verb, or before the next step, is none.) */
function wordTakenBack(tokens: readonly string[]): NlError | null {
  if (tokens[0] === 'not' && ['the', 'my', 'that'].includes(tokens[1] ?? '')) return { code: 'AMBIGUOUS', message: '"not the …": which one should I change? Say just that one.' };
  const verb = tokens.findIndex((t) => STEP_VERBS.has(t) && !['then', 'and', 'also', 'please', 'i', 'lets', "let's"].includes(t));
  if (verb < 0) return null;
  const k = tokens.findIndex((t, i) => {
    if (i <= verb + 1 || !HESITATE.has(t) || ['and', 'then', 'also'].includes(tokens[i - 1]!)) return false;
    let j = i + 1;
    while (tokens[j] === ',') j++;
    const next = tokens[j];
    if (next === undefined || STEP_VERBS.has(next) || NOT_A_WORD_BACK.has(next) || (['no', 'nope'].includes(t) && next === 'wait')) return false;
    return ['no', 'nope'].includes(t) ? next === 'the' || /^\d/.test(next) || tokens[i + 1] !== ',' : true;
  });
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}": did you take a word back? Say just what you want, for example "turn on the living room lamp".` };
}

/** The checks of round 14b, for a reading that acts: the question to ask, or null. `recurring`: the reading made an
 *  automation that repeats; `dated`: it took a day; `services`: what its actions do; `said`: the words as said. */
export function doubt14c(tokens: readonly string[], recurring: boolean, dated = recurring, services: readonly string[] = [], said: () => readonly string[] = () => tokens): NlError | null {
  return moreOfOther(tokens) ?? negativeStep(tokens) ?? onceAndEvery(tokens, recurring) ?? anyOne(tokens) ?? dayDropped(tokens, dated) ?? switchBy(tokens, services) ?? cancelSwitch(tokens, services) ?? switchLost(tokens, services) ?? inHalf(tokens) ?? otherWayAfterJoin(tokens, services) ?? closeShare(tokens, services, said) ?? waitHowLong(said()) ?? wordTakenBack(said());
}
