// One sentence → clauses, one per step: split at "then"/"after that", and at "and" when what follows starts
// a new command ("... and dim them to 50%"). "kitchen and bedroom" or "1 hour and 30 minutes" stay whole.
import type { Item } from './tag';
import { extractTiming } from './timing';
import { DOWN_WORDS, EXCEPT_WORDS, FILLERS, PRONOUNS, SIDE_WORDS, UP_WORDS } from './lexicon-words';
import { isSubject, tells } from './statements';
import { ownQuantifier25a } from './gapped-25a';

/** Words that start a new command after "and". */
const CLAUSE_STARTS = new Set([
  'turn', 'switch', 'set', 'dim', 'brighten', 'open', 'close', 'shut', 'lock', 'unlock', 'start', 'stop', 'pause',
  'resume', 'unpause', 'play', 'skip', 'mute', 'unmute', 'activate', 'deactivate', 'make', 'change', 'lower', 'raise',
  'increase', 'decrease', 'reduce', 'boost', 'put', 'toggle', 'run', 'clean', 'vacuum', 'dock', 'return', 'enable',
  'disable', 'kill', 'adjust', 'tell', 'what', 'whatis', 'is', 'are', 'how', 'howmany', 'which', 'who', 'where',
  'isthere', 'arethere', 'power', 'flip', 'bring', 'get', 'goback', 'replay', 'mow', 'send', 'illuminate', 'ensure',
  'lightsout', 'cool', 'heat', 'warm', 'wait', 'give',
  // Everyday verbs: "… and drop the living room one by 2" is a step of its own, never the first verb again.
  'drop', 'bump', 'crank', 'knock', 'nudge', 'pop', 'pull', 'push', 'take', 'hold', 'halt', 'kick', 'hit', 'cut',
]);

/** Words that may come between "and" and the command word. */
const LEAD_INS = new Set(['also', 'please', 'then', 'can', 'could', 'you', 'would', 'will', 'just', 'now', 'hey', 'hi',
  'hello', 'ok', 'okay', 'hearth', 'so', 'well', 'right', 'alright', 'um', 'uh']);

/** Units of a wait ("five minutes later"). */
const WAIT_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours']);

/** Thanks said after a step ("… shut thanks, …"). */
const THANKS = new Set(['thanks', 'thank', 'cheers', 'ta', 'kindly']);

/** A word that only makes a sentence polite ("please", "okay", "then"). */
export function politeOnly(word: string): boolean {
  return LEAD_INS.has(word) || FILLERS.has(word);
}

function startsCommand(items: readonly Item[], i: number): boolean {
  let j = i;
  while (j < items.length && LEAD_INS.has(items[j]!.text)) j++;
  // ("… and five minutes later shut it again": a wait said before the next command's verb — never the step dropped.)
  if ((items[j]?.kind === 'num' || ['a', 'an'].includes(items[j]?.text ?? '')) && WAIT_UNITS.has(items[j + 1]?.text ?? '') && items[j + 2]?.text === 'later') j += 3;
  const it = items[j];
  if (!it) return false;
  if (CLAUSE_STARTS.has(it.text)) return true;
  // "... and the fan off", "... and them to 50%" are handled by the clause itself, not split here.
  return false;
}

/** Words of the home's names ("countertop" of "Kitchen countertop"): said alone, they name a device. */
let nameWords: ReadonlySet<string> = new Set();
const isTarget = (it: Item): boolean => it.kind === 'entity' || it.kind === 'area' || it.kind === 'floor' || it.kind === 'noun'
  || (it.kind === 'word' && nameWords.has(it.text));
