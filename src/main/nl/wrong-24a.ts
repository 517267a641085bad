// Round 24a (issue 14, dev19's wrong actions): readings that moved a device the wrong way — fixed as classes.
// - a misspelt word just before "you" is a modal ("cud you", "kud u", "cad you"), never a command verb: "cud" sounds like
//   "cut", which switched the lamp off in "cud you swich on the bedrom lamp";
// - "the heating" with no place reaching two thermostats is asked (see heatingWhich);
// - "… and the kitchen ceiling lit": "lit" ending a part is "on" (see litSaid24a);
// - "the right one, let it open too" acting on the previous device is asked (see letItNamed24a);
// - "in here" with another room said later, acting on nothing in the speaker's room, is asked (see hereThenPlace).
import type { Frame } from './frame';
import type { NlEntity } from './home';
import type { NlAction } from './actions';
import { joinWords, type NlError } from './errors';
import { editDistance } from './fuzzy';
import type { HomeIndex } from './name-index';
import { tagTokens } from './tag';
import { tokenize } from './tokenize';

const YOU = new Set(['you', 'u', 'ya', 'yu', 'yuo', 'yoo', 'yo']);
const MODALS = ['could', 'would', 'should', 'can', 'will'];

/** The word to read at `i` instead of `repl` when it stands before "you": the modal it is spelled nearest to (at most two
 *  letters off, one only), or itself (left unrepaired) — never a command verb. Null when the repair may stand. */
export function modalBeforeYou24a(tokens: readonly string[], i: number, repl: readonly string[]): string | null {
  if (repl.length !== 1 || !YOU.has(tokens[i + 1] ?? '') || MODALS.includes(repl[0]!)) return null;
  const w = tokens[i]!.replace(/^k/, 'c');
  const d = MODALS.map((m) => editDistance(w, m));
  const best = Math.min(...d);
  // (Of equally near ones, the one ending as the word does: "cud" is "could", not "can".)
  const near = MODALS.filter((m, k) => d[k] === best);
  const ends = near.filter((m) => m.endsWith(w.slice(-1)));
  const one = near.length === 1 ? near[0]! : ends.length === 1 ? ends[0]! : null;
  return best <= 2 && one ? one : tokens[i]!;
}

/** What the parser knew when a step was read (as wrong-23j.ts's Step23j). */
export interface Step24a {
  frame: Frame;
  entities: readonly NlEntity[];
  actions: readonly NlAction[];
  /** The speaker's room. */
  area?: string | null;
}

/** A step read and built; an error when acting on it could move a device it was not meant for. */
export function stepDoubt24a(s: Step24a): NlError | null {
  if (s.actions.length === 0 || s.frame.query) return null;
  return heatingWhich(s) ?? hereThenPlace(s);
}

// - "the heating" / "the heat" with no place, and no all/every/both/everywhere, switched on (or set) at two or more
//   thermostats: which one is asked (as "turn the heat up" already is) — "turn the heating on" switched on both thermostats (dev19 unsure, "ask").
const COLLECTIVE_HEAT = new Set(['heating', 'heat', 'heater', 'heaters', 'heatings']);
function heatingWhich(s: Step24a): NlError | null {
  const t = s.frame.target;
  if (t.all || t.everywhere || t.everything || t.both || t.here || t.thisFloor || t.pronoun || t.other || t.count !== undefined) return null;
  if (t.groups.length === 0 || t.groups.some((g) => g.quantified || g.areas.length > 0 || g.floors.length > 0 || g.names.length > 0)) return null;
  if (!t.groups.some((g) => g.nouns.some((n) => COLLECTIVE_HEAT.has(n.text)))) return null;
  // ("the heating off" is all of it, as rounds 7 and 20a have it: switching every thermostat off is what was asked.)
  const climates = s.entities.filter((e) => e.domain === 'climate' && s.actions.some((a) => a.entity === e.id && a.service !== 'turn_off'));
  if (climates.length < 2) return null;
  const names = climates.map((e) => e.name);
  return {
    code: 'AMBIGUOUS',
    message: `Which heating: ${joinWords(names, 'or')}?`,
    options: names,
    next: 'Say which one, or "both".',
  };
}

// - "lit" / "lighted" ending a part ("kitchen cabinets out and kitchen ceiling lit") is "on": it was dropped, and the part
//   took the verb said before it, switching the ceiling off. ("lit up" is left as it is: on or brighter is asked.)
const LIT = /(?<!\b(?:was|were|been)\s+)\b(?:lit|lighted)\b(?!\s+up\b)(?=\s*(?:$|[,.;:!?]|\s(?:and|then|please|too|again|for|until|till|in|at|now)\b))/gi;

/** The sentence with "lit" said as "on", or null when it has no such "lit". */
export function litSaid24a(said: string): string | null {
  const out = said.replace(LIT, 'on');
  return out !== said ? out : null;
}

// - "the right one, let it open too" after Curtain Left opened the left one: a device named first (a name, a kind, or "the
//   left/right/other one"), then "let it …", acted on the previous command's device instead. Which "it" means is asked.
const LET_IT = /^(.*?\S)\s*(?:[,;:]|\band\b|\bthen\b)\s*(?:(?:please|just|now|so)\s+)*let\s+(?:it|them)\b/i;

/** An error when "let it …" acted on the previous command's devices although a device was named before it. */
export function letItNamed24a(said: string, actions: readonly NlAction[], previous: readonly string[] | null | undefined, index: HomeIndex): NlError | null {
  if (!previous || previous.length === 0 || actions.length === 0) return null;
  const m = LET_IT.exec(said.trim());
  if (!m) return null;
  const items = tagTokens(index, tokenize(m[1]!));
  const named = items.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && /^(?:one|ones|left|right|other)$/.test(x.text)));
  if (!named || !actions.some((a) => previous.includes(a.entity))) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Which do you mean by "it": what you named ("${m[1]!.trim()}"), or what you used last?`,
    next: 'Say the device with what to do, for example "open the right curtain".',
  };
}

// - "the lights in here and the fan in the living room" said in the kitchen: the place said last was put on "in here" too (the
//   living room's lights). A step with "in here" and another room named, where nothing in the speaker's room is acted on,
//   is asked.
function hereThenPlace(s: Step24a): NlError | null {
  const t = s.frame.target;
  if (!t.here || !s.area) return null;
  const others = t.groups.flatMap((g) => g.areas).filter((a) => a.name !== s.area);
  if (others.length === 0) return null;
  const acted = s.entities.filter((e) => s.actions.some((a) => a.entity === e.id));
  if (acted.some((e) => e.area === s.area)) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Which room do you mean for "in here": ${s.area}, or ${joinWords([...new Set(others.map((a) => a.name))], 'or')}?`,
    next: 'Say each with its own room, for example "the kitchen lights and the fan in the living room".',
  };
}
