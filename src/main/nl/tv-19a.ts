// Round 19a (found by probing the test home): "turn on the kitchen lights and pause the tv", "turn off the tv in the kitchen"
// paused or switched off the Kitchen Speaker — "tv" fitted any player. A TV is no speaker (as "the speaker" is never the TV,
// round 4): a word for a TV never fits a player whose class or name says it is a speaker, soundbar or radio.
import type { NlEntity } from './home';
import { table } from './table';

/** The last word of each way of saying TV (as fitsNoun is given it). */
const TV_WORDS = table({ tv: true, tvs: true, television: true, televisions: true, telly: true, tellies: true, tellie: true, vee: true, teevee: true });
const NOT_TV_CLASSES = table({ speaker: true, radio: true, receiver: true });
const NOT_TV_NAME = /\b(speakers?|soundbar|radio|stereo|sonos|homepod|echo|nest audio)\b/i;

export function notATv(e: NlEntity, nounWord: string | undefined): boolean {
  if (!nounWord || !TV_WORDS[nounWord] || e.domain !== 'media_player') return false;
  return !!NOT_TV_CLASSES[e.deviceClass ?? ''] || NOT_TV_NAME.test(e.name);
}
