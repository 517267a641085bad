// "lights on the first floor up by 10", "the lamps in the bedroom down 20": with no verb said, "on" there says where,
// and "up/down by N" is a step — read as "turn … up by 10", never as "turn on".
import { isNumberToken } from './tokenize';
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, QUESTION_STARTS, SET_VERBS } from './lexicon-words';

const VERBS: ReadonlySet<string> = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, 'open', 'close', 'dim', 'brighten', 'raise', 'lower']);

/** The words with "turn" put first, where no verb is said, "on the" says where and "up/down (by) N" ends them; else null. */
export function stepAfterPlace(tokens: readonly string[]): string[] | null {
  if (tokens.some((w) => VERBS.has(w) || QUESTION_STARTS.has(w))) return null;
  const on = tokens.findIndex((w, k) => w === 'on' && tokens[k + 1] === 'the');
  const way = tokens.findIndex((w) => w === 'up' || w === 'down');
  if (on < 1 || way < on + 2) return null;
  const n = tokens[way + 1] === 'by' ? way + 2 : way + 1;
  if (!isNumberToken(tokens[n])) return null;
  return ['turn', ...tokens];
}
