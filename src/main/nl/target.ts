// Reads what a clause is about: names, areas, floors, device nouns, "here"/"everywhere", "all", pronouns,
// lists ("kitchen and bedroom lights", "the lamp and the fan") and exclusions ("except the kitchen").
import type { Item } from './tag';
import type { NounRef, TargetGroup, TargetSpec } from './frame';
import { GRAMMAR_WORDS } from './lexicon';
import { EXCEPT_WORDS, FILLERS, PRONOUNS, QUANT_ALL, SIDE_WORDS } from './lexicon-words';
import { GENERIC_NOUNS } from './lexicon-devices';
import { FLOOR_WORDS, isModifierAt, isRepairedModifierAt } from './modifiers';
import { Clause, onTheSide } from './clause';

/** Generic nouns said of one device. */
const SINGLE_THINGS = new Set(['thing', 'device', 'appliance']);
const PLACE_NOUNS = new Set(['house', 'home', 'apartment', 'flat', 'building', 'place']);
const ROOM_WORDS = new Set(['room', 'rooms', 'area', 'areas', 'space']);

function emptyGroup(): TargetGroup {
  return { names: [], areas: [], floors: [], nouns: [], fragments: [], said: [], trailingLocation: false };
}

function hasContent(g: TargetGroup): boolean {
  return g.names.length + g.areas.length + g.floors.length + g.nouns.length + g.fragments.length > 0;
}

/** A noun that only stands in for one ("the right one") lends no kind to other groups. */
const realNouns = (g: TargetGroup): TargetGroup['nouns'] => g.nouns.filter((n) => !n.placeholder);

export interface TargetOptions {
  /** Words that belong to the verb or value and must not be read as names (indexes into items). */
  skip?: ReadonlySet<number>;
  /** "home" is a state here ("is anyone home"), not "the whole house". */
  homeIsState?: boolean;
  nameVocab: ReadonlySet<string>;
}

