// Parts of a sentence that ask for nothing themselves, settled before a part is read as a step (parser.ts runs these
// for each part, in order). What it decides:
//  - lead-ins and asides said first ("before I leave, …", "since nobody's in the garage, …"): set aside, a room said
//    in them being where the rest happens; a condition it can't read is asked about;
//  - parts that only describe ("the left curtain is stuck, so …", leadin-19c.ts), complain ("the office is cold, …")
//    or say where ("okay, I'm in the kitchen now, …"): where the next step happens, or what "it" is;
//  - a device called by its name, then told or asked ("tv, turn off", "bedroom switch: is it on", asked-20a.ts), and
//    "the kitchen lights, dim them": what the next step's "it"/"them" is — asked when it could be several.
// Whatever else is left to parser.ts, with the part's words ("what about" taken off) and whether the next step is about it.
import type { Frame, Timing } from './frame';
import type { NlEntity } from './home';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import { fillPlaceholders, leadIn, onlyTarget, placeSaid, statementLeadIn } from './continuity';
import { carryPlaceForward } from './carry';
import { resolveTarget } from './resolve';
import { isEmptyTarget } from './target';
import { statedDevices } from './stated';
import { isSubject } from './statements';
import { leadIn19c } from './leadin-19c';
import { askedAbout20a } from './asked-20a';
import { ambiguous, notUnderstood, unreadCondition, type NlError } from './errors';
import { howLong, morningOrAfternoon, pastTime, unclearDelay, vagueTime } from './errors';
import { complaint, OPENING_WORDS } from './steps';

/** What the parts read so far leave for the next one. */
export interface Thread {
  /** A room named in one step is where the next step happens unless it names its own
   *  ("close the curtains in the living room and turn on the lamp"). */
  place: string | null;
  /** A room said in a part before the steps ("in the office, …", "the office is freezing, …"). */
  leadPlace: string | null;
  /** What "it"/"them" are: the devices of the step before, or those a part only described. */
  previous: NlEntity[] | null;
  /** Lead-ins set aside so far, all said first. */
  asides: number;
}

/** A part settled here: set aside, or, with `error`, a question in its place. */
export interface Settled {
  error?: NlError;
}

/** A part as split and first read by parser.ts. */
export interface PartRead {
  clause: Item[];
  rest: Item[];
  timing: Timing | null;
  frame: Frame | null;
  onlyTiming: boolean;
}

/** Part `k` of `read`, when a lead-in or aside said first that asks for nothing: set aside (or its unread condition
 *  asked); null when it is no such thing. */
export function openingAside(read: readonly PartRead[], k: number, thread: Thread): Settled | null {
  const { clause, rest, timing, frame, onlyTiming } = read[k]!;
  // "before I leave, turn off …", "for movie night: dim …": a first part that asks for nothing.
  // (A word spelling repair made into a verb — "movie" into "move" — does not make it a command.)
  const noCommand = !frame || (isEmptyTarget(frame.target) && !frame.query && clause.some((x) => x.kind === 'word' && x.original !== undefined));
  // (Several may come first: "alright listen, I need three things: …".)
  // ("before the kids wake up, …": before someone does something — said as when, never a device.)
  const beforeSomeone = clause[0]?.text === 'before' && clause.slice(1, 3).some(isSubject) && !clause.some((x) => ['entity', 'area', 'floor', 'num', 'time'].includes(x.kind));
  const first = k === thread.asides && k < read.length - 1 && !onlyTiming;
  const aside = !first ? null : beforeSomeone ? 'aside' : noCommand || statementLeadIn(clause) ? leadIn(clause, timing) : null;
  if (aside === 'aside') {
    thread.asides++;
    // ("since nobody's in the garage, turn the light off": the one room said is where the rest happens.)
    const rooms = rest.flatMap((x) => (x.kind === 'area' ? [x.area.name] : []));
    if (rooms.length === 1 && !rest.some((x) => x.kind === 'floor')) thread.place = thread.leadPlace = rooms[0]!;
    return {};
  }
  if (aside === 'condition') return { error: unreadCondition(clause.map((i) => i.text).join(' ')) };
  return null;
}

