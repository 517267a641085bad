// Round 17k (issue 14, OWN.md "Conventions for labels", stop 30): "the main thermostat", "the main one" beside a thermostat
// named by its place ("Office Thermostat") is the thermostat whose name has no place ("Thermostat") — only when exactly one
// has such a bare name and another is named by its place; else asked as before. "main" that is a word of a name of the
// kind said ("the main valve", Main Valve) is that name: this is read only when no device of the kind has "main" in its name.
import type { TargetGroup } from './frame';
import type { NlEntity } from './home';
import type { HomeIndex } from './name-index';
import { NOUNS } from './lexicon-devices';
import { table } from './table';
import { isMain23b } from './ways-23b';

const PLACE_WORDS = table({ upstairs: true, downstairs: true });

/** `named`: the devices of the pool whose names hold the fragments said. With none, "main" alone may mean the bare-named one
 *  ("the office thermostat to 65 and the main one to 70"). */
export function mainOne(named: NlEntity[], pool: readonly NlEntity[], group: TargetGroup, index: HomeIndex): NlEntity[] {
  if (named.length > 0 || group.names.length > 0 || group.fragments.length !== 1 || !isMain23b(group.fragments[0]!)) return named;
  if (group.nouns.length === 0 || pool.some((e) => e.domain !== 'climate')) return named;
  const main = mainThermostat(index);
  return main && pool.includes(main) ? [main] : named;
}

/** `extra`: words said with a name that are not in it ("the main thermostat", Thermostat: "main"). "main" is no extra word
 *  when the name is the home's one bare-named thermostat beside one named by its place. */
export function mainNamed(extra: string[], all: readonly NlEntity[], index: HomeIndex): string[] {
  if (extra.length !== 1 || !isMain23b(extra[0]!) || all.length !== 1) return extra;
  return mainThermostat(index) === all[0] ? [] : extra;
}

/** The thermostat whose name has no place, when it is the only such one and every other is named by its place. */
function mainThermostat(index: HomeIndex): NlEntity | null {
  const pool = index.entities.filter((e) => e.domain === 'climate');
  // (The name as written: the index's words are made singular, "downstairs" among them.)
  const rest = (e: NlEntity): string[] => e.name.toLowerCase().split(/\s+/).filter((w) => w !== '' && !isKindWord(w));
  const bare = pool.filter((e) => rest(e).length === 0);
  const placed = pool.filter((e) => isPlace(rest(e).join(' '), e, index));
  return bare.length === 1 && placed.length > 0 && bare.length + placed.length === pool.length ? bare[0]! : null;
}

/** A word the lexicon reads as a thermostat ("thermostat", "heating", "hvac"), not a place. */
const isKindWord = (w: string): boolean => NOUNS.get(w)?.senses.every((s) => s.domain === 'climate') === true;

function isPlace(words: string, e: NlEntity, index: HomeIndex): boolean {
  if (words === '') return false;
  return PLACE_WORDS[words] === true || index.areaByKey.has(words) || words === e.area?.toLowerCase()
    || index.floors.some((f) => f.name.toLowerCase() === words);
}
