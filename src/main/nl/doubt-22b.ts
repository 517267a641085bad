// Round 22b: parts of a sentence that were read into nothing — asked about, never dropped.
//   1. "stop the bedroom curtain and the porch light on": "stop" said, but the step switches both on (or opens).
//   2. "it stop and the porch light on" with nothing said before: what "it" is, for the whole sentence.
//   3. "lock the back door and the bake door": a list item that spelling repair made into a device the list already
//      names — the speaker meant another device, which the home does not know.
//   4. "turn off the lights in the living area": a word of a room's name ("living") read as a device's name word, so
//      that one of the room's lights is picked — which is meant is asked.
import type { NlError } from './errors';
import type { Frame } from './frame';
import type { NlArea, NlEntity } from './home';
import type { Item } from './tag';

const STOP_WORDS = new Set(['stop', 'pause', 'halt']);
/** Steps a stop word is never read as (a trailing "on", "open" took the step): stopping is stopping, pausing, docking, off. */
const NOT_STOP_OPS = new Set(['on', 'open', 'close', 'toggle', 'lock', 'unlock']);
const PLACE_NOUNS = new Set(['area', 'space', 'zone', 'section', 'part', 'end', 'side', 'bit', 'corner']);
const PRONOUNS = new Set(['it', 'them']);
const LIST_WORDS = new Set(['and', 'plus']);

/** Checks on a step's frame and words before its target is resolved. */
export function strayPart22b(frame: Frame, rest: readonly Item[], previous: readonly NlEntity[] | null): NlError | null {
  if (frame.query) return null;
  // 2. "it …, and the porch light …" with nothing said before: which is "it"?
  if (frame.target.pronoun && !(previous && previous.length > 0)) {
    const at = rest.findIndex((x) => PRONOUNS.has(x.text));
    const named = rest.findIndex((x, k) => k > at && (x.kind === 'entity' || x.kind === 'noun'));
    if (at >= 0 && named > at && rest.slice(at + 1, named).some((x) => LIST_WORDS.has(x.text))) {
      return { code: 'AMBIGUOUS', message: `Which is "${rest[at]!.text}"? Say its name with the ${rest[named]!.text}.` };
    }
  }
  // 1. A stop word the step did not read: "stop X and Y on" is two steps, read as one.
  const stop = rest.find((x) => x.kind === 'word' && STOP_WORDS.has(x.text));
  if (stop && NOT_STOP_OPS.has(frame.op) && !frame.stopPlayer) {
    return {
      code: 'NOT_UNDERSTOOD',
      message: `I couldn't tell what to ${stop.text} and what to switch. Say each with its own verb, for example "${stop.text} the curtain and turn the light on".`,
    };
  }
  // 3. A repaired list item that names a device the list already names.
  const names = rest.filter((x): x is Extract<Item, { kind: 'entity' }> => x.kind === 'entity');
  const twice = names.find((x, k) => names.some((y, j) => j !== k && (x.fixed || y.fixed) && y.refs.length === x.refs.length && y.refs.every((r) => x.refs.includes(r))));
  if (twice) {
    return { code: 'UNKNOWN_NAME', message: `I heard "${twice.text}" twice: which other device did you mean? Say its name as it is on the Home screen.` };
  }
  return null;
}

/** 4. After resolving: a word of a room's name said as a fragment ("the lights in the living area", "the living
 *  lights") that picked only some of that room's devices of the kind. */
export function partRoom22b(frame: Frame, rest: readonly Item[], acted: readonly NlEntity[], areas: readonly NlArea[], all: readonly NlEntity[]): NlError | null {
  if (frame.query || acted.length === 0) return null;
  const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);
  for (const g of frame.target.groups) {
    if (g.areas.length > 0 || g.names.length > 0) continue;
    for (const f of g.fragments) {
      const at = rest.findIndex((x) => x.text === f);
      const placeSaid = frame.target.plural || (at > 0 && rest[at - 1]?.text === 'the' && rest[at - 2]?.text === 'in') || (at >= 0 && PLACE_NOUNS.has(rest[at + 1]?.text ?? ''))
        || rest.some((x) => x.text === 'all' || x.text === 'every');
      if (!placeSaid) continue;
      for (const area of areas) {
        const aw = words(area.name);
        if (aw.length < 2 || !aw.includes(f)) continue;
        const domains = new Set(acted.map((e) => e.domain));
        const there = all.filter((e) => e.area === area.name && domains.has(e.domain));
        const left = there.filter((e) => !acted.some((a) => a.id === e.id));
        if (left.length > 0 && acted.some((e) => e.area === area.name)) {
          return {
            code: 'AMBIGUOUS',
            message: `Do you mean everything of that kind in the ${area.name}, or only ${acted.map((e) => e.name).join(' and ')}? Say "in the ${area.name}", or name the device.`,
            options: [`in the ${area.name}`, ...acted.map((e) => e.name)],
          };
        }
      }
    }
  }
  return null;
}
