// A choice said in a command ("turn on the bedroom lamp or the porch light", "close one of the curtains", "left or
// right, shut one"): Hearth cannot tell which is meant, so it asks — never does all of them or picks one.
import type { NlResult } from './parser';
import { isNumberToken } from './tokenize';
import { QUESTION_STARTS } from './lexicon-words';

/** After "or", words that do not offer a second thing ("or so", "or else", "or not"). */
const NOT_CHOICE_AFTER = new Set(['so', 'else', 'not', 'something', 'anything', 'whatever', 'thereabouts', 'less', 'more']);

/** Where a command offers a choice of devices: the "or" or "one of" that does; -1 when none does. */
export function choiceAt(tokens: readonly string[]): number {
  if (QUESTION_STARTS.has(tokens[0] ?? '')) return -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'one' && tokens[i + 1] === 'of' && ['the', 'them', 'those', 'these', 'my', 'our'].includes(tokens[i + 2] ?? '')) return i;
    if (t !== 'or' || i === 0) continue;
    if (isNumberToken(tokens[i - 1]) || isNumberToken(tokens[i + 1]) || NOT_CHOICE_AFTER.has(tokens[i + 1] ?? '')) continue;
    return i;
  }
  return -1;
}

const POINTERS = new Set(['that', 'this']);
/** "that one as well", "this one too" (another one, shown not named) and "the thing in the corner" (no name or kind at
 *  all): what is meant cannot be told from the words — asked. */
export function pointsWithoutName(tokens: readonly string[]): boolean {
  const also = tokens.some((w, k) => w === 'too' || w === 'also' || (w === 'as' && tokens[k + 1] === 'well'));
  if (also && tokens.some((w, k) => POINTERS.has(w) && tokens[k + 1] === 'one')) return true;
  return tokens.some((w, k) => ['the', 'that', 'this'].includes(w) && ['thing', 'thingy', 'doohickey', 'gadget'].includes(tokens[k + 1] ?? '')
    && ['in', 'on', 'by', 'near', 'over', 'next'].includes(tokens[k + 2] ?? ''));
}

/** The result, or — where it acts and the command offered a choice — a question back instead. */
export function askWhichOne(tokens: readonly string[], r: NlResult): NlResult {
  if (r.actions.length === 0 || (choiceAt(tokens) < 0 && !pointsWithoutName(tokens))) return r;
  return {
    text: r.text, intent: null, slots: {}, actions: [],
    error: { code: 'AMBIGUOUS', message: choiceAt(tokens) >= 0 ? 'You said one or the other: which one should I do?' : 'Which device do you mean? Say its name.' },
  };
}
