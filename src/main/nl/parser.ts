// The parser's entry point: build once per home, then parse sentences. Pure TypeScript, no Node APIs.
//   const parser = createParser(home);
//   parser.parse('turn on the kitchen lights and dim them to 50%', { area: 'Kitchen' });
import type { NlHome } from './home';
import type { Frame, Op, Timing } from './frame';
import { endAsCommand, fillPlaceholders, keepValueKind, namesNoKind, valueKindOf, verblessFrame, strayValues } from './continuity';
import { buildIndex, type HomeIndex } from './name-index';
import { rawTokens, tokenize } from './tokenize';
import { surfaceFinder } from './fold';
import { readTrigger, splitWhen, sunCondition, toldWhen, type WhenSplit } from './when';
import { lightAsDevice, tagTokens, type Item } from './tag';
import { politeOnly, splitClauses, type SplitClause } from './split';
import { extractTiming } from './timing';
import { readClause } from './stated';
import { settleAtPlace, settleGenericNames } from './generic-names';
import { carryPlaceBack, withoutCarried } from './carry';
import { resolveTarget } from './resolve';
import { answerFor, settleQuery } from './answer';
import { intentOf, slotsOf } from './slots';
import { alreadySo, buildActions, conflictingActions, type NlAction } from './actions';
import { howLong, morningOrAfternoon, notUnderstood, nowOrLater, pastTime, pauseOrOff, sameAsWhat, unclearDelay, vagueTime, type NlError } from './errors';
import { bareRoomLevel, comfortable, degreesQuestion, fanSpeedQuestion, levelOrTemperature, percentOutOfRange, percentTemperatureQuestion, roomTemperature, temperatureQuestion, temperatureStepQuestion, unknownPositionQuestion } from './units';
import { unwrapRequest } from './requests';
import { asSaid19b } from './sayings-19b';
import { reworded } from './asked-after-name';
import { describingPart, openingAside, type Thread } from './asides';
import { settledTiming21h } from './asides';
import { askWhichOne } from './choice';
import { correctionWords, correctSentence } from './correction';
import { roomOrDevice, sameOutcome, type ClashItem } from './clash';
import { askInstead, guardSaid, unusedWord } from './guard';
import { unknownQueryWord21c } from './unknown-21c';
import { butLeavesOut, cannotUndoAfter, comparedWithOther, dependsOnAnswer, sameOnce } from './steps';
import { carryDevice21b } from './doubt-21b';
import { otherUnitRoom21b } from './doubt-21b';
import { otherUnitInList21i } from './doubt-21i';
import { otherNameWord21i } from './doubt-21i';
import { strayPart22b } from './doubt-22b';
import { partRoom22b } from './doubt-22b';
import { robotPlace21g } from './robot-21g';
import { robotPlaceSaid21g } from './robot-21g';
import { openingRooms21g } from './robot-21g';
import { robotRoom21g } from './robot-21g';
import { said22a } from './said-22a';
import { pronounListed23a } from './doubt-23a';
import { placesThenIts23r } from './review-23r';
import { lampsNotLamps23r } from './review-23r';
import { reminder23r } from './review-23r';
import { lockNotSaid23r } from './review-23r';
import { coverAllTheWay23b } from './ways-23b';
import { partnerPlace23b } from './ways-23b';
import { leadInSetAside23b } from './leadin-23b';
import { stepDoubt23j } from './wrong-23j';
import { stepDoubt24a } from './wrong-24a';
import { litSaid24a } from './lit-24a';
import { letItNamed24a } from './letit-24a';
import { said25c } from './said-25c';
import { mended25d } from './said-25d';
import { general27a } from './general-27a';
import { wrong25e } from './wrong-25e';
import { roomAir25a } from './air-25a';
import { said25a } from './said-25a';
import { wrongSaid25f } from './wrong-25f';
import { wrong26a } from './wrong-26a';
import { said25b } from './said-25b';
import { said26c } from './said-26c';
import { said27c } from './said-27c';
import { wrong26b } from './wrong-26b';
import { wrong27w } from './wrong-27w';
import { said27w } from './said-27w';
import { plain27b, general27b } from './general-27b';
import { sides27d } from './sides-27d';
import { general28c } from './general-28c';
import { general28b, questionActed28b } from './general-28b';
import { general28a, plain28a } from './general-28a';

