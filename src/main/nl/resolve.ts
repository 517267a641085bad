// Target → entities. Names first (exact, then the words of names), else area/floor/"here" × device kind.
// Never guesses: a singular thing that fits several devices is a question back ("Which lamp: ...?"),
// an unknown word is UNKNOWN_NAME, and nothing that fits is NO_MATCH.
import type { NlArea, NlEntity, NlFloor } from './home';
import type { Frame, Op, TargetGroup } from './frame';
import { droppedGroup } from './guard';
import type { NounSense, StateSense } from './lexicon-devices';
import type { HomeIndex } from './name-index';
import { singular } from './name-index';
import { defaultDomains, supports } from './ops';
import { fitsNoun, fitsState } from './match';
import { ambiguous, joinWords, noMatch, otherThanWhat, nothingLeftOut, notKnown, stillPending, unknownPlace, type NlError } from './errors';
import { allButBefore, bothOrCount, fromBefore, keptExcept, namedBy, ofKindsSaid, theOtherOne, wordsNotOfName, type Resolver } from './partners';
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
      const extra = wordsNotOfName(group, all, index);
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
  if (spec.here && areas.length + floors.length === 0 && !input.contextArea && !isQuery(frame.op)) {
    // "in here", no room known: asked.
    return { code: 'AMBIGUOUS', message: 'Which room are you in? Say the room, for example "the lights in the kitchen".' };
  }
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
    const bySense = ofKindsSaid(senses, pool, group, spec.groups, areas.length + floors.length > 0, isQuery(frame.op));
    if (!Array.isArray(bySense)) return bySense;
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
    const named = namedBy(pool, group, index);
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

/** How partners.ts reads a part of a target alone, and narrows by the names said. */
const RESOLVER: Resolver = { resolve: resolveTarget, byNounNames: narrowByNounNames };

export function resolveTarget(input: ResolveInput): Resolution {
  const { frame } = input;
  const spec = frame.target;
  const res: Resolution = { entities: [], names: [], areas: [], floors: [], areaFromContext: false, sense: null, state: null };
  const hasContent = spec.groups.some((g) => g.names.length + g.areas.length + g.floors.length + g.nouns.length + g.fragments.length > 0);
  if ((spec.pronoun || !hasContent) && !spec.everything && !spec.everywhere && input.previous && input.previous.length > 0 && !isQuery(frame.op)) {
    // "turn it off", "dim them", "close that one too": the devices just acted on (partners.ts).
    return fromBefore(input, input.previous, res, RESOLVER);
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
    if (spec.other) {
      const other = theOtherOne(got, group, spec.groups, input.previous, seen, frame.op, input.index);
      if (!Array.isArray(other)) return { ...res, error: other };
      got = other;
    }
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
    const listed = spec.groups.length > 1 && !isQuery(frame.op) && !(spec.all && (group.quantified || spec.groups[0]!.quantified));
    const dropped = listed ? droppedGroup(group, got, frame.op, input.index.entities) : null;
    if (dropped) return { ...res, error: dropped };
    for (const e of got) seen.add(e);
  }
  // "open both curtains", "close the two curtains": how many are meant (partners.ts).
  const counted = bothOrCount([...seen], spec, isQuery(frame.op), () => describeKind(res, frame));
  if (!Array.isArray(counted)) {
    res.error = counted;
    return res;
  }
  let entities = counted;
  if (spec.other) {
    // "turn on the reading light and turn off the other lights": all but the ones just named.
    const others = allButBefore(entities, input.previous, spec.groups.length);
    if (!others) {
      res.error = otherThanWhat(describeKind(res, frame));
      return res;
    }
    entities = others;
  }
  if (spec.exclude) {
    // "all the lights except the garage" with no light in the garage: the speaker expected something to
    // stay as it is; doing everything would move what they meant to leave alone.
    const kept = keptExcept(input, entities, RESOLVER);
    if (!Array.isArray(kept)) {
      res.error = kept;
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
