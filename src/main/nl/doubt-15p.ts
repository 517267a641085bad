// Issue 14, round 15b: more classes of wrong action found by probing with sentences of our own (no set's lines) — a second
// amount said after a second device and dropped, the speaker telling what they themselves will do, "not" said just before
// the verb. Each is asked (when Hearth is not sure, it asks). Read on the sentence's words; each check is a class, never a
// sentence.
import { TIME_UNITS } from './lexicon-words';
import { table } from './table';
import type { NlError } from './errors';
import { doubt15pb } from './doubt-15pb';
import { otherPartsNumber23b } from './ways-23b';

/** An action as the guard sees it. */
export interface SaidAction { entity?: string; service?: string; data?: Record<string, unknown>; delay_s?: number; schedule?: { kind?: string } }

/** Verbs that ask for something to be done to a device. */
const VERBS = new Set(['turn', 'switch', 'set', 'put', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'raise', 'lower', 'start', 'stop', 'pause',
  'play', 'resume', 'mute', 'unmute', 'toggle', 'flip', 'run', 'activate', 'deactivate', 'kill', 'cut', 'power', 'bring', 'change', 'make', 'adjust', 'increase',
  'decrease', 'reduce', 'bump', 'crank', 'knock', 'pull', 'push', 'drop', 'pop', 'enable', 'disable', 'send', 'dock', 'skip', 'warm', 'cool', 'heat', 'lift', 'roll',
  'draw', 'fire', 'kick', 'trigger', 'unlock', 'vacuum', 'clean', 'arm', 'disarm']);

/** Services that set how far or how much (a level, a position, a speed, a volume), whose value is the amount said. */
const LEVEL_SERVICES = new Set(['set_position', 'position_step', 'open', 'close', 'set_brightness', 'brightness_step', 'set_fan_speed', 'fan_speed_step', 'volume_set',
  'volume_step', 'set_temperature', 'temperature_step', 'turn_on', 'turn_off']);

/** Amounts said in words, with the amount each means (`full`: all the way; `some`: an unsized part). */
const AMOUNT_WORDS: readonly [readonly string[], string][] = [
  [['all', 'the', 'way'], 'full'], [['fully'], 'full'], [['completely'], 'full'], [['entirely'], 'full'], [['totally'], 'full'], [['wide'], 'full'],
  [['halfway'], '50'], [['half', 'way'], '50'], [['midway'], '50'], [['a', 'quarter'], '25'], [['three', 'quarters'], '75'], [['a', 'third'], '33'],
  [['partway'], 'some'], [['part', 'way'], 'some'], [['partly'], 'some'], [['partially'], 'some'], [['slightly'], 'some'], [['a', 'bit'], 'some'], [['a', 'little'], 'some'],
  [['a', 'touch'], 'some'], [['a', 'crack'], 'some'], [['a', 'tad'], 'some'], [['a', 'lot'], 'lot'],
];
/** Joins between the parts of a sentence. */
const PART_JOINS = new Set(['and', ',', 'then', ';', 'but', 'while']);
/** Units after a number that make it no amount of the level ("in 10 minutes", "at 7 pm"). */
const NOT_LEVEL_AFTER = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'second', 'seconds', 'sec', 'secs', 'pm', 'am', 'o\'clock', 'oclock', 'kelvin', 'k']);

/** The amounts said in one part of the sentence (numbers only after "to"/"at" or before "%", words anywhere). */
/** The first of AMOUNT_WORDS said at `i`. */
function amountAt(part: readonly string[], i: number): readonly [readonly string[], string] | undefined {
  for (const w of AMOUNT_WORDS) {
    const p = w[0];
    let j = 0;
    while (j < p.length && part[i + j] === p[j]) j++;
    if (j === p.length) return w;
  }
  return undefined;
}

function amountsOf(part: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < part.length; i++) {
    const w = amountAt(part, i);
    if (w) {
      // ("in a bit", "wait a little": a length of time, not how far.)
      if (!(w[1] === 'some' && ['in', 'for', 'wait', 'after'].includes(part[i - 1] ?? ''))) found.push(w[1]);
      i += w[0].length - 1;
      continue;
    }
    const t = part[i]!;
    if (/^\d+(\.\d+)?$/.test(t) && !NOT_LEVEL_AFTER.has(part[i + 1] ?? '') && (['%', 'percent'].includes(part[i + 1] ?? '') || ['to', 'at'].includes(part[i - 1] ?? ''))) found.push(String(Number(t)));
  }
  return found;
}

/** Every setting of one of `services` in the reading is the same (and there are two or more), yet two parts of what was
 *  said (split at `joins`) each say an amount, and not the same one: one amount was used for both. */
