// "no, the right one", "I meant the porch light", "not the kitchen, the bedroom": a correction of the command
// said just before. The words naming the device (or room) that was misread are replaced by the ones said now,
// and the corrected sentence is read like any other — so the correction is previewed before anything moves.
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import { tagTokens } from './tag';
import { tokenize } from './tokenize';
import { SIDE_WORDS } from './lexicon-words';
import { NOUNS } from './lexicon-devices';
import type { NlError } from './errors';

const OPENERS: readonly (readonly string[])[] = [
  ['no', 'i', 'meant'], ['no', 'i', 'mean'], ['i', 'meant'], ['i', 'mean'], ['sorry', 'i', 'meant'], ['sorry'],
  ['no', 'not', 'that', 'one'], ['not', 'that', 'one'], ['wrong', 'one'], ['no'], ['nope'], ['actually'],
];
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our']);

/** The words of a correction after its opener ("no, the right one" → the right one), or null for no correction. */
export function correctionWords(text: string): string[] | null {
  const tokens = tokenize(text).filter((t) => t !== ',');
  for (const opener of OPENERS) {
    if (!opener.every((w, k) => tokens[k] === w)) continue;
    const rest = tokens.slice(opener.length);
    // "no" alone, or "no, turn it off" (a new command, not a correction).
    if (rest.length === 0 || rest.length > 6) return null;
    if (!ARTICLES.has(rest[0]!) && !(opener.includes('meant') || opener.includes('mean'))) return null;
    return rest;
  }
  return null;
}

interface Span {
  start: number;
  end: number;
  kind: 'device' | 'place';
  /** The device noun said ("curtain"), to stand in for "one". */
  noun: string | null;
  sided: boolean;
}

const targetItem = (x: Item): boolean => x.kind === 'entity' || x.kind === 'noun';
const placeItem = (x: Item): boolean => x.kind === 'area' || x.kind === 'floor';

/** The phrases naming devices and places in a tagged sentence: "the left curtain", "the kitchen". */
function spans(items: readonly Item[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (!targetItem(x) && !placeItem(x)) continue;
    let start = i;
    while (start > 0) {
      const p = items[start - 1]!;
      if (p.kind === 'word' && (SIDE_WORDS.has(p.text) || !p.known)) start--;
      else break;
    }
    const sided = items.slice(start, i).some((p) => SIDE_WORDS.has(p.text));
    // The device word of a name ("Bedroom Curtain" → curtain) stands in for "one" too.
    const last = x.text.split(' ').pop()!;
    const noun = x.kind === 'noun' ? x.text : x.kind === 'entity' && NOUNS.has(last) ? last : null;
    out.push({ start, end: i + 1, kind: targetItem(x) ? 'device' : 'place', noun, sided });
  }
  return out;
}

/** `previous` with the misread phrase replaced by what the correction says, or an error saying why not. */
export function correctSentence(index: HomeIndex, previous: string, correction: readonly string[]): { text: string } | { error: NlError } {
  const prevItems = tagTokens(index, tokenize(previous));
  const said = correction[0] && ARTICLES.has(correction[0]) ? correction.slice(1) : [...correction];
  const saidItems = tagTokens(index, said);
  const one = said[said.length - 1] === 'one' || said.every((w) => SIDE_WORDS.has(w));
  const kind: Span['kind'] = saidItems.some(placeItem) && !saidItems.some(targetItem) && !one ? 'place' : 'device';
  let candidates = spans(prevItems).filter((s) => s.kind === kind);
  // "the right one": the device said with a side ("the left curtain"), or the only device said.
  if (one && candidates.length > 1) candidates = candidates.filter((s) => s.sided);
  if (candidates.length !== 1) {
    return {
      error: {
        code: 'AMBIGUOUS',
        message: candidates.length === 0 ? `What should "${said.join(' ')}" replace in "${previous}"?` : `Which part of "${previous}" should be ${said.join(' ')}? Say the whole command again.`,
        next: 'Say the whole command again, for example "open the right curtain".',
      },
    };
  }
  const span = candidates[0]!;
  let replacement = said;
  if (one) {
    // "the right one" → "right curtain"; "the right" → "right curtain".
    const noun = span.noun ?? prevItems[span.end - 1]!.text;
    replacement = [...said.filter((w) => w !== 'one'), ...noun.split(' ')];
  }
  const words = prevItems.map((x) => x.text);
  return { text: [...words.slice(0, span.start), ...replacement, ...words.slice(span.end)].join(' ') };
}
