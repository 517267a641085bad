// Round 20a: English words for rooms and parts of a home. When the home has no such place (the word is no name
// word), spelling repair must not make one into another word: "hall" is not "all" (every light), "loft" not
// "lot", "bathroom" not "bedroom" (Bedroom Curtain). Said as they are, they stay unknown and Hearth asks.
import { table } from './table';

const PLACE_WORDS = table<true>(Object.fromEntries(`hall halls hallway hallways bathroom bathrooms loft lofts attic
  attics nursery landing lounge porch study den foyer corridor pantry cellar laundry utility conservatory sunroom
  washroom restroom toilet loo lavatory bath ensuite closet wardrobe dining playroom gym workshop studio
  library veranda verandah balcony terrace patio deck driveway yard backyard frontyard garden shed barn annex
  lobby entrance entryway vestibule stairs staircase stairwell mudroom`.split(/\s+/)
  .filter((w) => w !== '').map((w) => [w, true] as const)));

/** A word naming a kind of place, never to be spelling-repaired into another word. */
export function isPlaceWord20a(word: string): boolean {
  return PLACE_WORDS[word] === true;
}

const FLOOR_NOUNS = table<true>({ floor: true, floors: true, storey: true, storeys: true, level: true });
const FLOOR_WHICH = table<true>(Object.fromEntries(`first second third fourth fifth sixth seventh eighth ninth tenth top
  ground bottom upper lower main middle attic`.split(/\s+/).filter((w) => w !== '').map((w) => [w, true] as const)));

/** "third floor, kill the lights", "the hall: lights off": a place said in a first part that the home does not have
 *  (left an unknown word: a known room or floor is tagged as one). Such a part names where — it is never set aside
 *  as a lead-in, so the rest is not widened to the whole home. */
export function unknownPlaceSaid20a(items: readonly { kind: string; text: string }[]): boolean {
  return items.some((x, k) => x.kind === 'word' && (isPlaceWord20a(x.text) || x.text === 'upstairs' || x.text === 'downstairs'
    || (FLOOR_NOUNS[x.text] === true && (FLOOR_WHICH[items[k - 1]?.text ?? ''] === true || items[k - 1]?.kind === 'num'))));
}
