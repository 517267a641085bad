// Which devices of a kind are meant by how they stand to each other or to those said before, for resolve.ts. What it
// decides:
//  - "the other one", "the other curtain": not the one(s) just named; the partner of a left/right pair (other-17k.ts);
//    asked when several could be it (guard.ts, doubt-18.ts); "the other lights": all but those just named;
//  - "both curtains" where three fit: the one left-and-right pair, when there is one;
//  - "the main thermostat": the one whose name has no place (main-17k.ts), never an unknown word;
//  - window coverings said together ("every blind and curtain") or by each other's names ("the blinds in here" for a
//    shade) (coverings-19a.ts);
//  - "it", "them", "those three", "that one too": the devices just acted on, or which of them is asked;
//  - "close the two curtains" where three fit: which two is asked;
//  - "except …": what is left out, and that something is (exclude-16.ts).
import type { Op, TargetGroup, TargetSpec } from './frame';
import type { NlEntity } from './home';
import type { NounSense } from './lexicon-devices';
import type { HomeIndex } from './name-index';
import type { Resolution, ResolveInput } from './resolve';
import { singular } from './name-index';
import { supports } from './ops';
import { fitsNoun } from './match';
import { otherOfKind } from './guard';
import { ambiguous, joinWords, nothingLeftOut, type NlError } from './errors';
import { cannotDo } from './kind-words';
import { oneLeftOut } from './exclude-16';
import { mainNamed, mainOne } from './main-17k';
import { otherPartner } from './other-17k';
import { otherOfMany } from './doubt-18';
import { coveringList } from './coverings-19a';

/** How resolve.ts reads a target, and narrows a kind by the names said ("the lamp"): handed in, as it runs this. */
export interface Resolver {
  resolve: (input: ResolveInput) => Resolution;
  byNounNames: (pool: NlEntity[], group: TargetGroup, index: HomeIndex, oneThing: boolean) => NlEntity[];
}

/** Covers that hang at a window, which people call by each other's names (a curtain is no blind, though). */
const WINDOW_COVERINGS = new Set(['blind', 'shade', 'curtain', 'shutter']);
const BLINDS = new Set(['blind', 'shade', 'shutter']);

/** Words said with a name that belong to none of the devices called that ("the kitchen ceiling spotlight" is not
 *  "Kitchen Ceiling"); "main" beside a thermostat's name is no such word (main-17k.ts). */
export function wordsNotOfName(group: TargetGroup, all: readonly NlEntity[], index: HomeIndex): string[] {
  const extra = group.fragments.filter((f) => !all.some((e) => index.nameTokens[index.position.get(e)!]!.includes(singular(f))));
  return mainNamed(extra, all, index);
}

/** The devices of `pool` with every word said in their names (or a word that starts with it: "hall" → "Hallway Light");
 *  "the main thermostat" is the one whose name has no place (main-17k.ts). */
export function namedBy(pool: NlEntity[], group: TargetGroup, index: HomeIndex): NlEntity[] {
  const want = group.fragments.map(singular);
  const has = (tokens: readonly string[], w: string): boolean => tokens.includes(w) || (w.length >= 4 && tokens.some((t) => t.startsWith(w)));
  return mainOne(pool.filter((e) => want.every((w) => has(index.nameTokens[index.position.get(e)!]!, w))), pool, group, index);
}

/** The devices of `pool` of each kind said, in order; window coverings listed together are every covering of those kinds
 *  (coverings-19a.ts), or the question. `placeSaid`: a room or floor is said, or is the speaker's. */
