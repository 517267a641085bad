// Issue 14, round 18b (blind v16's worst wrong action): "close the right curtain, bedroom lamp on" OPENED the curtain and
// "open the left curtain, tv off" closed it — a later part's "on"/"off" took over the first part's own verb. Checked on the
// words said and the actions read: a cover or valve moved, or a lock turned, the opposite way of every word said for it is
// asked, never done. A class of reading, never one sentence.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

/** The words that say each way, as said (not "up"/"down", "on"/"off": those are said of lights and levels too). */
const OPENING = table({ open: true, opened: true, opening: true, opens: true, raise: true, raised: true, lift: true, unlock: true, unlocked: true, unlocking: true });
const CLOSING = table({ close: true, closed: true, closing: true, closes: true, shut: true, shutting: true, lower: true, lowered: true, drop: true, draw: true, lock: true, locked: true, locking: true });
/** The services of each way, for covers, valves and locks. */
const OPEN_SERVICES = table({ open: 'open', open_cover: 'open', open_valve: 'open', unlock: 'unlock' });
const CLOSE_SERVICES = table({ close: 'close', close_cover: 'close', close_valve: 'close', lock: 'lock' });

/** A cover/valve opened (or a lock unlocked) where only closing (locking) was said, or the other way round: asked. */
export function oppositeWay(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length < 2) return null;
  const opening = tokens.some((t) => OPENING[t]);
  const closing = tokens.some((t) => CLOSING[t]);
  if (opening === closing) return null;
  const saidWay = opening ? OPEN_SERVICES : CLOSE_SERVICES;
  for (const a of actions) {
    const s = a.service ?? '';
    const way = opening ? CLOSE_SERVICES[s] : OPEN_SERVICES[s];
    // ("open the blinds for 10 minutes": opened first, and closed after — the device goes the way said first.)
    if (!way || actions.some((b) => b.entity === a.entity && saidWay[b.service ?? ''] && (b.delay_s ?? 0) < (a.delay_s ?? 0))) continue;
    const said = opening ? 'open' : 'close';
    return {
      code: 'AMBIGUOUS',
      message: `You said "${tokens.find((t) => (opening ? OPENING[t] : CLOSING[t]))}", but I read something here as to ${way}. Say each step with its own verb, for example "${said} the curtain and turn the lamp on".`,
    };
  }
  return null;
}
