// Target → entities. Names first (exact, then the words of names), else area/floor/"here" × device kind.
// Never guesses: a singular thing that fits several devices is a question back ("Which lamp: ...?"),
// an unknown word is UNKNOWN_NAME, and nothing that fits is NO_MATCH.
import type { NlArea, NlEntity, NlFloor } from './home';
import type { Frame, Op, TargetGroup, TargetSpec } from './frame';
import { droppedGroup, otherOfKind } from './guard';
import type { NounSense, StateSense } from './lexicon-devices';
import type { HomeIndex } from './name-index';
import { singular } from './name-index';
import { defaultDomains, supports } from './ops';
import { fitsNoun, fitsState } from './match';
import { ambiguous, joinWords, noMatch, otherThanWhat, nothingLeftOut, notKnown, stillPending, unknownPlace, type NlError } from './errors'; import { oneLeftOut } from './exclude-16'; import { mainNamed, mainOne } from './main-17k'; import { otherPartner } from './other-17k'; import { otherOfMany } from './doubt-18'; import { coveringList } from './coverings-19a';
import { PENDING_DOMAIN } from './home';
import { cannotDo } from './kind-words';
import { tokenize } from './tokenize';

export interface Resolution {
  entities: NlEntity[];
  /** What the speaker named, as the home spells it (for slots and messages). */
  names: string[];
  areas: string[];
  floors: string[];
  areaFromContext: boolean;
  /** The device kind the speaker meant, when said with a noun or implied by the verb. */
  sense: NounSense | null;
  /** For questions: the state meaning that fits. */
  state: StateSense | null;
  error?: NlError;
}

export interface ResolveInput {
  frame: Frame;
  index: HomeIndex;
  contextArea: string | null;
  /** Devices of the previous step, for "them"/"it". */
  previous: readonly NlEntity[] | null;
}

const isQuery = (op: Op): boolean => op.startsWith('query_');
/** Nouns that name a whole kind of device: "the lights" are all lights, not those called "… Light". */
const KIND_WORDS = new Set(['light', 'lighting', 'switch', 'fan', 'cover', 'lock', 'valve', 'sensor', 'detector', 'climate',
  'heating', 'media', 'music', 'player', 'scene', 'script', 'vacuum', 'mower', 'person', 'people', 'device', 'thing']);
/** Covers that hang at a window, which people call by each other's names (a curtain is no blind, though). */
const WINDOW_COVERINGS = new Set(['blind', 'shade', 'curtain', 'shutter']), BLINDS = new Set(['blind', 'shade', 'shutter']);
/** Operations that stop something already moving. */
const MOTION_STOPS: ReadonlySet<Op> = new Set(['stop', 'pause']);
const ROBOT_OPS: ReadonlySet<Op> = new Set(['clean_area', 'vacuum_start', 'return_to_base', 'mower_start', 'mower_dock']);

function inLocation(e: NlEntity, areas: readonly NlArea[], floors: readonly NlFloor[]): boolean {
  if (areas.length === 0 && floors.length === 0) return true;
  const a = e.area?.toLowerCase();
  const f = e.floor?.toLowerCase();
  return areas.some((x) => x.name.toLowerCase() === a) || floors.some((x) => x.name.toLowerCase() === f);
}

/** Entities in the given areas/floors (all entities when none), using the index's lists. */
function locationPool(index: HomeIndex, areas: readonly NlArea[], floors: readonly NlFloor[]): NlEntity[] {
  if (areas.length === 0 && floors.length === 0) return [...index.entities];
  const seen = new Set<number>();
  for (const a of areas) for (const i of index.byArea.get(a.name.toLowerCase()) ?? []) seen.add(i);
  for (const f of floors) for (const i of index.byFloor.get(f.name.toLowerCase()) ?? []) seen.add(i);
  return [...seen].sort((x, y) => x - y).map((i) => index.entities[i]!);
}

/** The words of a group as said, in order ("floor lamp"), for messages and for clarifying answers. */
function saidPhrase(group: TargetGroup): string {
  return group.said.join(' ');
}

