// Round 19a (issue 14, dev16's "can you set rover off cleaning" sent the robot home): "set X off" said of a robot may be
// switching it off (home) or setting it off (cleaning). Said with what it is to do, sayings-19a.ts reads it as starting; said
// alone ("set rover off", "set off the vacuum"), sending it home is asked, never done. Checked on the words and the actions read.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

/** Words that say where a robot goes: "set rover off back to base" is sent home as said. */
const HOME_WORDS = table({ dock: true, base: true, home: true, charge: true, charger: true, return: true, back: true, docked: true });
const ENDS = table({ and: true, then: true, ',': true, '.': true, but: true, so: true });
const DOCKING = table({ return_to_base: true, dock: true });

export function doubt19a(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const robot = actions.find((a) => DOCKING[a.service ?? ''] && /^(vacuum|lawn_mower)\./.test(a.entity ?? ''));
  if (!robot || tokens.some((t) => HOME_WORDS[t])) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'set') continue;
    for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) {
      if (ENDS[tokens[j]!]) break;
      if (tokens[j] === 'off') {
        return { code: 'AMBIGUOUS', message: '"Set … off": start it cleaning, or send it back to its base? Say which, for example "start the vacuum" or "send the vacuum home".' };
      }
    }
  }
  return null;
}
