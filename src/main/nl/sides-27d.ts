// Round 27d (issue 14): sides said loosely, and questions about a room that is not known.
//  - Sides: a REFUSED sentence that says "left"/"right" is read again with the side said plainly — "far left", "furthest
//    right", "left-most", "right-hand side" are the side ("close the far right curtain"); "<side> (kind|one) <state>, <side>
//    (one) <state>" is two commands ("curtains: left open, right closed", "swap them round: right open, left closed",
//    "only the right curtain closed, the left stays"); "both X, the left and the right, <state>" is "<verb> both X". A
//    speaker's room that has nothing of that kind does not hide the sided device elsewhere ("(Kitchen) open the left
//    curtain"); a room with such a device (not sided) still asks. The new reading is kept only when it acts with no
//    question and every device it acts on is named with the side said (or, for "both", is one left/right pair).
//  - Rooms: a question that answers about "the room" with no speaker's room, or "the <word> room" where the home has no
//    such room ("how warm is the play room"), asks which room / says there is none — it never answered for the whole home.
import type { NlContext, NlResult } from './parser-types';
import type { HomeIndex } from './name-index';
import type { NlEntity } from './home';
import { distance } from 'fastest-levenshtein';

const SIDE_GATE = /\b(?:left|right)/i;
const ROOM_GATE = /\broom\b/i;

/** Words for the state a side is put in, and the verb that does it. */
const STATE: Record<string, string> = {
  open: 'open', opened: 'open', up: 'open', drawn: 'close', closed: 'close', shut: 'close', down: 'close',
};
const STATE_RE = String.raw`(open|opened|up|closed|shut|down)`;