/** Part `k` of `read`, when it only says what the next step is about, or where: settled; otherwise what is left of it
 *  to read as a step (`rest`) and whether the step after it is about it (`talkedAbout`). */
export function describingPart(read: readonly PartRead[], k: number, index: HomeIndex, thread: Thread): Settled | { rest: Item[]; talkedAbout: boolean } {
  const { clause, frame } = read[k]!;
  let rest = read[k]!.rest;
  const nextFrame = read[k + 1]?.frame;
  const first = k === thread.asides;
  // (Round 19c: a part that only describes — leadin-19c.ts.)
  const told19c = first && nextFrame ? leadIn19c(rest, frame, nextFrame, index, thread.place, thread.previous) : null;
  if (told19c) {
    if ('error' in told19c) return { error: told19c.error };
    thread.asides++;
    if (told19c.previous) thread.previous = told19c.previous;
    if (told19c.place) thread.place = thread.leadPlace = told19c.place;
    return {};
  }
  // "it's too warm in the living room, turn the heat down", "the office is cold, bump it up 4 degrees": how it
  // feels only says where (or what "it" is); the step after says what to do — done once, not twice.
  if (first && nextFrame && !nextFrame.query && complaint(rest)) {
    const areas = rest.flatMap((x) => (x.kind === 'area' ? [x.area] : []));
    // ("the basement's chilly, warm it up": a floor said is the place too.)
    const floors = rest.flatMap((x) => (x.kind === 'floor' ? x.floors : []));
    const devices = rest.some((x) => x.kind === 'entity' || x.kind === 'noun');
    if (!devices && areas.length + floors.length === 1) {
      // ("the kitchen is dark, turn them on": a place is not "them" — which devices is asked.)
      const valued = !['on', 'off', 'toggle', 'open', 'close', 'stop'].includes(nextFrame.op);
      if (nextFrame.target.pronoun && isEmptyTarget(nextFrame.target) && valued) {
        nextFrame.target.pronoun = false;
        nextFrame.target.groups[0]!.areas.push(...areas);
        nextFrame.target.groups[0]!.floors.push(...floors);
      }
      if (!nextFrame.target.pronoun || valued) {
        // ("the office is freezing, bump the thermostat up": the thermostat there — never the one named "Thermostat" elsewhere.)
        if (areas.length === 1) thread.place = thread.leadPlace = areas[0]!.name;
        else carryPlaceForward([nextFrame], [], floors);
        return {};
      }
    }
    if (!devices && areas.length + floors.length === 0 && !(nextFrame.target.pronoun && isEmptyTarget(nextFrame.target))) return {};
  }
  // "okay, I'm in the kitchen now, turn on the lights", "so, about the bedroom: close the curtain …": where the rest is.
  const where = first && nextFrame ? placeSaid(rest) : null;
  if (where) {
    if (where.areas.length === 1 && where.floors.length === 0) thread.place = thread.leadPlace = where.areas[0]!.name;
    else carryPlaceForward(read.slice(k + 1).map((r) => r.frame), where.areas, where.floors);
    thread.asides++;
    return {};
  }
  // "rover, go back to base", "tv, turn off": a device called by its name, then told what to do. The name says
  // who is told — never a command ("turn it on") of its own.
  // ("every curtain in the house, stop": the devices said, then what to do with them.)
  const told = frame ? frame.bare : onlyTarget(rest, index) !== null;
  // (Round 20a: "bedroom switch: is it on" is asked of it, never a command — asked-20a.ts.)
  if (first && askedAbout20a(frame, nextFrame)) {
    thread.asides++;
    return {};
  }
  if (first && told && nextFrame && !nextFrame.query && isEmptyTarget(nextFrame.target) && !nextFrame.target.everywhere && !nextFrame.target.here) {
    nextFrame.target.pronoun = true;
  }
  const talkedAbout = nextFrame && !nextFrame.query && nextFrame.target.pronoun && isEmptyTarget(nextFrame.target);
  // "the kitchen lights are off, turn them on": a statement about a device, never a command of its own.
  const said = rest.findIndex((x, n) => n > 0 && (x.text === "'s" || x.text === 'is' || x.text === 'are'));
  const opening = rest.find((x) => !OPENING_WORDS.has(x.text))?.text ?? '';
  const statement = talkedAbout && said > 0 && ['the', 'my', 'our'].includes(opening) && !frame?.query;
  // "what about the right one, open that too": who the next step is about — no question of its own.
  const about = talkedAbout && frame?.query !== undefined && ['what', 'how'].includes(rest[0]?.text ?? '') && rest[1]?.text === 'about';
  if (about) rest = rest.slice(2);
  if ((!frame || statement || about) && talkedAbout) {
    // "the kitchen lights, dim them to 20%": this part only says what "them" is.
    // ("the bedroom curtain's still moving, stop it": what is said about it is set aside.)
    // It must name a device ("the kitchen is dark, turn them on" does not make every device there "them"),
    // and one said in the singular must be one device.
    const head = said > 0 ? rest.slice(0, said) : [];
    const statedTarget = head.some((x) => x.kind === 'entity' || x.kind === 'noun') ? onlyTarget(head, index) : null;
    const target = onlyTarget(rest, index) ?? statedTarget;
    // ("now the left one, close it as well": one of the kind said before.)
    // (Read as the step after it would read it: "the tv" is the TV, not every player.)
    const topicFrame: Frame | null = target && nextFrame ? { op: nextFrame.op, target } : null;
    if (topicFrame) fillPlaceholders(topicFrame, thread.previous, index);
    const topic = topicFrame && resolveTarget({ frame: topicFrame, index, contextArea: thread.place, previous: thread.previous });
    // ("the lamp, turn it off" with two lamps: which one is asked — never both.)
    // ("the bedroom lamp and the garage light, turn them both to 20": a list of devices is plural too — never "it".)
    const fits = target && topic && !topic.error && topic.entities.length > 0
      && (target.plural || target.all || topic.entities.length === 1 || (target.groups.length > 1 && nextFrame!.target.onePronoun !== 'it'));
    if (topic && fits) {
      thread.previous = topic.entities;
      return {};
    }
    if (topic?.error?.code === 'AMBIGUOUS') return { error: topic.error };
    if (target && topic && !topic.error && topic.entities.length > 1 && !statement) {
      const kind = target.groups[0]?.nouns[0]?.text ?? 'one';
      return { error: ambiguous(kind === 'one' ? 'device' : kind, topic.entities.map((e) => e.name)) };
    }
    if (statement) return { error: notUnderstood(clause.map((i) => i.text).join(' ')) };
  }
  // ("the left curtain is stuck, so open the right one": what is said of a device only tells what the next step is about.)
  const stated = !frame && first ? statedDevices(rest, said, opening, nextFrame, index, thread.place, thread.previous) : null;
  if (stated) {
    thread.asides++;
    thread.previous = stated;
    return {};
  }
  return { rest, talkedAbout: !!talkedAbout };
}

/** Round 21h: the timing said in a part settled as one that only says where or what the next step is about ("in 10 minutes,
 *  in the living room, close the curtains", "in the kitchen, at 10pm, turn off the lights", "in 10 minutes, the living room
 *  curtains, close them"): when the steps after it happen — never dropped so that they are done now. A timing that is not
 *  clear (no length, no clock half, a day without a time, a time passed) is asked about. */
export function settledTiming21h(timing: Timing | null): { error: NlError } | { timing: Timing } | null {
  if (!timing) return null;
  if (timing.unclear) return { error: unclearDelay(timing.unclear) };
  if (timing.vague) return { error: vagueTime(timing.vague) };
  if (timing.past) return { error: pastTime(timing.past) };
  if (timing.askClock) return { error: morningOrAfternoon(timing.askClock) };
  if (timing.brief) return { error: howLong(timing.brief) };
  if (timing.delayS === undefined && timing.durationS === undefined && !timing.schedule) return null;
  return { timing };
}