export function oneSettingForTwoAmounts(
  said: readonly string[],
  actions: readonly SaidAction[],
  how: { services: ReadonlySet<string>; joins: ReadonlySet<string>; amountsOf: (part: string[]) => string[] },
): boolean {
  const levels = actions.filter((a) => how.services.has(a.service ?? ''));
  if (levels.length < 2) return false;
  const settings = new Set(levels.map((a) => `${a.service} ${JSON.stringify(a.data ?? {})} ${a.delay_s ?? 0}`));
  if (settings.size > 1) return false;
  const parts: string[][] = [[]];
  for (const t of said) {
    if (how.joins.has(t)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  const each = parts.map(how.amountsOf).filter((a) => a.length > 0);
  return each.length >= 2 && new Set(each.flat()).size >= 2;
}

/** "close the left curtain halfway and the right one fully" (both set to 50), "open the left curtain all the way and the right
 *  one a quarter" (both 25), "lower the left curtain slightly and the right one all the way" (both closed): two parts each say
 *  how far, and differently, but every setting of the reading is the same — one amount was dropped. Asked, never one amount
 *  for both. */
function amountDropped(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!oneSettingForTwoAmounts(said, actions, { services: LEVEL_SERVICES, joins: PART_JOINS, amountsOf })) return null;
  return { code: 'AMBIGUOUS', message: 'I heard two amounts but could only use one for both. Say each with its own device, for example "close the left curtain to 50% and the right one all the way".' };
}

/** Said by the speaker of themselves: "I'm going to …", "I was about to …", "I can …", "maybe I should …". */
const SELF_MODALS = new Set(['am', 'was', 'were', 'will', 'can', 'could', 'might', 'may', 'should', 'shall', 'must', 'gonna']);
/** Between the modal and the verb: "going to", "about to", "planning to", "just", "probably". */
const SELF_BETWEEN = new Set(['going', 'gonna', 'about', 'planning', 'trying', 'to', 'just', 'probably', 'also', 'maybe', 'definitely', 'still', 'have', 'be', 'able']);
/** Said first that do not change who speaks of whom: "so", "ok", "maybe", "well". */
const SELF_LEAD = new Set(['so', 'ok', 'okay', 'well', 'maybe', 'hmm', 'um', 'oh', 'actually', 'perhaps', 'think', 'guess']);

/** "I'm going to turn off the tv", "I was about to close the curtains", "I can turn off the tv", "maybe I should turn off the
 *  tv": the speaker telling what they themselves do, will do or might do — is Hearth to do it? Asked, never done. ("I'm going
 *  to bed, turn off …", "I'd like to …", "I want …" are read.) */
function selfIntent(tokens: readonly string[]): NlError | null {
  let i = 0;
  while (SELF_LEAD.has(tokens[i] ?? '') || (tokens[i] === 'i' && ['think', 'guess'].includes(tokens[i + 1] ?? ''))) i += tokens[i] === 'i' ? 2 : 1;
  if (!['i', 'we'].includes(tokens[i] ?? '') || !SELF_MODALS.has(tokens[i + 1] ?? '')) return null;
  let j = i + 2;
  while (j < i + 7 && SELF_BETWEEN.has(tokens[j] ?? '')) j++;
  const verb = tokens[j] ?? '';
  if (!VERBS.has(verb) || (verb === 'turn' && tokens[j + 1] === 'in')) return null;
  return { code: 'AMBIGUOUS', message: `"${tokens.slice(i, j + 1).join(' ')} …": should I do it now? Say it as a request, for example "${tokens.slice(j).join(' ')}".` };
}

/** The services a verb said after "not" ends in ("not turn off" → turn_off). */
function servicesOf(tokens: readonly string[], k: number): readonly string[] {
  const v = tokens[k]!;
  const particle = tokens.slice(k + 1, k + 6).find((t) => t === 'on' || t === 'off');
  if (['turn', 'switch', 'flip', 'power'].includes(v)) return particle === 'off' ? ['turn_off'] : particle === 'on' ? ['turn_on'] : [];
  return table<readonly string[]>({ open: ['open', 'set_position'], close: ['close', 'set_position'], shut: ['close', 'turn_off'], lock: ['lock'], unlock: ['unlock'], stop: ['stop', 'turn_off', 'media_pause'],
    dim: ['brightness_step', 'set_brightness'], brighten: ['brightness_step', 'set_brightness'], mute: ['volume_mute'], play: ['media_play'] })[v] ?? [];
}

/** "I'd like you to not open the curtains", "remember not to lock the back door": "not"/"never" said just before the verb —
 *  asked, never the thing done. ("why not open the curtain" asks for it; "don't close it all the way, stop" does the part
 *  said after, when nothing of the reading is what was said not to be done.) */
function notBeforeVerb(tokens: readonly string[], services: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ['not', 'never'].includes(t) && VERBS.has(tokens[i + 1] ?? '') && tokens[i - 1] !== 'why' && !(tokens[i + 1] === 'turn' && tokens[i + 2] === 'in'));
  if (k < 0) return null;
  const denied = servicesOf(tokens, k + 1);
  const later = tokens.some((t, i) => i > k + 2 && VERBS.has(t) && PART_JOINS.has(tokens[i - 1] ?? ''));
  if (later && denied.length > 0 && !services.some((x) => denied.includes(x))) return null;
  return { code: 'AMBIGUOUS', message: `"${tokens.slice(k, k + 3).join(' ')} …": should I do it, or leave it? Say what to do, for example "leave the curtains closed".` };
}

