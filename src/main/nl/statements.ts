// A part that tells something rather than asks for it ("I'm working late", "dinner's ready", "everyone's gone", "my plan is
// this"): said first, it is a lead-in — set aside, not read as a device.
import type { Item } from './tag';
import { QUESTION_STARTS } from './lexicon-words';

/** Who or what a lead-in says something about: "I'm off to bed", "it's getting hot", "nobody's home", "here's
 *  what I need", "the guests are here". */
const SUBJECTS = new Set(['i', 'we', 'it', 'nobody', 'everybody', 'everyone', 'somebody', 'someone', 'here', 'there', 'guests', 'kids', 'they', 'you']);
const BE = new Set(['am', 'is', 'are', "'s", 'was', 'were', "'m", "'re"]);
const THINGS = new Set(['thing', 'things']);
/** Said before "thing(s)" in a lead-in: "one more thing", "another thing", "a couple of things". */
const COUNTED = new Set(['more', 'last', 'other', 'another', 'few', 'quick', 'one', 'couple', 'several']);
/** Words that start a question, never the subject of a statement ("what's on", "how's the tv"). */
const NOT_SUBJECTS = new Set([...QUESTION_STARTS, 'why', 'that', 'this', 'which', 'the', 'a', 'an', 'my', 'our', 'so', ',']);

/** "everyone", "nobody" said as who a statement is about — a person word, never a device. */
export const isSubject = (x: Item): boolean => SUBJECTS.has(x.text);

/** A subject and "is"/"am"/"are": "I'm working late", "since nobody's home", "dinner's ready", "my plan is this". */
export function tells(items: readonly Item[]): boolean {
  return items.some((x, k) => BE.has(items[k + 1]?.text ?? '') && (SUBJECTS.has(x.text) || (x.kind === 'word' && !NOT_SUBJECTS.has(x.text))));
}

/** A first part that tells something rather than asks for it — a statement, or "one more thing", "another thing" —
 *  with no device, room or floor in it. */
export function statementLeadIn(items: readonly Item[]): boolean {
  const t = items.map((x) => x.text);
  if (items.some((x) => x.kind === 'entity' || x.kind === 'area' || x.kind === 'floor' || (x.kind === 'noun' && !isSubject(x)))) return false;
  // "one more thing", "one last thing before I forget", "I need three things".
  if (t.some((w, k) => THINGS.has(w) && (COUNTED.has(t[k - 1] ?? '') || items[k - 1]?.kind === 'num')) && t.length <= 8) return true;
  return tells(items);
}
