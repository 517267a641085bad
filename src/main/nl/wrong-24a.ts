// Round 24a (issue 14, dev19's wrong actions): readings that moved a device the wrong way — fixed as classes.
// - a misspelt word just before "you" is a modal ("cud you", "kud u", "cad you"), never a command verb: "cud" sounds like
//   "cut", which switched the lamp off in "cud you swich on the bedrom lamp";
// - "the heating" with no place reaching two thermostats is asked (see heatingWhich);
// - "… and the kitchen ceiling lit": "lit" ending a part is "on" (lit-24a.ts);
// - "the right one, let it open too" acting on the previous device is asked (letit-24a.ts);
// - "in here" with another room said later, acting on nothing in the speaker's room, is asked (see hereThenPlace).
import type { Frame } from './frame';
import type { NlEntity } from './home';
import type { NlAction } from './actions';
import { joinWords, type NlError } from './errors';
import { editDistance } from './fuzzy';

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