/** "turn it up", "bump them", "a bit more" after a thermostat: a change of temperature with no number said, read as the
 *  generic step of ten (10 °F, or 10 °C in a °C home) — by how many degrees is asked, never ten. (Named, "turn the thermostat
 *  up" is one degree, and "a notch" is asked.) */
function degreesUnsaid(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const big = actions.find((a) => a.service === 'temperature_step' && Math.abs(Number(a.data?.['step'] ?? 0)) >= 5);
  if (!big || tokens.some((t) => /\d/.test(t))) return null;
  return { code: 'AMBIGUOUS', message: `By how many degrees should it go ${Number(big.data?.['step']) > 0 ? 'up' : 'down'}? Say it like "up by 2 degrees", or the temperature to set.` };
}

/** Words that say the track before, and the track after. */
const BACK_WORDS = new Set(['back', 'backward', 'backwards', 'previous', 'rewind', 'earlier', 'before']);
const AHEAD_WORDS = new Set(['ahead', 'forward', 'forwards', 'next', 'onward', 'onwards']);

/** "skip back" (the next track was played), "go ahead to the previous song": a way to move through the tracks said that the
 *  reading went against — which track is asked, never the other one played. */
function trackWay(tokens: readonly string[], services: readonly string[]): NlError | null {
  const back = tokens.find((t) => BACK_WORDS.has(t));
  const ahead = tokens.find((t) => AHEAD_WORDS.has(t));
  const wrong = (services.includes('media_next') && back) || (services.includes('media_previous') && ahead);
  return wrong ? { code: 'AMBIGUOUS', message: `"${wrong}": the next track or the one before? Say "next track" or "previous track".` } : null;
}

/** The services a state said ends in. */
const STATE_ENDS: Readonly<Record<string, readonly string[]>> = table({
  on: ['turn_on', 'set_brightness', 'set_color', 'set_color_temp', 'set_fan_speed'], off: ['turn_off'], open: ['open', 'set_position', 'unlock'], opened: ['open', 'set_position'],
  closed: ['close', 'set_position', 'lock'], shut: ['close', 'set_position', 'lock', 'turn_off'], locked: ['lock'], unlocked: ['unlock'],
});
/** After "on", words that make it say where or what ("on the first floor", "on mute", "on friday"), not a state. */
const ON_WHERE = new Set(['the', 'a', 'an', 'my', 'our', 'every', 'each', 'all', 'both', 'this', 'that', 'which', 'first', 'second', 'third', 'ground', 'top', 'upper', 'lower', 'floor', 'floors',
  'upstairs', 'downstairs', 'mute', 'pause', 'low', 'high', 'medium', 'full', 'max', 'channel', 'it', 'them', 'hold', 'repeat', 'shuffle', 'loop', 'standby', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'weekdays', 'weekends', 'weekend', 'time', 'schedule', 'its', 'their', 'level', 'side', 'left', 'right']);
/** Floors said without "the" ("lights on second floor"). */
const ORDINAL_FLOORS = new Set(['first', 'second', 'third', 'ground', 'top', 'upper', 'lower']);
/** Device words a state said of right after ("lights on second floor" is the lights switched on there). */
const KIND_BEFORE = /^(lights?|lamps?|fans?|switch(es)?|plugs?|tv|curtains?|blinds?|shades?|doors?|valves?)$/;
/** Words that make a part a request of its own, or say what is left as it is ("but leave the tv on"). */
const PART_VERBS = new Set([...VERBS, 'leave', 'keep', 'stay', 'stays', 'remain', 'remains', 'is', 'are', "'s", "'re", 'still', 'was', 'were', 'be', 'been', 'if', 'when', 'whenever', 'unless', 'until', 'till', 'not']);

/** "curtains open in the living room, closed in the bedroom" (the bedroom curtain was opened), "lights on second floor, lights
 *  off first floor" (every light switched off): a part with no verb of its own says how something should end, but nothing
 *  of the reading ends so — asked, never the other part's way used for it. */
