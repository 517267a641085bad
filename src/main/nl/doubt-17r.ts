// Issue 14, round 17r: classes of wrong action found by a review of rounds 17/17p/17k, each asked (when Hearth is not sure,
// it asks). Read on the sentence's words; each check is a class, never a sentence.
import { EXCEPT_WORDS } from './lexicon-words';
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

/** Said right before "the other one" that leave it out: "not the other one", "but not …", "rather than …", "leave …". */
const LEAVE_OUT = table({ not: true, never: true, without: true, leave: true, leaving: true, spare: true, skip: true, skipping: true, ignore: true });
/** Two words said before it that leave it out: "rather than", "instead of", "apart from", "other than". */
const LEAVE_OUT_TWO = table({ 'rather than': true, 'instead of': true, 'apart from': true, 'other than': true, 'as opposed to': true });
/** Said after "the other one" that leave it out: "the other one stays closed", "… alone". */
const LEFT_AFTER = table({ alone: true, stays: true, stay: true, remains: true });
/** Words of "the other …": "the other one", "the other ones", "the other curtain". */
const OTHER_BEFORE = table({ the: true, that: true, this: true });

/** Where "the other" starts (the index of "the") for each "the other" said. */
function others(tokens: readonly string[]): number[] {
  const at: number[] = [];
  tokens.forEach((t, i) => { if (t === 'other' && OTHER_BEFORE[tokens[i - 1] ?? '']) at.push(i - 1); });
  return at;
}

/** "open this one not the other one", "open it but leave the other one", "open this one rather than the other one": "the other
 *  one" left out was taken as the one to act on. Asked, when "the other" is said after a word that leaves it out. */
function otherLeftOut(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0) return null;
  for (const k of others(tokens)) {
    const one = tokens[k - 1] ?? '';
    const two = `${tokens[k - 2] ?? ''} ${one}`;
    const three = `${tokens[k - 3] ?? ''} ${two}`;
    let e = k + 2;
    while (['one', 'ones'].includes(tokens[e] ?? '')) e++;
    if (LEAVE_OUT[one] || EXCEPT_WORDS.has(one) || LEAVE_OUT_TWO[two] || LEAVE_OUT_TWO[three] || tokens.slice(0, k).includes('leave') || LEFT_AFTER[tokens[e] ?? '']) {
      return { code: 'AMBIGUOUS', message: '"the other one" is left out: which one should I act on? Name it, for example "the left one".' };
    }
  }
  return null;
}

/** "open the other one, the bedroom one": the speaker names which one right after "the other one" — both were done. Asked when
 *  more than one device is acted on. */
function otherNamedAgain(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (new Set(actions.map((a) => a.entity)).size < 2) return null;
  for (const k of others(tokens)) {
    let e = k + 2;
    while (['one', 'ones'].includes(tokens[e] ?? '')) e++;
    if (tokens[e] === ',' && ['the', 'my', 'that', 'i', 'i mean'].includes(tokens[e + 1] ?? '')) {
      return { code: 'AMBIGUOUS', message: '"the other one" and then another name: which one did you mean? Say just that one.' };
    }
  }
  return null;
}

/** Helpers after "why" that make a question about what happened or how it is: "why did the curtain open", "why is the fan on". */
const WHY_AUX = table({ did: true, does: true, do: true, is: true, are: true, was: true, were: true, has: true, have: true, had: true, would: true });

/** "why did the curtain left open", "why is the fan on": a question about the past or the present, not a request — asked,
 *  never done. ("why don't you …", "why not …" ask for it, and are read.) */
function whyQuestion(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0 || tokens[0] !== 'why' || !WHY_AUX[tokens[1] ?? '']) return null;
  if (['not', 'nt', 'dont', 'doesnt'].includes(tokens[2] ?? '') || tokens[1] === 'dont') return null;
  return { code: 'AMBIGUOUS', message: 'Is that a question, or should I do it? To have it done, say it as a request, for example "open the curtain".' };
}

/** Said after a bare "both" where it ends what is named. */
const AFTER_BOTH = table({ ',': true, please: true, now: true, too: true, then: true, and: true });

/** "unlock the front door, the back door, the side door, both", "turn off the lamp, the tv and the fan, both": a bare "both"
 *  (no noun after it) said of more than two devices — which two? Asked, as "them both" is. */
function bareBoth(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const bare = tokens.some((t, i) => t === 'both' && i > 0 && (i === tokens.length - 1 || AFTER_BOTH[tokens[i + 1]!]));
  const n = new Set(actions.map((a) => a.entity)).size;
  return bare && n > 2 ? { code: 'AMBIGUOUS', message: `"both", but that would be ${n} devices: which two?` } : null;
}

export function doubt17r(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  return otherLeftOut(tokens, actions) ?? otherNamedAgain(tokens, actions) ?? whyQuestion(tokens, actions) ?? bareBoth(tokens, actions);
}
