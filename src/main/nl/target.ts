// Reads what a clause is about: names, areas, floors, device nouns, "here"/"everywhere", "all", pronouns,
// lists ("kitchen and bedroom lights", "the lamp and the fan") and exclusions ("except the kitchen").
import type { Item } from './tag';
import type { NounRef, TargetGroup, TargetSpec } from './frame';
import { GRAMMAR_WORDS } from './lexicon';
import { EXCEPT_WORDS, FILLERS, PRONOUNS, QUANT_ALL } from './lexicon-words';
import { GENERIC_NOUNS } from './lexicon-devices';
import { FLOOR_WORDS, isModifierAt, isRepairedModifierAt } from './modifiers';
import { Clause } from './clause';

const PLACE_NOUNS = new Set(['house', 'home', 'apartment', 'flat', 'building', 'place']);
const ROOM_WORDS = new Set(['room', 'rooms', 'area', 'areas', 'space']);

function emptyGroup(): TargetGroup {
  return { names: [], areas: [], floors: [], nouns: [], fragments: [], said: [], trailingLocation: false };
}

function hasContent(g: TargetGroup): boolean {
  return g.names.length + g.areas.length + g.floors.length + g.nouns.length + g.fragments.length > 0;
}

export interface TargetOptions {
  /** Words that belong to the verb or value and must not be read as names (indexes into items). */
  skip?: ReadonlySet<number>;
  /** "home" is a state here ("is anyone home"), not "the whole house". */
  homeIsState?: boolean;
  nameVocab: ReadonlySet<string>;
}

