// What a step takes from the steps around it. "the right one", "the office one": a device of the kind said just
// before. "set the thermostat to 70 and the office to 66": the second value is of the same kind as the first
// (a temperature, not a brightness for the office lights). "close the left curtain, then the right": the verb
// carries over. And every value said must be used: two values for one step are asked about, never dropped.
import type { NlArea, NlEntity, NlFloor } from './home';
import type { Frame, NounRef, Op, TargetGroup, Timing } from './frame';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import type { NlError } from './errors';
import { NOUNS } from './lexicon-devices';
import { DAYS, SIDE_WORDS } from './lexicon-words';
import { singular } from './name-index';
import { concreteOp } from './ops';
import { isCount, readTarget } from './target';
import { MIN_WORDS } from './split';
import { isSubject, statementLeadIn } from './statements';
import { onTheSide } from './clause';
import { unknownPlaceSaid20a } from './places-20a';

export { statementLeadIn } from './statements';

/** The kind of device an entity is, as a noun: its domain and class, and the device word of its name when it
 *  has one ("Left Bedside Lamp" → lamp), so "the right one" after it is the right *lamp*. */
function kindOfEntity(e: NlEntity, index: HomeIndex): NounRef {
  const tokens = index.nameTokens[index.position.get(e)!] ?? [];
  const word = [...tokens].reverse().find((t) => NOUNS.get(t)?.senses.some((x) => x.domain === e.domain));
  const sense = e.deviceClass ? { domain: e.domain, deviceClass: e.deviceClass } : { domain: e.domain };
  return { text: word ?? 'one', senses: [sense], plural: false };
}

/** "the right one", "the office one", "the ones in the bedroom", "the other one": a device of the kind said
 *  just before — in this step ("the left curtain and the right one") or the step before. Said with nothing
 *  before it, any kind fits and the words that say which one must narrow it down. Mutates the frame. */
export function fillPlaceholders(frame: Frame, previous: readonly NlEntity[] | null, index: HomeIndex): void {
  const groups = [...frame.target.groups, ...(frame.target.exclude ? [frame.target.exclude] : [])];
  groups.forEach((g, k) => {
    for (const noun of g.nouns) {
      if (!noun.placeholder || noun.senses.length > 0 || noun.text !== 'one') continue;
      const said = (x: TargetGroup): boolean => x.names.length > 0 || x.nouns.some((n) => !n.placeholder || n.senses.length > 0);
      // The kind said before it in this step, else after it ("the left and right blinds"), else the step before.
      const before = groups.slice(0, k).reverse().find(said) ?? groups.slice(k + 1, frame.target.groups.length).find(said);
      let kinds: NounRef[] = [];
      if (before && before.names.length > 0) kinds = before.names.flatMap((n) => n.refs.map((r) => kindOfEntity(index.entities[r]!, index)));
      else if (before) kinds = before.nouns.map((n) => ({ ...n, text: singular(n.text.split(' ').pop()!) }));
      else if (previous && previous.length > 0) kinds = previous.map((e) => kindOfEntity(e, index));
      if (kinds.length === 0) continue;
      noun.senses = [...new Map(kinds.flatMap((x) => x.senses).map((x) => [`${x.domain}/${x.deviceClass ?? ''}`, x])).values()];
      const words = new Set(kinds.map((x) => x.text));
      if (words.size === 1) noun.text = [...words][0]!;
    }
  });
}

/** Operations whose value has a kind a later step without one of its own can take on. */
const VALUE_FAMILIES: readonly (readonly [Op, Op])[] = [
  ['temperature', 'temperature_step'], ['brightness', 'brightness_step'], ['position', 'position_step'],
  ['fan_speed', 'fan_speed_step'], ['volume', 'volume_step'], ['color_temp', 'color_temp_step'],
];