function partStateLost(tokens: readonly string[], services: readonly string[]): NlError | null {
  if (services.length === 0) return null;
  const parts: { words: string[]; at: number }[] = [{ words: [], at: 0 }];
  tokens.forEach((t, i) => {
    if (PART_JOINS.has(t)) parts.push({ words: [], at: i + 1 });
    else parts[parts.length - 1]!.words.push(t);
  });
  if (parts.filter((p) => p.words.length > 0).length < 2) return null;
  for (const { words } of parts) {
    if (words.some((w, i) => PART_VERBS.has(w) && !(STATE_ENDS[w] && i > 0))) continue;
    const k = words.findIndex((w, i) => {
      if (!STATE_ENDS[w] || i === 0 && (w === 'on' || w === 'off')) return false;
      // ("put the thermostat on 69": a value; "the shades on floors one and two": where. "lights on second floor": a state.)
      if (w === 'on' && (/^\d/.test(words[i + 1] ?? '') || (ON_WHERE.has(words[i + 1] ?? '') && !(KIND_BEFORE.test(words[i - 1] ?? '') && ORDINAL_FLOORS.has(words[i + 1] ?? ''))))) return false;
      // ("close the curtains and shades on first floor": "on" is a state only where the reading switched the other way.)
      if ((w === 'on' && !services.includes('turn_off')) || (w === 'off' && !services.includes('turn_on'))) return false;
      return !services.some((x) => STATE_ENDS[w]!.includes(x));
    });
    if (k >= 0) return { code: 'AMBIGUOUS', message: `"${words.slice(Math.max(0, k - 2), k + 1).join(' ')}": I couldn't tell what should be ${words[k]}. Say each as its own step with its verb, for example "turn off the kitchen lights and turn on the bedroom lights".` };
  }
  return null;
}

/** "turn off the garage light at ten past" (done at 10:00), "at twenty past" (at 20:00): minutes past an hour not said — which
 *  hour is asked, never the minutes read as the hour. */
function minutesPastNoHour(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => /^\d+$/.test(t) && ['past', 'after'].includes(tokens[i + 1] ?? '') && ['at', 'by', 'around', 'about', 'til', 'till', 'until'].includes(tokens[i - 1] ?? '')
    && !/^\d/.test(tokens[i + 2] ?? '') && !['noon', 'midnight', 'midday', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].includes(tokens[i + 2] ?? ''));
  return k < 0 ? null : { code: 'NOT_UNDERSTOOD', message: `"${tokens[k]} ${tokens[k + 1]}" what? Say the whole time, for example "at ${tokens[k]} past 7".` };
}

/** A thermostat's modes. */
const MODES = new Set(['heat', 'heating', 'cool', 'cooling', 'auto', 'automatic', 'eco', 'dry', 'heat_cool']);

/** "set the thermostat to cool at 72", "put the office thermostat on heat at 68": a mode said with a setpoint, but only the
 *  setpoint read (the mode was left as it was) — asked, never half done. ("heat the office to 70", "turn the heat up" are read.) */
function modeDropped(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => (a.entity ?? '').startsWith('climate.'))) return null;
  const k = tokens.findIndex((t, i) => MODES.has(t) && (['to', 'on', 'in', 'into'].includes(tokens[i - 1] ?? '') || tokens[i + 1] === 'mode'));
  return k < 0 ? null : { code: 'UNSUPPORTED', message: `"${tokens[k]}": I can't change a thermostat's mode from a sentence yet, only its temperature. Change the mode on the thermostat's page, or say just the temperature.` };
}

/** Said after a number that make it no exact value: "thirty-something", "forty odd", "twenty plus". */
const VAGUE_AFTER = new Set(['something', 'odd', 'plus', 'ish']);
/** Sounds like a unit digit, said after a tens word: "seventy-too", "sixty-ate", "forty-fore". */
const DIGIT_SOUNDS = new Set(['too', 'tree', 'fore', 'ate', 'won', 'sics', 'sicks']);

/** "set the play corner to thirty-something" (set 30), "the thermostat to seventy-too" (set 70): a number said with a word that
 *  makes it vague, or a tens word followed by what sounds like its unit digit — which number is asked, never the tens alone.
 *  ("thirty or forty" is asked as two values already.) */
function vagueNumber(said: readonly string[]): NlError | null {
  const tens = /^(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)$/;
  const k = said.findIndex((t, i) => (/^\d|^(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)$/.test(t) && VAGUE_AFTER.has(said[i + 1] ?? ''))
    || (tens.test(t) && DIGIT_SOUNDS.has(said[i + 1] ?? '')));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${said[k]} ${said[k + 1]}": which number exactly? Say it in digits, for example "to 72".` };
}

/** Words that say a room by where it is from the speaker's: "the next room", "the other rooms", "the room next door". */
const ROOM_BY_PLACE = new Set(['other', 'next', 'adjacent', 'neighbouring', 'neighboring', 'nearby', 'rest', 'remaining', 'opposite']);

/** "turn on the lights in the next room" (the speaker's own room, or every room), "the lights in all the other rooms" (every
 *  room, the speaker's too): a room said by where it is from the speaker — which is asked, never here nor everywhere. */
