// Issue 14, round 21i: wrong actions found by the round-21 review (classes, never single sentences). Each is asked:
// - "set the kitchen to 21 and the living room to 22" (°F home): the second place's bare number took the first part's kind
//   (the kitchen's lights) and set the living room lights at 22, where "set the living room to 22" alone is asked. A part of
//   a list is checked as it would be alone when the part before it was a bare number said of a place too.
import type { NlError } from './errors';
import { namesNoKind } from './continuity';
import type { Frame, Op } from './frame';
import type { NlEntity, NlHome } from './home';
import type { Item } from './tag';
import { bareRoomLevel } from './units';
import { levelOrTemperature } from './units';
import { roomTemperature } from './units';
import { otherUnitRoom21b } from './doubt-21b';

type Resolved = { error?: unknown; entities: readonly NlEntity[] };

const saidPercent = (xs: readonly Item[]): boolean => xs.some((x) => x.text === '%' || x.text === 'percent');

/** "set the kitchen to 21 and the living room to 22": the living room's number took the kitchen's kind (a brightness) from the
 *  part before, which was itself only a place and a number. The part is asked about as it would be alone: a number a room is
 *  kept at (in either unit), said of a place with a thermostat and lights. `opBefore` is the part's op before the kind of the
 *  part before was given to it. */
export function otherUnitInList21i(opBefore: Op, frame: Frame, rest: readonly Item[], prev: { frame: Frame | null; rest: readonly Item[] } | undefined,
  levels: Resolved, home: NlHome, asTemperature: (f: Frame) => Resolved): NlError | null {
  if (opBefore !== 'level' || frame.op === 'level' || !prev?.frame || prev.frame.query || prev.frame.op !== 'level') return null;
  if (bareRoomLevel(prev.frame, saidPercent(prev.rest), namesNoKind(prev.frame)) === null) return null;
  const alone: Frame = { ...frame, op: 'level' };
  const v = bareRoomLevel(alone, saidPercent(rest), namesNoKind(alone));
  if (v === null || levels.error || levels.entities.length === 0) return null;
  if (!roomTemperature(v, home)) return otherUnitRoom21b(v, alone, levels, home, asTemperature);
  const air = asTemperature({ ...alone, op: 'temperature', unit: null });
  const thermostats = air.error ? [] : air.entities.filter((e) => e.domain === 'climate');
  if (thermostats.length === 0) return null;
  const where = frame.target.groups.flatMap((g) => [...g.areas.map((a) => `the ${a.name}`), ...g.floors.map((f) => `the ${f.name}`)]).join(' and ') || 'here';
  return levelOrTemperature(v, where, levels.entities, thermostats, home);
}
