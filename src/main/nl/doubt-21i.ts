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

const NAME_SPLIT = /[^a-z0-9]+/;

/** "turn off the play room light": "play" is a word of another device's name (Play Corner) that the device acted on (Living
 *  Room Lamp, found by "room") is not called by — which one is asked, never the other device. `acted`: the devices found;
 *  `all`: the home's devices. */
export function otherNameWord21i(rest: readonly Item[], acted: readonly NlEntity[], all: readonly NlEntity[]): NlError | null {
  // (an exclusion names the others on purpose: "all curtains but not the right curtain")
  if (acted.length === 0 || rest.some((x) => ['except', 'but', 'not', 'without', 'excluding', 'besides'].includes(x.text))) return null;
  const words = (e: NlEntity): string[] => [e.name, ...(e.aliases ?? []), e.area ?? ''].flatMap((n) => n.toLowerCase().split(NAME_SPLIT));
  const own = new Set(acted.flatMap(words));
  for (let k = 0; k < rest.length; k++) {
    const x = rest[k]!;
    if (x.kind !== 'word' || x.text.length < 3 || own.has(x.text)) continue;
    if (!rest.slice(k + 1).some((y) => y.kind === 'noun' || y.kind === 'entity') || !['the', 'my', 'our'].includes(rest[k - 1]?.text ?? '')) continue;
    // (of the same kind: "the main thermostat" is no Main Valve, "the next song" no Next birthday sensor)
    const other = all.filter((e) => !acted.includes(e) && acted.some((a) => a.domain === e.domain) && e.name.toLowerCase().split(NAME_SPLIT).includes(x.text));
    if (other.length === 0) continue;
    return { code: 'AMBIGUOUS', message: `"${x.text}": did you mean ${other.map((e) => e.name).join(' or ')}, or ${acted.map((e) => e.name).join(' and ')}?`, options: [...other, ...acted].map((e) => e.name) };
  }
  return null;
}