function readGroups(items: readonly Item[], from: number, to: number, opts: TargetOptions, spec: TargetSpec): TargetGroup[] {
  const groups: TargetGroup[] = [];
  /** What was said between each group and the next ("and", "or", ","). */
  const seps: string[] = [];
  let g = emptyGroup();
  let sawNoun = false;
  const firstContent = new Clause([...items]).firstContent();
  // Where each group's names, nouns and describing words start and end, for "the floor lamp" in messages.
  const spans = new Map<TargetGroup, [number, number]>();
  const said = (x: TargetGroup, i: number): void => {
    const span = spans.get(x);
    spans.set(x, span ? [span[0], i] : [i, i]);
  };
  /** Groups where "one"/"ones" was said: a device of some kind, or (said alone: "that one") the previous one. */
  const ones = new Map<TargetGroup, string>();
  const closeGroup = (x: TargetGroup): void => {
    const one = ones.get(x);
    if (one === undefined) return;
    if (x.names.length > 0 || x.nouns.length > 0) return;
    // "the right", "the left one", "the office one", "the other one", "the ones in the bedroom".
    if (x.fragments.length + x.areas.length + x.floors.length > 0 || spec.other) {
      x.nouns.push({ text: 'one', senses: [], plural: one === 'ones', placeholder: true });
      if (one === 'ones') spec.plural = true;
    } else {
      spec.pronoun = true;
      if (one === 'one') spec.onePronoun = 'one';
    }
  };
  for (let i = from; i < to; i++) {
    if (opts.skip?.has(i)) continue;
    const it = items[i]!;
    const t = it.text;
    const prev = items[i - 1]?.text ?? '';
    // "the blind on the right", "the one on the left": which one, said after the noun.
    if (onTheSide(items, i) && i + 2 < to) {
      g.fragments.push(items[i + 2]!.text);
      said(g, i + 2);
      if (g.names.length + g.nouns.length === 0) ones.set(g, ones.get(g) ?? 'one');
      i += 2;
      continue;
    }
    // "then the right", "and the left too": a side word after an article says which one even alone ("right"
    // is otherwise only politeness, as in "right, turn it off").
    const next = items[i + 1];
    // "…, left to zero": a side word that starts the step says which one too ("right, turn it off" is politeness).
    const sideFirst = items.slice(from, i).every((x) => FILLERS.has(x.text) || x.text === 'and' || x.text === 'then') && (t === 'left' || (t === 'right' && next !== undefined && SIDE_THEN.has(next.text)));
    if (SIDE_WORDS.has(t) && (ARTICLES.has(prev) || sideFirst) && g.names.length + g.nouns.length === 0 && !(next && i + 1 < to
      && (next.kind === 'noun' || next.kind === 'entity' || next.text === 'one' || next.text === 'ones' || next.kind === 'word' && !next.known))) {
      g.fragments.push(t);
      said(g, i);
      continue;
    }
    switch (it.kind) {
      case 'entity':
        g.names.push({ text: t, refs: it.refs, generic: it.generic });
        said(g, i);
        sawNoun = true;
        break;
      case 'area':
        g.areas.push(it.area);
        if (sawNoun && (prev === 'in' || prev === 'the' || prev === 'my' || prev === 'our' || prev === 'at')) g.trailingLocation = true;
        break;
      case 'floor':
        for (const f of it.floors) if (!g.floors.includes(f)) g.floors.push(f);
        if (sawNoun) g.trailingLocation = true;
        break;
      case 'noun':
        if (GENERIC_NOUNS.has(t)) break;
        if (prev === 'and' && it.plural && g.names.length + g.nouns.length + g.areas.length + g.floors.length + g.fragments.length === 0) g.listed = true;
        addNoun(g, { text: t, senses: it.senses, plural: it.plural }, items[i - 1]?.kind === 'noun' && g.nouns.length > 0);
        said(g, i);
        if (it.plural) spec.plural = true;
        sawNoun = true;
        break;
      case 'word':
        if (SINGLE_THINGS.has(t) && g.names.length + g.nouns.length === 0) {
          // "the thing in the kitchen": one device of any kind, so it must be the only one there.
          g.nouns.push({ text: t, senses: [], plural: false, placeholder: true });
        } else if (it.original !== undefined && isRepairedModifierAt(items, i, firstContent)) {
          g.fragments.push(it.original);
          said(g, i);
        } else if (t === 'other' && (isModifierAt(items, i, firstContent) || ['one', 'ones'].includes(items[i + 1]?.text ?? '')
          // ("the other kitchen lights": a room said between "other" and the kind.)
          || (['area', 'floor'].includes(items[i + 1]?.kind ?? '') && items[i + 2]?.kind === 'noun'))) {
          // ("the other one": never the one just named.)
          spec.other = true;
        } else if (isModifierAt(items, i, firstContent) && !(FLOOR_WORDS.has(t) && items[i - 1]?.kind === 'word' && !ARTICLES.has(prev))) {
          // "the floor lamp", "the left curtain": a word that says which one; it must be part of a name.
          g.fragments.push(t);
          said(g, i);
        } else if (ORDINAL_WORDS.has(t) && (['one', 'ones'].includes(items[i + 1]?.text ?? '') || (prev === 'the' && [undefined, 'and', 'or', ',', 'too', 'please', 'but', 'except'].includes(items[i + 1]?.text)))) {
          // ("… in the kitchen and the second": which second is not known — never dropped.)
          // "the second one": which one, by a word that must be part of a name — never dropped.
          g.fragments.push(t);
          said(g, i);
        } else if (FLOOR_WORDS.has(t)) {
          readFloorWord(items, i, spec);
        } else if ((t === 'upstairs' || t === 'downstairs') && !opts.nameVocab.has(t)) {
          // Said where no floor is known as upstairs/downstairs: never "everywhere".
          spec.unknownPlace ??= t;
        } else if (t === ',' && ['in', 'on', 'at', 'upstairs', 'downstairs', 'please', 'here'].includes(items[i + 1]?.text ?? '')) {
          // "the lamp, in the bedroom": still the same thing.
        } else if (t === 'one' || t === 'ones') {
          ones.set(g, t);
        } else if (t === 'and' || t === 'or' || t === ',') {
          if (hasContent(g) || ones.has(g)) {
            closeGroup(g);
            groups.push(g);
            seps.push(t);
            g = emptyGroup();
            sawNoun = false;
          }
        } else if (t === 'here' || (ROOM_WORDS.has(t) && ['this', 'the', 'my', 'our'].includes(prev) && !QUANT_ALL.has(items[i - 2]?.text ?? ''))) {
          spec.here = true;
        } else if (t === 'everywhere' || t === 'throughout' || (PLACE_NOUNS.has(t) && !opts.homeIsState) || (ROOM_WORDS.has(t) && (QUANT_ALL.has(prev) || QUANT_ALL.has(items[i - 2]?.text ?? '')))) {
          spec.everywhere = true;
        } else if (t === 'everything') {
          spec.everything = true;
        } else if (QUANT_ALL.has(t) && !(t === 'all' && (items[i + 1]?.text === 'way' || (items[i + 1]?.text === 'the' && items[i + 2]?.text === 'way') || ALL_LONG.has(items[i + 1]?.text ?? '')
          || (prev === 'is' && ['that', 'it'].includes(items[i - 2]?.text ?? ''))))) {
          // ("all the way up" says how far, "all day" how long, "…, that's all" ends the sentence — never every device.)
          spec.all = true;
          g.quantified = true;
          // ("on both the first and second floor": both places — not two devices.)
          // ("both kitchen lights": a room said of the kind is two devices.)
          const at = items[i + 1]?.text === 'the' ? i + 2 : i + 1;
          const place = items[at];
          if (t === 'both' && ((place?.kind !== 'floor' && place?.kind !== 'area' && !FLOOR_WORDS.has(place?.text ?? '')) || items[at + 1]?.kind === 'noun')) spec.both = true;
        } else if (PRONOUNS.has(t) && prev === 'by') {
          // "the lamp next to it" (said "by it"): where the lamp is, which must be part of its name — never "it" itself.
          g.fragments.push(t);
          said(g, i);
        } else if (PRONOUNS.has(t) && !(t === 'that' && items[i + 1]?.kind === 'noun') && !(t === 'it' && items[i + 1]?.text === 'is')) {
          // ("it's too cold": "it" is no device.)
          spec.pronoun = true;
          if (['it', 'its', 'that', 'this'].includes(t) && !['ones', 'one'].includes(items[i + 1]?.text ?? '')) spec.onePronoun ??= 'it';
        } else if (!FILLERS.has(t) && !GRAMMAR_WORDS.has(t)) {
          g.fragments.push(t);
          said(g, i);
        }
        break;
      case 'state':
        if (t === 'home' && !opts.homeIsState) spec.everywhere = true;
        break;
      default:
        break;
    }
  }
  closeGroup(g);
  if (hasContent(g) || groups.length === 0) groups.push(g);
  for (const x of groups) {
    const span = spans.get(x);
    if (span) x.said = [items.slice(span[0], span[1] + 1).map((y) => (y.kind === 'word' && y.original) || y.text).join(' ')];
  }
  placesAsTopic(groups, seps);
  shareAcrossGroups(groups);
  for (const x of groups) {
    // "close the left curtain and then the right": a side word alone stands for "the right one".
    if (x.names.length + x.nouns.length === 0 && x.fragments.length > 0 && x.fragments.every((f) => SIDE_WORDS.has(f))) {
      x.nouns.push({ text: 'one', senses: [], plural: false, placeholder: true });
    }
  }
  return groups;
}

