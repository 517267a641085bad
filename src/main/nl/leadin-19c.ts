// Issue 14, round 19c: a first part that only DESCRIBES — how a device is ("the vacuum's still going", "the garage light is
// off", "play corner's too dim", "the lights are on in the kitchen") or what a room reads ("it's 28 degrees in the living
// room", "it's only 16") — is never carried out as a command of its own. It tells what "it"/"them" in the step after it
// is (with the place said in it kept), or where the step happens; when that is not certain, it is asked.
import type { NlEntity } from './home';
import type { Frame } from './frame';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import type { NlError } from './errors';
import { ambiguous } from './errors';
import { onlyTarget } from './continuity';
import { resolveTarget } from './resolve';
import { isEmptyTarget } from './target';
import { table } from './table';

/** Said first, before the description: sounds, and "since"/"because" (a reason, no condition). */
const OPENING = table({ ugh: true, oh: true, ah: true, um: true, uh: true, hmm: true, well: true, so: true, ok: true, okay: true, ',': true, and: true,
  since: true, because: true, cause: true, now: true, that: true, look: true, hey: true, argh: true, gosh: true, jeez: true, wow: true, right: true });
/** The verb that says how something is. ("'s" is also "has": "the vacuum's started again".) */
const COPULA = table({ is: true, are: true, "'s": true, "'re": true, was: true, were: true, seems: true, seem: true, looks: true, look: true, keeps: true });
/** Words of how a device is, said after the copula. */
const DESCRIBING = table({
  on: true, off: true, open: true, opened: true, closed: true, shut: true, locked: true, unlocked: true, not: true, still: true, again: true, already: true,
  too: true, so: true, very: true, really: true, quite: true, way: true, a: true, bit: true, little: true, in: true, the: true, all: true, now: true,
  going: true, running: true, started: true, stopped: true, moving: true, playing: true, cleaning: true, spinning: true, blowing: true, blasting: true,
  stuck: true, broken: true, dim: true, dark: true, bright: true, loud: true, noisy: true, quiet: true, low: true, high: true, hot: true, cold: true,
  warm: true, cool: true, muted: true, mute: true, paused: true, up: true, down: true, half: true, halfway: true, left: true, back: true, docked: true,
  home: true, charging: true, working: true, jammed: true, flickering: true, blinking: true, blaring: true, full: true, blast: true, wide: true,
  ajar: true, glaring: true, dazzling: true, dull: true, stopping: true, been: true, being: true, annoying: true, buzzing: true, humming: true,
  beeping: true, whirring: true, out: true, at: true, max: true, maximum: true, there: true, of: true, yet: true, somehow: true, and: true, or: true, ',': true,
});
/** Words around a reading: "it's only 16", "it's about 28 degrees in here". */
const READING = table({
  only: true, just: true, about: true, around: true, already: true, nearly: true, almost: true, like: true, over: true, under: true, below: true,
  above: true, still: true, now: true, currently: true, reading: true, showing: true, at: true, degrees: true, degree: true, '°': true, c: true, f: true,
  celsius: true, fahrenheit: true, in: true, the: true, here: true, out: true, outside: true, inside: true, down: true, up: true, to: true, a: true, whole: true,
  'in here': true, so: true, barely: true, least: true, more: true, than: true, less: true, well: true,
});
/** States a device can be put in: said of one device before a request about another, they may be a request too. */
const SWITCHED = table({ on: true, off: true, open: true, opened: true, closed: true, shut: true, locked: true, unlocked: true, muted: true, paused: true,
  playing: true, running: true, going: true, started: true, stopped: true, docked: true, up: true, down: true });
/** "open the right one", "the other one": a device of the kind said just before. */
const oneOfKind = (next: Frame): boolean => next.target.groups.some((g) => g.nouns.some((n) => n.placeholder)) || next.target.other;
/** A step after a reading that changes the air: "it" there is the room's heating. */
const AIR_OPS = table({ temperature: true, temperature_step: true });

