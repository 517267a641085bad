// Reading one clause, and what a statement about a device said first tells the step after it.
import type { NlEntity } from './home';
import type { Frame } from './frame';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import { isQuestion, readQuery } from './grammar-query';
import { readCommand } from './grammar-command';
import { onlyTarget } from './continuity';
import { resolveTarget } from './resolve';

/** One clause as a question or a command (a question mark said last makes a question of what reads as neither). */
export function readClause(items: Item[], index: HomeIndex, homeDomains: ReadonlySet<string>, questionMark: boolean): Frame | null {
  if (isQuestion(items, questionMark)) return readQuery(items, index) ?? readCommand(items, index, homeDomains);
  return readCommand(items, index, homeDomains) ?? (questionMark ? readQuery(items, index) : null);
}

/** "the left curtain is stuck, so open the right one", "the garage light is broken, turn on the lamp": a first part that
 *  only says something of a device (read as nothing), before a step with its own verb — the devices it names, for "the
 *  right one" after it; null when it is no such part. `said`: where "is"/"are" is. */
export function statedDevices(rest: readonly Item[], said: number, opening: string, next: Frame | null | undefined, index: HomeIndex, place: string | null, previous: NlEntity[] | null): NlEntity[] | null {
  if (said <= 0 || !['the', 'my', 'our'].includes(opening) || !next || next.query) return null;
  const target = onlyTarget(rest.slice(0, said), index);
  const res = target ? resolveTarget({ frame: { op: next.op, target }, index, contextArea: place, previous }) : null;
  return res && !res.error && res.entities.length > 0 ? res.entities : null;
}
