// Round 15 (issue 14): more ways of saying a thing the grammar reads one way. Run by tokenize() before the other
// phrasing rewrites. Each rewrite is a class of saying, never one sentence.

const ENDS = new Set([',', 'and', 'then', 'please', 'now', 'too', 'also', 'thanks']);

/** The step of `tokens` from `i` on: up to the next join. */
function stepEnd(tokens: readonly string[], i: number): number {
  let k = i;
  while (k < tokens.length && !ENDS.has(tokens[k]!)) k++;
  return k;
}

/** "crack the main valve all the way open": opened all the way — `open`; "crack the valve open", "crack the window": a
 *  small way open (a step, asked where the position is not known). Never "crank" by spelling repair. */
function crack(tokens: string[]): string[] {
  const i = tokens.indexOf('crack');
  if (i < 0 || (i > 0 && !['and', ',', 'then', 'please', 'you', 'just', 'to'].includes(tokens[i - 1]!))) return tokens;
  const end = stepEnd(tokens, i + 1);
  const step = tokens.slice(i + 1, end);
  const open = step.lastIndexOf('open');
  const allWay = step.findIndex((w, k) => w === 'all' && step[k + 1] === 'the' && step[k + 2] === 'way');
  if (allWay >= 0) {
    // ("… all the way open", "… open all the way": said as far as it goes — opened.)
    const object = step.filter((_, k) => k !== open && (k < allWay || k > allWay + 2));
    return [...tokens.slice(0, i), 'open', ...object, ...tokens.slice(end)];
  }
  const small = step.some((w) => ['bit', 'little', 'slightly', 'touch', 'tad'].includes(w));
  const object = step.filter((_, k) => k !== open);
  return [...tokens.slice(0, i), 'open', ...object, ...(small ? [] : ['a', 'bit']), ...tokens.slice(end)];
}

export function sayings15(tokens: string[]): string[] {
  return crack(tokens);
}