function roomFromHere(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => ROOM_BY_PLACE.has(t) && (['room', 'rooms', 'floor', 'floors', 'areas'].includes(tokens[i + 1] ?? '') || (['of'].includes(tokens[i + 1] ?? '') && ['the', 'this'].includes(tokens[i + 2] ?? '') && ['house', 'home', 'flat', 'apartment', 'place'].includes(tokens[i + 3] ?? ''))));
  const door = tokens.findIndex((t, i) => ['room', 'rooms'].includes(t) && tokens[i + 1] === 'next' && tokens[i + 2] === 'door');
  const at = k >= 0 ? k : door;
  return at < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(at, at + 2).join(' ')}": which room? Say it by name, or say "all the lights except the ones in the kitchen".` };
}

/** Units a length of time is said in. */

/** "turn on the fan and 5 minutes later the garage light", "open the left curtain and in 10 minutes the right one": a wait said
 *  after the join, before the second device, but the first part waited too (every action at the same moment) — asked, never
 *  the first part put off. ("in 10 minutes, turn on A and B" waits for both; "… and 5 minutes later turn on B" is read.) */
function laterAfterJoin(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const delays = new Set(actions.map((a) => a.delay_s ?? 0));
  if (actions.length < 2 || delays.size !== 1 || [...delays][0] === 0) return null;
  const k = said.findIndex((t, i) => {
    // ("in an hour and 10 minutes": one length of time.)
    if (!['and', ',', 'then'].includes(t) || i < 2 || TIME_UNITS.has(said[i - 1]!)) return false;
    let j = i + 1;
    while ([',', 'then', 'and'].includes(said[j] ?? '')) j++;
    if (['in', 'after', 'within'].includes(said[j] ?? '')) j++;
    if (!/^\d|^(a|an|half|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)$/.test(said[j] ?? '')) return false;
    const unit = said.slice(j + 1, j + 4).findIndex((x) => TIME_UNITS.has(x));
    return unit >= 0;
  });
  return k < 0 ? null : { code: 'AMBIGUOUS', message: 'Should the first part happen now, and only the second after the wait? Say each with its own time, for example "turn on the fan now, and the garage light in 5 minutes".' };
}

/** "every other day at 7 pm open the curtains" (done once), "every 3 days …" (set the curtains to 3 %): a rhythm of days or
 *  weeks Hearth did not read — asked, never done once (nor the count taken as a level). */
function rhythmLost(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.some((a) => ['weekly', 'interval'].includes(a.schedule?.kind ?? ''))) return null;
  const k = tokens.findIndex((t, i) => t === 'every' && (['other', 'second', 'third', 'alternate', 'few', 'couple'].includes(tokens[i + 1] ?? '') || /^\d/.test(tokens[i + 1] ?? ''))
    && /^(days?|nights?|weeks?|months?|mornings?|evenings?|weekends?|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[i + 2] ?? ''));
  return k < 0 ? null : { code: 'UNSUPPORTED', message: `"${tokens.slice(k, k + 3).join(' ')}": I can't repeat on that rhythm yet. Say days of the week ("every Monday and Thursday at 7 pm"), or make it under Automations.` };
}

/** Device nouns, singular and plural, and the domain of the devices each says. */
const NOUN_DOMAIN: Readonly<Record<string, [string, boolean]>> = table({
  light: ['light', false], lights: ['light', true], lamp: ['light', false], lamps: ['light', true], bulb: ['light', false], bulbs: ['light', true],
  curtain: ['cover', false], curtains: ['cover', true], blind: ['cover', false], blinds: ['cover', true], shade: ['cover', false], shades: ['cover', true],
  door: ['lock', false], doors: ['lock', true], lock: ['lock', false], locks: ['lock', true], thermostat: ['climate', false], thermostats: ['climate', true],
  fan: ['fan', false], fans: ['fan', true],
});

/** "turn on both lamps and both curtains" (three curtains opened), "open the shade and both curtains", "turn on a light in the
 *  kitchen" (all three switched on): "both" said in a list, or "a" one device, but the reading acted on more of that kind
 *  than were said — which ones is asked, never all of them. ("both the lamp and the fan" is a list; "the light in the kitchen"
 *  is all of them.) */
function moreThanSaid(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  for (let trigger = 0; trigger < tokens.length; trigger++) {
    // (What sets it off: "both" before a plural kind, "both the lamp and …", "a light".)
    const t = tokens[trigger]!;
    const at = tokens[trigger + 1] === 'the' ? trigger + 2 : trigger + 1;
    const kind = NOUN_DOMAIN[tokens[at] ?? ''];
    if (!kind || !(t === 'both' ? kind[1] || tokens[at + 1] === 'and' : ['a', 'an', 'one'].includes(t) && at === trigger + 1 && !kind[1])) continue;
    const [domain, plural] = kind;
    let expected = t === 'both' && plural ? 2 : 1;
    tokens.forEach((w, i) => {
      const other = NOUN_DOMAIN[w];
      if (i === at || !other || other[0] !== domain) return;
      const before = tokens[i - 1] === 'the' ? tokens[i - 2] : tokens[i - 1];
      expected += before === 'both' && other[1] ? 2 : other[1] || ['all', 'every', 'each', 'any'].includes(tokens[i - 1] ?? '') ? Infinity : 1;
    });
    const acted = new Set(actions.filter((x) => (x.entity ?? '').startsWith(`${domain}.`)).map((x) => x.entity)).size;
    if (acted > expected) return { code: 'AMBIGUOUS', message: `"${tokens.slice(trigger, at + 1).join(' ')}": that would change ${acted} devices. Which ones? Say them by name, for example "the left and right curtains".` };
  }
  return null;
}

