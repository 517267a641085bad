// Round 24a (issue 14, dev19 leftright; tests in wrong-24a.test.ts):
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { HomeIndex } from './name-index';
import { tagTokens } from './tag';
import { tokenize } from './tokenize';

// - "the right one, let it open too" after Curtain Left opened the left one: a device named first (a name, a kind, or "the
//   left/right/other one"), then "let it …", acted on the previous command's device instead. Which "it" means is asked.
const LET_IT = /^(.*?\S)\s*(?:[,;:]|\band\b|\bthen\b)\s*(?:(?:please|just|now|so)\s+)*let\s+(?:it|them)\b/i;

/** An error when "let it …" acted on the previous command's devices although a device was named before it. */
export function letItNamed24a(said: string, actions: readonly NlAction[], previous: readonly string[] | null | undefined, index: HomeIndex): NlError | null {
  if (!previous || previous.length === 0 || actions.length === 0) return null;
  const m = LET_IT.exec(said.trim());
  if (!m) return null;
  const items = tagTokens(index, tokenize(m[1]!));
  const named = items.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && /^(?:one|ones|left|right|other)$/.test(x.text)));
  if (!named || !actions.some((a) => previous.includes(a.entity))) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Which do you mean by "it": what you named ("${m[1]!.trim()}"), or what you used last?`,
    next: 'Say the device with what to do, for example "open the right curtain".',
  };
}
