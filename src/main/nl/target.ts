// Reads what a clause is about: names, areas, floors, device nouns, "here"/"everywhere", "all", pronouns,
// lists ("kitchen and bedroom lights", "the lamp and the fan") and exclusions ("except the kitchen").
import type { Item } from './tag';
import type { TargetGroup, TargetSpec } from './frame';
import { GRAMMAR_WORDS } from './lexicon';
import { EXCEPT_WORDS, FILLERS, PRONOUNS, QUANT_ALL } from './lexicon-words';
import { GENERIC_NOUNS } from './lexicon-devices';

/** Grammar words that also describe one device among several ("the left curtain", "the main valve"). */
const DESCRIPTIVE = new Set(['left', 'right', 'current', 'main', 'top', 'bottom', 'front', 'back', 'side', 'upper',
  'lower', 'middle', 'big', 'small', 'little', 'old', 'new', 'outside', 'inside', 'other', 'white', 'warm', 'cool']);
const PLACE_NOUNS = new Set(['house', 'home', 'apartment', 'flat', 'building', 'place']);
const ROOM_WORDS = new Set(['room', 'rooms', 'area', 'areas', 'space']);

function emptyGroup(): TargetGroup {
  return { names: [], areas: [], floors: [], nouns: [], fragments: [], trailingLocation: false };
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
  for (let i = from; i < to; i++) {
    if (opts.skip?.has(i)) continue;
    const it = items[i]!;
    const t = it.text;
    const prev = items[i - 1]?.text ?? '';
    switch (it.kind) {
      case 'entity':
        g.names.push({ text: t, refs: it.refs, generic: it.generic });
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
        g.nouns.push({ text: t, senses: it.senses, plural: it.plural });
        if (it.plural) spec.plural = true;
        sawNoun = true;
        break;
      case 'word':
        if (t === ',' && ['in', 'on', 'at', 'upstairs', 'downstairs', 'please', 'here'].includes(items[i + 1]?.text ?? '')) {
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
        } else if (PRONOUNS.has(t) && !(t === 'that' && items[i + 1]?.kind === 'noun')) {
          spec.pronoun = true;
        } else if (!FILLERS.has(t) && (!GRAMMAR_WORDS.has(t) || (DESCRIPTIVE.has(t) && opts.nameVocab.has(t)))) {
          g.fragments.push(t);
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
  shareAcrossGroups(groups);
  return groups;
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
    groups: [], exclude: null, here: false, everywhere: false, everything: false, all: false, pronoun: false, plural: false,
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
    }
    if (hasContent(merged)) spec.exclude = merged;
  }
  if (spec.all) spec.plural = true;
  return spec;
}

export function isEmptyTarget(spec: TargetSpec): boolean {
  return spec.groups.every((g) => !hasContent(g)) && !spec.everything;
}