export function ofKindsSaid(
  senses: readonly { sense: NounSense; word?: string }[],
  pool: NlEntity[],
  group: TargetGroup,
  groups: readonly TargetGroup[],
  placeSaid: boolean,
  query: boolean,
): NlEntity[][] | NlError {
  const listed = coveringList(senses, senses.map((s) => pool.filter((e) => fitsNoun(e, s.sense, s.word))), pool, group, groups);
  if (!Array.isArray(listed)) return listed;
  // "close the blinds in here" where the room has a shade: in a place said, blinds, shades and shutters go by any of
  // their names — only when none of the kind said is there. (A curtain is no blind: "the curtains upstairs" is not the shade.)
  const blindsSaid = senses.every((s) => s.sense.domain === 'cover' && BLINDS.has(s.sense.deviceClass ?? ''));
  if (listed.every((l) => l.length === 0) && placeSaid && blindsSaid) {
    // (To act, a curtain never stands in for a shade; what "except …" leaves out, or a question, may be any covering.)
    return [pool.filter((e) => e.domain === 'cover' && (query ? WINDOW_COVERINGS : BLINDS).has(e.deviceClass ?? ''))];
  }
  return listed;
}

/** "the other one": not the one(s) just named — before (`previous`), or earlier in the list ("the bedroom switch and the
 *  other switch", `seen`): the partner of a left/right pair, when there is one (other-17k.ts); asked when it could be
 *  several. `got` unchanged when nothing was named before. */
export function theOtherOne(
  got: NlEntity[],
  group: TargetGroup,
  groups: readonly TargetGroup[],
  previous: readonly NlEntity[] | null,
  seen: ReadonlySet<NlEntity>,
  op: Op,
  index: HomeIndex,
): NlEntity[] | NlError {
  const before = previous?.length ? previous : seen.size > 0 && group !== groups[0] ? [...seen] : null;
  if (!before) return got;
  const asked = op.startsWith('query_') ? null : otherOfKind(group, index.entities.filter((e) => supports(e, op)), before) ?? otherOfMany(group, before);
  if (asked) return asked;
  return otherPartner(got.filter((e) => !before.includes(e)), group, before, index);
}

/** "turn on the reading light and turn off the other lights": all but the ones just named; null when nothing was named
 *  before (other than what?). */
export function allButBefore(entities: NlEntity[], previous: readonly NlEntity[] | null, groups: number): NlEntity[] | null {
  const before = new Set(previous ?? []);
  if (before.size === 0 && groups < 2) return null;
  return entities.filter((e) => !before.has(e));
}

/** "turn it off", "dim them" (or nothing said of what): `previous`, the devices just acted on, into `res`. */
export function fromBefore(input: ResolveInput, previous: readonly NlEntity[], res: Resolution, resolver: Resolver): Resolution {
  const { frame } = input;
  const spec = frame.target;
  res.entities = previous.filter((e) => supports(e, frame.op));
  if (res.entities.length === 0) res.error = cannotDo(previous[0]!, frame.op);
  // ("all but the cabinets off" after the kitchen lights: those, except the cabinets.)
  if (spec.exclude && !res.error) {
    const kept = keptExcept(input, res.entities, resolver);
    if (Array.isArray(kept)) res.entities = kept;
    else {
      res.error = kept;
      res.entities = [];
    }
  }
  // ("close those three" after two curtains: not the devices just acted on — asked.)
  if (!res.error && spec.count !== undefined && res.entities.length !== spec.count) res.error = ambiguous('one', previous.map((e) => e.name));
  // "close that one too" after two curtains, "turn it up" after a light and the TV: which one is asked. ("dim it"
  // after the kitchen lights is them all.)
  const kinds = new Set(previous.map((e) => e.domain));
  if (!res.error && previous.length > 1 && !spec.all && (spec.onePronoun === 'one' || (spec.onePronoun === 'it' && kinds.size > 1))) {
    res.error = { ...ambiguous('one', previous.map((e) => e.name)), message: `Which one do you mean: ${joinWords(previous.map((e) => e.name).slice(0, 6))}?` };
  }
  return res;
}

