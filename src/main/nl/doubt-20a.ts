// Round 20a: wrong actions of dev17 that a whole-sentence check catches (guard.ts). Each asks instead of acting:
// - "stop the heating" with several thermostats: every thermostat was switched off. "Stop" is no thermostat service, and the
//   heating is one thing in speech but several thermostats here: which, and whether off is meant, is asked.
// - "warm the place up", "cool the house down": "the place" names no room, and with several thermostats every one was
//   stepped. Which is asked ("every thermostat", "all the heating", "everywhere" still reach them all).
// - "close the left of those two", "open the right of them": one side of the devices just said, but both were acted on.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

const STOP_VERBS = table<true>({ stop: true, halt: true, quit: true, end: true, cease: true });
const HOME_WORDS = table<true>({ place: true, house: true, home: true, flat: true, apartment: true });
const OWNER = table<true>({ the: true, my: true, our: true, this: true });
const ALL_WORDS = table<true>({ all: true, every: true, everywhere: true, whole: true, entire: true, each: true, both: true, thermostats: true });
const SIDES = table<true>({ left: true, right: true, leftmost: true, rightmost: true });
const THOSE = table<true>({ those: true, them: true, these: true, the: true, both: true });

const climate = (a: SaidAction): boolean => (a.entity ?? '').startsWith('climate.');

export function doubt20a(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const heating = actions.filter(climate);
  // (several thermostats switched off by "stop", with no "off" said)
  if (heating.length > 1 && heating.some((a) => a.service === 'turn_off') && tokens.some((t) => STOP_VERBS[t]) && !tokens.includes('off')) {
    return { code: 'AMBIGUOUS', message: `"Stop" the heating: turn off ${heating.length === 2 ? 'both' : `all ${heating.length}`} thermostats, or which one? Say "turn off" and which, for example "turn off every thermostat".` };
  }
  // (several thermostats changed for "the place"/"the house", no quantifier said)
  const home = tokens.findIndex((t, k) => HOME_WORDS[t] && OWNER[tokens[k - 1] ?? ''] === true);
  if (heating.length > 1 && home >= 0 && !tokens.some((t) => ALL_WORDS[t])) {
    return { code: 'AMBIGUOUS', message: `Which of the ${heating.length === 2 ? 'two' : heating.length} thermostats? Say the room, or "every thermostat".` };
  }
  // (one side of the devices said before, but several acted on)
  const side = tokens.findIndex((t, k) => SIDES[t] && tokens[k + 1] === 'of' && THOSE[tokens[k + 2] ?? ''] === true);
  if (side >= 0 && new Set(actions.map((a) => a.entity)).size > 1) {
    return { code: 'AMBIGUOUS', message: `"${tokens.slice(side, side + 3).join(' ')}": which one? Say it, for example "the ${tokens[side]} one".` };
  }
  return null;
}