export type LeadIn19c = { previous?: NlEntity[]; place?: string } | { error: NlError };

const isPlace = (x: Item | undefined): boolean => x?.kind === 'area' || x?.kind === 'floor';

/** The places said in `items` ("in the kitchen", "on the first floor", "in the kitchen and the living room"): the words
 *  from the first "in"/"on" before a place to the last place, or null when a place is said some other way. */
function placePhrases(items: readonly Item[]): Item[] | null {
  const last = items.map(isPlace).lastIndexOf(true);
  if (last < 0) return [];
  const first = items.findIndex((x, k) => ['in', 'on'].includes(x.text) && (isPlace(items[k + 1]) || (items[k + 1]?.text === 'the' && isPlace(items[k + 2]))));
  if (first < 0 || first > last) return null;
  const tail = items.slice(first, last + 1);
  return tail.every((x) => isPlace(x) || ['in', 'on', 'the', 'and', ',', 'or'].includes(x.text)) ? tail : null;
}

/** "the vacuum's still going", "the lights are on in the kitchen": where the copula is, or -1 when this part is no
 *  description of a device. */
function described(rest: readonly Item[], index: HomeIndex): { subject: Item[]; predicate: Item[] } | null {
  let from = 0;
  while (from < rest.length && rest[from]!.kind === 'word' && OPENING[rest[from]!.text]) from++;
  // ("vacuum still going, stop it", "kitchen lights already on, …": "still"/"already" with no copula says how it is too —
  // "the lamp off, the fan on" is a command.)
  const copula = rest.findIndex((x, k) => k > from && COPULA[x.text] !== undefined);
  const still = rest.findIndex((x, k) => k > from && (x.text === 'still' || x.text === 'already'));
  const at = copula >= 0 ? copula : still;
  if (at < 0) return null;
  const subject = rest.slice(from, at);
  const predicate = rest.slice(copula >= 0 ? at + 1 : at);
  // (Without "is", only a device said before "still": "keep the lamp still on …" is a command.)
  if (copula < 0 && !subject.every((x) => ['entity', 'noun', 'area', 'floor'].includes(x.kind) || ['the', 'my', 'our'].includes(x.text) || (x.kind === 'word' && index.nameVocab.has(x.text)))) return null;
  // (A device is said — "the kitchen is dark" is no device — and nothing but how it is after the copula.)
  if (!subject.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && index.nameVocab.has(x.text)))) return null;
  if (subject.some((x) => x.kind === 'num' || COPULA[x.text] !== undefined) || ['it', 'that', 'this', 'there', 'what', 'which', 'who', 'how', 'why', 'when', 'if'].includes(subject[0]!.text)) return null;
  if (predicate.length === 0 || predicate.some((x) => x.kind === 'num' || x.kind === 'time')) return null;
  if (!predicate.every((x) => (x.kind === 'word' && DESCRIBING[x.text] !== undefined) || x.kind === 'state' || x.kind === 'color' || isPlace(x) || x.text === "n't")) return null;
  if (!predicate.some((x) => x.kind === 'state' || (x.kind === 'word' && !['the', 'a', 'in', 'at', 'of', 'all', 'now', 'so', 'very', 'really', 'quite', 'too', 'not'].includes(x.text)))) return null;
  return { subject, predicate };
}

/** "it's 28 degrees in the living room", "it's only 16", "the living room is 26": a reading, said of a room (or of where
 *  the speaker is); the areas said, or null when this part is no reading. */
