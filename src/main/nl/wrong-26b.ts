// Round 26b (issue 14, dev20's wrong actions; tests in wrong-26b.test.ts). Whole-sentence checks on what was read, each asking
// where the sentence acted on more, or on other, devices than it named:
// - "those/these (lights)" with no devices just before ("flip all those lights around" toggled all 7 lights), or just after
//   devices of another kind (a curtain toggled by "those lights") — see demonstrativeUnbound;
// - a SINGULAR kind ("the light here", "the lamp in the kitchen", "the switch on the first floor") acting on several devices
//   of that kind, none of them named ("(Kitchen) the light here, off" switched off all three kitchen lights) — see
//   singularOnSeveral;
// - one place said, then "its/their" pointing back to it, acting outside that place ("ground floor, switch its lights off"
//   switched off every light in the home: the Ground Floor has none) — see placeDropped.
import type { NlAction } from './actions';
import type { NlEntity } from './home';
import type { NlError } from './errors';
import type { HomeIndex } from './name-index';
import { devicesById } from './per-home';

/** An error when the sentence acted on devices it did not single out; else null. */
export function wrong26b(said: string, actions: readonly NlAction[], area: string | null | undefined, previous: readonly string[] | null | undefined, index: HomeIndex): NlError | null {
  if (actions.length === 0) return null;
  const byId = devicesById(index);
  const acted = [...new Set(actions.map((a) => a.entity))].map((id) => byId.get(id)).filter((e): e is NlEntity => e !== undefined);
  const words: string[] = said.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  return demonstrativeUnbound(words, acted, previous ?? null, area ?? null, index) ?? singularOnSeveral(words, actions, acted, area ?? null)
    ?? placeDropped(said, acted, index);
}

// The kinds of device a word names, as domains (with the cover classes a word keeps to).
const KIND: ReadonlyArray<[RegExp, RegExp, readonly string[]]> = [
  [/^(?:light|lamp|bulb|lightbulb|lighting|lamplight)$/, /^(?:lights|lamps|bulbs|lightbulbs)$/, ['light']],
  [/^switch$/, /^switches$/, ['switch']],
  [/^fan$/, /^fans$/, ['fan']],
  [/^(?:curtain|shade|blind|cover|drape|shutter)$/, /^(?:curtains|shades|blinds|covers|drapes|shutters)$/, ['cover']],
  [/^(?:lock|door)$/, /^(?:locks|doors)$/, ['lock']],
  [/^(?:thermostat|heater|heating)$/, /^(?:thermostats|heaters)$/, ['climate']],
  [/^(?:tv|telly|television|speaker)$/, /^(?:tvs|tellies|televisions|speakers)$/, ['media_player']],
];
const kindOf = (w: string): { plural: boolean; domains: readonly string[] } | null => {
  for (const [one, many, domains] of KIND) {
    if (one.test(w)) return { plural: false, domains };
    if (many.test(w)) return { plural: true, domains };
  }
  return null;
};