/** The lowest setting, said as a word: a value of its own ("… and the garage light to minimum"). */
export const MIN_WORDS: ReadonlySet<string> = new Set(['min', 'minimum', 'lowest']);
/** ("open the left curtain halfway and the right one a quarter": "halfway" is a value of its own.) */
// ("kitchen ceiling full and countertop at 10", "the right one fully and the left to 50%": so are the highest ones.)
const VALUE_WORDS = new Set([...MIN_WORDS, 'halfway', 'full', 'fully', 'max', 'maximum', 'highest']);
const isValue = (it: Item): boolean => it.kind === 'num' || it.kind === 'color' || it.kind === 'ctemp' || (it.kind === 'word' && VALUE_WORDS.has(it.text));
/** How a device ends up, said last: "turn the lamp on and the fan off", "the right curtain open and the left one closed". */
// ("the lamp off and the tv paused": a player ends paused or muted — never the first part's "off".)
const END_WORDS = new Set(['on', 'off', 'open', 'opened', 'closed', 'shut', 'locked', 'unlocked', 'paused', 'muted', 'unmuted']);
const END_VERB: Readonly<Record<string, string>> = { open: 'open', opened: 'open', closed: 'close', shut: 'close', locked: 'lock', unlocked: 'unlock', paused: 'pause', muted: 'mute', unmuted: 'unmute' };
/** Verbs that say how a device ends up themselves. */
/** Words of a change from where a device is now, with no value: "a bit brighter", "a touch higher". */
const RELATIVE_WORDS = new Set(['brighter', 'dimmer', 'darker', 'higher', 'louder', 'quieter', 'softer', 'warmer', 'cooler', 'bit']);
const END_VERB_WORDS: ReadonlySet<string> = new Set(Object.values(END_VERB));
const OWN_END_VERBS: ReadonlyMap<string, string> = new Map([['open', 'open'], ['close', 'close'], ['shut', 'close'], ['lock', 'lock'], ['unlock', 'unlock']]);
const isEnd = (it: Item | undefined): boolean => it !== undefined && END_WORDS.has(it.text);
/** A way said last ("the shade up", "the lamp down"). */
const DIRECTION_ENDS = new Set(['up', 'down']);

/** "set the lamp to 40% and the fan to 60%", "turn the lamp on and the fan off": the verb is said once.
 *  Returns the verb words to repeat for the part after "and", or null when the "and" joins a list. */
