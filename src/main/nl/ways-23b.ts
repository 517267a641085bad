// Round 23b (dev15–dev18 misses, read as classes of saying).
// - A cover's way said with no amount is all the way: "raise it back up" (after the shade), "upstairs shade up please",
//   "could you pop the guest room shade up", "up with every cover upstairs and on floor 2", "the living room curtains down"
//   → open / close. They were read as a step of 10 % ("a bit"), asked where the position is unknown. Only when every
//   device is a cover and no size is said anywhere ("a bit", "a notch", "nudge", "a little higher", a number): a step said
//   so is still a step.
// - A small number said in another part of the sentence is not the fan's: "fan to 80 and the thermostat down 2" asked
//   "2 speeds up, or 2 %?" of the fan. The number's own part names another kind (thermostat, degrees, volume, …) and no fan.
// - "the main one", "the other one" beside a thermostat named by its place ("put the office on 62 and the main one on 73",
//   "office heating to 62 and the other one to 69") were looked for in the office only (the place of the step before):
//   a device told apart from the one before is never looked for only where that one is. "the regular thermostat", "the
//   normal one" are "the main" one (main-17k.ts).
import type { Frame } from './frame';
import type { NlEntity } from './home';
import type { Item } from './tag';
import { rawTokens } from './tokenize';

/** Words that give a step its size (or say it is a small one): with any, a cover's "up"/"down" stays a step. */
const SIZED = new Set(['bit', 'little', 'slightly', 'tad', 'touch', 'smidge', 'smidgen', 'fraction', 'notch', 'notches', 'nudge', 'inch',
  'bump', 'lot', 'few', 'some', 'more', 'further', 'halfway', 'half', 'way', 'quarter', 'third', 'step', 'steps',
  'partly', 'partially', 'part', 'somewhat', 'bitty', 'crack', 'percent', '%', 'by', 'gently', 'slowly', 'less', 'mid', 'midway']);
/** Verbs of a small move, read as "turn" by the tokenizer. */
const SMALL_VERBS = new Set(['nudge', 'nudging', 'nudged', 'bump', 'bumping', 'inch', 'tweak', 'edge', 'ease']);
const TARGET_START = new Set(['the', 'it', 'them', 'that', 'this', 'those', 'these', 'my', 'our', 'every', 'all', 'both', 'each', 'either']);
/** Words that say the way a cover goes. */
const WAYS = new Set(['up', 'down', 'raise', 'lower', 'lift']);

/** "raise it back up" said of a cover: open, all the way (mutates the frame); false when this is no such step. */
export function coverAllTheWay23b(frame: Frame, entities: readonly NlEntity[] | undefined, rest: readonly Item[], text: string): boolean {
  if (frame.op !== 'level_step' || typeof frame.value !== 'number' || Math.abs(frame.value) !== 10 || frame.query) return false;
  if (!entities || entities.length === 0 || entities.some((e) => e.domain !== 'cover')) return false;
  if (rest.some((x) => x.kind === 'num') || !rest.some((x) => WAYS.has(x.text))) return false;
  const said = rest.map((x) => x.text);
  // ("nudge the shade up" is read "turn the shade up": the verb as said is looked at too.)
  if (said.some((w) => SIZED.has(w)) || rawTokens(text).some((w) => SMALL_VERBS.has(w))) return false;
  // ("raise it higher", "the shade a little lower": more than now — a step; "lower the shade", "lower it" is the verb.)
  if (said.some((w, i) => (w === 'higher' || w === 'lower') && !TARGET_START.has(said[i + 1] ?? ''))) return false;
  frame.op = frame.value > 0 ? 'open' : 'close';
  delete frame.value;
  delete frame.unit;
  return true;
}

/** Words of a part that name something other than a fan ("the thermostat down 2"). */
const OTHER_KIND = new Set(['thermostat', 'thermostats', 'heat', 'heating', 'heater', 'temperature', 'degrees', 'degree', '°', 'warmer',
  'cooler', 'volume', 'tv', 'telly', 'television', 'lamp', 'lamps', 'light', 'lights', 'curtain', 'curtains', 'shade', 'shades', 'blind',
  'blinds', 'valve']);
const PART_ENDS = new Set(['and', ',', 'then', ';', '.', 'plus', 'also']);

/** The number at `k` is said in a part that names another kind and no fan: it is not the fan's. */
export function otherPartsNumber23b(tokens: readonly string[], k: number): boolean {
  let a = k;
  while (a > 0 && !PART_ENDS.has(tokens[a - 1]!)) a--;
  let b = k;
  while (b < tokens.length - 1 && !PART_ENDS.has(tokens[b + 1]!)) b++;
  const part = tokens.slice(a, b + 1);
  return part.some((t) => OTHER_KIND.has(t)) && !part.some((t) => t === 'fan' || t === 'fans' || t === 'speed');
}

/** The place to look in for this step: "the main one", "the other one" with no place of their own are not looked for only
 *  where the step before acted (`place`), but where the speaker is (`area`) or anywhere. */
export function partnerPlace23b(frame: Frame, place: string | null, area: string | null): string | null {
  if (place === null || place === area) return place;
  const t = frame.target;
  if (t.groups.some((g) => g.areas.length + g.floors.length > 0) || t.here || t.pronoun) return place;
  const main = t.groups.some((g) => g.fragments.length === 1 && isMain23b(g.fragments[0]!) && g.names.length === 0);
  return t.other || main ? area : place;
}

/** "the regular thermostat", "the normal one": other words for "main" (main-17k.ts) — said of thermostats only there. */
const MAIN_WORDS = new Set(['main', 'regular', 'normal', 'usual', 'primary', 'standard']);
export const isMain23b = (w: string): boolean => MAIN_WORDS.has(w);
