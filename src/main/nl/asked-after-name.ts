// A question asked after the name it is about ("bedroom curtain, is it open or shut", "the kitchen lights, are they
// on?"): said back in the usual order ("is bedroom curtain open or shut") so it is answered — never read as a command.
import { stepAfterPlace } from './step-after-place';
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS } from './lexicon-words';

const VERBS: ReadonlySet<string> = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, 'open', 'close', 'shut', 'lock', 'unlock']);

/** The states a question after a name may ask about, and the words between them. */
const STATES = new Set(['open', 'opened', 'closed', 'shut', 'on', 'off', 'locked', 'unlocked', 'running', 'playing', 'paused',
  'docked', 'charging', 'home', 'idle', 'still', 'or', 'not', 'now', 'at', 'the', 'moment', 'right', 'up', 'down', 'both']);
const BE_IT: Record<string, string[]> = { is: ['it', 'that', 'this'], are: ['they', 'those', 'these', 'both'] };

/** "X , is it S …" / "X , are they S …" with no command word in X → "is X S …"; otherwise null. */
export function askedAfterName(tokens: readonly string[]): string[] | null {
  const comma = tokens.indexOf(',');
  if (comma < 1) return null;
  const be = tokens[comma + 1] ?? '';
  const pronoun = tokens[comma + 2] ?? '';
  if (!(BE_IT[be] ?? []).includes(pronoun)) return null;
  const name = tokens.slice(0, comma);
  const rest = tokens.slice(comma + 3);
  if (rest.length === 0 || !rest.every((w) => STATES.has(w))) return null;
  if (name.some((w) => VERBS.has(w) || w === ',')) return null;
  return [be, ...name, ...rest];
}

/** The words as the parser reads them: a question after its name, or a step after a place, put in the usual order. */
export const reworded = (tokens: string[]): string[] => askedAfterName(tokens) ?? stepAfterPlace(tokens) ?? tokens;