/** What follows a side word that starts a step and names a device ("right to 40%", "right too", "right open"). */
const SIDE_THEN = new Set(['to', 'at', 'too', 'as', 'also', 'open', 'closed', 'shut', 'off', 'on', 'stop']);

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last']);

/** A second device noun in one group: "the curtain light" is a light described by "curtain", and "the
 *  lamp by the window" a lamp described by where it is. Either way the extra noun must be part of a name,
 *  never a second kind of device to act on. Nouns of one kind ("the window blind") just narrow it. */
function addNoun(g: TargetGroup, noun: NounRef, adjacent: boolean): void {
  if (g.nouns.length === 0) {
    g.nouns.push(noun);
    return;
  }
  if (adjacent) {
    const modifier = g.nouns.pop()!;
    const domains = new Set(noun.senses.map((x) => x.domain));
    if (modifier.senses.some((x) => domains.has(x.domain))) {
      // "the garage door sensor": the sensor of that class; "the window blind": a blind.
      const senses = noun.senses.flatMap((x) => (x.deviceClass ? [x] : modifier.senses.filter((m) => m.domain === x.domain && m.deviceClass).concat(x)));
      g.nouns.push({ ...noun, senses, modifier: modifier.text });
      return;
    }
    g.fragments.push(...modifier.text.split(' '));
    g.nouns.push(noun);
    return;
  }
  g.fragments.push(...noun.text.split(' '));
}

