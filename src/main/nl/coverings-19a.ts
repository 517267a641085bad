// Round 19a: window-covering kinds listed together ("stop every blind and curtain in the house", "close the curtains
// and shutters") mean every covering of those kinds. A blind, shade or shutter said in such a list where the home has
// none of that exact class is its nearest kin (the shades, as "the blinds upstairs" already was) — it was dropped, so
// only the curtains stopped. Alone with no place ("stop the blinds") it is still asked, as before.
import type { TargetGroup } from './frame';
import type { NlEntity } from './home';
import type { NounSense } from './lexicon-devices';
import type { NlError } from './errors';

const COVERINGS = new Set(['blind', 'shade', 'curtain', 'shutter']);
// Review 19g: a shutter is no kin of a shade ("close the curtains and the shutters" closed the shade too) — only blinds and
// shades stand in for each other; shutters listed where the home has none are asked about (they were dropped before).
const BLIND_LIKE = new Set(['blind', 'shade']);
const LISTABLE = new Set(['blind', 'shade', 'shutter']);
const covering = (s: NounSense, set: Set<string>): boolean => s.domain === 'cover' && set.has(s.deviceClass ?? '');

export function coveringList(senses: readonly { sense: NounSense }[], bySense: NlEntity[][], pool: readonly NlEntity[], group: TargetGroup, groups: readonly TargetGroup[]): NlEntity[][] | NlError {
  if (senses.length === 0 || bySense.some((l) => l.length > 0) || !senses.every((s) => covering(s.sense, LISTABLE))) return bySense;
  // Another covering of another class said in the same list ("… and curtain", "the curtains and …").
  const classes = new Set(senses.map((s) => s.sense.deviceClass));
  const listed = groups.some((g) => g !== group && g.nouns.length > 0 && g.nouns.every((n) => n.senses.length > 0 && n.senses.every((s) => covering(s, COVERINGS)))
    && g.nouns.some((n) => n.senses.some((s) => !classes.has(s.deviceClass))));
  if (!listed) return bySense;
  if (!senses.every((s) => covering(s.sense, BLIND_LIKE))) return { code: 'NO_MATCH', message: "I couldn't find any shutters. Say which coverings, for example \"close the curtains\"." };
  return [pool.filter((e) => e.domain === 'cover' && BLIND_LIKE.has(e.deviceClass ?? ''))];
}