/** The kind of value a step set, when all its devices took the same kind ("temperature"), else null. */
export function valueKindOf(frame: Frame, entities: readonly NlEntity[]): Op | null {
  const ops = new Set(entities.map((e) => concreteOp(frame.op, e.domain)));
  if (ops.size !== 1) return null;
  const op = [...ops][0]!;
  return VALUE_FAMILIES.some((f) => f.includes(op)) ? op : null;
}

/** True when the target says no kind of device: only places, "one", side words, pronouns. */
export function namesNoKind(frame: Frame): boolean {
  return !frame.impliedDomain && frame.target.groups.every((g) => g.names.length === 0 && g.nouns.every((n) => n.placeholder && n.senses.length === 0));
}

/** "set the thermostat to 70 and the office to 66": a level said of a place takes the kind of the value before
 *  it — a temperature, here — unless it is said in percent. Mutates the frame. */
export function keepValueKind(frame: Frame, before: Op | null, items: readonly Item[]): void {
  // ("bedroom lamp on 2700 kelvin, living room lamp on 6500": a number no percent can be, after kelvin, is kelvin too.)
  if (before === 'color_temp' && (frame.op === 'level' || frame.op === 'brightness') && typeof frame.value === 'number' && frame.value >= 1000) {
    frame.op = 'color_temp';
    frame.unit = 'kelvin';
    return;
  }
  if (!before || (frame.op !== 'level' && frame.op !== 'level_step') || !namesNoKind(frame)) return;
  const family = VALUE_FAMILIES.find((f) => f.includes(before))!;
  const percent = items.some((x) => x.text === '%' || x.text === 'percent');
  if (family[0] === 'temperature' && percent) return;
  frame.op = frame.op === 'level' ? family[0] : family[1];
  if (family[0] === 'temperature') frame.unit = null;
}

/** Words a step with no verb may have: "then the right one", "and the fan too". */
const TARGET_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'and', 'or', ',', 'one', 'ones', 'too', 'also', 'as', 'well', 'other',
  'both', 'all', 'each', 'every', 'it', 'them', 'that', 'this', 'those', 'these', 'please', 'now', 'in', 'on', 'of', 'at',
  'house', 'home', 'whole', 'entire', 'everywhere', 'here', 'just', 'only']);

/** "close the left curtain, then the right one": a step that says only which device does what the step before
 *  did. Null when the step says more than that. */
export function verblessFrame(items: readonly Item[], before: Frame | null, index: HomeIndex): Frame | null {
  if (!before || before.query) return null;
  const target = onlyTarget(items, index);
  if (!target) return null;
  const { target: _target, timing: _timing, query: _query, bare: _bare, ...what } = before;
  // ("turn off the garage light and the same for the bedroom": only a place said — the same kind of device there.)
  const placeOnly = target.groups.every((g) => g.names.length + g.nouns.length + g.fragments.length === 0 && g.areas.length + g.floors.length > 0);
  const nouns = before.target.groups.flatMap((g) => g.nouns);
  const named = before.target.groups.flatMap((g) => g.names);
  if (placeOnly && named.length === 0 && nouns.length > 0) for (const g of target.groups) g.nouns.push(...nouns);
  else if (placeOnly && !what.impliedDomain && nouns.length === 0) {
    const kinds = new Set(named.flatMap((n) => n.refs.map((r) => index.entities[r]!.domain)));
    if (kinds.size === 1) what.impliedDomain = [...kinds][0]!;
  }
  return { ...what, target };
}