function ask(said: string, code: 'AMBIGUOUS' | 'UNKNOWN_NAME', message: string): NlResult {
  return { text: said, intent: null, slots: {}, actions: [], error: { code, message } } as NlResult;
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** "far left", "furthest right", "left-most", "right hand side" → the side. */
function plainSides(t: string): string {
  return t
    .replace(/\b(?:far|furthest|farthest|very|extreme)[\s-]+(left|right)(?:[\s-]?most)?\b/gi, '$1')
    .replace(/\b(left|right)[\s-]?most\b/gi, '$1')
    .replace(/\b(left|right)[\s-]hand(?:[\s-]side)?\b(?=\s+(?:curtain|shade|blind|one|cover)s?\b)/gi, '$1')
    .replace(/\b(left|right)[\s-]side\b(?=\s+(?:curtain|shade|blind|one|cover)s?\b)/gi, '$1');
}

/** The kind word of the one left/right pair in the home ("curtain" for Curtain Left / Curtain Right), when the speaker's
 *  previous command acted on one of it or the speaker is in its room; else null (no kind said, nothing to go by). */
function pairKind(entities: readonly NlEntity[], context: NlContext): string | null {
  const stems = new Map<string, Set<string>>();
  for (const e of entities) {
    const w = words(e.name);
    const side = w.includes('left') ? 'left' : w.includes('right') ? 'right' : null;
    if (!side || (w.includes('left') && w.includes('right'))) continue;
    const stem = w.filter((x) => x !== side).join(' ');
    stems.set(stem, (stems.get(stem) ?? new Set()).add(side));
  }
  const pairs = [...stems].filter(([, s]) => s.size === 2).map(([stem]) => stem);
  if (pairs.length !== 1 || !/^\p{L}+$/u.test(pairs[0]!)) return null;
  const members = entities.filter((e) => words(e.name).includes(pairs[0]!) && /\b(?:left|right)\b/i.test(e.name));
  const near = members.some((e) => context.previous?.includes(e.id))
    || (!!context.area && members.every((e) => e.area !== null && e.area.toLowerCase().replace(/_/g, ' ') === context.area!.toLowerCase()));
  return near ? pairs[0]! : null;
}

/** "(lead-in:) (the) left (kind|one) open, (and) (the) right (one) closed" → "open the left kind and close the right kind". */
function sideStates(t: string, kind: string): string | null {
  const body = t.replace(/^[^:]*:\s*|^[\p{L}\s]+?\s[-–]\s+/u, '').replace(/[.!]+$/, '').trim();
  const item = String.raw`(?:the\s+)?(left|right)(?:\s+(?:${kind}s?|one))?\s+${STATE_RE}`;
  const m = new RegExp(String.raw`^${item}\s*(?:,|;|\band\b|,\s*and\b)\s*${item}(?:\s+please)?$`, 'i').exec(body);
  if (!m || m[1]!.toLowerCase() === m[3]!.toLowerCase()) return null;
  return `${STATE[m[2]!.toLowerCase()]} the ${m[1]} ${kind} and ${STATE[m[4]!.toLowerCase()]} the ${m[3]} ${kind}`;
}

/** "only the right curtain closed, the left stays (as it is)" → "close the right curtain but leave the left one alone". */
function oneKept(t: string, kind: string): string | null {
  const re = new RegExp(String.raw`^(?:only|just)\s+(?:the\s+)?(left|right)\s+(?:${kind}|one)\s+${STATE_RE}\s*,\s*(?:but\s+)?(?:the\s+)?(left|right)(?:\s+one)?\s+(?:stays?|remains?|can\s+stay)(?:\s+(?:as\s+it\s+is|put|where\s+it\s+is|open|closed|shut))?[.!]*$`, 'i');
  const m = re.exec(t.trim());
  if (!m || m[1]!.toLowerCase() === m[3]!.toLowerCase()) return null;
  return `${STATE[m[2]!.toLowerCase()]} the ${m[1]} ${kind} but leave the ${m[3]} one alone`;
}

/** "both curtains, the left and the right, closed (up)" → "close both curtains". */
function bothSides(t: string, kind: string): string | null {
  const re = new RegExp(String.raw`^both\s+(?:the\s+)?${kind}s\s*,?\s*(?:the\s+)?(?:left|right)\s+and\s+(?:the\s+)?(?:left|right)\s*,?\s*${STATE_RE}(?:\s+up)?(?:\s+please)?[.!]*$`, 'i');
  const m = re.exec(t.trim());
  return m ? `${STATE[m[1]!.toLowerCase()]} both ${kind}s` : null;
}

const acts = (r: NlResult): boolean => !r.error && !r.answer && r.actions.length > 0;

/** Every device acted on is named with a side the sentence said. */
function sidedAsSaid(r: NlResult, said: string, index: HomeIndex): boolean {
  const sides = new Set([...said.toLowerCase().matchAll(/\b(left|right)/g)].map((m) => m[1]!));
  return r.actions.every((a) => {
    const e = index.entities.find((x) => x.id === a.entity);
    return !!e && words(e.name).some((w) => sides.has(w));
  });
}

function inArea(e: NlEntity, area: string, index: HomeIndex): boolean {
  const a = index.areas.find((x) => x.name.toLowerCase() === area.toLowerCase() || x.id === area);
  return !!a && (e.area === a.id || e.area === a.name);
}

/** A refused sentence with a side said loosely, read plainly; else `done`. */
function sides(said: string, done: NlResult, parse: (t: string, c: NlContext) => NlResult, context: NlContext, index: HomeIndex): NlResult {
  if (!SIDE_GATE.test(said)) return done;
  const kind = /\b(curtain|shade|blind)s?\b/i.exec(said)?.[1]?.toLowerCase() ?? pairKind(index.entities, context);
  const plain = plainSides(said);
  if (!done.error) {
    // "right open, left open" after the left curtain opened the right one only: each side as said
    const both = kind ? sideStates(plain, kind) : null;
    const r = both ? parse(both, context) : null;
    return r && acts(r) && r.actions.length === 2 && sidedAsSaid(r, said, index) ? { ...r, text: said } : done;
  }
  const tries: string[] = [];
  if (plain !== said) tries.push(plain);
  if (kind) for (const f of [sideStates, oneKept, bothSides]) { const t = f(plain, kind); if (t) tries.push(t); }
  for (const t of tries) {
    const r = parse(t, context);
    if (acts(r) && (sidedAsSaid(r, said, index) || /^both\b/i.test(said.trim()))) return { ...r, text: said };
  }
  // a speaker's room with nothing of the kind does not hide the sided device elsewhere
  if (context.area && !/\b(?:here|this\s+room)\b/i.test(said)) {
    for (const t of [said, ...tries]) {
      const r = parse(t, { ...context, area: null });
      if (!acts(r) || !sidedAsSaid(r, said, index)) continue;
      const domains = new Set(r.actions.map((a) => index.entities.find((e) => e.id === a.entity)?.domain));
      if (index.entities.some((e) => domains.has(e.domain) && inArea(e, context.area!, index))) return done;
      return { ...r, text: said };
    }
  }
  return done;
}

/** A word close enough to a word of a room's name to be its misspelling ("livng", "bedd" + "room"). */
function nearRoomWord(before: string, index: HomeIndex): boolean {
  const names = index.areas.flatMap((a) => [a.name, ...(a.aliases ?? [])]);
  const near = (a: string, b: string): boolean => a === b || distance(a, b) <= (Math.min(a.length, b.length) <= 6 ? 1 : 2);
  return names.some((n) => {
    const w = words(n);
    return near(`${before}room`, w.join('')) || w.some((x) => x !== 'room' && x.length >= 3 && near(before, x));
  });
}

/** An answer or action said of "the room" with no speaker's room, or of "the <word> room" where the home has no room of
 *  that name (not a misspelling of one): asked ("how warm is the play room", "turn on the lights in the play room"). */
function roomAsked(said: string, done: NlResult, context: NlContext, index: HomeIndex): NlResult {
  if (done.error) return done;
  const answered = done.answer !== undefined && done.answer !== null;
  if (answered && !context.area && /\b(?:in|out)\s+here\b/i.test(said)) return ask(said, 'AMBIGUOUS', 'Which room are you in?');
  if (!ROOM_GATE.test(said)) return done;
  const w = words(said);
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'room') continue;
    const before = w[i - 1] ?? '';
    if (['which', 'what', 'a', 'any', 'each', 'every', 'in', 'of', 'per', 'one', 'no', 'other', 'another', 'next', 'whole', 'entire', ''].includes(before) || /^\d/.test(before)) continue;
    if (['the', 'this', 'that', 'my', 'our', 'your'].includes(before)) {
      if (!context.area && answered) return ask(said, 'AMBIGUOUS', 'Which room do you mean?');
      continue;
    }
    if (!['the', 'this', 'that', 'my', 'our', 'your', 'in'].includes(w[i - 2] ?? '')) continue;
    if (nearRoomWord(before, index)) continue;
    return ask(said, 'UNKNOWN_NAME', `I don't know a room called "${before} room".`);
  }
  return done;
}

/** Round 27d's hook: sides said loosely in a refused sentence; a question about a room that is not known. */
export function sides27d(said: string, done: NlResult, parse: (t: string, c: NlContext) => NlResult, context: NlContext, index: HomeIndex): NlResult {
  return roomAsked(said, sides(said, done, parse, context, index), context, index);
}
