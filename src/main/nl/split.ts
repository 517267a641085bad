// One sentence → clauses, one per step: split at "then"/"after that", and at "and" when what follows starts
// a new command ("... and dim them to 50%"). "kitchen and bedroom" or "1 hour and 30 minutes" stay whole.
import type { Item } from './tag';

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
const LEAD_INS = new Set(['also', 'please', 'then', 'can', 'could', 'you', 'would', 'will', 'just', 'now']);

function startsCommand(items: readonly Item[], i: number): boolean {
  let j = i;
  while (j < items.length && LEAD_INS.has(items[j]!.text)) j++;
  const it = items[j];
  if (!it) return false;
  if (CLAUSE_STARTS.has(it.text)) return true;
  // "... and the fan off", "... and them to 50%" are handled by the clause itself, not split here.
  return false;
}

export function splitClauses(items: readonly Item[]): Item[][] {
  const clauses: Item[][] = [];
  let current: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.text === 'then' || it.text === 'afterwards') {
      if (current.length > 0) clauses.push(current);
      current = [];
      continue;
    }
    if ((it.text === 'and' || it.text === 'but') && current.length > 0 && startsCommand(items, i + 1)) {
      clauses.push(current);
      current = [];
      continue;
    }
    current.push(it);
  }
  if (current.length > 0) clauses.push(current);
  return clauses;
}