/** The target of a part that says only which devices ("the right one", "the kitchen lights"), or null. */
export function onlyTarget(items: readonly Item[], index: HomeIndex): Frame['target'] | null {
  // ("the countertop": a word of a name, "Kitchen countertop", is a device said.)
  const targetish = (x: Item): boolean => x.kind === 'entity' || x.kind === 'area' || x.kind === 'floor' || x.kind === 'noun'
    || (x.kind === 'word' && index.nameVocab.has(x.text));
  if (!items.some((x) => targetish(x) || (x.kind === 'word' && (SIDE_WORDS.has(x.text) || x.text === 'one' || x.text === 'ones')))) return null;
  // ("the lamps on the first floor": "on" says where.)
  // ("the curtain on the right, open that up": "on the right" says which one.)
  const where = (k: number): boolean => items[k]?.text === 'on' && (['floor', 'area'].includes((items[k + 1]?.text === 'the' ? items[k + 2] : items[k + 1])?.kind ?? '') || onTheSide(items, k));
  // ("the two curtains in the living room, stop them": a count of the devices said.)
  // ("all the covers except the shade, close them": what is left out is said with them.)
  if (!items.every((x, k) => targetish(x) || where(k) || isCount(items, k) || (x.kind === 'word' && (TARGET_WORDS.has(x.text) || SIDE_WORDS.has(x.text) || !x.known || (x.text === 'except' && k > 0))))) return null;
  return readTarget(items, { nameVocab: index.nameVocab });
}

/** Two values said for one step ("set the desk lamp to 20% 60%", "… to 20%, 50% and 90%"): which goes where is
 *  not known, so it is asked, never half done. */
export function strayValues(frame: Frame, items: readonly Item[]): NlError | null {
  if (frame.query) return null;
  const values = items.filter((x, i) => (x.kind === 'num' && !isCount(items, i)) || x.kind === 'color' || x.kind === 'ctemp' || (x.kind === 'word' && MIN_WORDS.has(x.text)));
  const distinct = [...new Set(values.map((x) => (x.kind === 'num' ? String(x.value) : x.text)))];
  if (distinct.length < 2) return null;
  return {
    code: 'AMBIGUOUS',
    message: `I heard ${distinct.length} values (${distinct.join(', ')}) for one step. Which device should get which?`,
    next: 'Say each with its device, for example "set the desk lamp to 40% and the porch light to 10%".',
  };
}

/** Words that make a lead-in a condition ("after dinner, …", "once I'm home, …"): then it is asked about. */
const CONDITION_WORDS = new Set(['after', 'once', 'until', 'till', 'unless', 'when', 'whenever', 'if', 'while', 'during']);

/** What a first part that names no device says: nothing to do ("before I leave, …", "for movie night: …",
 *  "it's bedtime, so …") — 'aside'; a condition or a time it can't read ("after dinner, …") — 'condition';
 *  or it names something and is no lead-in at all — null. */
export function leadIn(items: readonly Item[], timing: Timing | null): 'aside' | 'condition' | null {
  if (speakerNow(items, timing)) return 'aside';
  const said = statementLeadIn(items);
  // (A statement may use words that are also states or numbers: "I'm off to bed", "one more thing".)
  // ("now the left one, …", "the other one, …": which device is said — never set aside.)
  // ("ok so before I head out", "I need three things": an "ok" or a count of things names nothing.)
  const named = items.some((x, k) => (['entity', 'area', 'floor', 'noun', 'color', 'ctemp', 'time'].includes(x.kind) && !isSubject(x))
    || (!said && ((x.kind === 'num' && !THINGS.has(items[k + 1]?.text ?? '')) || (x.kind === 'state' && !OKAY.has(x.text) && !OCCASIONS.has(items[k + 1]?.text ?? ''))))
    || (x.kind === 'word' && sideOrOne(items, x)));
  if (named || unknownPlaceSaid20a(items)) return null; // (round 20a: an unknown place is never set aside — places-20a.ts)
  if (politeIf(items)) return 'aside';
  if (items.some((x) => CONDITION_WORDS.has(x.text))) return 'condition';
  if (!timing) return 'aside';
  // "I'm working from home today, so …": today said in a statement tells, it does not say when ("I'm out tonight, …"
  // still asks when).
  if (said && !timing.schedule && timing.delayS === undefined && timing.durationS === undefined && timing.vague === undefined) return 'aside';
  // "for movie night", "game night": an occasion, not a time; "tonight", "in the evening" are times.
  const k = items.findIndex((x) => ['night', 'evening', 'morning', 'afternoon'].includes(x.text));
  // ("it's game night": said in a statement, a word naming the night is an occasion too — "this night", "tomorrow night",
  // "friday night" are times.)
  const before = items[k - 1];
  const occasionWord = before !== undefined && (unknownWord(before) || (said && before.kind === 'word' && !TIME_BEFORE.has(before.text) && !DAYS.has(before.text)));
  const vagueOnly = timing.vague !== undefined && !timing.schedule && timing.delayS === undefined && timing.durationS === undefined;
  // ("for the party tonight, …": what things are got ready for, said with when it is — they are done now.)
  const forOccasion = items[0]?.text === 'for' && ['the', 'our', 'my', 'a', 'this'].includes(items[1]?.text ?? '') && items[2]?.kind === 'word';
  // ("morning routine please — …", "evening mode: …": a part of the day said as the name of an occasion.)
  const occasionAfter = OCCASION_NAMES.has(items[k + 1]?.text ?? '');
  return vagueOnly && ((k > 0 && occasionWord) || forOccasion || (k >= 0 && occasionAfter)) ? 'aside' : 'condition';
}