const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'on', 'in', 'at']);
/** Said after "all" of a length of time: "all day", "all night". */
const ALL_LONG = new Set(['day', 'night', 'evening', 'morning', 'afternoon', 'week', 'weekend', 'long', 'year']);
const THIS_WORDS = new Set(['this', 'my', 'our', 'same', 'current']);

/** "on every floor" is everywhere, "on this floor" the speaker's floor; "the second floor" in a home with
 *  no such floor is an unknown place (the floor name, when there is one, was tagged before we get here). */
function readFloorWord(items: readonly Item[], i: number, spec: TargetSpec): void {
  const prev = items[i - 1];
  if (!prev || prev.kind === 'floor') return;
  // ("on both floors" with no two floors said before it: which two is asked.)
  if (prev.text === 'both') spec.unknownPlace ??= `both ${items[i]!.text}`;
  else if (QUANT_ALL.has(prev.text) || QUANT_ALL.has(items[i - 2]?.text ?? '')) spec.everywhere = true;
  else if (THIS_WORDS.has(prev.text)) spec.thisFloor = true;
  else spec.unknownPlace ??= ARTICLES.has(prev.text) ? items[i]!.text : `${prev.text} ${items[i]!.text}`;
}

const placeOnly = (g: TargetGroup): boolean => g.areas.length + g.floors.length > 0 && g.names.length + g.nouns.length + g.fragments.length === 0;

/** "second floor: all lights on", "lights on, second floor and first floor", "both the first and the second floor: lights
 *  off": places said apart from what, before or after a pause, are where that is — the devices of that kind there,
 *  never every one in the home as well. Mutates the list. */
function placesAsTopic(groups: TargetGroup[], seps: readonly string[]): void {
  if (groups.length < 2) return;
  const what = groups.filter((g) => !placeOnly(g));
  if (what.length !== 1) return;
  const n = groups.indexOf(what[0]!);
  const thing = what[0]!;
  // ("first floor, every light off": a name that is also a kind's word — "light" — is the kind's there too.)
  const genericNames = thing.names.length > 0 && thing.names.every((x) => x.generic);
  if ((thing.names.length > 0 && !genericNames) || (realNouns(thing).length === 0 && !genericNames) || thing.areas.length + thing.floors.length > 0) return;
  // The pause is between the places and the devices.
  if (!(n === 0 && seps[0] === ',') && !(n === groups.length - 1 && seps[n - 1] === ',')) return;
  groups.splice(n, 1);
  for (const g of groups) {
    g.nouns = realNouns(thing);
    g.names = [...thing.names];
    g.fragments = [...thing.fragments];
    g.said = [...thing.said];
  }
}

/** "kitchen and bedroom lights": groups without a noun take the noun of the next group that has one
 *  (or of the previous one: "the lights in the kitchen and the bedroom"); a trailing location
 *  ("the lights and the fans in the kitchen") applies to earlier groups without one. */
