// Round 17k (issue 14, OWN.md "Conventions for labels", stop 30): "the other one" after one of a left/right pair — said
// before (context.previous) or earlier in the sentence — is its partner, the device of the same name with left and right
// swapped (Curtain Left → Curtain Right), when exactly one such partner is among those that fit. "the other curtain" (its
// kind said, settled after v17 was written) is the same. Otherwise (no partner, several devices before, "the other
// thermostat" when no thermostat has a side in its name) nothing is chosen here and the parser asks as before.
import type { TargetGroup } from './frame';
import type { NlEntity } from './home';
import type { HomeIndex } from './name-index';
import { table } from './table';

const SWAP = table({ left: 'right', right: 'left' });

/** `got`: the devices "the other one" may be (the ones before already taken out); the partner alone when there is one. */
export function otherPartner(got: NlEntity[], group: TargetGroup, before: readonly NlEntity[], index: HomeIndex): NlEntity[] {
  if (got.length < 2 || before.length !== 1 || group.names.length + group.areas.length + group.floors.length + group.fragments.length > 0) return got;
  if (group.nouns.length !== 1 || group.nouns[0]!.plural) return got;
  const words = index.nameTokens[index.position.get(before[0]!)!] ?? [];
  if (!words.some((w) => SWAP[w] !== undefined)) return got;
  const swapped = words.map((w) => SWAP[w] ?? w).join(' ');
  const partners = got.filter((e) => e.domain === before[0]!.domain && (index.nameTokens[index.position.get(e)!] ?? []).join(' ') === swapped);
  return partners.length === 1 ? partners : got;
}