/** How a device is said to be, and the services that would make it so. */
const STATED: Readonly<Record<string, readonly string[]>> = table({
  on: ['turn_on'], off: ['turn_off'], open: ['open'], opened: ['open'], closed: ['close'], shut: ['close'], locked: ['lock'], unlocked: ['unlock'], playing: ['media_play'],
  paused: ['media_pause'], muted: ['mute'], running: ['turn_on', 'start'],
});
/** Forms of "be" that tell how a device is, and words said between it and the state ("is still on"). */
const IS = new Set(['is', 'are', "'s", "'re", 'was', 'were']);
const IS_BETWEEN = new Set(['still', 'again', 'already', 'now', 'all', 'just', 'left', 'stuck', 'always', 'finally', 'both']);
/** Who a statement about a person is about. */
const PERSONS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'kids', 'who']);
/** Words before "… is on" that make it a wish, a check or a condition, not what the speaker tells. */
const NOT_STATED = new Set(['sure', 'certain', 'if', 'when', 'whenever', 'once', 'until', 'till', 'unless', 'whether', 'ensure', 'check', 'see', 'want', 'need', 'like', 'love',
  'keep', 'leave', 'hope', 'wish', 'rather', 'prefer', 'what', 'which', 'whatever', 'whichever', 'who', 'where', 'how', 'why']);

/** "the tv is on, dim the play corner" (the tv was switched on), "the front door is unlocked, lock the back door too" (the front
 *  door was unlocked), "now that the fan is off, close the curtains", "with the tv on, dim …": how a device is, said before a
 *  request about something else, was done as a request of its own — asked, never done. ("the lights are off, turn them on"
 *  and "the front door is unlocked, lock it" are read.) */
function statedThenDone(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.some((a) => a.schedule?.kind === 'state')) return null;
  const services = actions.map((a) => a.service ?? '');
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    let told = false;
    // ("we're off on holiday, so …": a person said to be somewhere, not a device.)
    if (IS.has(tokens[k]!) && k > 0 && !PERSONS.has(tokens[k - 1]!)) {
      while (IS_BETWEEN.has(tokens[j] ?? '')) j++;
      told = STATED[tokens[j] ?? ''] !== undefined;
    } else if (tokens[k] === 'with' && ['the', 'my', 'our', 'all'].includes(tokens[k + 1] ?? '')) {
      j = tokens.findIndex((t, i) => i > k + 1 && (t === ',' || STATED[t] !== undefined));
      told = j > 0 && STATED[tokens[j]!] !== undefined && [',', 'so', 'then', 'and'].includes(tokens[j + 1] ?? '');
    }
    if (!told || tokens.slice(0, k).some((t) => NOT_STATED.has(t))) continue;
    const state = STATED[tokens[j]!]!;
    const verb = tokens.findIndex((t, i) => i > j && VERBS.has(t) && [',', 'so', 'and', 'then', 'please', 'now', 'just', 'can', 'you', 'could'].includes(tokens[i - 1] ?? ''));
    if (verb < 0 || !services.some((x) => state.includes(x)) || servicesOf(tokens, verb).some((x) => state.includes(x))) continue;
    return { code: 'AMBIGUOUS', message: `"${tokens.slice(Math.max(0, k - 2), j + 1).join(' ')}": is that how it is now, or should I make it so? Say just what to do, for example "dim the play corner".` };
  }
  return null;
}

/** Words that start a case to think about, not a request: "let's say …", "suppose …", "imagine …". */
const SUPPOSE = new Set(['suppose', 'supposing', 'assume', 'assuming', 'imagine', 'pretend', 'hypothetically', 'theoretically']);

/** "let's say the fan is on" (switched it on), "let's say we turn on the fan", "suppose the curtains are closed": a case put
 *  to think about — asked, never done. */
function supposed(tokens: readonly string[]): NlError | null {
  const k = tokens.findIndex((t, i) => SUPPOSE.has(t) || (t === 'say' && ((tokens[i - 1] === 'us' && tokens[i - 2] === 'let') || tokens[i - 1] === 'lets')));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]} …": is that a case to think about, or should I do it? Say just what to do, for example "turn on the fan".` };
}

/** Words that say several devices ("them", "both", "all", "the lights"). */
const SEVERAL = /^(them|they|those|these|both|all|every|everything|each|lights|lamps|curtains|blinds|shades|doors|locks|fans|switches|plugs|thermostats|ones|devices)$/;

/** "turn it off in the kitchen" (the switch and three lights), "turn it up in the living room" (both lights brighter, with nothing
 *  said before): "it" said with a place, taken as everything there — which one is asked, never all of them. */