function gappedVerb(said: readonly Item[], items: readonly Item[], i: number): Item[] | null {
  // ("left curtain closed please, and right curtain 50%": courtesy and a pause said last don't change how it ends.)
  let last = said.length;
  while (last > 0 && (said[last - 1]!.text === ',' || THANKS.has(said[last - 1]!.text) || (LEAD_INS.has(said[last - 1]!.text) && said[last - 1]!.text !== 'right'))) last--;
  const current = said.slice(0, last);
  // (", keep the left open", "and leave the lamp on": what is left as it is — no step of its own.)
  if (['leave', 'keep'].includes(items[i + 1]?.text ?? '')) return null;
  let end = i + 1;
  while (end < items.length && !['and', 'then', ','].includes(items[end]!.text)) end++;
  const right = items.slice(i + 1, end);
  // "… and the right to 70%", "… and the right one to 70%": a side said alone names a device too.
  // ("… and the other one to 70": "other one" names a device of the kind said before.)
  const sideAlone = right.some((x, k) => (SIDE_WORDS.has(x.text) && ARTICLES.has(right[k - 1]?.text ?? ''))
    || (x.text === 'one' && right[k - 1]?.text === 'other' && ARTICLES.has(right[k - 2]?.text ?? '')));
  if (!right.some(isTarget) && !sideAlone) return null;
  // ("close the left curtain now and the right one in ten minutes": each part has its own moment — two steps, never the
  // second's wait copied to the first.)
  if (waitSaid(right) && (said.some((x) => NOW_WORDS.has(x.text)) || waitSaid(current))) {
    const start = targetStart(current);
    // ("in 15 minutes turn the lamp off and in 30 the play corner": how the first ends is the second's too.)
    const last = current[current.length - 1];
    const own = extractTiming(right, null, '24h', SOME_UNIT_S).items;
    const ends = isEnd(last) && !own.some((x) => isEnd(x) || isValue(x)) ? [last!] : [];
    // ("in 10 minutes dim the lamp to 30 and in 20 the play corner": the value is not said again — never a step.)
    if (extractTiming(current.slice(start), null).items.some(isValue) && !own.some((x) => isEnd(x) || isValue(x))) return null;
    if (start >= 0) return [...withoutWait(verbWords(current, start)), ...ends];
  }
  // ("the lamp to 30 and the play corner and the garage light to 70": the value said after the list is the list's.)
  let far = end;
  while (far < items.length && items[far]!.text === 'and' && !right.some(isValue)) {
    far++;
    while (far < items.length && !['and', 'then', ','].includes(items[far]!.text)) far++;
    if (items.slice(end, far).some(isValue)) break;
  }
  const listValued = !right.some(isValue) && items.slice(end, far).some(isValue) && items.slice(end, far).every((x) => !CLAUSE_STARTS.has(x.text));
  const valued = (right.some(isValue) || listValued) && current.some(isValue);
  // ("lights off in the garage and kitchen, fan off": how the first ends may be said before its place.)
  // ("left shade up, left curtain down", "turn the lamp up and the fan down": each its own way, never the first copied.)
  // ("turn the lamp off and the garage light down": one ends, the other turns — each its own, never "off" dropped.)
  const wayOrEnd = (x: Item | undefined): boolean => x !== undefined && (DIRECTION_ENDS.has(x.text) || isEnd(x));
  const turned = wayOrEnd(right[right.length - 1]) && wayOrEnd(current[current.length - 1]) && (DIRECTION_ENDS.has(right[right.length - 1]!.text) || DIRECTION_ENDS.has(current[current.length - 1]!.text)) && current.some(isTarget);
  const switched = turned || ((isEnd(right[right.length - 1]) || endAfterTarget(right)) && (isEnd(current[current.length - 1]) || endAfterTarget(current)));
  // "office thermostat off, living room thermostat to 70", "the lamp to 40% and the fan off": one ends as said,
  // the other gets a value — two steps, never the value copied to the first.
  // ("open the bedroom curtain, bedroom lamp to 60%": after a pause, a value is the next device's own — never "open" it to 60%.)
  // ("make A a bit brighter and B 30": a change from where A is, then a value for B — two steps, never B's value as A's step.)
  const relative = (part: readonly Item[]): boolean => part.some((x) => RELATIVE_WORDS.has(x.text)) && !settingSaid(part);
  const mixed = (settingSaid(right) && (isEnd(current[current.length - 1]) || endAfterTarget(current) || (items[i]!.text === ',' && current.some((x) => OWN_END_VERBS.has(x.text))) || relative(current)) && !settingSaid(current))
    || (settingSaid(current) && (isEnd(right[right.length - 1]) || relative(right)) && !settingSaid(right));
  if (mixed) {
    const start = targetStart(current);
    if (start >= 0) return verbWords(current, start).filter((x) => !isEnd(x));
  }
  // "open the right curtain and the left one closed": how the second should end is said, so it is its own step
  // ("turn … closed"), never the first verb again.
  const endWord = right[right.length - 1]?.text ?? '';
  const ownVerb = current.find((x) => OWN_END_VERBS.has(x.text))?.text;
  const otherEnd = END_VERB[endWord] !== undefined && (switched || (ownVerb !== undefined && OWN_END_VERBS.get(ownVerb) !== END_VERB[endWord]));
  if (!valued && otherEnd) {
    return [{ text: END_VERB[right[right.length - 1]!.text] ?? 'turn', kind: 'word', known: true }];
  }
  if (!valued && !switched) return null;
  // "desk lamp to 30% and porch light to 70%": no verb was said, and none is repeated; nor are the words that
  // say which one ("left curtain to 20% and right curtain to 80%").
  const start = targetStart(current);
  if (start < 0) return null;
  // ("I'd like 71 in the living room and 68 in the office": each value said before its place — the words before the
  // first value are said again.)
  const firstValue = current.findIndex(isValue);
  if (valued && firstValue < start && right.findIndex(isValue) < right.findIndex(isTarget)) return verbWords(current, firstValue);
  // ("volume on the tv to 60 and the lamp to 35": what is set on the first device is its own — the second device's
  // value is of its own kind.)
  // ("…, the speaker paused and the fan on": the verb said for how the part before ends is not the next part's.)
  const words = verbWords(current, start).filter((x) => (!isEnd(x) && !DIRECTION_ENDS.has(x.text) && !END_VERB_WORDS.has(x.text)) || !switched);
  const property = words.findIndex((x, k) => PROPERTY_WORDS.has(x.text) && ['on', 'of', 'for'].includes(words[k + 1]?.text ?? ''));
  if (property < 0) return words;
  const from = ARTICLES.has(words[property - 1]?.text ?? '') ? property - 1 : property;
  return [...words.slice(0, from), ...words.slice(property + 2)];
}