/** Devices still being set up (names and capabilities not known yet), for messages. */
function pendingNames(index: HomeIndex): string[] {
  return (index.byDomain.get(PENDING_DOMAIN) ?? []).map((i) => index.entities[i]!.name);
}

/** Nouns said with a name must fit it: "the back door light" is not the lock called "Back Door". A switch
 *  may be called a light and the other way round (a plug powering a lamp). */
function nounFits(e: NlEntity, group: TargetGroup): boolean {
  if (group.nouns.length === 0) return true;
  const swap: Readonly<Record<string, string>> = { light: 'switch', switch: 'light' };
  return group.nouns.some((n) => n.senses.some((s) => s.domain === e.domain || swap[s.domain] === e.domain));
}

/** "the lamp", "the tv": when some names contain the noun itself, it means those. "the lamps" too: lamps,
 *  not every light; but "the lights" are all of them. */
function narrowByNounNames(pool: NlEntity[], group: TargetGroup, index: HomeIndex, oneThing: boolean): NlEntity[] {
  for (const noun of group.nouns) {
    // "the light" is any light, even when only one is called "… Light": the kind word never picks by name.
    if (KIND_WORDS.has(singular(noun.text.split(' ').pop()!)) || (!noun.plural && !oneThing)) continue;
    const words = [noun.text, ...(noun.modifier ? [noun.modifier] : [])].map((w) => singular(w.split(' ').pop()!));
    const named = pool.filter((e) => words.some((w) => index.nameTokens[index.position.get(e)!]!.includes(w)));
    if (named.length > 0) return named;
  }
  return pool;
}

function knownFragment(index: HomeIndex, f: string): boolean {
  if (index.nameVocab.has(f) || index.nameVocab.has(singular(f))) return true;
  if (f.length < 4) return false;
  for (const w of index.nameVocab) if (w.startsWith(f)) return true;
  return false;
}

/** The name as the home spells it ("Front Door"), of the entity's name and aliases the one that was said. */
function spelled(said: string, e: NlEntity): string {
  const key = (s: string): string => tokenize(s).map(singular).join(' ');
  return [e.name, ...(e.aliases ?? [])].find((n) => key(n) === key(said)) ?? e.name;
}

/** Words said of a kind of device that this home has, but whose devices can't do `op` ("unlock the front
 *  door" for a door contact sensor called "Front Door Sensor"): what they are and what they can't do. */
function wrongKind(index: HomeIndex, group: TargetGroup, frame: Frame, areas: readonly NlArea[], floors: readonly NlFloor[]): NlError | null {
  const want = group.fragments.map(singular);
  const has = (e: NlEntity, w: string): boolean => index.nameTokens[index.position.get(e)!]!.includes(w);
  const nouns = group.nouns.map((n) => singular(n.text.split(' ').pop()!));
  const named = locationPool(index, areas, floors).filter((e) => e.domain !== PENDING_DOMAIN && want.every((w) => has(e, w)) && nouns.every((w) => has(e, w)));
  if (named.length === 0 || named.some((e) => supports(e, frame.op))) return null;
  const fitting = named.filter((e) => group.nouns.some((n) => n.senses.some((s) => fitsNoun(e, s))));
  return cannotDo((fitting.length > 0 ? fitting : named)[0]!, frame.op);
}

/** Entities of the given domains (any when null) in the given places, in home order, from the index's lists. */
function candidates(index: HomeIndex, domains: ReadonlySet<string> | null, areas: readonly NlArea[], floors: readonly NlFloor[]): NlEntity[] {
  if (!domains) return locationPool(index, areas, floors);
  const ids: number[] = [];
  for (const d of domains) ids.push(...(index.byDomain.get(d) ?? []));
  ids.sort((x, y) => x - y);
  const out: NlEntity[] = [];
  for (const i of ids) {
    const e = index.entities[i]!;
    if (inLocation(e, areas, floors)) out.push(e);
  }
  return out;
}