export type { NlContext, NlParser, NlParserOptions, NlResult, NlStep } from './parser-types';
import type { NlContext, NlParser, NlParserOptions, NlResult, NlStep } from './parser-types';

/** Quotes in messages, and the subject a clarifying answer replaces, as the speaker wrote them ("Φως
 *  Κουζίνας"), where folding changed more than the case ("φωσ κουζινασ"). */
function asSaid(text: string, error: NlError): NlError {
  // (A phrase said as written, but for case, is quoted as it is: no need to read the sentence's words again.)
  const lower = text.toLowerCase();
  const find = surfaceFinder(text, tokenize);
  const surface = (phrase: string): string => {
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(lower)) return phrase;
    const found = find(phrase);
    return found !== null && found.toLowerCase() !== phrase ? found : phrase;
  };
  const out = { ...error, message: error.message.replace(/"([^"]+)"/g, (_, p: string) => `"${surface(p)}"`) };
  if (out.subject !== undefined) out.subject = surface(out.subject);
  return out;
}

/** Rewrites of loose sayings into the plain sentence the parser reads, tried in this order; null when none applies. */
const PLAIN_SAYINGS: readonly ((said: string, index: HomeIndex, context: NlContext) => string | null)[] = [
  (said) => plain28a(said), // round 28a: "X needs to be N warmer than it is" is "make X N warmer" (general-28a.ts)
  (said) => plain27b(said), // round 27b: a list of floors said with commas, "… and leave X be" (general-27b.ts)
  (said) => litSaid24a(said), // round 24a: "… and the ceiling lit" is "on" (lit-24a.ts)
  (said) => said27c(said), // round 27c: waits and clock times said loosely (said-27c.ts)
  (said, index) => said26c(said, index), // round 26c: questions, polite wrappers, devices said loosely (said-26c.ts)
  (said, index) => said25c(said, index), // round 25c: exclusions, clock times, floors, devices said loosely (said-25c.ts)
  (said, index) => said25a(said, index), // round 25a: values, rooms' temperatures and colours (said-25a.ts)
  (said, index, context) => said25b(said, index, context.previous), // round 25b: stop, covers, flip, "those two" (said-25b.ts)
  (said, index) => said27w(said, index), // round 27w: "every light we have, turn them off", "no lights needed in here, off" (said-27w.ts)
];