// "flip all those lights around" with nothing said before toggled every light; "turn those lights off" just after a curtain
// toggled the curtain. "those/these" (not "those in/on/of/that …", which a place or clause follows) needs devices just
// before, of the kind said.
const DEMONSTRATIVE = /^(?:those|these)$/;
const THOSE_REL = /^(?:in|on|at|of|that|which|who|near|by|from|upstairs|downstairs|outside|inside|except|apart|but|not)$/;
function demonstrativeUnbound(words: readonly string[], acted: readonly NlEntity[], previous: readonly string[] | null, area: string | null, index: HomeIndex): NlError | null {
  for (let i = 0; i < words.length; i++) {
    if (!DEMONSTRATIVE.test(words[i]!)) continue;
    if (words[i - 1] === 'except' || words[i - 1] === 'but' || THOSE_REL.test(words[i + 1] ?? '')) continue;
    // "the play corner lights, flip those off": the devices are named before it in the sentence
    const before = new Set(words.slice(0, i));
    if (acted.some((e) => e.name.toLowerCase().split(/[^\p{L}\p{N}']+/u).some((t) => t.length > 2 && kindOf(t) === null && before.has(t)))) continue;
    // "these curtains in here": the speaker's room
    if (words.slice(i + 1, i + 5).includes('here')) continue;
    // the kind after "those" (within two words: "those two lights", "those kitchen lights")
    let kind: { plural: boolean; domains: readonly string[] } | null = null;
    for (let j = i + 1; j <= i + 3 && j < words.length && kind === null; j++) kind = kindOf(words[j]!);
    const prev = previous ?? [];
    // (Round 27w: "(Living Room) close these curtains", "(Kitchen) turn off these lights and the ones in the garage": the
    // kind said, in the speaker's room, every one of it there acted on — those are meant. No room, or none there, asks.)
    if (prev.length === 0 && area && kind && inSpeakersRoom(kind.domains, acted, area, index)) continue;
    if (prev.length === 0) {
      return {
        code: 'AMBIGUOUS',
        message: `Which devices do you mean by "${words[i]}"? Nothing was named just before.`,
        next: 'Name them, for example "the kitchen lights".',
      };
    }
    if (kind && acted.some((e) => !kind!.domains.includes(e.domain))) {
      return {
        code: 'AMBIGUOUS',
        message: `Which ${words.find((w) => kindOf(w) !== null) ?? 'devices'} do you mean? The devices named just before are not of that kind.`,
        next: 'Name them, for example "the kitchen lights".',
      };
    }
  }
  return null;
}

/** The speaker's room has devices of the kind, and every one of them was acted on. */
function inSpeakersRoom(domains: readonly string[], acted: readonly NlEntity[], area: string, index: HomeIndex): boolean {
  const there = index.entities.filter((e) => e.area === area && domains.includes(e.domain));
  const ids = new Set(acted.map((e) => e.id));
  return there.length > 0 && there.every((e) => ids.has(e.id));
}

// "(Kitchen) the light here, off" switched off all three kitchen lights: one "light" (no "lights", "all", "every", "both" …)
// acting on several lights of which none is named asks which one ("the lights here, off" acts on all).
const GROUP = /^(?:all|every|each|both|everything|whole|entire|them|they|those|these|ones|lot|everywhere|any|group|set|bunch|two|three|four)$/;
function singularOnSeveral(words: readonly string[], actions: readonly NlAction[], acted: readonly NlEntity[], area: string | null): NlError | null {
  if (words.some((w) => GROUP.test(w))) return null;
  const all = words.map((w, i) => ({ w, i, k: kindOf(w) })).filter((x) => x.k !== null);
  if (all.some((x) => x.k!.plural)) return null;
  // a countable "the/that/this light", not "some light" / "more light in the kitchen"
  const kinds = all.filter(({ i }) => {
    // said of the speaker's room: "the light here", "the lamp in here", "the light right here" (the sets read "the light in
    // the kitchen" / "the lighting on the first floor" as all of them, as Home Assistant does)
    if (area === null || !/^(?:here|in here|right here|over here|just here)$/.test(words.slice(i + 1, i + 3).join(' ').replace(/^(\S+ here|here) ?.*$/, '$1'))) return false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (/^(?:the|that|this|a|one)$/.test(words[j]!)) return true;
      if (/^(?:some|more|less|enough|of|bit|little|no|any)$/.test(words[j]!)) return false;
    }
    return false;
  });
  if (kinds.length === 0) return null;
  const said = new Set(words);
  for (const { w, k } of kinds) {
    // devices of that kind acted on the same way whose own name words (beyond their place and kind) were not said
    const groups = new Map<string, NlEntity[]>();
    for (const a of actions) {
      const e = acted.find((x) => x.id === a.entity);
      if (!e || !k!.domains.includes(e.domain)) continue;
      // named: every word of its name beyond the kind said ("kitchen switch", "office thermostat", "living room lamp"),
      // or a word of its own beyond its place ("ceiling", "play corner")
      const placeWords = new Set(`${e.area ?? ''} ${area ?? ''}`.toLowerCase().split(/\s+/));
      const nameWords = e.name.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((t) => t && kindOf(t) === null);
      const own = nameWords.filter((t) => !placeWords.has(t));
      const isSaid = (t: string): boolean => said.has(t) || said.has(`${t}s`);
      const kindWords = e.name.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((t) => t && kindOf(t) !== null);
      if (own.some(isSaid) || (nameWords.length > 0 && nameWords.every(isSaid) && kindWords.every(isSaid))) continue;
      const key = `${a.service} ${JSON.stringify(a.data)} ${a.delay_s}`;
      const list = groups.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      return {
        code: 'AMBIGUOUS',
        message: `Which ${w}: ${list.slice(0, -1).map((e) => e.name).join(', ')} or ${list[list.length - 1]!.name}?`,
        options: list.map((e) => e.name),
        subject: w,
      };
    }
  }
  return null;
}

const kindSaid = (text: string): string | null => {
  const w = text.split(' ').find((t) => kindOf(t) !== null);
  return w === undefined ? null : kindOf(w)!.plural ? w : `${w}s`;
};

// "ground floor, switch its lights off" switched off every light in the home (the Ground Floor has none): one place said,
// then "its"/"their" pointing back to it, acting on devices outside that place asks — the place is never dropped.
function placeDropped(said: string, acted: readonly NlEntity[], index: HomeIndex): NlError | null {
  const text = ` ${said.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  // "its/their" before a kind ("its lights", "their ceiling lamp"), not "its late" (a misspelt "it's")
  const its = / (?:its|their) ((?:\S+ ){1,3})/.exec(text);
  if (!its || !its[1]!.trim().split(' ').some((w) => kindOf(w) !== null)) return null;
  const before = text.slice(0, its.index + 1);
  const places: Array<{ name: string; areas: Set<string> }> = [];
  const said1 = (n: string): boolean => before.includes(` ${n.toLowerCase()} `);
  for (const f of index.floors) {
    if ([f.name, ...(f.aliases ?? [])].some(said1)) places.push({ name: f.name, areas: new Set(index.areas.filter((a) => a.floor === f.name).map((a) => a.name)) });
  }
  for (const a of index.areas) {
    if ([a.name, ...(a.aliases ?? [])].some(said1)) places.push({ name: a.name, areas: new Set([a.name]) });
  }
  if (places.length !== 1) return null;
  const place = places[0]!;
  const outside = acted.filter((e) => e.area === null || !place.areas.has(e.area));
  if (outside.length === 0) return null;
  return {
    code: 'AMBIGUOUS',
    message: `The ${place.name} has no ${kindSaid(its[1]!) ?? 'such devices'} — which do you mean? (${outside.slice(0, 3).map((e) => e.name).join(', ')}${outside.length > 3 ? ' …' : ''} ${outside.length > 1 ? 'are' : 'is'} elsewhere.)`,
    next: `Say where, for example "turn off the lights in the kitchen".`,
  };
}