/** Sensors measuring one of `classes` in the place; else those whose name says it ("Living room humidity"). */
function measurePool(index: HomeIndex, classes: readonly string[], areas: readonly NlArea[], floors: readonly NlFloor[]): NlEntity[] {
  const sensors = (index.byDomain.get('sensor') ?? []).map((i) => index.entities[i]!).filter((e) => e.deviceClass !== null && classes.includes(e.deviceClass));
  const here = sensors.filter((e) => inLocation(e, areas, floors));
  if (here.length > 0 || (areas.length === 0 && floors.length === 0)) return here;
  const placeWords = [...areas, ...floors].map((p) => p.name.toLowerCase());
  return sensors.filter((e) => placeWords.some((w) => e.name.toLowerCase().includes(w)));
}

function nounSenses(group: TargetGroup, frame: Frame): { sense: NounSense; word?: string }[] {
  const out: { sense: NounSense; word?: string }[] = [];
  for (const n of group.nouns) for (const s of n.senses) out.push({ sense: s, word: singular(n.text.split(' ').pop()!) });
  const implied = frame.impliedDomain;
  if (implied) {
    // "mute the fan", "dock the fan": a kind said that can't do what the verb does is kept, so it is refused —
    // never swapped for a device of the verb's kind (the TV, the robot).
    const kept = out.filter((x) => x.sense.domain === implied);
    return kept.length > 0 ? kept : out.length > 0 ? out : [{ sense: { domain: implied } }];
  }
  return out;
}

/** Picks, among several same-named entities, those that fit the question's state words or measures. */
function narrowForQuery(cands: NlEntity[], frame: Frame): NlEntity[] {
  const q = frame.query;
  if (!q || cands.length <= 1) return cands;
  if (q.states.length > 0) {
    for (const s of q.states) {
      const fit = cands.filter((e) => fitsState(e, s) && (!s.domain || e.deviceClass === (s.deviceClass ?? e.deviceClass)));
      if (fit.length > 0) return fit;
    }
  }
  if (q.measures.length > 0) {
    let best: NlEntity[] = [];
    let bestScore = 0;
    for (const e of cands) {
      const score = q.measures.filter((m) => m === e.deviceClass).length;
      if (score > bestScore) {
        best = [e];
        bestScore = score;
      } else if (score === bestScore && score > 0) best.push(e);
    }
    if (best.length > 0) return best;
  }
  return cands;
}

function resolveNames(group: TargetGroup, input: ResolveInput, res: Resolution): NlEntity[] | NlError {
  const { frame, index } = input;
  const out: NlEntity[] = [];
  for (const ref of group.names) {
    const all = ref.refs.map((r) => index.entities[r]!);
    res.names.push(all[0]!.name);
    if (!isQuery(frame.op)) {
      // Words said with the name must belong to it: "the kitchen ceiling spotlight" is not "Kitchen Ceiling".
      const extra = mainNamed(group.fragments.filter((f) => !all.some((e) => index.nameTokens[index.position.get(e)!]!.includes(singular(f)))), all, index);
      if (extra.length > 0 || !all.some((e) => nounFits(e, group))) {
        return notKnown(saidPhrase(group), all.map((e) => e.name), true, pendingNames(index));
      }
    }
    if (all.every((e) => e.domain === PENDING_DOMAIN)) return stillPending(all[0]!);
    let cands = all.filter((e) => supports(e, frame.op));
    if (cands.length === 0) return cannotDo(all[0]!, frame.op, spelled(ref.text, all[0]!));
    if (group.areas.length + group.floors.length > 0) {
      // "the kitchen overhead light": the one in the kitchen, else one that has no room at all.
      const inside = cands.filter((e) => inLocation(e, group.areas, group.floors));
      const roomless = cands.filter((e) => !e.area);
      if (inside.length + roomless.length === 0) return noMatch(all[0]!.name, group.areas.map((a) => a.name), group.floors.map((f) => f.name));
      cands = inside.length > 0 ? inside : roomless;
    } else if (cands.length > 1 && input.contextArea) {
      // Two "Ceiling Light"s: the one in the speaker's room.
      const here = cands.filter((e) => e.area?.toLowerCase() === input.contextArea!.toLowerCase());
      if (here.length > 0) cands = here;
    }
    // "the ceiling lights" for several devices called "Ceiling Light" means all of them.
    const saidPlural = ref.text.endsWith('s') && !all[0]!.name.toLowerCase().endsWith('s');
    if (isQuery(frame.op)) cands = narrowForQuery(cands, frame);
    else if (cands.length > 1 && !saidPlural && !frame.target.all) {
      return ambiguous(all[0]!.name, cands.map((e) => (e.area ? `the one in the ${e.area}` : e.id)));
    }
    out.push(...cands);
  }
  return out;
}

