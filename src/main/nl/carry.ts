// A place said at the end of a sentence covers the steps before it that name no place:
// "open the curtains and turn off the lights in the living room" opens the living room's curtains,
// not every curtain in the home (or the ones where the speaker happens to stand).
import type { Frame, TargetGroup } from './frame';

const placed = (g: TargetGroup): boolean => g.areas.length + g.floors.length > 0;

/** True when the frame's target says nothing about where: no names, places, "here", "everywhere", pronoun. */
function placeless(frame: Frame): boolean {
  const t = frame.target;
  if (t.here || t.everywhere || t.everything || t.pronoun || t.thisFloor || t.unknownPlace) return false;
  return t.groups.every((g) => g.names.length === 0 && !placed(g));
}

/** Puts the last step's trailing place into earlier placeless steps. Returns, per frame, the groups that
 *  got it (empty when none), so a step can be read again without it. */
export function carryPlaceBack(frames: readonly (Frame | null)[]): TargetGroup[][] {
  carryKindForward(frames);
  const carried: TargetGroup[][] = frames.map(() => []);
  const last = frames[frames.length - 1];
  if (!last || frames.length < 2 || last.query) return carried;
  const groups = last.target.groups;
  const tail = groups[groups.length - 1]!;
  if (!tail.trailingLocation || !placed(tail) || groups.some((g) => g.names.length > 0) || last.target.everywhere) return carried;
  frames.forEach((frame, k) => {
    if (!frame || frame === last || frame.query || !placeless(frame)) return;
    for (const g of frame.target.groups) {
      g.areas = [...tail.areas];
      g.floors = [...tail.floors];
      g.trailingLocation = true;
      carried[k]!.push(g);
    }
  });
  return carried;
}

/** The frame as said, without the carried place. */
export function withoutCarried(frame: Frame, carried: readonly TargetGroup[]): Frame {
  const groups = frame.target.groups.map((g) => (carried.includes(g) ? { ...g, areas: [], floors: [], trailingLocation: false } : g));
  return { ...frame, target: { ...frame.target, groups } };
}

/** "about the second floor: close the curtains and …": a place said first, for the steps after it that name none. */
export function carryPlaceForward(frames: readonly (Frame | null)[], areas: TargetGroup['areas'], floors: TargetGroup['floors']): void {
  for (const frame of frames) {
    if (!frame || frame.query || !placeless(frame)) continue;
    for (const g of frame.target.groups) {
      g.areas = [...areas];
      g.floors = [...floors];
    }
  }
}

const SWITCHING = new Set(['on', 'off']);

/** "the lights in the kitchen off and in the bedroom on", "lights on the first floor off and the second floor on": a step
 *  that only names a place, switched right after a kind was switched elsewhere, is that kind there — never everything in
 *  that place. */
function carryKindForward(frames: readonly (Frame | null)[]): void {
  frames.forEach((frame, k) => {
    const before = frames[k - 1];
    if (!frame || !before || frame.query || before.query || !SWITCHING.has(frame.op) || !SWITCHING.has(before.op)) return;
    const t = frame.target;
    if (t.pronoun || t.everything || t.everywhere || t.here || t.exclude || !t.groups.every((g) => placed(g) && g.names.length + g.nouns.length + g.fragments.length === 0)) return;
    const kinds = before.target.groups.map((g) => g.nouns);
    const first = kinds[0];
    if (!first || first.length === 0 || before.target.groups.some((g) => g.names.length > 0 || g.nouns.map((n) => n.text).join() !== first.map((n) => n.text).join())) return;
    for (const g of t.groups) {
      g.nouns = first.map((n) => ({ ...n }));
      g.said = [...first.map((n) => n.text), ...g.said];
    }
    t.plural ||= before.target.plural;
  });
}
