// Review 19g: a later part that only reports how a device is ("stop the vacuum, the fan's still on", "turn up the tv, the fan
// is still on") was carried out with the first part's verb (the fan switched off, or its speed set to 10). Said after a
// command, such a report may be why, or what else to do: asked, when the actions reach a device of another kind.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { COMMAND_VERBS } from './doubt';
import { table } from './table';

const COPULA = table({ is: true, are: true, "'s": true, was: true, were: true });
const ALSO = table({ still: true, already: true, left: true, again: true, now: true, too: true, all: true, both: true });
const TAIL = table({ please: true, now: true, '.': true, '!': true });

export function doubt19g(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length < 2 || new Set(actions.map((a) => (a.entity ?? '').split('.')[0])).size < 2) return null;
  if (!COMMAND_VERBS.has(said[0] ?? '')) return null;
  let start = said.indexOf(',');
  while (start > 0) {
    let end = said.indexOf(',', start + 1);
    if (end < 0) end = said.length;
    const part = said.slice(start + 1, end);
    while (part.length > 0 && TAIL[part[part.length - 1]!]) part.pop();
    const way = part[part.length - 1];
    const be = part.findIndex((t) => COPULA[t]);
    if ((way === 'on' || way === 'off') && be > 0 && !COMMAND_VERBS.has(part[0]!) && part.slice(be + 1, -1).every((t) => ALSO[t])) {
      return { code: 'AMBIGUOUS', message: `"${part.join(' ').replace(/ 's/g, "'s")}": is that only how it is, or should I change it too? Say each thing to do with its verb, for example "turn the fan off".` };
    }
    start = end < said.length ? end : -1;
  }
  return null;
}
