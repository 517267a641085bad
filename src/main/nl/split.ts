// One sentence → clauses, one per step: split at "then"/"after that", and at "and" when what follows starts
// a new command ("... and dim them to 50%"). "kitchen and bedroom" or "1 hour and 30 minutes" stay whole.
import type { Item } from './tag';
import { FILLERS } from './lexicon-words';

/** Words that start a new command after "and". */
const CLAUSE_STARTS = new Set([
  'turn', 'switch', 'set', 'dim', 'brighten', 'open', 'close', 'shut', 'lock', 'unlock', 'start', 'stop', 'pause',
  'resume', 'unpause', 'play', 'skip', 'mute', 'unmute', 'activate', 'deactivate', 'make', 'change', 'lower', 'raise',
  'increase', 'decrease', 'reduce', 'boost', 'put', 'toggle', 'run', 'clean', 'vacuum', 'dock', 'return', 'enable',
  'disable', 'kill', 'adjust', 'tell', 'what', 'whatis', 'is', 'are', 'how', 'howmany', 'which', 'who', 'where',
  'isthere', 'arethere', 'power', 'flip', 'bring', 'get', 'goback', 'replay', 'mow', 'send', 'illuminate', 'ensure',
  'lightsout', 'cool', 'heat', 'warm',
]);

/** Words that may come between "and" and the command word. */
const LEAD_INS = new Set(['also', 'please', 'then', 'can', 'could', 'you', 'would', 'will', 'just', 'now', 'hey', 'hi',
  'hello', 'ok', 'okay', 'hearth', 'so', 'well', 'right', 'alright', 'um', 'uh']);

function startsCommand(items: readonly Item[], i: number): boolean {
  let j = i;
  while (j < items.length && LEAD_INS.has(items[j]!.text)) j++;
  const it = items[j];
  if (!it) return false;
  if (CLAUSE_STARTS.has(it.text)) return true;
  // "... and the fan off", "... and them to 50%" are handled by the clause itself, not split here.
  return false;
}

const isTarget = (it: Item): boolean => it.kind === 'entity' || it.kind === 'area' || it.kind === 'floor' || it.kind === 'noun';
const isValue = (it: Item): boolean => it.kind === 'num' || it.kind === 'color' || it.kind === 'ctemp';
const isSwitch = (it: Item | undefined): boolean => it?.text === 'on' || it?.text === 'off';

/** "set the lamp to 40% and the fan to 60%", "turn the lamp on and the fan off": the verb is said once.
 *  Returns the verb words to repeat for the part after "and", or null when the "and" joins a list. */
function gappedVerb(current: readonly Item[], items: readonly Item[], i: number): Item[] | null {
  let end = i + 1;
  while (end < items.length && !['and', 'then', ','].includes(items[end]!.text)) end++;
  const right = items.slice(i + 1, end);
  if (!right.some(isTarget)) return null;
  const valued = right.some(isValue) && current.some(isValue);
  const switched = isSwitch(right[right.length - 1]) && isSwitch(current[current.length - 1]);
  if (!valued && !switched) return null;
  const firstTarget = current.findIndex(isTarget);
  if (firstTarget <= 0) return null;
  return current.slice(0, firstTarget).filter((x) => !isSwitch(x) || !switched);
}

export interface SplitClause {
  items: Item[];
  /** "then": this step follows the one before it (waits for it); "and": it goes alongside. */
  after: 'then' | 'and' | null;
}

export function splitClauses(items: readonly Item[]): SplitClause[] {
  const clauses: SplitClause[] = [];
  let current: Item[] = [];
  let after: SplitClause['after'] = null;
  const close = (next: SplitClause['after']): void => {
    // "hey hearth, ...", "okay, ...": a part with nothing but politeness is no step.
    if (current.some((x) => !LEAD_INS.has(x.text) && !FILLERS.has(x.text))) clauses.push({ items: current, after });
    current = [];
    after = next;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.text === 'then' || it.text === 'afterwards') {
      close('then');
      continue;
    }
    if ((it.text === 'and' || it.text === 'but' || it.text === ',') && current.length > 0 && startsCommand(items, i + 1)) {
      close('and');
      continue;
    }
    const verb = (it.text === 'and' || it.text === ',') && current.length > 0 ? gappedVerb(current, items, i) : null;
    if (verb) {
      close('and');
      current = [...verb];
      continue;
    }
    current.push(it);
  }
  close(null);
  return clauses;
}