function itInPlace(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  // ("it's getting dark, …", "while you're at it": "it" as no device — only "it" just after the verb is one.)
  const k = tokens.findIndex((t, i) => t === 'it' && VERBS.has(tokens[i - 1] ?? ''));
  if (k < 0 || tokens.some((t) => SEVERAL.test(t))) return null;
  // (The place said in the same part, "turn it off in the kitchen" — never "… and turn on the garage light".)
  const end = tokens.findIndex((t, i) => i > k && ['and', ',', 'then'].includes(t));
  const part = tokens.slice(k + 1, end < 0 ? undefined : end);
  if (!part.some((t, i) => t.endsWith('stairs') || (['in', 'on'].includes(t) && ['the', 'my', 'our'].includes(part[i + 1] ?? '') && !VERBS.has(part[i - 1] ?? '')))) return null;
  const acted = new Set(actions.map((a) => a.entity)).size;
  return acted > 1 ? { code: 'AMBIGUOUS', message: `"it" is one device, but that would change ${acted} there. Which one? Say it by name, for example "turn off the kitchen ceiling".` } : null;
}

/** Ways that are each other's opposite: the words that say up, and the words that say down. */
const WAYS: readonly [readonly string[], readonly string[]][] = [
  [['brighter', 'lighter'], ['dimmer', 'darker']], [['warmer', 'hotter', 'higher', 'raise', 'increase'], ['cooler', 'colder', 'lower', 'decrease', 'reduce']],
  [['louder'], ['quieter', 'softer']], [['faster'], ['slower']], [['up'], ['down']], [['brighten', 'brighter', 'up'], ['dim', 'dimmer', 'darker', 'down']],
];
/** Verbs whose "up"/"down" is part of the verb, not a way: "lock up", "shut down", "open up", "calm down". */
const PARTICLE_VERBS = new Set(['lock', 'open', 'shut', 'set', 'wake', 'pick', 'hang', 'calm', 'sit', 'settle', 'wind', 'close', 'back', 'upside', 'top', 'stand', 'lie', 'lay', 'put', 'clean', 'tidy']);

/** Said before "dim" that make it how a device is, not a way to go (round 19c). */
const HOW_IT_IS = new Set(['too', 'bit', 'so', 'very', 'quite', 'really', 'rather', 'pretty', 'little', 'kinda']);
/** "make the play corner brighter and the garage light dimmer" (both brighter), "make the office warmer and the living room
 *  cooler" (both warmer), "bring the left curtain up and the right one down" (both opened): both of two opposite ways said,
 *  but every change of the reading goes the same way — asked, never one way for both. */
function oppositeWaysOneWay(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const signs = new Set<number>();
  // (Only where every change is of one kind and none is set outright: "turn the fan up and dim the lamp" set the fan's speed.)
  const kinds = new Set(actions.filter((a) => /_step$|^open$|^close$/.test(a.service ?? '')).map((a) => (a.service === 'close' ? 'open' : a.service)));
  if (kinds.size !== 1 || actions.some((a) => /^set_(brightness|position|fan_speed|volume|temperature)$/.test(a.service ?? ''))) return null;
  for (const a of actions) {
    const step = Number(a.data?.['step'] ?? NaN);
    if ((a.service ?? '').endsWith('_step') && Number.isFinite(step) && step !== 0) signs.add(Math.sign(step));
    else if (a.service === 'open') signs.add(1);
    else if (a.service === 'close') signs.add(-1);
  }
  if (signs.size !== 1) return null;
  // ("the play corner's too dim, brighten it", "… a bit dim, …": how it is — no way to go; round 19c.)
  const at = (words: readonly string[]): number => said.findIndex((t, i) => words.includes(t) && !PARTICLE_VERBS.has(said[i - 1] ?? '') && !(t === 'up' && said[i + 1] === 'to') && !(HOW_IT_IS.has(said[i - 1] ?? '') && ['dim', 'bright'].includes(t)));
  for (const [up, down] of WAYS) {
    const u = at(up);
    const d = at(down);
    if (u >= 0 && d >= 0) return { code: 'AMBIGUOUS', message: `I heard both "${said[u]}" and "${said[d]}" but could only go one way. Say each as its own step, for example "make the play corner brighter and dim the garage light".` };
  }
  return null;
}

/** "turn the fan up by one" (set 1 %), "fan speed up 2", "set the fan one level higher": a small count said for a fan's
 *  speed, read as percent — one speed (a notch) or that percent is asked. ("set the fan to 3" is asked already.) */
