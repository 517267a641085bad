// Issue 14, round 15b (continued from doubt-15.ts): more classes of wrong action found by probing with sentences of our own.
// Each is asked (when Hearth is not sure, it asks). Read on the sentence's words; each check is a class, never a sentence.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15';

/** A day said once: "tomorrow", "tonight", a day of the week. */
const ONCE = new Set(['tomorrow', 'tonight', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "turn on the garage light at sunset tomorrow", "open the curtains tomorrow at sunrise": a sun time is kept every day, and the
 *  one day said was dropped — once, or every day from then, is asked. ("every day at sunset" is read.) */
function sunOnce(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => a.schedule?.kind === 'sun')) return null;
  const k = tokens.findIndex((t, i) => ONCE.has(t) && !['from', 'starting', 'until', 'till', 'after'].includes(tokens[i - 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}" at a sun time: just once, or every day? A sun time is kept every day — say "every day at sunset", or a clock time for once.` };
}

/** The checks continued from doubt-15.ts. */
export function doubt15b(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  return sunOnce(tokens, actions);
}
