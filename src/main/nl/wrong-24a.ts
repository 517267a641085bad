// Round 24a (issue 14, dev19's wrong actions): readings that moved a device the wrong way — fixed as classes.
// - a misspelt word just before "you" is a modal ("cud you", "kud u", "cad you"), never a command verb: "cud" sounds like
//   "cut", which switched the lamp off in "cud you swich on the bedrom lamp".
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