export function shareAcrossGroups(groups: TargetGroup[]): void {
  let t = groups.length - 1;
  while (t > 0 && placeOnly(groups[t]!) && !groups[t]!.trailingLocation) t--;
  for (let k = groups.length - 1; k >= 0; k--) {
    const cur = groups[k]!;
    if (cur.nouns.length > 0 || cur.names.length > 0) continue;
    // ("lights on the ground and first floor, and the fans": a place that goes on the list of the kind before it
    // is that kind's too — never the next kind's.)
    const prev = groups[k - 1];
    const goesOn = prev !== undefined && realNouns(prev).length > 0 && prev.areas.length + prev.floors.length > 0 && prev.names.length === 0
      && cur.areas.length + cur.floors.length > 0;
    const donor = goesOn ? prev : groups.slice(k + 1).find((x) => realNouns(x).length > 0) ?? groups.slice(0, k).reverse().find((x) => realNouns(x).length > 0);
    if (donor) cur.nouns = realNouns(donor);
  }
  // "close upstairs and second floor shades and curtains": the places said before a list of kinds are each kind's.
  for (let k = 1; k < groups.length; k++) {
    const cur = groups[k]!;
    if (!cur.listed || cur.areas.length + cur.floors.length + cur.names.length + cur.fragments.length > 0) continue;
    let j = k - 1;
    while (j >= 0 && groups[j]!.areas.length + groups[j]!.floors.length > 0 && !groups[j]!.trailingLocation && groups[j]!.names.length === 0) j--;
    const before = groups.slice(j + 1, k);
    if (before.length === 0 || realNouns(before[before.length - 1]!).length === 0) continue;
    cur.areas = [...new Set(before.flatMap((x) => x.areas))];
    cur.floors = [...new Set(before.flatMap((x) => x.floors))];
  }
  // "the lights and the fans in the kitchen": a trailing location applies to earlier groups without one; so does a
  // list of them ("every curtain and shade on the first floor and upstairs": both places, for both kinds).
  const tail = groups[t]!;
  if (groups.length > 1 && tail.trailingLocation) {
    const after = groups.slice(t + 1);
    const areas = [...new Set([...tail.areas, ...after.flatMap((x) => x.areas)])];
    const floors = [...new Set([...tail.floors, ...after.flatMap((x) => x.floors)])];
    for (const x of groups.slice(0, t)) if (x.areas.length + x.floors.length === 0 && x.names.length === 0) {
      x.areas = areas;
      x.floors = floors;
    }
  }
}

const COUNT_ENDS = new Set([',', 'and', 'then', 'please', 'too', 'now', 'as', 'also', 'of', 'thanks', 'for', 'in', 'on']);
const COUNT_UNITS = new Set(['%', 'percent', 'k', 'kelvin', '°', 'degree', 'degrees']);

/** "all three kitchen lights", "both 2 lamps", "the two living room curtains": a number that counts devices, not a value. */
export function isCount(items: readonly Item[], i: number): boolean {
  const it = items[i];
  if (it?.kind !== 'num' || !Number.isInteger(it.value) || it.value < 2 || it.value > 12) return false;
  const before = items[i - 1]?.text ?? '';
  const next = items[i + 1];
  if (['all', 'both'].includes(before)) return !COUNT_UNITS.has(next?.text ?? '');
  // "close those two", "turn off these three please": how many of the devices just acted on — never a value.
  if (['these', 'those', 'the'].includes(before) && (next === undefined || COUNT_ENDS.has(next.text))) return true;
  // ("set those two to 40", "turn those two off")
  if (['these', 'those'].includes(before) && ['to', 'at', 'by', 'up', 'down', 'off', 'on', 'open', 'closed', 'shut'].includes(next?.text ?? '')) return true;
  return ['the', 'these', 'those', 'my', 'our'].includes(before)
    && (next?.kind === 'area' || next?.kind === 'floor' || (next?.kind === 'noun' && next.plural) || next?.kind === 'entity');
}