function scopeEntities(group: TargetGroup, input: ResolveInput, res: Resolution, singularAsk: boolean): NlEntity[] | NlError {
  const { frame, index } = input;
  const spec = frame.target;
  let areas: NlArea[] = group.areas;
  const floors = group.floors;
  let fromContext = false;
  // Questions are about the whole home unless they say "here" — or ask about "the light" in the speaker's room.
  const oneThingAsked = frame.query?.quantifier === 'one' && group.nouns.length > 0 && group.nouns.every((n) => !n.plural);
  const useContext = isQuery(frame.op) && frame.op !== 'query_temperature' ? spec.here || oneThingAsked : !spec.everywhere;
  if (spec.here && areas.length + floors.length === 0 && !input.contextArea && !isQuery(frame.op)) /* "in here", no room known: asked */ return { code: 'AMBIGUOUS', message: 'Which room are you in? Say the room, for example "the lights in the kitchen".' };
  if (areas.length === 0 && floors.length === 0 && useContext && input.contextArea) {
    areas = [index.areaByKey.get(input.contextArea.toLowerCase()) ?? { id: input.contextArea, name: input.contextArea, floor: null }];
    fromContext = true;
  }
  for (const a of areas) if (!res.areas.includes(a.name)) res.areas.push(a.name);
  for (const f of floors) if (!res.floors.includes(f.name)) res.floors.push(f.name);
  res.areaFromContext ||= fromContext && group.areas.length === 0;

  const senses = nounSenses(group, frame);
  const defaults = defaultDomains(frame.op);
  // For robots the place is what to clean or mow, not where the robot stands.
  const placeIsData = ROBOT_OPS.has(frame.op);
  const useDefaults = defaults && !(isQuery(frame.op) && frame.op !== 'query_temperature');
  // "the office one", "the thing in the kitchen" with no kind said before: any device there that can do it.
  const anyKind = group.nouns.length > 0 && group.nouns.every((n) => n.placeholder && n.senses.length === 0);
  const domains = senses.length > 0 ? new Set(senses.map((s) => s.sense.domain)) : useDefaults && !anyKind ? defaults : null;
  let pool = candidates(index, domains, placeIsData ? [] : areas, placeIsData ? [] : floors).filter((e) => supports(e, frame.op));
  if (senses.length > 0) {
    const listed = coveringList(senses, senses.map((s) => pool.filter((e) => fitsNoun(e, s.sense, s.word))), pool, group, spec.groups);
    if (!Array.isArray(listed)) return listed;
    let bySense = listed;
    // "close the blinds in here" where the room has a shade: in a place said, blinds, shades and shutters go by any of
    // their names — only when none of the kind said is there. (A curtain is no blind: "the curtains upstairs" is not the shade.)
    if (bySense.every((l) => l.length === 0) && areas.length + floors.length > 0 && senses.every((s) => s.sense.domain === 'cover' && BLINDS.has(s.sense.deviceClass ?? ''))) {
      // (To act, a curtain never stands in for a shade; what "except …" leaves out, or a question, may be any covering.)
      bySense = [pool.filter((e) => e.domain === 'cover' && (isQuery(frame.op) ? WINDOW_COVERINGS : BLINDS).has(e.deviceClass ?? ''))];
    }
    const firstHit = bySense.findIndex((l) => l.length > 0);
    res.sense ??= senses[firstHit >= 0 ? firstHit : 0]!.sense;
    pool = [...new Set(bySense.flat())];
  } else if (useDefaults && !anyKind) {
    pool = pool.filter((e) => defaults.has(e.domain));
  }
  const measures = frame.query?.measures ?? [];
  if (senses.length === 0 && group.names.length === 0 && (frame.op === 'query_temperature' || (frame.op === 'query_value' && measures.length > 0))) {
    const classes = frame.op === 'query_temperature' ? ['temperature'] : measures;
    if (frame.op === 'query_value' || pool.length === 0) pool = measurePool(index, classes, areas, floors);
  }
  const narrow = (list: NlEntity[]): NlEntity[] => narrowByNounNames(list, group, index, singularAsk || frame.query?.quantifier === 'one');
  if (group.fragments.length > 0) {
    // A fragment matches a word of the name, or starts one ("hall" → "Hallway Light"). One that matches
    // nothing is never dropped: "the floor lamp" is not "the lamp" when no lamp is called that.
    const want = group.fragments.map(singular);
    const has = (tokens: readonly string[], w: string): boolean => tokens.includes(w) || (w.length >= 4 && tokens.some((t) => t.startsWith(w)));
    const named = mainOne(pool.filter((e) => want.every((w) => has(index.nameTokens[index.position.get(e)!]!, w))), pool, group, index);
    if (named.length === 0) {
      const wrong = isQuery(frame.op) ? null : wrongKind(index, group, frame, areas, floors);
      if (wrong) return wrong;
      const known = group.fragments.every((f) => knownFragment(index, f));
      const kindSaid = group.nouns.length > 0;
      return notKnown(saidPhrase(group), kindSaid ? narrow(pool).map((e) => e.name) : [], known, pendingNames(index), kindSaid);
    }
    pool = named;
  }
  pool = narrow(pool);
  if (fromContext && pool.length === 0 && (singularAsk || oneThingAsked) && !spec.here) {
    // Nothing of that kind in the speaker's room: look in the whole home. (The slots keep the room the
    // sentence was said in, as HA's context does.) ("make it warmer in here": here, never elsewhere.)
    return scopeEntities(group, { ...input, contextArea: null }, res, singularAsk);
  }
  return pool;
}

