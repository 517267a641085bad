// A device named like a room or floor ("Kitchen"), said where either could be meant: the question asked when the two
// readings differ (parser.ts reads the sentence both ways).
import type { HomeIndex } from './name-index';
import type { Item, PlaceItem } from './tag';
import type { NlError } from './errors';
import { kindOf } from './kind-words';

export type ClashItem = Extract<Item, { kind: 'entity' }> & { place: PlaceItem };

export function sameOutcome(a: { actions: unknown; answer?: string }, b: { actions: unknown; answer?: string }): boolean {
  return JSON.stringify([a.actions, a.answer ?? null]) === JSON.stringify([b.actions, b.answer ?? null]);
}

/** "Kitchen is a room and also a device (a light in the Living Room). Which do you mean: …?" */
export function roomOrDevice(clash: ClashItem, index: HomeIndex): NlError {
  const entity = index.entities[clash.refs[0]!]!;
  const placeName = clash.place.kind === 'area' ? clash.place.area.name : clash.place.floors[0]!.name;
  const placeWord = clash.place.kind === 'area' ? 'room' : 'floor';
  const where = entity.area ? ` in the ${entity.area}` : '';
  const asPlace = `${placeName} ${placeWord}`;
  const asDevice = `${entity.name} device${where}`;
  return {
    code: 'AMBIGUOUS',
    message: `${placeName} is a ${placeWord} and also a device (${/^[aeiou]/.test(kindOf(entity)) ? 'an' : 'a'} ${kindOf(entity)}${where}). Which do you mean: the ${asPlace} or the ${asDevice}?`,
    options: [asPlace, asDevice],
    subject: clash.text,
  };
}
