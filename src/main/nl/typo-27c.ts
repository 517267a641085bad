// Round 27c: a letter typed with the key next to the right one ("lanp" for lamp, "kitchwn" for kitchen) is a typo,
// as a swapped or dropped letter is; any other changed letter in a short word may be another word ("perch" is not
// "porch", "heading" is not "heating") and is still not repaired (fuzzy.ts). A real English word ("blonds") is never one.
import { isEnglishWord21c } from './unknown-21c';
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEAR = new Map<string, Set<string>>();
for (const [r, row] of ROWS.entries()) {
  for (const [c, ch] of [...row].entries()) {
    const near = new Set<string>();
    for (const dr of [-1, 0, 1]) {
      const other = ROWS[r + dr];
      if (!other) continue;
      // (the rows are offset by about half a key: the keys above and below are at c and c±1.)
      for (const dc of dr === 0 ? [-1, 1] : dr < 0 ? [0, 1] : [-1, 0]) {
        const k = other[c + dc];
        if (k) near.add(k);
      }
    }
    NEAR.set(ch, near);
  }
}

/** `word` is `v` with one letter typed by a neighbouring key (same length, one letter different). */
export function neighbourKey27c(word: string, v: string): boolean {
  if (word.length !== v.length || word.length < 4) return false;
  let at = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === v[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  // (the first letter is rarely mistyped: "lamp" is not "kamp".)
  return at > 0 && (NEAR.get(v[at]!)?.has(word[at]!) ?? false) && !isEnglishWord21c(word);
}