function reading(rest: readonly Item[]): { areas: string[]; here: boolean } | null {
  let from = 0;
  while (from < rest.length && rest[from]!.kind === 'word' && OPENING[rest[from]!.text]) from++;
  const at = rest.findIndex((x, k) => k > from && COPULA[x.text] !== undefined);
  if (at < 0) return null;
  const subject = rest.slice(from, at);
  const its = subject.length === 1 && ['it', 'temperature', 'temp'].includes(subject[0]!.text);
  const theTemp = subject.every((x) => ['the', 'temperature', 'temp', 'in', 'here'].includes(x.text) || isPlace(x)) && subject.some((x) => ['temperature', 'temp'].includes(x.text));
  const room = subject.every((x) => ['the', 'my', 'our'].includes(x.text) || x.kind === 'area');
  if (!its && !theTemp && !(room && subject.some((x) => x.kind === 'area'))) return null;
  const predicate = rest.slice(at + 1);
  const nums = predicate.filter((x) => x.kind === 'num');
  if (nums.length !== 1 || !predicate.every((x) => x.kind === 'num' || isPlace(x) || (x.kind === 'word' && READING[x.text] !== undefined))) return null;
  const areas = rest.flatMap((x) => (x.kind === 'area' ? [x.area.name] : []));
  return { areas, here: rest.some((x) => x.text === 'here') };
}

/** Verbs of what a device shows: "the thermostat reads 70", "… is showing 68". */
const SHOWS = table({ read: true, show: true, say: true, reads: true, says: true, shows: true, showing: true, reading: true, saying: true });
/** "the thermostat's at 70", "the thermostat reads 70", "the tv volume is at 80": the device whose reading is said, or null. */
function deviceReading(rest: readonly Item[], index: HomeIndex): Frame['target'] | null {
  let from = 0;
  while (from < rest.length && rest[from]!.kind === 'word' && OPENING[rest[from]!.text]) from++;
  const at = rest.findIndex((x, k) => k > from && (COPULA[x.text] !== undefined || SHOWS[x.text] !== undefined));
  if (at < 0) return null;
  const subject = rest.slice(from, at).filter((x) => !['volume', 'temperature', 'temp', 'brightness', 'speed', 'setting', 'level'].includes(x.text));
  if (!subject.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && index.nameVocab.has(x.text)))) return null;
  const predicate = rest.slice(at + 1);
  if (predicate.filter((x) => x.kind === 'num').length !== 1 || !predicate.every((x) => x.kind === 'num' || isPlace(x) || x.text === '%' || x.text === 'percent' || SHOWS[x.text] !== undefined || (x.kind === 'word' && READING[x.text] !== undefined))) return null;
  // ("the thermostat is set to 72" may be a wish: only a reading said with "at", "reads", or a word of now.)
  if (!predicate.some((x) => ['at', 'only', 'just', 'already', 'still', 'currently', 'now', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'below', 'above'].includes(x.text) || SHOWS[x.text] !== undefined) && SHOWS[rest[at]!.text] === undefined) return null;
  return onlyTarget(subject, index);
}

/** A first part that only describes, before `next`: what it tells the step after it (who "it" is, where), or the
 *  question to ask; null when it is no such part. */
