// Round 19a (issue 14, dev16): "set rover off cleaning", "get the vacuum off hoovering", "set the mower off going" — "set/get
// X off" followed by what it is to be doing is starting it (as "start X cleaning"): the "off" was read as switching
// off, which sent the robot home. Only with the doing word right after "off"; "set X off" alone is asked (doubt-19a.ts).
// Run by tokenize(). A class of saying, never one sentence.
import { table } from './table';

const SETTERS = table({ set: true, get: true, send: true });
/** What a device is set off doing. */
const DOING = table({ cleaning: true, hoovering: true, vacuuming: true, mowing: true, going: true, running: true });
/** Doing words for a robot's cleaning. */
const SAME_AS_CLEANING = table({ hoovering: true, vacuuming: true });
/** Words that end the object before "off" (another verb or a join): not one phrase. */
const ENDS = table({ and: true, then: true, ',': true, '.': true, but: true, so: true });

/** "set rover off cleaning" → "start rover cleaning", "get X off going" → "start X"; "set off the vacuum" is left as said. */
export function sayings19a(tokens: string[]): string[] {
  // ("stop the robot hoovering", "set X off vacuuming": the robot's cleaning — spelling repair made "hoovering" "covering".)
  const words = tokens.some((t) => SAME_AS_CLEANING[t]) ? tokens.map((t) => (SAME_AS_CLEANING[t] ? 'cleaning' : t)) : tokens;
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!SETTERS[words[i]!]) continue;
    for (let j = i + 2; j <= i + 5 && j < words.length - 1; j++) {
      const t = words[j]!;
      if (ENDS[t]) break;
      if (t === 'off' && DOING[words[j + 1]!]) {
        out ??= [...words];
        out[i] = 'start';
        out[j] = '';
        if (words[j + 1] === 'going' || words[j + 1] === 'running') out[j + 1] = '';
        break;
      }
    }
  }
  return out ? out.filter((t) => t !== '') : words;
}