/** Said first of what is so now: a reason ("since nobody's in the garage"), what the speaker is doing ("while I cook",
 *  "so I'm working in the office today"). */
const NOW_STARTS = new Set(['since', 'because', 'cause', 'as', 'while', 'seeing']);
const PEOPLE = new Set(['i', 'we', 'nobody', 'noone', 'everybody', 'everyone', 'somebody', 'someone']);
const LEADING = new Set([',', 'so', 'ok', 'okay', 'well', 'right', 'alright', 'now']);

/** A first part telling what is so now — a reason or what the speaker is doing, with no device, value or time to act
 *  at in it (a place may be said: "since nobody's in the garage"): it asks for nothing. */
function speakerNow(items: readonly Item[], timing: Timing | null): boolean {
  if (timing && (timing.schedule || timing.delayS !== undefined || timing.durationS !== undefined || timing.vague !== undefined)) return false;
  if (items.some((x) => (['entity', 'noun', 'num', 'color', 'ctemp', 'time'].includes(x.kind) && !isSubject(x)) || (x.kind === 'state' && !OKAY.has(x.text)))) return false;
  let k = 0;
  while (k < items.length && LEADING.has(items[k]!.text)) k++;
  const t = items.slice(k).map((x) => x.text);
  if (NOW_STARTS.has(t[0] ?? '') && PEOPLE.has(t[1] ?? '')) return true;
  return (t[0] === 'i' || t[0] === 'we') && (t[1] === 'am' || t[1] === 'are') && t.length >= 3;
}

const THINGS = new Set(['thing', 'things']);
/** Words before "night"/"evening" that make it a time. */
const TIME_BEFORE = new Set(['this', 'at', 'in', 'the', 'tomorrow', 'tonight', 'every', 'each', 'last', 'next', 'by', 'on', 'late', 'early', 'one']);
const OKAY = new Set(['ok', 'okay', 'fine']);
/** Said after a part of the day, making it an occasion: "morning routine", "evening mode". */
const OCCASION_NAMES = new Set(['routine', 'mode', 'ritual', 'vibes', 'vibe', 'prep', 'checklist', 'stuff']);
/** "cleaning day", "party time": an occasion, said with a word that is also a state. */
const OCCASIONS = new Set(['day', 'time', 'night', 'morning', 'evening', 'mode']);

/** "the left one", "the other one", "the left": a device said by which one it is ("quick one", "that's far enough" are not). */
function sideOrOne(items: readonly Item[], x: Item): boolean {
  const prev = items[items.indexOf(x) - 1]?.text ?? '';
  if (x.text === 'one' || x.text === 'ones') return SIDE_WORDS.has(prev) || ['the', 'other', 'that', 'this'].includes(prev);
  return SIDE_WORDS.has(x.text) && prev === 'the';
}