const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
/** What a value sets on a device, said before it ("the volume on the tv"). */
const PROPERTY_WORDS = new Set(['volume', 'brightness', 'temperature', 'speed', 'position']);

/** The part so far ends with a value said after its device ("living room 70", "lamp 40 %"). */
function valueEnds(current: readonly Item[]): boolean {
  let k = current.length - 1;
  while (k >= 0 && UNIT_WORDS.has(current[k]!.text) && current[k - 1]?.kind === 'num') k--;
  return k >= 0 && isValue(current[k]!) && current.slice(0, k).some(isTarget);
}

/** A value is said after position i, before the next pause or "and". */
function valueFollows(items: readonly Item[], i: number): boolean {
  for (let k = i + 1; k < items.length && !['and', ',', 'then'].includes(items[k]!.text); k++) if (isValue(items[k]!)) return true;
  return false;
}

/** The words before the first device that say what to do: those of its own part ("alright, I need three things: fan
 *  on, tv off" repeats nothing said before the last pause). */
function verbWords(current: readonly Item[], start: number): Item[] {
  let from = start;
  while (from > 0 && current[from - 1]!.text !== ',') from--;
  return current.slice(from, start);
}

/** "lights off in the garage": an end word said straight after a device, before where it is ("the blind on the
 *  right" says which one, not how it ends). */
function endAfterTarget(items: readonly Item[]): boolean {
  return items.some((x, k) => k > 0 && isEnd(x) && isTarget(items[k - 1]!) && ['in', 'at', 'inside', 'everywhere', 'here'].includes(items[k + 1]?.text ?? ''));
}

const NOW_WORDS = new Set(['now', 'immediately', 'straightaway']);
/** A unit for a bare "in 30" here, where only whether a wait is said (and which words it takes) matters, not how long:
 *  the parser gives it the unit of the wait said before it (parser.ts, unitBefore). */
