// Round 25a (issue 14, dev19 values; tests in misses-25a.test.ts):
// "all three kitchen lights to 55 and the one in the garage to 15", "set both lamps to 40 and the fan to 60": the words said
//   again for the part after "and" (the verb said once) took the first part's "all three"/"both" too, so the garage's one
//   light was asked about as "three" ("I found 1, not three"). A quantifier and the count said with it belong to the
//   devices they were said of: they are not said again for the next part.
import type { Item } from './tag';

const QUANTIFIERS = new Set(['all', 'both', 'each', 'every']);

/** The verb words to say again for the next part, without a quantifier (and its count) said last before the first device. */
export function ownQuantifier25a(verb: Item[] | null): Item[] | null {
  if (!verb) return verb;
  const out = [...verb];
  for (;;) {
    const last = out[out.length - 1];
    if (!last) break;
    const countSaid = last.kind === 'num' && Number.isInteger(last.value) && last.value >= 2 && last.value <= 12 && QUANTIFIERS.has(out[out.length - 2]?.text ?? '');
    if (countSaid || (last.kind === 'word' && QUANTIFIERS.has(last.text))) out.pop();
    else break;
  }
  return out;
}
