// Some devices are named with an ordinary word: a binary sensor called "Light", a gas detector called "Gas".
// Such a name means that device only when it is said like a name (singular, no "any"/"all") and the device
// fits the command; otherwise the word keeps its ordinary meaning ("turn on the light in the kitchen").
import type { Frame, TargetGroup } from './frame';
import type { HomeIndex } from './name-index';
import { supports } from './ops';
import { shareAcrossGroups } from './target';

function keepsName(group: TargetGroup, ref: TargetGroup['names'][number], frame: Frame, index: HomeIndex, here: string | null): boolean {
  const entities = ref.refs.map((r) => index.entities[r]!);
  const said = ref.text.toLowerCase();
  if (!entities.some((e) => e.name.toLowerCase() === said)) return false; // "lights" for "Light"
  const q = frame.query;
  if (q) {
    if (q.quantifier !== 'one') return false;
  } else if (frame.target.all || frame.target.everywhere || !entities.some((e) => supports(e, frame.op))) {
    return false;
  }
  if (group.areas.length + group.floors.length > 0) {
    const areas = group.areas.map((a) => a.name.toLowerCase());
    const floors = group.floors.map((f) => f.name.toLowerCase());
    return entities.some((e) => !e.area || areas.includes(e.area.toLowerCase()) || floors.includes((e.floor ?? '').toLowerCase()));
  }
  // "the thermostat in here": the speaker's room, like a room said — and where that room is not known, the word is
  // the kind ("which thermostat?"), never the one device named so.
  if (frame.target.here) return here !== null && entities.some((e) => !e.area || e.area.toLowerCase() === here.toLowerCase());
  return true;
}

/** Decides, for each name that is also an ordinary word, which meaning it has here. Mutates the frame. */
export function settleGenericNames(frame: Frame, index: HomeIndex, here: string | null = null): void {
  const groups = [...frame.target.groups, ...(frame.target.exclude ? [frame.target.exclude] : [])];
  // A real name said alongside ("the amount of gas indicated by Monthly gas consumption") wins.
  const strongName = groups.some((g) => g.names.some((n) => !n.generic));
  for (const group of [...frame.target.groups, ...(frame.target.exclude ? [frame.target.exclude] : [])]) {
    const names = group.names;
    group.names = [];
    for (const ref of names) {
      if (!ref.generic || (!strongName && keepsName(group, ref, frame, index, here))) {
        group.names.push(ref);
        continue;
      }
      if (ref.generic.kind === 'noun') {
        const plural = ref.text.endsWith('s');
        group.nouns.push({ text: ref.text, senses: ref.generic.senses, plural });
        if (plural) frame.target.plural = true;
      }
    }
  }
  shareAcrossGroups(frame.target.groups);
}

/** A room said earlier in the sentence ("in the office, turn the thermostat up"): a group that names only devices called by
 *  an ordinary word, and no place of its own, is in that room — the name is kept only for a device there. Mutates the frame. */
export function settleAtPlace(frame: Frame, index: HomeIndex, place: string): void {
  const area = index.areaByKey.get(place.toLowerCase());
  if (!area) return;
  const groups = frame.target.groups.filter((g) => g.names.length > 0 && g.names.every((n) => n.generic) && g.areas.length + g.floors.length === 0);
  if (groups.length === 0) return;
  for (const g of groups) g.areas.push(area);
  settleGenericNames(frame, index, place);
}