/** Longer input is not a spoken command; refusing it keeps parse time bounded. */
const MAX_TEXT = 2000;
export function createParser(home: NlHome, options: NlParserOptions = {}): NlParser {
  const index = buildIndex(home);
  const homeDomains = new Set(home.entities.map((e) => e.domain));
  const convention = options.slots ?? 'combination';

  /** A value said of a place with no kind, that can only be its temperature: in degrees, or where there is a thermostat
   *  and nothing with a level. */
  const onlyAir = (f: Frame, said: readonly Item[]): boolean => {
    if (!namesNoKind(f) || f.query || !f.target.groups.some((g) => g.areas.length > 0)) return false;
    if (f.op === 'temperature') return true;
    const v = bareRoomLevel(f, said.some((x) => x.text === '%' || x.text === 'percent'), true);
    if (v === null || !comfortable(v, home)) return false;
    const asLevel = resolveTarget({ frame: f, index, contextArea: null, previous: null });
    const asAir = resolveTarget({ frame: { ...f, op: 'temperature', unit: null }, index, contextArea: null, previous: null });
    return (asLevel.error !== undefined || asLevel.entities.length === 0) && !asAir.error && asAir.entities.some((e) => e.domain === 'climate');
  };

  const parse = (said: string, context: NlContext = {}): NlResult => {
    // (round 23r: "remind me" and several places then "its" are asked; "lamps" reaching lights that are no lamps is asked —
    // review-23r.ts. One device told two things at once is asked by conflictingActions, in readItems.)
    // A loose saying said plainly is read as the plain sentence (each rewrite returns null when its words are absent).
    for (const plainly of PLAIN_SAYINGS) {
      const plain = plainly(said, index, context);
      if (plain !== null) return { ...parse(plain, context), text: said };
    }
    const its23r = reminder23r(said) ?? placesThenIts23r(said, index);
    if (its23r) return { text: said, intent: null, slots: {}, actions: [], error: its23r };
    const done27a = general28c(said, general27a(said, mended25d(said, parse22(said, context), index, (t) => parse22(t, context), context.area ?? null), index, (t) => parse(t, context)), (t) => parse(t, context)); // (round 28c: refused fillers between steps, verbless states, the passive future, waits, copied values — general-28c.ts; round 25d: refused polite, misspelt and lead-in sayings said plainly — said-25d.ts; round 27a: any polite, question, lead-in or loose-device frame peeled off a refused sentence — general-27a.ts)
    const done27b = general28a(said, general27b(said, done27a, (t) => parse(t, context), context.previous), (t) => parse(t, context)); // (round 27b: refused stop, flip, exclusion and floor sayings read by one vocabulary each — general-27b.ts; round 28a: refused values said loosely — two kinds for one device, "main" beside a thermostat, "drop the tv to 12", an aside after — general-28a.ts)
    const done27d = sides27d(said, done27b, parse, context, index); // (round 27d: refused sides said loosely, a question about an unknown room — sides-27d.ts)
    const done = questionActed28b(said, general28b(said, done27d, (t) => parse(t, context), index)); // (round 28b: refused loose device names, trailing reasons, cover and valve sayings; a yes/no question read as a command asked — general-28b.ts)
    const asked23r = done.error ? null : lampsNotLamps23r(said, done.actions, home.entities) ?? lockNotSaid23r(said, done.actions)
      ?? letItNamed24a(said, done.actions, context.previous, index); // (round 24a: letit-24a.ts)
    const asked25e = asked23r || done.error ? null : wrong25e(said, done.actions, context, index, home, (t) => parse(t, context)); // (round 25e: a misheard "could you", "it" listed first, "the play lights", "all the doors" in a room, a namesake elsewhere — wrong-25e.ts)
    if (asked25e) return { text: said, intent: null, slots: {}, actions: [], error: asked25e };
    const asked25f = asked23r || done.error ? null : wrongSaid25f(said, done.actions, context.area, index); // (round 25f: "not here", "not X, Y", a bare room after "<room> lamp" — wrong-25f.ts)
    if (asked25f) return { text: said, intent: null, slots: {}, actions: [], error: asked25f };
    const asked26b = asked23r || done.error ? null : wrong26b(said, done.actions, context.area, context.previous, index); // (round 26b: "those" with nothing before, one "light" on several, a place then "its" dropped — wrong-26b.ts)
    if (asked26b) return { text: said, intent: null, slots: {}, actions: [], error: asked26b };
    const asked27w = asked23r || done.error ? null : wrong27w(said, done.actions, context.area, index); // (round 27w: a vague tail "and stuff", "in here" with no room, a repeat's undo — wrong-27w.ts)
    if (asked27w) return { text: said, intent: null, slots: {}, actions: [], error: asked27w };
    const read26a = asked23r ? null : wrong26a(said, done, context, (t) => parse(t, context)); // (round 26a: amounts copied, "close it back up", "both" of three, "and in 10 minutes close it" — wrong-26a.ts)
    if (read26a) return read26a;
    return asked23r ? { text: said, intent: null, slots: {}, actions: [], error: asked23r } : done;
  };

  const parse22 = (said: string, context: NlContext = {}): NlResult => {
    // (round 22a: sayings read wrongly before — "once more", "up too degrees", "…, put their lights on" — said plainly)
    const text = said22a(said, index) ?? said;
    if (text !== said) return { ...parse(text, context), text: said };
    const tokens = tokenize(text);
    const whole = guardSaid(tokens, askWhichOne(tokens, parseSaid(text, context)), () => asSaid19b(rawTokens(text)));
    return leadInSetAside23b(text, whole, index, (rest) => parse(rest, context), !!context.area) ?? whole; // (round 23b: a lead-in naming nothing, set aside)
  };

  const parseSaid = (text: string, context: NlContext = {}): NlResult => {
    if (text.length > MAX_TEXT) {
      return { text, intent: null, slots: {}, actions: [], error: { code: 'BAD_INPUT', message: `That is too long: say one command of up to ${MAX_TEXT} characters.` } };
    }
    const { tokens, request } = unwrapRequest(reworded(tokenize(text)));
    // "is it possible to lock the front door?" asks for something to be done, not about the door.
    const asked = !request && text.trim().endsWith('?');
    const items = tagTokens(index, tokens);
    const read = (xs: Item[]): NlResult => {
      const when = splitWhen(xs);
      return when ? readWhen(text, when, context, asked) : readTagged(text, xs, context, asked);
    };
    // "make the kitchen ceiling light blue": the light, blue — or light blue? Where both read and differ, asked.
    const other = lightAsDevice(index, items);
    const r = read(items);
    if (!other) return r;
    const alt = read(other);
    if (alt.error || sameOutcome(r, alt)) return r;
    if (r.error) return alt;
    const colour = items.find((x) => x.kind === 'color' && x.text.startsWith('light '))!.text;
    const options = [colour, colour.split(' ')[1]!];
    return { text, intent: null, slots: {}, actions: [], error: { code: 'AMBIGUOUS', message: `Which colour: ${options[0]} or ${options[1]}?`, options } };
  };

  /** "when the front door opens, turn on the hall light": the command, started by the state it names. */
  const readWhen = (text: string, when: WhenSplit, context: NlContext, asked: boolean): NlResult => {
    const fail = (error: NlError): NlResult => ({ text, intent: null, slots: {}, actions: [], error: asSaid(text, error) });
    // "when the sun sets, switch the porch light on": at sunset, every day.
    const sun = sunCondition(when.condition);
    if (sun && when.command.length > 0 && !when.notify) {
      return readTagged(text, [...when.command, { kind: 'word', text: 'at', known: true }, { kind: 'word', text: sun, known: true }], context, asked);
    }
    const trigger = readTrigger(when.condition, index);
    if ('code' in trigger) return fail(trigger);
    if (when.notify) return fail(toldWhen(trigger));
    const whatToDo = (): NlResult => fail({ code: 'NOT_UNDERSTOOD', message: `What should happen ${trigger.text}?`, next: 'Say it like "when the front door opens, turn on the hall light".' });
    if (when.command.length === 0) return whatToDo();
    const r = readTagged(text, when.command, context, asked);
    if (r.error) return r;
    if (r.actions.length === 0) return whatToDo();
    if (r.schedule) {
      return fail({
        code: 'UNSUPPORTED',
        message: `Say either what starts it ("${trigger.text}") or when it runs ("${r.schedule.text}"), not both.`,
        next: 'To run it only at some times, add a condition to the automation under Automations.',
      });
    }
    return { ...r, schedule: trigger };
  };

  /** Tagged words → result; a device named like a room or floor is read both ways where either may be meant. */
  const readTagged = (text: string, items: Item[], context: NlContext, asked: boolean): NlResult => {
    const clashes = items.filter((i): i is ClashItem => i.kind === 'entity' && i.place !== undefined);
    if (clashes.length === 0) return readItems(text, items, context, asked);
    // A device named like a room or floor, said where either could be meant: read it both ways. When only
    // one reading works, or both do the same, that is what was meant; otherwise ask which.
    const asName = readItems(text, items.map((i) => (i.kind === 'entity' && i.place ? { ...i, place: undefined } : i)), context, asked);
    const asPlace = readItems(text, items.map((i) => (i.kind === 'entity' && i.place ? i.place : i)), context, asked);
    if (asName.error && !asPlace.error) return asPlace;
    if (asPlace.error && !asName.error) return asName;
    if (asName.error && asPlace.error) return asPlace;
    if (sameOutcome(asName, asPlace)) return asName;
    return { text, intent: null, slots: {}, actions: [], error: asSaid(text, roomOrDevice(clashes[0]!, index)) };
  };

  const readItems = (text: string, items: Item[], context: NlContext, questionMark: boolean): NlResult => {
    // ("on the second floor, open the curtain and …": a place said first, alone, is where — "on" there is no switching.)
    const clauses = splitClauses(items, index.nameVocab).map((c, k, all) => (k === 0 && all.length > 1 && ['on', 'in', 'at'].includes(c.items[0]!.text)
      && c.items.slice(1).every((x) => ['the', 'and', ','].includes(x.text) || x.kind === 'floor' || x.kind === 'area') && c.items.some((x) => x.kind === 'floor' || x.kind === 'area') ? { ...c, items: c.items.slice(1) } : c));
    const steps: NlStep[] = [];
    /** Where the next step happens and what "it" is, as the parts read so far leave them (see asides.ts). */
    const thread: Thread = {
      place: context.area ?? null,
      leadPlace: null,
      previous: context.previous?.length ? home.entities.filter((e) => context.previous!.includes(e.id)) : null,
      asides: 0,
    };
    let inherited: Frame['timing'] | null = null;
    let lastDelay = 0;
    /** The kind of value the step before set ("temperature"), for "… and the office to 66". */
    let lastKind: Op | null = null;
    const read: { clause: Item[]; after: SplitClause['after']; rest: Item[]; timing: Timing | null; frame: Frame | null; onlyTiming: boolean; contrast?: boolean }[] = [];
    const contrasts = new Set<NlStep>();
    /** The unit of the last wait said ("in 15 minutes"), for a bare "and in 30 …" after it. */
    let unitBefore: number | null = null;
    clauses.forEach(({ items: clause, after, contrast }, k) => {
      const { items: rest, timing } = extractTiming(clause, context.now ?? null, context.clock ?? '24h', unitBefore);
      if (timing?.unitS) unitBefore = timing.unitS;
      // "in half an hour, lock the back door and …", "wait ten minutes then …": when, for the steps after it.
      const onlyTiming = timing !== null && k < clauses.length - 1 && rest.every((x) => politeOnly(x.text));
      let frame = onlyTiming ? null : readClause(rest, index, homeDomains, questionMark && k === clauses.length - 1);
      // "close the left curtain, then the right one": the verb of the step before.
      // A name said alone after another step ("… and then the porch light", "… the same for the porch light") is
      // that step again, not "switch it on".
      if ((!frame || (frame.bare && k > 0)) && !onlyTiming) frame = verblessFrame(rest, read[k - 1]?.frame ?? null, index) ?? frame;
      // "left curtain closed, and could you open the right one": among other commands, how a device should end is one.
      if (!frame && !onlyTiming && clauses.length > 1 && !questionMark) frame = endAsCommand(rest, (x) => readClause(x, index, homeDomains, false));
      if (frame) settleGenericNames(frame, index, context.area ?? null);
      read.push({ clause, after, rest, timing, frame, onlyTiming, contrast });
    });
    const carried = carryPlaceBack(read.map((r) => r.frame));
    /** Which moment each action belongs to: "then" starts the next ("off and on again" is no clash). */
    const momentOf = new Map<NlAction, number>();
    let moment = 0;
    read.forEach(({ clause, after, timing, frame, onlyTiming, contrast }, k) => {
      if (after === 'then') moment++;
      const aside = openingAside(read, k, thread);
      if (aside) {
        if (aside.error) steps.push({ intent: null, slots: {}, actions: [], error: aside.error });
        return;
      }
      if (timing?.unclear) {
        steps.push({ intent: null, slots: {}, actions: [], error: unclearDelay(timing.unclear) });
        return;
      }
      if (onlyTiming && timing && !timing.vague && !timing.askClock) {
        const effective = after === 'then' && timing.delayS !== undefined && !timing.schedule ? { ...timing, delayS: timing.delayS + lastDelay } : timing;
        inherited = effective;
        lastDelay = effective.delayS ?? lastDelay;
        return;
      }
      const described = describingPart(read, k, index, thread);
      if (!('rest' in described)) {
        // (round 21h: a timing said in it is when the steps after it happen, or asked — asides.ts)
        const when21h = described.error ? null : settledTiming21h(timing);
        if (when21h && 'timing' in when21h) [inherited, lastDelay] = [when21h.timing, when21h.timing.delayS ?? lastDelay];
        const error21h = described.error ?? (when21h && 'error' in when21h ? when21h.error : undefined);
        if (error21h) steps.push({ intent: null, slots: {}, actions: [], error: error21h });
        return;
      }
      const { rest, talkedAbout } = described;
      const onAnswer = k > 0 ? dependsOnAnswer(rest) : null;
      if (!frame || onAnswer) {
        steps.push({ intent: null, slots: {}, actions: [], error: onAnswer ?? notUnderstood(clause.map((i) => i.text).join(' ')) });
        return;
      }
      // "the same for the bedroom lamp", "the porch light too" with nothing said before: the same as what? Asked —
      // never "turn it on".
      if (k === 0 && frame.bare && (after === 'then' || rest.some((x) => x.text === 'too' || x.text === 'also'))) {
        steps.push({ intent: null, slots: {}, actions: [], error: sameAsWhat(rest.filter((x) => !['too', 'also', 'then', 'please'].includes(x.text)).map((x) => x.text).join(' ')) });
        return;
      }
      // ("close the left curtain now and the right one in ten minutes" read as one step: both moments can't be meant.)
      if (timing?.delayS !== undefined && rest.some((x) => x.text === 'now') && !frame.query) {
        steps.push({ intent: null, slots: {}, actions: [], error: nowOrLater() });
        return;
      }
      // ("pause the telly for a sec": paused, and left so — a player is started again by whoever paused it. "turn off the
      // lights for a sec": for how long is asked.)
      if (timing?.brief && !['pause', 'mute', 'stop'].includes(frame.op)) {
        steps.push({ intent: null, slots: {}, actions: [], error: howLong(timing.brief) });
        return;
      }
      if (timing?.vague && !frame.query) {
        steps.push({ intent: null, slots: {}, actions: [], error: vagueTime(timing.vague) });
        return;
      }
      if (timing?.past && !frame.query) {
        steps.push({ intent: null, slots: {}, actions: [], error: pastTime(timing.past) });
        return;
      }
      if (timing?.askClock && !frame.query) {
        steps.push({ intent: null, slots: {}, actions: [], error: morningOrAfternoon(timing.askClock) });
        return;
      }
      if (timing) {
        // "... in 5 minutes, then turn them off after 10 minutes": the second wait starts after the first.
        frame.timing = (after === 'then' || (timing.later && k > 0)) && timing.delayS !== undefined && !timing.schedule ? { ...timing, delayS: timing.delayS + lastDelay } : timing;
      } else if (inherited) frame.timing = inherited;
      else if (after === 'then' && lastDelay > 0) frame.timing = { delayS: lastDelay };
      // A timing said first ("in 5 minutes turn on ... and close ...") or a clock time covers the steps after it.
      const saidFirst = k === 0 && rest[0] !== clause[0];
      if (timing && (saidFirst || timing.schedule !== undefined)) inherited = timing;
      const twoValues = strayValues(frame, rest);
      if (twoValues) {
        steps.push({ intent: null, slots: {}, actions: [], error: twoValues });
        return;
      }
      // "make it 70 in the office": "it" is the room's air, not a device said before — the number is said of the room.
      const t = frame.target;
      const airIt = frame.op === 'level' && typeof frame.value === 'number' && t.pronoun && t.onePronoun === 'it' && namesNoKind(frame) && (t.here || t.groups.some((g) => g.areas.length + g.floors.length > 0));
      if (airIt) t.pronoun = false;
      // (round 22b: a stop word the step did not read, "it" listed with nothing before, a repaired name said twice — doubt-22b.ts)
      const stray22b = strayPart22b(frame, rest, thread.previous);
      if (stray22b) return void steps.push({ intent: null, slots: {}, actions: [], error: stray22b });
      fillPlaceholders(frame, thread.previous, index);
      // ("in the office, turn the thermostat up": a device called by its kind is there — never the "Thermostat" elsewhere.)
      if (thread.leadPlace !== null && thread.place === thread.leadPlace) settleAtPlace(frame, index, thread.leadPlace);
      carryDevice21b(frame, read[k - 1]?.frame, rest);
      const op21i = frame.op;
      keepValueKind(frame, lastKind, rest);
      let res = resolveTarget({ frame, index, contextArea: partnerPlace23b(frame, thread.place, context.area ?? null), previous: thread.previous });
      if (res.error?.code === 'NO_MATCH' && carried[k]!.length > 0 && !frame.target.plural) {
        // "turn off the tv and turn on the lights in the bedroom": when the one TV is elsewhere, it is meant.
        const alone = resolveTarget({ frame: withoutCarried(frame, carried[k]!), index, contextArea: null, previous: thread.previous });
        if (!alone.error && alone.entities.length === 1) res = alone;
      }
      coverAllTheWay23b(frame, res.error ? undefined : res.entities, rest, text); // (round 23b: a cover's way with no amount is all the way)
      res = roomAir25a(frame, res, rest.some((x) => x.text === '%' || x.text === 'percent'), (f) => resolveTarget({ frame: f, index, contextArea: thread.place, previous: thread.previous })) ?? res; // (round 25a: a room's up/down is its thermostat's when nothing there has a level — air-25a.ts)
      // "set the living room to 72": a temperature or a brightness? Only one reading that fits is taken.
      const bare = bareRoomLevel(frame, rest.some((x) => x.text === '%' || x.text === 'percent'), namesNoKind(frame));
      const otherUnit = bare === null || roomTemperature(bare, home) ? null : otherUnitRoom21b(bare, frame, res, home, (f) => resolveTarget({ frame: f, index, contextArea: thread.place, previous: thread.previous }));
      const inList = otherUnit ?? otherUnitInList21i(op21i, frame, rest, read[k - 1], res, home, (f) => resolveTarget({ frame: f, index, contextArea: thread.place, previous: thread.previous }));
      if (inList) return void steps.push({ intent: null, slots: {}, actions: [], error: inList });
      if (bare !== null && roomTemperature(bare, home)) {
        const asTemp = resolveTarget({ frame: { ...frame, op: 'temperature', unit: null }, index, contextArea: thread.place, previous: thread.previous });
        const thermostats = asTemp.error ? [] : asTemp.entities.filter((e) => e.domain === 'climate');
        const levels = res.error ? [] : res.entities;
        // ("I'd like 71 in the living room and 68 in the office", "living room 70 office 64": a place beside one whose
        // number can only be a temperature is a temperature too; "make it 75 in the living room" alone is still asked.)
        const airSaid = read.some((r, j) => j !== k && r.frame !== null && onlyAir(r.frame, r.rest));
        // ("set the living room to 67 and a half": a half is said of degrees, never of a light's percent.)
        // ("make it 69 in here", said in a room with a thermostat: how the room feels to the speaker — its temperature, as
        // dev8, dev10 and v11 label it; "make it 75 in the living room" is still asked, as dev5 labels it.)
        if ((levels.length === 0 || ((airSaid || (airIt && t.here) || !Number.isInteger(bare)) && comfortable(bare, home))) && thermostats.length > 0) {
          frame.op = 'temperature';
          frame.unit = null;
          res = asTemp;
        } else if (levels.length > 0) {
          const where = frame.target.groups.flatMap((g) => [...g.areas.map((a) => `the ${a.name}`), ...g.floors.map((f) => `the ${f.name}`)]).join(' and ') || 'here';
          steps.push({ intent: null, slots: {}, actions: [], error: levelOrTemperature(bare, where, levels, thermostats, home) });
          return;
        }
      }
      const named = frame.target.groups.flatMap((g) => g.areas.map((a) => a.name));
      if (named.length === 1) thread.place = named[0]!;
      if (frame.query) settleQuery(frame, res);
      const intent = intentOf(frame, res);
      const step: NlStep = { intent, slots: intent ? slotsOf(intent, frame, res, convention) : {}, actions: [] };
      if (res.error) step.error = res.error;
      // "the tv, turn it off": the name only says what "it" is.
      if (frame.bare && !res.error && talkedAbout) {
        thread.previous = res.entities;
        return;
      }
      // (round 21c: an unknown word the question's target did not take is asked about — unknown-21c.ts)
      const unknownAsked = frame.query && !res.error ? unknownQueryWord21c(rest, res.entities.flatMap((e) => [e.name, ...(e.aliases ?? []), e.area ?? ''])) : !res.error ? otherNameWord21i(rest, res.entities, index.entities) ?? partRoom22b(frame, rest, res.entities, home.areas, home.entities) : null;
      if (unknownAsked) step.error = unknownAsked;
      else if (frame.query) {
        step.answer = answerFor(frame, res, home.temperatureUnit);
        // ("is the left curtain open? close it": "it" is what was just asked about.)
        if (!res.error && res.entities.length > 0 && !frame.target.pronoun) thread.previous = res.entities;
      } else if (!res.error) {
        // "22" in a °F home: which unit was meant is asked, not guessed.
        const saidPercent = rest.some((x) => x.text === '%' || x.text === 'percent');
        // ("stop the tv", "stop it" said of a player: pause, or off?)
        const players = res.entities.filter((e) => e.domain === 'media_player');
        const stopAsked = (frame.stopPlayer || frame.op === 'stop') && players.length > 0 ? pauseOrOff(players.map((e) => e.name)) : null;
        const unitAsked = stopAsked ?? askInstead(frame, res.entities, rest, read.length) ?? unusedWord(frame, rest) ?? cannotUndoAfter(frame) ?? comparedWithOther(frame, rest) ?? percentTemperatureQuestion(frame, res.entities, saidPercent) ?? temperatureQuestion(frame, res.entities, home)
          ?? temperatureStepQuestion(frame, res.entities, home) ?? unknownPositionQuestion(frame, res.entities)
          ?? fanSpeedQuestion(frame, res.entities, saidPercent) ?? percentOutOfRange(frame, res.entities) ?? degreesQuestion(frame, res.entities, rest)
          ?? pronounListed23a(frame, rest, res.entities, thread.previous);
        if (unitAsked) step.error = unitAsked;
        else {
          // (round 21g: a room said is the robot's area; one it still dropped, or "start a cleaning", is asked — robot-21g.ts)
          const parts21g = read.slice(0, k + 1).map((r) => r.clause);
          step.actions = buildActions(frame, res.entities, home, robotPlace21g(res, robotPlaceSaid21g(parts21g, thread.leadPlace, thread.asides)));
          const opening21g = step.actions.some((a) => a.entity.startsWith('vacuum.')) ? openingRooms21g(tokenize(text), parts21g, (w) => index.areaByKey.get(w)?.name ?? null, context.area ?? null) : [];
          const robotAsked = robotRoom21g(frame, step.actions, parts21g, context.area ?? null, thread.asides, (thread.previous ?? []).flatMap((e) => (e.area ? [e.area] : [])), opening21g);
          if (robotAsked) {
            step.error = robotAsked;
            step.actions = [];
          }
          // "keep the lamp on for two hours": a device already so is left as it is now; only the end is timed.
          if (frame.timing?.durationS && rest.some((x) => x.text === 'still')) step.actions = step.actions.filter((a) => !alreadySo(a, res.entities, frame.timing!.delayS ?? 0));
          for (const a of step.actions) momentOf.set(a, moment);
          thread.previous = res.entities;
          lastKind = valueKindOf(frame, res.entities);
          lastDelay = Math.max(0, ...step.actions.map((a) => a.delay_s));
        }
      }
      const doubt23j = step.error ? null : stepDoubt23j({ frame, entities: res.entities, clause, rest, actions: step.actions, area: context.area ?? null, previous: context.previous ?? null }); // (round 23j: wrong-23j.ts)
      if (doubt23j) [step.error, step.actions] = [doubt23j, []];
      const doubt24a = step.error ? null : stepDoubt24a({ frame, entities: res.entities, actions: step.actions, area: context.area ?? null }); // (round 24a: wrong-24a.ts)
      if (doubt24a) [step.error, step.actions] = [doubt24a, []];
      if (frame.timing?.schedule) step.schedule = frame.timing.schedule;
      if (contrast) contrasts.add(step);
      steps.push(step);
    });
    if (steps.length === 0) return { text, intent: null, slots: {}, actions: [], error: notUnderstood(text) };
    const failed = steps.find((s) => s.error && !(s.answer !== undefined && s.error.code === 'NO_MATCH'));
    butLeavesOut(steps, contrasts, momentOf);
    const asked = steps.filter((s) => s.answer !== undefined);
    const answers = asked.map((s) => (asked.length > 1 && typeof s.slots['name'] === 'string' ? `${s.slots['name']}: ${s.answer}` : s.answer!));
    const result: NlResult = {
      text,
      intent: steps.length === 1 ? steps[0]!.intent : null,
      slots: steps.length === 1 ? steps[0]!.slots : {},
      actions: failed ? [] : sameOnce(steps.flatMap((s) => s.actions)),
    };
    // Two things at once for one device that can't both be meant: asked, never one of them by order.
    const clash = steps.filter((x) => x.actions.length > 0).length > 1 ? conflictingActions(result.actions, momentOf) : null;
    if (clash) {
      const name = home.entities.find((e) => e.id === clash)?.name ?? clash;
      result.actions = [];
      result.error = { code: 'AMBIGUOUS', message: `I heard two different things for ${name} at the same time. Which one did you mean?`, next: 'Say it once for each device.' };
      return result;
    }
    if (answers.length > 0) result.answer = answers.join(answers.length > 1 ? '. ' : '');
    const schedule = steps.find((s) => s.schedule)?.schedule;
    if (schedule) result.schedule = schedule;
    if (steps.length > 1) result.steps = steps;
    if (failed?.error) result.error = asSaid(text, failed.error);
    return result;
  };

  const correct = (previous: string, text: string, context: NlContext = {}): NlResult | null => {
    const words = correctionWords(text);
    if (!words) return null;
    const fixed = correctSentence(index, previous, words);
    if ('error' in fixed) return { text, intent: null, slots: {}, actions: [], error: fixed.error };
    return parse(fixed.text, context);
  };

  return { home, parse, correct };
}