const STEPS = new Set<Op>(['brightness_step', 'color_temp_step', 'position_step', 'level_step']);

/** What "except …" leaves out: each part of a list read alone ("the side and back doors"), else the one group.
 *  ("… lights but leave the lamp on": "the lamp" is the one called a lamp, never every light.) */
function excluded(input: ResolveInput, frame: Frame, group: TargetGroup, spec: TargetSpec, pool: readonly NlEntity[]): Resolution {
  const parts = (spec.excludeGroups ?? [group]).map((g) => ((r) => (r.error || g.nouns.some((n) => n.plural) ? r : oneLeftOut({ ...r, entities: narrowByNounNames(r.entities, g, input.index, true) }, g, pool)))(resolveTarget({ ...input, frame: { ...frame, op: 'query_value', target: { ...spec, pronoun: false, exclude: null, excludeText: null, excludeGroups: undefined, groups: [g] } }, contextArea: null, previous: null })));
  return parts.find((r) => r.error) ?? { ...parts[0]!, entities: [...new Set(parts.flatMap((r) => r.entities))] };
}

export function resolveTarget(input: ResolveInput): Resolution {
  const { frame } = input;
  const spec = frame.target;
  const res: Resolution = { entities: [], names: [], areas: [], floors: [], areaFromContext: false, sense: null, state: null };
  const hasContent = spec.groups.some((g) => g.names.length + g.areas.length + g.floors.length + g.nouns.length + g.fragments.length > 0);
  if ((spec.pronoun || !hasContent) && !spec.everything && !spec.everywhere && input.previous && input.previous.length > 0 && !isQuery(frame.op)) {
    res.entities = input.previous.filter((e) => supports(e, frame.op));
    if (res.entities.length === 0) res.error = cannotDo(input.previous[0]!, frame.op);
    // ("all but the cabinets off" after the kitchen lights: those, except the cabinets.)
    if (spec.exclude && !res.error) {
      const ex = excluded(input, frame, spec.exclude, spec, res.entities);
      const drop = new Set(ex.error ? [] : ex.entities);
      const kept = res.entities.filter((e) => !drop.has(e));
      if (ex.error) res.error = ex.error;
      else if (kept.length === res.entities.length && !spec.contrast) res.error = nothingLeftOut(spec.excludeText ?? 'that', ex.entities.map((e) => e.name));
      else res.entities = kept;
      if (res.error) res.entities = [];
    }
    // ("close those three" after two curtains: not the devices just acted on — asked.)
    if (!res.error && spec.count !== undefined && res.entities.length !== spec.count) res.error = ambiguous('one', input.previous.map((e) => e.name));
    // "close that one too" after two curtains, "turn it up" after a light and the TV: which one is asked. ("dim it"
    // after the kitchen lights is them all.)
    const kinds = new Set(input.previous.map((e) => e.domain));
    if (!res.error && input.previous.length > 1 && !spec.all && (spec.onePronoun === 'one' || (spec.onePronoun === 'it' && kinds.size > 1))) {
      res.error = { ...ambiguous('one', input.previous.map((e) => e.name)), message: `Which one do you mean: ${joinWords(input.previous.map((e) => e.name).slice(0, 6))}?` };
    }
    return res;
  }
  if (spec.unknownPlace) {
    res.error = unknownPlace(spec.unknownPlace, input.index.floors.map((f) => f.name));
    return res;
  }
  if (spec.thisFloor) {
    // "on this floor": the floor of the room the speaker is in.
    const floorName = input.contextArea ? input.index.areaByKey.get(input.contextArea.toLowerCase())?.floor ?? null : null;
    const floor = input.index.floors.find((f) => f.name === floorName);
    if (!floor) {
      res.error = unknownPlace('this floor', input.index.floors.map((f) => f.name));
      return res;
    }
    for (const g of spec.groups) if (g.areas.length + g.floors.length === 0) g.floors.push(floor);
  }
  if (spec.excludeText !== null && !spec.exclude) {
    res.error = nothingLeftOut(spec.excludeText, []);
    return res;
  }
  const anyAll = spec.all || spec.everything || spec.everywhere || isQuery(frame.op);
  const seen = new Set<NlEntity>();
  for (const group of spec.groups) {
    // Each thing said is singular or plural on its own: "the kitchen lights and the tv" is one TV.
    const singularAsk = !anyAll && (spec.plural ? group.nouns.length > 0 && group.names.length === 0 && group.nouns.every((n) => !n.plural) : true);
    let got = group.names.length > 0 ? resolveNames(group, input, res) : scopeEntities(group, input, res, singularAsk);
    if ('code' in got) {
      res.error = got;
      return res;
    }
    // "the other one": not the one(s) just named — before, or earlier in the list ("the bedroom switch and the other switch").
    const before = input.previous?.length ? input.previous : seen.size > 0 && group !== spec.groups[0] ? [...seen] : null;
    const otherAsked = spec.other && before && !isQuery(frame.op) ? otherOfKind(group, input.index.entities.filter((e) => supports(e, frame.op)), before) ?? otherOfMany(group, before) : null;
    if (otherAsked) return { ...res, error: otherAsked };
    if (spec.other && before) got = otherPartner(got.filter((e) => !before.includes(e)), group, before, input.index);
    const explicitPlace = group.areas.length + group.floors.length > 0 || res.areaFromContext;
    const noTarget = !hasContent && !spec.everything && !spec.everywhere && !spec.all;
    // "turn it off" with nothing said before: ask which, even when one device would fit.
    // ("turn them all off" too: "all" of nothing said is not everything.)
    const orphan = spec.pronoun && !hasContent && !spec.everything && !spec.everywhere && !spec.here && !isQuery(frame.op);
    if ((noTarget || orphan) && !isQuery(frame.op) && (got.length > 1 || (orphan && got.length > 0))) {
      const busy = preferByState(got, frame.op);
      if (busy.length === 1) got.splice(0, got.length, ...busy);
      else if (!explicitPlace || orphan) {
        res.error = ambiguous(res.sense?.domain === 'media_player' || frame.impliedDomain === 'media_player' ? 'player' : 'device', got.map((e) => e.name));
        if (orphan) res.error.message = res.error.message.replace(/^Which (\w+):/, 'Which $1 do you mean:');
        return res;
      }
    }
    // "the right one" with nothing said before it: one of what? Asked, even when one device would fit (like "turn
    // it on" with nothing before) — unless said in the speaker's room, where one fits ("that right one, close it").
    if (group.names.length === 0 && got.length > 0 && group.nouns.some((n) => n.placeholder && n.text === 'one' && n.senses.length === 0) && !(res.areaFromContext && got.length === 1)) {
      res.error = { ...ambiguous('one', got.map((e) => e.name)), message: `Which one do you mean: ${joinWords(got.map((e) => e.name).slice(0, 6))}?` };
      return res;
    }
    // "stop closing the curtain" just after closing one of three: what moves is the one just moved.
    const moved = MOTION_STOPS.has(frame.op) && input.previous && got.length > 1 && group.names.length === 0 ? got.filter((e) => input.previous!.includes(e)) : [];
    if (moved.length === 1 && singularAsk) got = moved;
    // ("ok stop the curtains" just after moving two of three: the ones moving — "all the curtains" or a place said is all.)
    else if (moved.length > 0 && !singularAsk && !anyAll && group.areas.length + group.floors.length === 0) got = moved;
    // "the office one", "the left one": one device, even where a room is said.
    const oneSaid = group.nouns.some((n) => n.placeholder && !n.plural) && !spec.all;
    // ("turn on the lamp in here" where three kitchen lights fit: "the light in the kitchen" is all; a lamp, or "the kitchen light", is one.)
    const oneThing = group.nouns.length > 0 && group.nouns.every((n) => !n.plural && !n.placeholder && ((group.areas.length > 0 && !group.trailingLocation) || !KIND_WORDS.has(singular(n.text.split(' ').pop()!))));
    // ("turn the heating up a bit" with two thermostats and no place said: which one? "All the heating", "the heating
    // off" and a place said are all of them.)
    const oneSetting = (frame.op === 'temperature' || frame.op === 'temperature_step') && !explicitPlace && !anyAll && group.names.length === 0 && group.nouns.some((n) => n.text === 'heating');
    if (oneSetting && got.length > 1) {
      res.error = ambiguous('heating', got.map((e) => e.name));
      return res;
    }
    if ((singularAsk && (!explicitPlace || oneThing)) || oneSaid) {
      if (group.names.length === 0 && got.length > 1 && group.nouns.length > 0) {
        res.error = ambiguous(group.nouns[0]!.text === 'one' ? 'one' : group.nouns[0]!.text, got.map((e) => e.name));
        return res;
      }
      // "turn on the ceiling": a word of two names ("Kitchen ceiling", "Ceiling Fan") is one of them — which is asked.
      if (group.names.length === 0 && got.length > 1 && group.nouns.length === 0 && group.fragments.length > 0 && !spec.plural) {
        res.error = ambiguous(saidPhrase(group) || group.fragments.join(' '), got.map((e) => e.name));
        return res;
      }
    }
    if (spec.groups.length > 1 && !isQuery(frame.op) && !(spec.all && (group.quantified || spec.groups[0]!.quantified)) && droppedGroup(group, got, frame.op, input.index.entities)) return { ...res, error: droppedGroup(group, got, frame.op, input.index.entities)! };
    for (const e of got) seen.add(e);
  }
  let entities = [...seen];
  // "open both curtains" where there are three: which two?
  // (When just two of them are a left and right pair, "Curtain Left" and "Curtain Right", "both" is that pair.)
  const pair = spec.both && spec.groups.length === 1 && entities.length > 2 ? leftRightPair(entities) : null;
  if (pair) entities = pair;
  // "close the two curtains" where three fit: which two? (Never all three, nor two by guess.)
  if (spec.count !== undefined && spec.groups.length === 1 && entities.length !== spec.count && entities.length > 0 && !isQuery(frame.op)) {
    const asked = ambiguous(describeKind(res, frame), entities.map((e) => e.name));
    const many = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][spec.count]!;
    res.error = { ...asked, message: entities.length > spec.count
      ? asked.message.replace(/^Which (.*?):/, (_, kind: string) => `Which ${many} ${kind.replace(/s?$/, 's')}:`)
      : `I found ${entities.length}, not ${many}: ${joinWords(entities.map((e) => e.name), 'and')}. Which did you mean?` };
    return res;
  }
  if (spec.both && spec.groups.length === 1 && entities.length > 2 && !isQuery(frame.op)) {
    const asked = ambiguous(describeKind(res, frame), entities.map((e) => e.name));
    res.error = { ...asked, message: asked.message.replace(/^Which (.*?):/, (_, kind: string) => `Which two ${kind.replace(/s?$/, 's')}:`) };
    return res;
  }
  if (spec.other) {
    // "turn on the reading light and turn off the other lights": all but the ones just named.
    const before = new Set(input.previous ?? []);
    if (before.size === 0 && spec.groups.length < 2) {
      res.error = otherThanWhat(describeKind(res, frame));
      return res;
    }
    entities = entities.filter((e) => !before.has(e));
  }
  if (spec.exclude) {
    const ex = excluded(input, frame, spec.exclude, spec, entities);
    if (ex.error) {
      res.error = ex.error;
      return res;
    }
    const drop = new Set(ex.entities);
    const kept = entities.filter((e) => !drop.has(e));
    // "all the lights except the garage" with no light in the garage: the speaker expected something to
    // stay as it is; doing everything would move what they meant to leave alone.
    if (kept.length === entities.length && !spec.contrast) {
      res.error = nothingLeftOut(spec.excludeText ?? 'that', ex.entities.map((e) => e.name));
      return res;
    }
    entities = kept;
  }
  // "turn everything off" with no place said, nor a room the speaker is in: the whole home is asked about, not done.
  // ("everything in the house", "everything upstairs", "everything in here" say where.)
  if (spec.everything && !spec.everywhere && !isQuery(frame.op) && entities.length > 1 && !res.areaFromContext && spec.groups.every((g) => g.areas.length + g.floors.length + g.names.length === 0)) {
    res.error = { code: 'AMBIGUOUS', message: `Everything in the whole home — all ${entities.length} devices? Say where ("everything in the kitchen"), or "everything in the house".`, options: entities.map((e) => e.name), subject: 'everything' };
    return res;
  }
  // "dim the lights a lot" with no place, no "all" and no room the speaker is in: a change by some amount to every
  // light in the home is asked about ("dim all the lights a bit", "the lights in here" say which).
  if (STEPS.has(frame.op) && !spec.all && !spec.everywhere && !spec.everything && !res.areaFromContext && new Set(entities.map((e) => e.area)).size > 1
    && spec.groups.every((g) => g.areas.length + g.floors.length + g.names.length === 0 && g.nouns.length > 0)) {
    res.error = { code: 'AMBIGUOUS', message: `All ${entities.length} of them, in every room? Say where ("the lights in the kitchen"), or "all the lights".`, options: entities.map((e) => e.name), subject: 'everything' };
    return res;
  }
  res.entities = entities;
  if (entities.length === 0 && !res.error && !isQuery(frame.op)) res.error = noMatch(describeKind(res, frame), res.areas, res.floors);
  return res;
}

/** "pause": the player that is playing; "resume": the one that is paused. */
function preferByState(entities: NlEntity[], op: Op): NlEntity[] {
  const want: Partial<Record<Op, string>> = { pause: 'playing', play: 'paused', next: 'playing', previous: 'playing', mute: 'playing' };
  return want[op] ? entities.filter((e) => e.state === want[op]) : [];
}

function describeKind(res: Resolution, frame: Frame): string {
  const noun = frame.target.groups[0]?.nouns[0]?.text;
  if (noun && noun !== 'one') return noun;
  if (res.names.length > 0) return res.names.join(' and ');
  return (res.sense?.domain ?? frame.impliedDomain ?? 'device').replace('_', ' ');
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