/** "open both curtains" where there are three: which two? (When just two of them are a left and right pair, "Curtain
 *  Left" and "Curtain Right", "both" is that pair.) "close the two curtains" where three fit: which two? (Never all three,
 *  nor two by guess.) `kind` names the devices in the question. */
export function bothOrCount(entities: NlEntity[], spec: TargetSpec, query: boolean, kind: () => string): NlEntity[] | NlError {
  const pair = spec.both && spec.groups.length === 1 && entities.length > 2 ? leftRightPair(entities) : null;
  if (pair) entities = pair;
  if (spec.count !== undefined && spec.groups.length === 1 && entities.length !== spec.count && entities.length > 0 && !query) {
    const asked = ambiguous(kind(), entities.map((e) => e.name));
    const many = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][spec.count]!;
    return { ...asked, message: entities.length > spec.count
      ? asked.message.replace(/^Which (.*?):/, (_, said: string) => `Which ${many} ${said.replace(/s?$/, 's')}:`)
      : `I found ${entities.length}, not ${many}: ${joinWords(entities.map((e) => e.name), 'and')}. Which did you mean?` };
  }
  if (spec.both && spec.groups.length === 1 && entities.length > 2 && !query) {
    const asked = ambiguous(kind(), entities.map((e) => e.name));
    return { ...asked, message: asked.message.replace(/^Which (.*?):/, (_, said: string) => `Which two ${said.replace(/s?$/, 's')}:`) };
  }
  return entities;
}

/** The one left-and-right pair among `entities` (names the same but for "left"/"right"), or null. */
function leftRightPair(entities: readonly NlEntity[]): NlEntity[] | null {
  const bySide = new Map<string, { left: NlEntity[]; right: NlEntity[] }>();
  for (const e of entities) {
    const words = e.name.toLowerCase().split(/\s+/);
    const side = words.includes('left') ? 'left' : words.includes('right') ? 'right' : null;
    if (!side || (words.includes('left') && words.includes('right'))) continue;
    const stem = words.filter((w) => w !== side).join(' ');
    const entry = bySide.get(stem) ?? { left: [], right: [] };
    entry[side].push(e);
    bySide.set(stem, entry);
  }
  const pairs = [...bySide.values()].filter((p) => p.left.length === 1 && p.right.length === 1);
  return pairs.length === 1 ? [pairs[0]!.left[0]!, pairs[0]!.right[0]!] : null;
}

/** What is kept of `pool` once "except …" leaves out what it says, or the question. Each part of a list is read alone
 *  ("the side and back doors"), as a question reads it: anywhere, with nothing before; else the one group. "… lights but
 *  leave the lamp on": "the lamp" is the one called a lamp, never every light — with two lamps, which is asked
 *  (exclude-16.ts). Leaving out nothing is asked about too: the speaker expected something to stay as it is. */
export function keptExcept(input: ResolveInput, pool: NlEntity[], resolver: Resolver): NlEntity[] | NlError {
  const { frame, index } = input;
  const spec = frame.target;
  const parts = (spec.excludeGroups ?? [spec.exclude!]).map((g) => {
    const target: TargetSpec = { ...spec, pronoun: false, exclude: null, excludeText: null, excludeGroups: undefined, groups: [g] };
    const r = resolver.resolve({ ...input, frame: { ...frame, op: 'query_value', target }, contextArea: null, previous: null });
    return r.error || g.nouns.some((n) => n.plural) ? r : oneLeftOut({ ...r, entities: resolver.byNounNames(r.entities, g, index, true) }, g, pool);
  });
  const left = parts.find((r) => r.error) ?? { ...parts[0]!, entities: [...new Set(parts.flatMap((r) => r.entities))] };
  if (left.error) return left.error;
  const drop = new Set(left.entities);
  const kept = pool.filter((e) => !drop.has(e));
  if (kept.length === pool.length && !spec.contrast) return nothingLeftOut(spec.excludeText ?? 'that', left.entities.map((e) => e.name));
  return kept;
}