function fanCount(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const fan = actions.find((a) => (a.entity ?? '').startsWith('fan.') && ['set_fan_speed', 'fan_speed_step'].includes(a.service ?? ''));
  if (!fan || tokens.some((t) => t === '%' || t === 'percent')) return null;
  const k = tokens.findIndex((t, i) => /^[1-5]$/.test(t) && !TIME_UNITS.has(tokens[i + 1] ?? '') && !['at', 'in', 'for', 'after'].includes(tokens[i - 1] ?? '') && !otherPartsNumber23b(tokens, i));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}": ${tokens[k]} speed${tokens[k] === '1' ? '' : 's'} up, or ${tokens[k]} %? Say it in percent, for example "turn the fan up by 20%".` };
}

/** "at 7.30 open the curtains" (set them to 7 % now): a time said with a dot, read as a number — asked, never a level now. ("at
 *  22.00" read as a time is kept.) */
function dottedTime(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.some((a) => a.schedule || (a.delay_s ?? 0) > 0)) return null;
  const k = tokens.findIndex((t, i) => /^([01]?\d|2[0-3])\.[0-5]\d$/.test(t) && ['at', 'by', 'from', 'until', 'till', 'til', 'around', 'about'].includes(tokens[i - 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}": is that the time ${tokens[k]!.replace('.', ':')}? Say it with a colon, for example "at ${tokens[k]!.replace('.', ':')}".` };
}

/** "turn on the lamps, the bedroom one at 20" (both at 20:00), "turn on the garage light, the play corner at 30" (both at 30 %),
 *  "all lights off except the play corner at 30" (the rest set to 30): a value or time said in a later part with no verb of its
 *  own, after a comma or "but"/"except", given to the earlier part too — asked, never the one said of one device given to all. */
function valueOfLastPart(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length < 2) return null;
  const same = new Set(actions.map((a) => `${a.service} ${JSON.stringify(a.data ?? {})} ${a.delay_s ?? 0}`)).size === 1
    || (new Set(actions.map((a) => a.delay_s ?? 0)).size === 1 && (actions[0]!.delay_s ?? 0) > 0);
  if (!same) return null;
  const k = said.findIndex((t, i) => [',', 'but', 'except', 'apart'].includes(t) && i > 1 && (() => {
    const rest = said.slice(i + 1);
    const end = rest.findIndex((x) => [',', 'and', 'then', 'but'].includes(x));
    const part = end < 0 ? rest : rest.slice(0, end);
    // ("dim every light except the kitchen ones to 20%": the rest get the value — only "at" after an exclusion is asked.)
    const says = t === ',' ? ['at', 'to'] : ['at'];
    return !part.some((x) => VERBS.has(x)) && part.some((x, j) => says.includes(x) && /^\d/.test(part[j + 1] ?? '') && !TIME_UNITS.has(part[j + 2] ?? '') && !['pm', 'am'].includes(part[j + 2] ?? ''))
      && part.some((x) => ['one', 'ones', 'the', 'my'].includes(x));
  })());
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `The value said after "${said[k]}": for that device only, or for all of them? Say each with its own value, for example "turn on the garage light and set the play corner to 30%".` };
}

/** "all lights off except the play corner at 30" (the rest set to 30), "the lamps off, the bedroom one to 20": "off" said, but
 *  the reading only set levels on lights — asked, never "off" dropped. ("take 20% off the lamp" is a step.) */
function offLost(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const services = actions.map((a) => a.service ?? '');
  if (services.includes('turn_off') || !services.some((x) => ['set_brightness', 'brightness_step', 'set_color', 'set_color_temp'].includes(x))) return null;
  const k = said.findIndex((t, i) => t === 'off' && [undefined, ',', 'and', 'then', 'but', 'except', 'apart', 'in', 'at', 'now', 'please', 'everywhere', 'upstairs', 'downstairs'].includes(said[i + 1]));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `I heard "off" but only a change of level: which should be off? Say each as its own step, for example "turn off the lights and set the play corner to 30%".` };
}

/** The checks of round 15b, for a reading that acts: the question to ask, or null. `actions`: what the reading does; `said`:
 *  the words as said. */
export function doubt15p(tokens: readonly string[], actions: readonly SaidAction[], said: () => readonly string[] = () => tokens): NlError | null {
  const services = actions.map((a) => a.service ?? '');
  return selfIntent(tokens) ?? notBeforeVerb(tokens, services) ?? notBeforeVerb(said(), services) ?? amountDropped(said(), actions) ?? degreesUnsaid(tokens, actions)
    ?? trackWay(tokens, services) ?? partStateLost(tokens, services) ?? minutesPastNoHour(tokens) ?? modeDropped(tokens, actions) ?? vagueNumber(said())
    ?? roomFromHere(tokens) ?? laterAfterJoin(said(), actions) ?? rhythmLost(tokens, actions) ?? moreThanSaid(tokens, actions) ?? statedThenDone(tokens, actions)
    ?? supposed(tokens) ?? itInPlace(tokens, actions) ?? oppositeWaysOneWay(said(), actions) ?? fanCount(tokens, actions) ?? dottedTime(tokens, actions)
    ?? valueOfLastPart(said(), actions) ?? offLost(said(), actions) ?? doubt15pb(tokens, actions, said());
}
