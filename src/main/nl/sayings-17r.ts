// Round 17r (issue 14): a clock time said first, before a pause or the verb — "noon, unlock the back door", "12 noon, …"
// (round 17 makes it "noon"), "midnight lock the front door", "5 pm, open the curtains", "17:30 tomorrow, …" — was set aside
// as a lead-in and the step done now. It is when: read as "at …", as "at noon, unlock the back door" is. Run by tokenize()
// after round 17's sayings. A class of saying, never one sentence.
import { COMMAND_VERBS } from './doubt';
import { table } from './table';

/** Clock words that are a time by themselves. */
const CLOCK_WORDS = table({ noon: true, midday: true, midnight: true });
/** Said after the hour to make it a clock time: "5 pm", "7 o'clock". */
const HOUR_AFTER = table({ pm: true, am: true, 'p.m.': true, 'a.m.': true, oclock: true });
/** Days that may follow the time before the pause: "noon tomorrow, …". */
const DAY_AFTER = table({ today: true, tomorrow: true, tonight: true });

/** How many tokens from `i` say a clock time (0 when none). */
function clockLength(tokens: readonly string[], i: number): number {
  const t = tokens[i] ?? '';
  if (CLOCK_WORDS[t]) return 1;
  if (/^\d{1,2}:\d{2}$/.test(t)) return HOUR_AFTER[tokens[i + 1] ?? ''] ? 2 : 1;
  if (/^\d{1,2}$/.test(t) && HOUR_AFTER[tokens[i + 1] ?? '']) return 2;
  return 0;
}

/** "noon, unlock the back door" → "at noon, unlock the back door"; without the pause only when a verb follows at once. */
export function sayings17r(tokens: string[]): string[] {
  let n = clockLength(tokens, 0);
  if (n === 0) return tokens;
  while (DAY_AFTER[tokens[n] ?? '']) n++;
  const next = tokens[n] ?? '';
  return next === ',' || COMMAND_VERBS.has(next) ? ['at', ...tokens] : tokens;
}
