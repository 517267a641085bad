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

/** Said before "up/down in/on …" when that says where, not which way: a join or how the device should end. */
const BEFORE_WHERE = new Set(['and', ',', 'off', 'out', 'on', 'open', 'closed', 'shut', 'locked', 'unlocked', 'too', 'also', 'well']);

const DOWN_ENDS = new Set(['off', 'out', 'close', 'closed', 'shut', 'lower', 'dim']);
const UP_ENDS = new Set(['open', 'raise', 'brighten', 'up']);

/** "lights out on the first floor and down in the basement", "lamp off up in the bedroom": "down"/"up" said with a place
 *  after a join or an end says where it is — never a step down or up. ("turn the lights down in the kitchen" is a step.) */
function whereUpDown(tokens: string[]): string[] {
  return tokens.filter((t, i) => !((t === 'up' || t === 'down') && i > 0 && BEFORE_WHERE.has(tokens[i - 1]!) && ['in', 'on', 'at'].includes(tokens[i + 1] ?? '')
    // (After a join, only in a list of places — a place said before it — and only the way the step already goes: "lights
    // off in the kitchen and up in the bedroom" may be the bedroom's lights up, and is left to be asked.)
    && (!['and', ','].includes(tokens[i - 1]!) || (tokens.slice(0, i).some((w, k) => w === 'floor' || (['in', 'at'].includes(w) && k > 0))
      && tokens.slice(0, i).some((w) => (t === 'down' ? DOWN_ENDS : UP_ENDS).has(w)) && !tokens.slice(0, i).some((w) => (t === 'down' ? UP_ENDS : DOWN_ENDS).has(w))))));
}

const SIDES = new Set(['left', 'right']);

/** "open the curtains, left first then right", "close the blinds, the right one first and then the left": the order of
 *  the two sides — the left and the right one, never every curtain in the home. */
function sidesInOrder(tokens: string[]): string[] {
  const c = tokens.indexOf(',');
  const plural = tokens[c - 1] ?? '';
  if (c < 2 || tokens[c - 2] !== 'the' || !/[a-z]s$/.test(plural) || plural.endsWith('ss')) return tokens;
  let k = c + 1;
  const skip = (...words: string[]): void => {
    while (words.includes(tokens[k] ?? '')) k++;
  };
  skip('the');
  const first = tokens[k];
  if (!first || !SIDES.has(first)) return tokens;
  k++;
  skip('one');
  if (tokens[k] !== 'first') return tokens;
  k++;
  skip('and', ',');
  if (tokens[k] !== 'then') return tokens;
  k++;
  skip('the');
  const second = tokens[k];
  if (!second || !SIDES.has(second) || second === first) return tokens;
  k++;
  skip('one');
  if (k < tokens.length && !ENDS.has(tokens[k]!)) return tokens;
  return [...tokens.slice(0, c - 1), first, plural.slice(0, -1), 'then', 'the', second, 'one', ...tokens.slice(k)];
}

export function sayings15(tokens: string[]): string[] {
  return sidesInOrder(whereUpDown(crack(tokens)));
}
