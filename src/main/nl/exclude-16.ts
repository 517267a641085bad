// Round 16 (issue 14): "except the lamp" with two devices called a lamp — one thing said, several fit: which is asked.
// ("except the lamps", "except the kitchen lights" leave out every one; a name or a place narrows first.)
import type { TargetGroup } from './frame';
import type { NlEntity } from './home';
import { ambiguous, type NlError } from './errors';

/** The one thing "except the <noun>" leaves out, or the question which one when more than one fits. */
export function oneLeftOut<R extends { entities: NlEntity[]; error?: NlError }>(r: R, g: TargetGroup, pool: readonly NlEntity[]): R {
  if (r.error || g.quantified) return r;
  // Only what this step would change counts ("the living room lights except the lamp": the one lamp there).
  const among = r.entities.filter((e) => pool.includes(e));
  if (among.length < 2) return r;
  if (g.names.length + g.areas.length + g.floors.length + g.fragments.length > 0 || g.nouns.length !== 1) return r;
  if (g.nouns.some((n) => n.plural)) return r;
  return { ...r, entities: [], error: ambiguous(g.said.join(' ') || 'one', among.map((e) => e.name)) };
}