const SOME_UNIT_S = 60;
/** A wait said in a part: "in 10 minutes", "after an hour", "in half an hour". */
// ("… and in 30 the play corner": a bare number after "in" said first is a wait too — in the unit of the one before.)
const waitSaid = (items: readonly Item[]): boolean => items.some((x) => x.text === 'in' || x.text === 'after') && extractTiming(items, null, '24h', SOME_UNIT_S).timing?.delayS !== undefined;
/** The words said again for a later part, without the first part's wait ("in 5 minutes close …"). */
const withoutWait = (items: readonly Item[]): Item[] => (waitSaid(items) ? extractTiming(items, null).items : [...items]);
const TIME_WORDS = new Set(['seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'secs', 'mins', 'hrs', 'am', 'pm', 'oclock']);
/** A value said for a device (not the length of a wait: "in 90 minutes"). */
const settingSaid = (items: readonly Item[]): boolean => items.some((x, k) => isValue(x) && !TIME_WORDS.has(items[k + 1]?.text ?? ''));

/** Where the words naming the first device start: before its noun or name, the article and describing words. */
function targetStart(items: readonly Item[]): number {
  let start = items.findIndex(isTarget);
  while (start > 0) {
    const x = items[start - 1]!;
    if (x.kind !== 'word' || !(ARTICLES.has(x.text) || SIDE_WORDS.has(x.text) || !x.known)) break;
    start--;
  }
  return start;
}

const UNIT_WORDS = new Set(['%', 'percent', 'degrees', 'degree', '°', 'k', 'kelvin', 'c', 'f', 'celsius', 'fahrenheit']);

/** A value with its unit at i ("20 %", "red", "2700 kelvin"): its items, or null. */
function valueAt(items: readonly Item[], i: number): Item[] | null {
  const it = items[i];
  if (!it || !isValue(it)) return null;
  let j = i + 1;
  while (j < items.length && UNIT_WORDS.has(items[j]!.text) && it.kind === 'num') j++;
  return items.slice(i, j);
}

/** The kind of a value said ("percent", "kelvin", "color"), or null for a bare number (its kind is the device's). */
function valueKind(value: readonly Item[]): string | null {
  const [v, unit] = value;
  if (v!.kind === 'color') return 'color';
  if (v!.kind === 'ctemp' || unit?.text === 'k' || unit?.text === 'kelvin') return 'kelvin';
  if (unit?.text === '%' || unit?.text === 'percent') return 'percent';
  return null;
}

/** "set the desk lamp and the porch light to 20% and 90% (respectively)": as many devices as values, paired
 *  in order → one step each. Returns the steps, or null when the clause is not such a list (a list that does
 *  not pair up stays one step, and two values for one step are asked about). */
function pairValues(items: readonly Item[]): Item[][] | null {
  const to = items.findIndex((x, k) => ['to', 'at', 'on'].includes(x.text) && valueAt(items, k + 1) !== null);
  if (to < 0) return null;
  const values: Item[][] = [];
  let k = to + 1;
  for (;;) {
    const v = valueAt(items, k);
    if (!v) break;
    values.push(v);
    k += v.length;
    if (['and', ',', 'or'].includes(items[k]?.text ?? '') && valueAt(items, k + 1)) k++;
    else break;
  }
  while (k < items.length && ['respectively', 'please', 'each', 'in', 'that', 'order'].includes(items[k]!.text)) k++;
  if (values.length < 2 || k < items.length) return null;
  const firstTarget = targetStart(items);
  if (firstTarget < 0 || firstTarget > to) return null;
  const verb = items.slice(0, firstTarget);
  const targets: Item[][] = [[]];
  for (const x of items.slice(firstTarget, to)) {
    if (['and', ',', 'or'].includes(x.text)) targets.push([]);
    else targets[targets.length - 1]!.push(x);
  }
  // "the cabinets to 3000 kelvin and 50%": one device, two settings of different kinds — each its own step.
  if (targets.length === 1 && values.length === 2 && targets[0]!.some(isTarget) && valueKind(values[0]!) !== null
    && valueKind(values[1]!) !== null && valueKind(values[0]!) !== valueKind(values[1]!)) {
    return values.map((v) => [...verb, ...targets[0]!, items[to]!, ...v]);
  }
  if (targets.length !== values.length || targets.some((t) => !t.some(isTarget))) return null;
  return targets.map((t, n) => [...verb, ...t, items[to]!, ...values[n]!]);
}

/** Words that make a part a command, or part of one, even with no device in it. */
const COMMAND_WORDS = new Set([...CLAUSE_STARTS, ...END_WORDS, ...UP_WORDS, ...DOWN_WORDS, ...PRONOUNS, ...EXCEPT_WORDS, 'volume', 'brightness',
  'temperature', 'speed', 'position', 'everything', 'everywhere', 'here', 'all', 'in', 'at', 'when', 'if']);

const STATEMENT_SUBJECTS = new Set(['it', 'here', 'there', 'that', 'i', 'we', 'they', 'this']);
const STATEMENT_WORDS = new Set(['is', 'are', 'am', 'it', 'here', 'there', 'that', 'this']);

/** A part with no device, place, value or command word in it ("movie time", "alright listen, I need three things"). */
function asksNothing(part: readonly Item[]): boolean {
  // ("for the party", "before bed": an occasion or a time of one, even in words that are also words of a name.)
  const occasion = ['for', 'before', 'time'].includes(part[0]?.text ?? '') && part.length <= 5;
  // ("it's movie night", "here's the plan": a statement — its "is" asks nothing.)
  const statement = part.some((x, k) => STATEMENT_SUBJECTS.has(x.text) && ['is', 'are', 'am'].includes(part[k + 1]?.text ?? ''));
  const plain = (w: string): boolean => !COMMAND_WORDS.has(w) || (statement && STATEMENT_WORDS.has(w));
  // ("long day, …": a word spelling repair made into a word of a name — "long" into "log" of "Log file" — names nothing as said.)
  const named = (x: Item): boolean => nameWords.has(x.text) && !(x.kind === 'word' && x.original !== undefined && part.length <= 3);
  return part.every((x, k) => (x.kind === 'word' && ((plain(x.text) && !named(x)) || (occasion && (k === 0 || plain(x.text)))))
    || (x.kind === 'num' && ['things', 'thing'].includes(part[k + 1]?.text ?? '')) || (x.kind === 'state' && ['ok', 'okay', 'fine'].includes(x.text)));
}

const SETTING_NAMES = new Set(['volume', 'brightness']);
const TRACK_WORDS = new Set(['next', 'previous', 'episode', 'track', 'song', 'chapter']);
/** "volume to 25", "the volume up": a setting and how it should be, said with no device. */
function settingStarts(items: readonly Item[], i: number): boolean {
  const k = ARTICLES.has(items[i]?.text ?? '') ? i + 1 : i;
  const after = items[k + 1];
  return SETTING_NAMES.has(items[k]?.text ?? '') && after !== undefined && (['to', 'at', 'up', 'down'].includes(after.text) || after.kind === 'num');
}

/** The part from i to the next pause names a device or place. */
function partNames(items: readonly Item[], i: number): boolean {
  for (let k = i; k < items.length && items[k]!.text !== ','; k++) if (isTarget(items[k]!)) return true;
  return false;
}

export interface SplitClause {
  items: Item[];
  /** "then": this step follows the one before it (waits for it); "and": it goes alongside. */
  after: 'then' | 'and' | null;
  /** Said after "but" ("… to 70 but make the cabinets 30"). */
  contrast?: boolean;
}

/** "the right", "the left too": a side word after an article names a device ("right" alone is only politeness). */
function sideSaid(items: readonly Item[], k: number): boolean {
  return SIDE_WORDS.has(items[k]!.text) && ARTICLES.has(items[k - 1]?.text ?? '');
}

/** A word of a place said alone: "the second floor", "on the first floor", "upstairs". */
function placeWord(x: Item): boolean {
  return x.kind === 'floor' || x.kind === 'area' || ['the', 'on', 'in', 'floor', 'and', ','].includes(x.text);
}

function placeFollows(items: readonly Item[], k: number): boolean {
  while (['the', 'on', 'in'].includes(items[k]?.text ?? '')) k++;
  const x = items[k];
  return x !== undefined && (x.kind === 'floor' || x.kind === 'area');
}

export function splitClauses(items: readonly Item[], names: ReadonlySet<string> = new Set()): SplitClause[] {
  nameWords = names;
  const clauses: SplitClause[] = [];
  let current: Item[] = [];
  let after: SplitClause['after'] = null;
  let contrast = false;
  const close = (next: SplitClause['after'], but = false): void => {
    // "hey hearth, ...", "okay, ...": a part with nothing but politeness is no step; "then the right" is one.
    if (current.some((x, k) => (!LEAD_INS.has(x.text) && !FILLERS.has(x.text)) || sideSaid(current, k))) clauses.push({ items: current, after, ...(contrast ? { contrast } : {}) });
    current = [];
    after = next;
    contrast = but;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // ("second floor then first floor, lights off": places said one after another are a list of where, not two steps.)
    // ("covers shut on upstairs plus the first floor": "plus" before a place adds it to the list.)
    if (it.text === 'plus' && current.length > 0 && placeFollows(items, i + 1)) {
      current.push({ ...it, text: 'and' });
      continue;
    }
    if (it.text === 'then' && current.length > 0 && current.every(placeWord) && placeFollows(items, i + 1)) {
      current.push({ ...it, text: 'and' });
      continue;
    }
    if (it.text === 'then' || it.text === 'afterwards') {
      close('then');
      continue;
    }
    // ("is the curtain open? if so close it": what depends on the answer is a part of its own.)
    const onAnswer = ['so', 'not', 'yes', 'no'].includes(items[i + 1]?.text ?? '')
      || (['it', 'they'].includes(items[i + 1]?.text ?? '') && ['is', 'are'].includes(items[i + 2]?.text ?? '') && [',', 'not'].includes(items[i + 3]?.text ?? ''));
    if (it.text === 'if' && current.length > 0 && onAnswer) {
      close('and');
      current.push(it);
      continue;
    }
    // "… and dim them", "I'm going out so lock the front door": a new command starts.
    if ((it.text === 'and' || it.text === 'but' || it.text === ',' || (it.text === 'so' && current[current.length - 1]?.text !== 'if')) && current.length > 0 && startsCommand(items, i + 1)) {
      close('and', it.text === 'but');
      continue;
    }
    // ("next episode on the tv and volume to 25", "pause the tv, the volume down": a setting said after a command of
    // its own is a step of its own, never the command dropped.)
    if ((it.text === 'and' || it.text === ',') && current.length > 0 && settingStarts(items, i + 1) && !current.some((x) => SETTING_NAMES.has(x.text))
      && current.some((x) => CLAUSE_STARTS.has(x.text) || isEnd(x) || TRACK_WORDS.has(x.text))) {
      close('and');
      continue;
    }
    // ("switch the tv on with the volume at 20": a setting said with "with" after a command is a step of its own.)
    if (it.text === 'with' && current.some((x) => CLAUSE_STARTS.has(x.text) || isEnd(x)) && settingStarts(items, i + 1) && !current.some((x) => SETTING_NAMES.has(x.text))) {
      close('and');
      current = [{ text: 'set', kind: 'word', known: true }];
      continue;
    }
    // ("dinner's ready so kitchen cabinets to 40% …", "I'm working from the basement today: office thermostat to 70 …": a
    // first part telling something, with no device in it, is a part of its own — set aside as a lead-in.)
    const named = it.text === ',' ? partNames(items, i + 1) : isTarget(items[ARTICLES.has(items[i + 1]?.text ?? '') ? i + 2 : i + 1] ?? it);
    if ((it.text === ',' || it.text === 'so') && clauses.length === 0 && current.length > 0 && named && tells(current)
      && !current.some((x) => x.kind === 'entity' || (x.kind === 'noun' && !isSubject(x)) || isValue(x))) {
      close('and');
      continue;
    }
    // "movie time! lights off …", "alright listen, I need three things: fan on, …": what comes before a pause and
    // asks for nothing is a part of its own (set aside, or asked about, as a lead-in).
    if (it.text === ',' && clauses.length === 0 && current.length > 0 && asksNothing(current) && partNames(items, i + 1)) {
      close('and');
      continue;
    }
    // "living room 70 office 64": a place and its value, then another place and its value, with nothing between.
    if (i > 0 && isTarget(it) && !isTarget(items[i - 1]!) && valueEnds(current) && current.some(isTarget) && valueFollows(items, i)) {
      const verb = gappedVerb([...current], [...items.slice(0, i), { text: 'and', kind: 'word', known: true }, ...items.slice(i)], i);
      if (verb) {
        close('and');
        current = [...verb, it];
        continue;
      }
    }
    const verb = (it.text === 'and' || it.text === ',') && current.length > 0 ? ownQuantifier25a(gappedVerb(current, items, i)) : null; // (round 25a: "all three"/"both" is not said again — gapped-25a.ts)
    if (verb) {
      close('and');
      current = [...verb];
      continue;
    }
    current.push(it);
  }
  close(null);
  return clauses.flatMap((c) => (pairValues(c.items) ?? [c.items]).map((items, n) => ({ items, after: n === 0 ? c.after : 'and' as const, ...(c.contrast ? { contrast: true } : {}) })));
}
