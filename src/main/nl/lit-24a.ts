// Round 24a (issue 14, dev19 multistep; tests in wrong-24a.test.ts):
// "lit" / "lighted" ending a part ("kitchen cabinets out and kitchen ceiling lit") is "on": it was dropped, and the part
//   took the verb said before it, switching the ceiling off. ("lit up" is left as it is: on or brighter is asked.)
const LIT = /(?<!\b(?:was|were|been)\s+)\b(?:lit|lighted)\b(?!\s+up\b)(?=\s*(?:$|[,.;:!?]|\s(?:and|then|please|too|again|for|until|till|in|at|now)\b))/gi;

/** The sentence with "lit" said as "on", or null when it has no such "lit". */
export function litSaid24a(said: string): string | null {
  const out = said.replace(LIT, 'on');
  return out !== said ? out : null;
}