function readGroups(items: readonly Item[], from: number, to: number, opts: TargetOptions, spec: TargetSpec): TargetGroup[] {
  const groups: TargetGroup[] = [];
  let g = emptyGroup();
  let sawNoun = false;
  const firstContent = new Clause([...items]).firstContent();
  // Where each group's names, nouns and describing words start and end, for "the floor lamp" in messages.
  const spans = new Map<TargetGroup, [number, number]>();
  const said = (x: TargetGroup, i: number): void => {
    const span = spans.get(x);
    spans.set(x, span ? [span[0], i] : [i, i]);
  };
  for (let i = from; i < to; i++) {
    if (opts.skip?.has(i)) continue;
    const it = items[i]!;
    const t = it.text;
    const prev = items[i - 1]?.text ?? '';
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
        addNoun(g, { text: t, senses: it.senses, plural: it.plural }, items[i - 1]?.kind === 'noun' && g.nouns.length > 0);
        said(g, i);
        if (it.plural) spec.plural = true;
        sawNoun = true;
        break;
      case 'word':
        if (it.original !== undefined && isRepairedModifierAt(items, i, firstContent)) {
          g.fragments.push(it.original);
          said(g, i);
        } else if (t === 'other' && isModifierAt(items, i, firstContent)) {
          spec.other = true;
        } else if (isModifierAt(items, i, firstContent) && !(FLOOR_WORDS.has(t) && items[i - 1]?.kind === 'word' && !ARTICLES.has(prev))) {
          // "the floor lamp", "the left curtain": a word that says which one; it must be part of a name.
          g.fragments.push(t);
          said(g, i);
        } else if (FLOOR_WORDS.has(t)) {
          readFloorWord(items, i, spec);
        } else if ((t === 'upstairs' || t === 'downstairs') && !opts.nameVocab.has(t)) {
          // Said where no floor is known as upstairs/downstairs: never "everywhere".
          spec.unknownPlace ??= t;
        } else if (t === ',' && ['in', 'on', 'at', 'upstairs', 'downstairs', 'please', 'here'].includes(items[i + 1]?.text ?? '')) {
          // "the lamp, in the bedroom": still the same thing.
        } else if (t === 'and' || t === 'or' || t === ',') {
          if (hasContent(g)) {
            groups.push(g);
            g = emptyGroup();
            sawNoun = false;
          }
        } else if (t === 'here' || (ROOM_WORDS.has(t) && ['this', 'the', 'my', 'our'].includes(prev) && !QUANT_ALL.has(items[i - 2]?.text ?? ''))) {
          spec.here = true;
        } else if (t === 'everywhere' || t === 'throughout' || (PLACE_NOUNS.has(t) && !opts.homeIsState) || (ROOM_WORDS.has(t) && (QUANT_ALL.has(prev) || QUANT_ALL.has(items[i - 2]?.text ?? '')))) {
          spec.everywhere = true;
        } else if (t === 'everything') {
          spec.everything = true;
        } else if (QUANT_ALL.has(t)) {
          spec.all = true;
        } else if (PRONOUNS.has(t) && !(t === 'that' && items[i + 1]?.kind === 'noun') && !(t === 'it' && items[i + 1]?.text === 'is')) {
          // ("it's too cold": "it" is no device.)
          spec.pronoun = true;
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
  if (hasContent(g) || groups.length === 0) groups.push(g);
  for (const x of groups) {
    const span = spans.get(x);
    if (span) x.said = [items.slice(span[0], span[1] + 1).map((y) => (y.kind === 'word' && y.original) || y.text).join(' ')];
  }
  shareAcrossGroups(groups);
  return groups;
}

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
const THIS_WORDS = new Set(['this', 'my', 'our', 'same', 'current']);

/** "on every floor" is everywhere, "on this floor" the speaker's floor; "the second floor" in a home with
 *  no such floor is an unknown place (the floor name, when there is one, was tagged before we get here). */
function readFloorWord(items: readonly Item[], i: number, spec: TargetSpec): void {
  const prev = items[i - 1];
  if (!prev || prev.kind === 'floor') return;
  if (QUANT_ALL.has(prev.text) || QUANT_ALL.has(items[i - 2]?.text ?? '')) spec.everywhere = true;
  else if (THIS_WORDS.has(prev.text)) spec.thisFloor = true;
  else spec.unknownPlace ??= ARTICLES.has(prev.text) ? items[i]!.text : `${prev.text} ${items[i]!.text}`;
}

/** "kitchen and bedroom lights": groups without a noun take the noun of the next group that has one
 *  (or of the previous one: "the lights in the kitchen and the bedroom"); a trailing location
 *  ("the lights and the fans in the kitchen") applies to earlier groups without one. */
export function shareAcrossGroups(groups: TargetGroup[]): void {
  for (let k = groups.length - 1; k >= 0; k--) {
    const cur = groups[k]!;
    if (cur.nouns.length > 0 || cur.names.length > 0) continue;
    const donor = groups.slice(k + 1).find((x) => x.nouns.length > 0) ?? groups.slice(0, k).reverse().find((x) => x.nouns.length > 0);
    if (donor) cur.nouns = donor.nouns;
  }
  // "the lights and the fans in the kitchen": a trailing location applies to earlier groups without one.
  const last = groups[groups.length - 1]!;
  if (groups.length > 1 && last.trailingLocation) {
    for (const x of groups) if (x.areas.length + x.floors.length === 0 && x.names.length === 0) {
      x.areas = last.areas;
      x.floors = last.floors;
    }
  }
}

export function readTarget(items: readonly Item[], opts: TargetOptions): TargetSpec {
  const spec: TargetSpec = {
    groups: [], exclude: null, excludeText: null, here: false, everywhere: false, everything: false, all: false, pronoun: false, plural: false,
    other: false, thisFloor: false, unknownPlace: null,
  };
  let cut = items.length;
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!.text;
    if (EXCEPT_WORDS.has(t) && (t !== 'but' || i + 1 < items.length)) {
      cut = i;
      break;
    }
  }
  spec.groups = readGroups(items, 0, cut, opts, spec);
  if (cut < items.length) {
    const exSpec: TargetSpec = { ...spec, groups: [] };
    const ex = readGroups(items, cut + 1, items.length, opts, exSpec);
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
    spec.excludeText = items.slice(cut + 1).map((x) => x.text).filter((x) => x !== 'for').join(' ') || null;
    if (hasContent(merged)) spec.exclude = merged;
    spec.unknownPlace ??= exSpec.unknownPlace ?? (exSpec.thisFloor ? 'this floor' : null);
  }
  if (spec.all) spec.plural = true;
  return spec;
}

export function isEmptyTarget(spec: TargetSpec): boolean {
  return spec.groups.every((g) => !hasContent(g)) && !spec.everything;
}