/** "if it's not too much trouble", "if you don't mind", "if you can", "if possible": politeness, not a condition. */
const POLITE_IF = [['it', 'is', 'not', 'too', 'much', 'trouble'], ['it', 'is', 'no', 'trouble'], ['you', 'do', 'not', 'mind'], ['you', 'dont', 'mind'],
  ['you', 'can'], ['you', 'could'], ['possible'], ['you', 'would', 'not', 'mind'], ['you', 'please']];
function politeIf(items: readonly Item[]): boolean {
  const t = items.map((x) => x.text).filter((w) => w !== ',');
  return t[0] === 'if' && POLITE_IF.some((p) => p.length === t.length - 1 && p.every((w, k) => t[k + 1] === w));
}

/** A word that is no grammar word, as said (before spelling repair changed it). */
function unknownWord(x: Item): boolean {
  return x.kind === 'word' && (!x.known || x.original !== undefined);
}

/** Words a part that only says where may have: "I'm in the kitchen now", "so, about the bedroom", "as for upstairs". */
const WHERE_WORDS = new Set(['i', 'am', 'we', 'are', 'in', 'at', 'on', 'the', 'now', 'about', 'so', 'regarding', 'as', 'for', 'ok', 'okay',
  'hey', 'hearth', ',', 'right', 'just', 'here', 'back', 'over', 'up', 'down', 'to', 'upstairs', 'downstairs', 'our', 'my', 'currently',
  // ("the second floor and upstairs, open all the covers": a list of places.)
  'and', 'plus', 'both']);

/** A first part that only says where the speaker is or what place the rest is about ("okay, I'm in the kitchen now,
 *  turn on the lights", "so, about the bedroom: close the curtain …"): that place, or null. */
export function placeSaid(items: readonly Item[]): { areas: NlArea[]; floors: NlFloor[] } | null {
  const areas = items.flatMap((x) => (x.kind === 'area' ? [x.area] : []));
  const floors = items.flatMap((x) => (x.kind === 'floor' ? x.floors : []));
  if (areas.length + floors.length === 0) return null;
  const rest = items.filter((x) => x.kind !== 'area' && x.kind !== 'floor');
  return rest.every((x) => (x.kind === 'word' && WHERE_WORDS.has(x.text)) || (x.kind === 'state' && OKAY.has(x.text))) ? { areas, floors } : null;
}

/** How a device should end up, said last, and the verb that gets it there. */
const END_VERBS: Readonly<Record<string, string>> = { closed: 'close', shut: 'close', open: 'open', opened: 'open', locked: 'lock', unlocked: 'unlock', paused: 'pause', muted: 'mute', unmuted: 'unmute' };

/** "left curtain closed" said among other commands: "close left curtain", read by `read`; null when it is not that. */
export function endAsCommand(said: readonly Item[], read: (items: Item[]) => Frame | null): Frame | null {
  let end = said.length;
  while (end > 0 && [',', 'please', 'now', 'thanks', 'thank', 'you', 'cheers'].includes(said[end - 1]!.text)) end--;
  const items = said.slice(0, end);
  const last = items.length - 1;
  const verb = END_VERBS[items[last]?.text ?? ''];
  // ("…, right one closed": a side and "one" name a device of the kind said before.)
  const sideOne = items.slice(0, last).some((x, k) => SIDE_WORDS.has(x.text) && items[k + 1]?.text === 'one');
  if (!verb || !(sideOne || items.slice(0, last).some((x) => x.kind === 'entity' || x.kind === 'noun'))) return null;
  const object = items.slice(0, last).filter((x) => !['is', 'are', "'s"].includes(x.text));
  if (object.some((x) => x.kind === 'state' || x.kind === 'num')) return null;
  return read([{ kind: 'word', text: verb, known: true }, ...object]);
}