export function readTarget(items: readonly Item[], opts: TargetOptions): TargetSpec {
  const spec: TargetSpec = {
    groups: [], exclude: null, excludeText: null, here: false, everywhere: false, everything: false, all: false, pronoun: false, plural: false,
    other: false, thisFloor: false, unknownPlace: null, contrast: false, both: false,
  };
  let cut = items.length;
  let skip = 1;
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!.text;
    if (EXCEPT_WORDS.has(t) && (t !== 'but' || i + 1 < items.length)) {
      cut = i;
      // "… but leave the kitchen on", "… but keep the left one closed": what to leave as it is, said as a contrast.
      // ("close the left curtain but not the right one": which one it is not, as with ", not".)
      if (t === 'but' && (['leave', 'keep'].includes(items[i + 1]?.text ?? '') || items[i + 1]?.text === 'not')) {
        skip = 2;
        spec.contrast = true;
      }
      break;
    }
    // ("close the right one, keep the left open", "… and leave the garage light on": the same, said after a pause.)
    if ((t === ',' || t === 'and') && i > 0 && ['leave', 'keep'].includes(items[i + 1]?.text ?? '') && i + 2 < items.length) {
      cut = i;
      skip = 2;
      spec.contrast = true;
      break;
    }
    // "open the right curtain, not the left one", "… instead of the hall light": which one it is not.
    // (", just not the ceiling", "and only not the …": the same.)
    const softened = t === 'not' && i > 1 && ['just', 'only', 'simply'].includes(items[i - 1]!.text) && [',', 'and', 'but'].includes(items[i - 2]!.text);
    // ("the kitchen light not the ceiling one": said right after what it names, with no pause.)
    const unpaused = t === 'not' && i > 0 && ['noun', 'entity', 'area', 'floor'].includes(items[i - 1]!.kind) && ['the', 'that', 'this', 'those', 'these', 'my', 'our'].includes(items[i + 1]?.text ?? '');
    const contrast = (t === 'not' && i > 0 && [',', 'and', 'but'].includes(items[i - 1]!.text)) || softened || unpaused || (t === 'instead' && items[i + 1]?.text === 'of');
    if (contrast && i + 1 < items.length) {
      cut = softened ? i - 1 : i;
      skip = t === 'instead' || softened ? 2 : 1;
      spec.contrast = true;
      break;
    }
  }
  spec.groups = readGroups(items, 0, cut, opts, spec);
  const count = items.findIndex((_, i) => i < cut && isCount(items, i));
  if (count >= 0) spec.count = (items[count] as Extract<Item, { kind: 'num' }>).value;
  if (cut < items.length) {
    const exSpec: TargetSpec = { ...spec, groups: [] };
    const ex = readGroups(items, cut + skip, items.length, opts, exSpec);
    const merged: TargetGroup = emptyGroup();
    for (const g of ex) {
      merged.names.push(...g.names);
      merged.areas.push(...g.areas);
      merged.floors.push(...g.floors);
      merged.nouns.push(...g.nouns);
      merged.fragments.push(...g.fragments);
      merged.said.push(...g.said);
    }
    // Whatever follows "except" must say what to leave out; when it can't be read, the resolver asks.
    spec.excludeText = items.slice(cut + skip).map((x) => x.text).filter((x) => x !== 'for').join(' ') || null;
    if (hasContent(merged)) spec.exclude = merged;
    // ("except the patio and back doors", "except the desk and porch lights": each part of a list is read alone — a word
    // naming nothing is asked about, never dropped from a merged one.)
    if (ex.length > 1) spec.excludeGroups = ex;
    spec.unknownPlace ??= exSpec.unknownPlace ?? (exSpec.thisFloor ? 'this floor' : null);
  }
  if (spec.all) spec.plural = true;
  return spec;
}

export function isEmptyTarget(spec: TargetSpec): boolean {
  return spec.groups.every((g) => !hasContent(g)) && !spec.everything;
}