export function leadIn19c(rest: readonly Item[], frame: Frame | null, next: Frame, index: HomeIndex, place: string | null, previous: NlEntity[] | null): LeadIn19c | null {
  if (frame?.query || next.query) return null;
  const needsWho = next.target.pronoun && isEmptyTarget(next.target) && !next.target.everywhere && !next.target.here;
  const r = reading(rest);
  if (r) {
    const where = r.areas.length === 1 ? r.areas[0]! : undefined;
    if (!needsWho) return where ? { place: where } : {};
    // ("it's 60 in the office, warm it up": "it" is the office's air; "it's 26 in the living room, turn it down": the heating, or the lights? asked.)
    if (AIR_OPS[next.op] && where) {
      next.target.pronoun = false;
      next.target.groups[0]!.areas.push(index.home.areas.find((a) => a.name === where)!);
      return { place: where };
    }
    return { error: { code: 'AMBIGUOUS', message: 'Turn what? Say which device, for example "turn the thermostat down".', next: 'A temperature said first is only what it is now: it is not set.' } };
  }
  // ("the thermostat's at 70, turn it down", "the thermostat reads 70, …": what a device reads now, never set — it only
  // says what "it" is.)
  const shown = deviceReading(rest, index);
  if (shown) {
    const res = resolveTarget({ frame: { op: next.op, target: shown }, index, contextArea: place, previous });
    if (!res.error && res.entities.length > 0 && (shown.plural || shown.all || res.entities.length === 1)) return { previous: res.entities };
    return needsWho ? { error: res.error ?? ambiguous(shown.groups[0]?.nouns[0]?.text ?? 'device', res.entities.map((e) => e.name)) } : {};
  }
  const d = described(rest, index);
  if (!d) {
    // ("the lights are on in the kitchen and, er, living room, turn them off": a place said after how they are that this
    // reading can't take is never dropped for every device of the kind — asked.)
    const at = rest.findIndex((x, k) => k > 0 && COPULA[x.text] !== undefined);
    const stateThenPlace = at > 0 && rest.slice(0, at).some((x) => x.kind === 'entity' || x.kind === 'noun') && rest.slice(at + 1).some(isPlace);
    return needsWho && stateThenPlace ? { error: { code: 'NOT_UNDERSTOOD', message: `Which ones do you mean by "${next.target.onePronoun ?? 'them'}"? Say them with their place, for example "turn off the lights in the kitchen".` } } : null;
  }
  // ("the front door is unlocked, lock the back door too", "the garage light is off, turn off the kitchen lights too": a state
  // said of one device before a request about another may itself be asked for — asked, as round 15b does. "the left curtain
  // is stuck, so open the right one", "the vacuum's too loud, turn the tv up": how it is, only — the step after is done.)
  if (!needsWho && !oneOfKind(next) && d.predicate.some((x) => SWITCHED[x.text] !== undefined)) {
    const said = [...d.subject, ...rest.slice(rest.indexOf(d.subject[d.subject.length - 1]!) + 1, rest.indexOf(d.predicate[0]!)), ...d.predicate].map((x) => x.text).join(' ');
    return { error: { code: 'AMBIGUOUS', message: `"${said}": is that how it is now, or should I make it so? Say just what to do, for example "turn off the kitchen lights".` } };
  }
  // ("the lights are on in the kitchen, turn them off": the place said after how they are is theirs too.)
  // (A place said that is not read with them is never dropped: asked.)
  const places = placePhrases(d.predicate);
  const target = places ? onlyTarget([...d.subject, ...places], index) : null;
  if (!target) return needsWho ? { error: { code: 'NOT_UNDERSTOOD', message: `Which device do you mean by "${next.target.onePronoun ?? 'it'}"? Say its name.` } } : {};
  const res = resolveTarget({ frame: { op: next.op, target }, index, contextArea: place, previous });
  if (res.error || res.entities.length === 0) return needsWho ? { error: res.error ?? { code: 'NOT_UNDERSTOOD', message: 'Which device do you mean? Say its name.' } } : {};
  // ("the lamp's on, turn it off" with two lamps: which one is asked — never both.)
  const fits = target.plural || target.all || res.entities.length === 1 || (target.groups.length > 1 && next.target.onePronoun !== 'it');
  // (Review 19g: "the back door's unlocked, lock them all", "the garage light's on, turn them off": one device described, then
  // "them (all)", "all of them", "every one" — that one, or all of its kind? Asked.)
  if (needsWho && !target.plural && !target.all && res.entities.length === 1 && (next.target.all || next.target.onePronoun === undefined)) {
    return { error: { code: 'AMBIGUOUS', message: `Only ${res.entities[0]!.name} was said: just that one, or all of them? Say which, for example "turn them all off" with their kind ("all the lights").` } };
  }
  if (needsWho && !fits) {
    const kind = target.groups[0]?.nouns[0]?.text ?? 'device';
    return { error: ambiguous(kind, res.entities.map((e) => e.name)) };
  }
  return { previous: res.entities };
}
