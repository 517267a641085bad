// Words said before a request that only order or soften it, set aside where a step starts (run by tokenize() before the
// sayings of phrasing.ts): "first things first, …", "OK, so, first the garage light off", "once again, please: …",
// "sorry to bother you, but could you …", "excuse me, …". What is left is read as if said alone.

import { sayings19b } from './sayings-19b';

/** Said first to order the steps or to ask again: nothing to do of their own. */
const ORDER_PHRASES: readonly (readonly string[])[] = [
  ['first', 'things', 'first'], ['first', 'of', 'all'], ['firstly'], ['first', 'off'], ['to', 'begin', 'with'], ['to', 'start', 'with'],
  ['for', 'starters'], ['once', 'again'], ['one', 'more', 'time'], ['again'], ['first'],
];
/** An apology said before asking ("sorry to bother you, but …"). */
const APOLOGIES: readonly (readonly string[])[] = [
  ['sorry', 'to', 'bother', 'you'], ['sorry', 'to', 'trouble', 'you'], ['sorry', 'to', 'disturb', 'you'], ['sorry', 'to', 'interrupt'],
  ['sorry', 'to', 'pester', 'you'], ['sorry', 'to', 'ask'], ['excuse', 'me'], ['pardon', 'me'],
  // (Asking to be heard before a pause: "alright listen up, …".)
  ['listen', 'up'], ['listen', 'here'],
  // (Coaxing and good-nights said before the request: "pretty please with sugar on top, …", "night night Hearth, …".)
  ['pretty', 'please', 'with', 'sugar', 'on', 'top'], ['night', 'night'],
  // (A reason said first, then the request that does it: "let the light in, open the living room curtains".)
  ['let', 'the', 'light', 'in'], ['let', 'some', 'light', 'in'],
];
/** "would you be so good as to …": a courtesy around the verb, nothing to do of its own. */
const SO_GOOD: readonly (readonly string[])[] = [['be', 'so', 'good', 'as', 'to'], ['be', 'so', 'kind', 'as', 'to'], ['be', 'good', 'enough', 'to'], ['be', 'kind', 'enough', 'to']];
/** Where a step starts: a lead-in may be said there. */
const STARTS = new Set([',', 'so', 'ok', 'okay', 'alright', 'right', 'well', 'and', 'now', 'hey', 'hearth', 'please']);
/** What may follow "first" said as an order word, with no pause: the step itself ("first the garage light off", "first turn …"). */
const STEP_FIRST = new Set(['the', 'turn', 'switch', 'set', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'put', 'make', 'start', 'stop', 'pause', 'play', 'mute']);

const at = (tokens: readonly string[], i: number, phrase: readonly string[]): boolean => phrase.every((w, k) => tokens[i + k] === w);

export function leadInPhrases(said: readonly string[]): string[] {
  const tokens = sayings19b(said);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[out.length - 1];
    // (Before the sayings read them: "take the tv off of mute" is off mute; "back to his bass" is the robot's base.)
    if (tokens[i] === 'of' && prev === 'off') continue;
    if (tokens[i] === 'bass' && ['his', 'her', 'its', 'their'].includes(prev ?? '') && tokens[i - 2] === 'to') {
      out.push('base');
      continue;
    }
    if (prev === undefined || STARTS.has(prev)) {
      const order = ORDER_PHRASES.find((p) => at(tokens, i, p));
      // ("once again please: …": a courtesy before the pause goes with it.)
      const polite = order !== undefined && tokens[i + order.length] === 'please' && tokens[i + order.length + 1] === ',' ? 1 : 0;
      const next = order ? tokens[i + order.length + polite] : undefined;
      // ("first floor lights off", "again in an hour": a floor or a time, never set aside.)
      if (order && (next === ',' || (next !== undefined && STEP_FIRST.has(next) && order[0] !== 'again' && order[0] !== 'once'))) {
        i += order.length - 1 + polite + (next === ',' ? 1 : 0);
        continue;
      }
      // ("go on and flip it", "come on, open it": urging, no "on" of a device — set aside before the step itself.)
      if (['go', 'come'].includes(tokens[i]!) && tokens[i + 1] === 'on' && [',', 'and'].includes(tokens[i + 2] ?? '') && tokens[i + 3] !== undefined) {
        i += 2;
        continue;
      }
      const sorry = APOLOGIES.find((p) => at(tokens, i, p));
      const named = sorry && tokens[i + sorry.length] === 'hearth' ? 1 : 0;
      const after = sorry ? tokens[i + sorry.length + named] : undefined;
      if (sorry && (after === ',' || after === 'but')) {
        let j = i + sorry.length + named;
        while (tokens[j] === ',' || tokens[j] === 'but') j++;
        i = j - 1;
        continue;
      }
    }
    // ("would you be so good as to lock up the side door": "would you" and the verb, as "would you lock …".)
    const soGood = ['you', 'u'].includes(prev ?? '') ? SO_GOOD.find((p) => at(tokens, i, p)) : undefined;
    if (soGood && tokens[i + soGood.length] !== undefined) {
      i += soGood.length - 1;
      continue;
    }
    out.push(tokens[i]!);
  }
  return out;
}
