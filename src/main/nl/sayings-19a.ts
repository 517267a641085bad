// Round 19a (issue 14, dev16): "set rover off cleaning", "get the vacuum off hoovering", "set the mower off going" — "set/get
// X off" followed by what it is to be doing is starting it (as "start X cleaning"): the "off" was read as switching
// off, which sent the robot home. Only with the doing word right after "off"; "set X off" alone is asked (doubt-19a.ts).
// Run by tokenize(). A class of saying, never one sentence.
import { COMMAND_VERBS } from './doubt';
import { table } from './table';

const SETTERS = table({ set: true, get: true, send: true });
/** What a device is set off doing. */
const DOING = table({ cleaning: true, hoovering: true, vacuuming: true, mowing: true, going: true, running: true });
/** Doing words for a robot's cleaning. */
const SAME_AS_CLEANING = table({ hoovering: true, vacuuming: true });
/** Words that end the object before "off" (another verb or a join): not one phrase. */
const ENDS = table({ and: true, then: true, ',': true, '.': true, but: true, so: true });

/** "set rover off cleaning" → "start rover cleaning", "get X off going" → "start X"; "set off the vacuum" is left as said. */
export function sayings19a(tokens: string[]): string[] {
  // ("stop the robot hoovering", "set X off vacuuming": the robot's cleaning — spelling repair made "hoovering" "covering".)
  const words = tokens.some((t) => SAME_AS_CLEANING[t]) ? tokens.map((t) => (SAME_AS_CLEANING[t] ? 'cleaning' : t)) : tokens;
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!SETTERS[words[i]!]) continue;
    for (let j = i + 2; j <= i + 5 && j < words.length - 1; j++) {
      const t = words[j]!;
      if (ENDS[t]) break;
      if (t === 'off' && DOING[words[j + 1]!]) {
        out ??= [...words];
        out[i] = 'start';
        out[j] = '';
        if (words[j + 1] === 'going' || words[j + 1] === 'running') out[j + 1] = '';
        break;
      }
    }
  }
  const set = out ? out.filter((t) => t !== '') : words;
  return laterOnOff(lightsOnPlease(theMain(robotFloors(drawnTo(verbThenIt(goOnThen(tooMuch(openOrShut(soundOf(briefly(holdCovering(set))))))))))));
}

/** Coverings and valves: what "hold" can stop. */
const HELD = table({ curtain: true, curtains: true, blind: true, blinds: true, shade: true, shades: true, shutter: true, shutters: true, drape: true,
  drapes: true, awning: true, awnings: true, cover: true, covers: true, valve: true });
/** Said in the part, "hold" is no stopping: "hold on", "hold the curtain open/back", "hold it at 40". */
const NOT_STOPPING = table({ on: true, open: true, opened: true, closed: true, shut: true, up: true, down: true, at: true, to: true, back: true, aside: true,
  off: true, there: true, where: true, for: true, until: true, till: true });
const PART_ENDS = table({ ',': true, and: true, then: true, '.': true, ';': true, ':': true, but: true });
/** Where a part may start: "hold" said there is the verb. */
const BEFORE_VERB = table({ ',': true, and: true, then: true, please: true, just: true, you: true, ':': true, '.': true, now: true, ok: true, okay: true });

/** "hold the right curtain", "hold the blind in here": stop it where it is ("hold X there" already was). */
function holdCovering(tokens: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'hold' || (i > 0 && !BEFORE_VERB[tokens[i - 1]!])) continue;
    let k = i + 1;
    let held = false;
    let other = false;
    for (; k < tokens.length && !PART_ENDS[tokens[k]!]; k++) {
      const t = tokens[k]!;
      if (HELD[t]) held = true;
      if (NOT_STOPPING[t] || /^\d/.test(t)) other = true;
    }
    if (held && !other) (out ??= [...tokens])[i] = 'stop';
  }
  return out ?? tokens;
}

/** Brief moments said without "for", in words read nowhere else: "pause the telly a mo", "mute it a tick". ("a sec", "a
 *  moment" were read already.) */
const BRIEF = table({ mo: true, tick: true, jiffy: true });
/** Said before "a mo" it is no moment of the step ("wait a mo", "in a mo", "give me a sec", "just a mo"). */
const NOT_BRIEF_AFTER = table({ for: true, in: true, wait: true, me: true, just: true, give: true, hang: true, on: true, half: true, than: true, once: true, every: true,
  get: true, got: true, have: true, take: true, need: true, it: true });

/** "pause the telly a mo" → "pause the telly for a mo" (the step is brief: no length to undo it after, as "for a sec"). */
function briefly(tokens: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i] !== 'a' || !BRIEF[tokens[i + 1]!] || NOT_BRIEF_AFTER[tokens[i - 1]!] || PART_ENDS[tokens[i - 1]!]) continue;
    const next = tokens[i + 2];
    if (next !== undefined && !PART_ENDS[next] && next !== 'please') continue;
    out ??= [...tokens];
    out[i] = 'for a';
  }
  return out ? out.flatMap((t) => (t === 'for a' ? ['for', 'a'] : [t])) : tokens;
}

/** Words for a TV's or speaker's sound, said after it with "mute". */
const SOUND = table({ sound: true, audio: true });
const PLAYER_WORDS = table({ tv: true, telly: true, television: true, speaker: true, speakers: true, radio: true, stereo: true, soundbar: true });
const MUTING = table({ mute: true, unmute: true, silence: true });

/** "mute the tv sound" → "mute the tv": the sound of the player is what muting takes away. */
function soundOf(tokens: string[]): string[] {
  if (!tokens.some((t) => MUTING[t])) return tokens;
  const at = tokens.findIndex((t, i) => SOUND[t] && PLAYER_WORDS[tokens[i - 1] ?? ''] && tokens.slice(0, i).some((w) => MUTING[w]));
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}

/** One state and its opposite: said "A or B" of a device with no verb, the sentence asks which it is. */
const OPPOSITE = table({ open: ['shut', 'closed', 'close'], closed: ['open'], shut: ['open'], locked: ['unlocked'], unlocked: ['locked'], on: ['off'], off: ['on'] });
/** Words that start a command or a question: then the sentence is no bare "A or B". */
const STARTS = table({ is: true, are: true, was: true, turn: true, switch: true, set: true, open: true, close: true, shut: true, lock: true, unlock: true,
  put: true, should: true, do: true, does: true, can: true, could: true, will: true, would: true, make: true, leave: true, keep: true, what: true, which: true });

/** "bedroom curtain open or shut", "main valve open or closed" → "is … open or …?": a question, never "which should I do?". */
function openOrShut(tokens: string[]): string[] {
  if (tokens.length < 4 || STARTS[tokens[0]!] || tokens.some((t) => PART_ENDS[t] && t !== '.')) return tokens;
  const or = tokens.indexOf('or');
  const a = tokens[or - 1] ?? '';
  const b = tokens[or + 1] ?? '';
  if (or < 2 || !OPPOSITE[a]?.includes(b)) return tokens;
  // (Only "at the minute", "now", "right now" may follow: the rest of the sentence is the device.)
  const tail = tokens.slice(or + 2).filter((t) => t !== '?' && t !== '.');
  if (tail.length > 0 && !['now', 'right now', 'at the minute', 'at the moment', 'currently', 'still'].includes(tail.join(' '))) return tokens;
  // (The tail says "now", which a question about how a device is already means.)
  return ['is', ...tokens.slice(0, or + 2)];
}

/** How a device or room is "too …", and the step that answers it. */
const ANSWER = table<(said: string[]) => string[]>({
  bright: (w) => ['dim', ...w], glaring: (w) => ['dim', ...w], dark: (w) => ['brighten', ...w], dim: (w) => ['brighten', ...w], gloomy: (w) => ['brighten', ...w],
  loud: (w) => ['turn', ...w, 'down'], noisy: (w) => ['turn', ...w, 'down'], quiet: (w) => ['turn', ...w, 'up'],
});
const IS = table({ is: true, are: true, "'s": true, "'re": true });
/** Said as the thing that is too much, it is no device: "it's too bright", "everything is too loud". */
const NO_THING = table({ it: true, this: true, that: true, everything: true, there: true, he: true, she: true, they: true, you: true, i: true, we: true });

/** "the cabinet lights are too bright" → "dim the cabinet lights"; "the tv's too quiet" → "turn the tv up" — said alone, the
 *  complaint asks for its answer (as "it's too bright in the kitchen" does). One step of the usual size; the guards still
 *  ask where the answer is of another kind ("the fan is too loud": no player). */
function tooMuch(tokens: string[]): string[] {
  const said = tokens[tokens.length - 1] === '.' || tokens[tokens.length - 1] === '!' ? tokens.slice(0, -1) : tokens;
  const n = said.length;
  if (n < 4 || said[n - 2] !== 'too' || !ANSWER[said[n - 1]!]) return tokens;
  let be = n - 3;
  while (be > 0 && ['a', 'bit', 'way', 'much', 'far', 'really', 'just', 'little', 'slightly', 'far'].includes(said[be]!)) be--;
  if (!IS[said[be] ?? ''] || be < 1) return tokens;
  const thing = said.slice(0, be);
  if (thing.some((w) => NO_THING[w] || PART_ENDS[w] || STARTS[w] || w === 'or' || /^\d/.test(w))) return tokens;
  return ANSWER[said[n - 1]!]!(thing[0] === 'the' || thing[0] === 'my' || thing[0] === 'our' ? ['the', ...thing.slice(1)] : ['the', ...thing]);
}

/** Verbs said after the device with "it"/"them": "side door lock it", "the lamp turn it off". */
const LAST_VERBS = table({ lock: true, unlock: true, open: true, close: true, shut: true, stop: true, pause: true, mute: true, unmute: true, turn: true, switch: true,
  dim: true, start: true, dock: true });
const PARTICLES_AFTER = table({ on: true, off: true, up: true, down: true });
const END_AFTER = table({ please: true, too: true, now: true, '.': true, '!': true });

/** "side door lock it" → "side door , lock it": the device said first, then what to do with it (as "the side door, lock it"). */
function verbThenIt(tokens: string[]): string[] {
  if (COMMAND_VERBS.has(tokens[0] ?? '') || STARTS[tokens[0] ?? ''] || tokens.some((t) => PART_ENDS[t])) return tokens;
  const k = tokens.findIndex((t, i) => i >= 2 && LAST_VERBS[t] && (tokens[i + 1] === 'it' || tokens[i + 1] === 'them'));
  if (k < 0 || tokens.slice(0, k).some((t) => COMMAND_VERBS.has(t) || NO_THING[t])) return tokens;
  let end = k + 2;
  if (PARTICLES_AFTER[tokens[end] ?? '']) end++;
  while (end < tokens.length && END_AFTER[tokens[end]!]) end++;
  return end === tokens.length ? [...tokens.slice(0, k), ',', ...tokens.slice(k)] : tokens;
}

/** "go on then, close the left one", "go on, …": said first, it urges — no "turn on" of the device after it. */
function goOnThen(tokens: string[]): string[] {
  if (tokens[0] !== 'go' || tokens[1] !== 'on') return tokens;
  const from = tokens[2] === ',' ? 3 : tokens[2] === 'then' && tokens[3] === ',' ? 4 : -1;
  return from < 0 || from >= tokens.length ? tokens : tokens.slice(from);
}

/** How a drawn covering ends: "draw them shut", "draw the blinds closed", "draw the curtains open/back". */
const DRAWN = table({ shut: 'close', closed: 'close', open: 'open', back: 'open', apart: 'open' });

/** "the curtains, draw them shut" → "…, close them"; "draw the blinds open" → "open the blinds". ("draw the curtains" alone may be
 *  either: left as said.) */
function drawnTo(tokens: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'draw' || (i > 0 && !BEFORE_VERB[tokens[i - 1]!])) continue;
    for (let k = i + 2; k <= i + 5 && k < tokens.length; k++) {
      if (PART_ENDS[tokens[k]!]) break;
      const end = DRAWN[tokens[k]!];
      const after = tokens[k + 1];
      if (end && (after === undefined || PART_ENDS[after] || END_AFTER[after])) {
        out ??= [...tokens];
        out[i] = end;
        out[k] = '';
        break;
      }
    }
  }
  return out ? out.filter((t) => t !== '') : tokens;
}

/** Said with a robot, "the floors" is what it cleans — the whole home, no floor of it: "get rover going on the floors". */
const ROBOT_WORDS = table({ rover: true, vacuum: true, robot: true, hoover: true, clean: true, cleaning: true, hoovering: true, hoovers: true, going: true, started: true,
  mop: true, mopping: true, sweep: true, sweeping: true });
function robotFloors(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => t === 'floors' && tokens[i - 1] === 'the' && !['first', 'second', 'both', 'all', 'upper', 'lower', 'two'].includes(tokens[i - 2] ?? ''));
  if (at < 0 || !tokens.some((t) => ROBOT_WORDS[t])) return tokens;
  const from = tokens[at - 2] === 'on' || tokens[at - 2] === 'across' ? at - 2 : at - 1;
  return [...tokens.slice(0, from), ...tokens.slice(at + 1)];
}

/** "… and the main at 73": "the main" said alone is "the main one" (OWN.md, stop 30) — never a device spelled like it ("Mains"). */
const AFTER_MAIN = table({ at: true, to: true, on: true, ',': true, and: true, too: true, please: true, up: true, down: true });
/** Words of heating: said with "the main", it is the main thermostat. */
const HEATING = table({ thermostat: true, thermostats: true, heating: true, heat: true, heater: true, temperature: true, temp: true, degrees: true, degree: true,
  warmer: true, cooler: true, warm: true, cool: true, hotter: true, colder: true, '°': true, '°f': true, '°c': true, fahrenheit: true, celsius: true });
/** A number said as a temperature, not a time: "the main at 73", never "in 10 minutes", "at 9 pm". */
const temperatureSaid = (tokens: readonly string[]): boolean => tokens.some((t, i) => /^\d/.test(t) && !['in', 'for', 'after', 'until', 'till', 'by'].includes(tokens[i - 1] ?? '')
  && !TIME_WORDS_AFTER[tokens[i + 1] ?? ''] && !(tokens[i - 1] === 'at' && Number(t) <= 24));
const TIME_WORDS_AFTER = table({ minute: true, minutes: true, min: true, mins: true, hour: true, hours: true, hr: true, hrs: true, second: true, seconds: true, sec: true,
  secs: true, pm: true, am: true, ':': true, '%': true, percent: true });
function theMain(tokens: string[]): string[] {
  // (Review 19g: "shut off the main, we have a leak" turned the thermostat off — "the main" is the main one only where heating
  // or a temperature is said; else left as said: "close the main" is the main valve, "turn off the main" is asked.)
  if (!tokens.some((t) => HEATING[t]) && !temperatureSaid(tokens)) return tokens;
  const at = tokens.findIndex((t, i) => t === 'main' && tokens[i - 1] === 'the' && (i === tokens.length - 1 || AFTER_MAIN[tokens[i + 1]!] || /^\d/.test(tokens[i + 1]!)));
  return at < 0 ? tokens : [...tokens.slice(0, at + 1), 'one', ...tokens.slice(at + 1)];
}

/** Floor words: "lights on the first floor please", "lights on floor 1 and floor 2 please". */
const LIGHT_KINDS = table({ lights: true, lamps: true });
/** "lights on <floors> please" → "turn on the lights on <floors>": with "please" said last, a request to switch them on. */
function lightsOnPlease(tokens: string[]): string[] {
  const k = tokens[0] === 'the' ? 1 : 0;
  if (!LIGHT_KINDS[tokens[k] ?? ''] || tokens[k + 1] !== 'on' || tokens[tokens.length - 1] !== 'please') return tokens;
  const place = tokens.slice(k + 2, -1);
  if (!place.some((t) => t === 'floor' || t === 'floors' || t === 'upstairs' || t === 'downstairs') || place.some((t) => PART_ENDS[t] && t !== 'and' || COMMAND_VERBS.has(t) || t === 'off')) return tokens;
  return ['turn', 'on', 'the', tokens[k]!, 'on', ...place];
}

/** Verbs whose "on"/"off" may come at the end of a list ("switch the lamp, the fan and the tv off"): a part ending so is theirs. */
const PARTICLE_VERBS = table({ turn: true, switch: true, flip: true, power: true, put: true, set: true, get: true, have: true, leave: true, keep: true, toggle: true,
  click: true, knock: true, shut: true, pop: true, stick: true, whack: true, bang: true, chuck: true, throw: true, cut: true, kill: true });
const JOINS = table({ ',': true, and: true });
const OWN_VERB = table({ leave: true, keep: true, let: true, have: true, get: true, put: true, set: true, make: true, stick: true, pop: true, bring: true, then: true,
  also: true, just: true, now: true, can: true, could: true, would: true, will: true, should: true, is: true, are: true });
/** What follows a verb (never a name's next word): "play the …" is a verb, "play corner" a name. */
const VERB_OBJECT = table({ the: true, it: true, them: true, my: true, our: true, all: true, some: true, a: true, an: true, every: true, both: true, on: true, off: true, up: true, down: true, this: true, that: true, those: true, these: true });
const NOT_FIRST = table({ please: true, go: true, do: true });
const ROBOT_STEP = table({ vacuum: true, hoover: true, robot: true, roomba: true, clean: true, cleaning: true, mop: true, sweep: true });
const NOT_A_DEVICE = table({ it: true, them: true, that: true, those: true, this: true, everything: true, all: true, one: true, too: true });

/** Words that start a time said after a part's way: "garage light on in 10 minutes", "… at 9pm". */
export const TIME_STARTS = table({ in: true, at: true, after: true, for: true, until: true, till: true, tonight: true, tomorrow: true });
/** Said in a part before its "on"/"off", these make it a report of how a device is (a copula, "still", "left"), a negation,
 *  or a verb of its own — never a bare "<device> on/off" command. */
const REPORTING = table({ is: true, are: true, "'s": true, "'re": true, was: true, were: true, be: true, been: true, being: true, am: true, "'m": true,
  still: true, left: true, already: true, always: true, never: true, not: true, "n't": true, no: true, nor: true, cannot: true, can: true, could: true,
  would: true, should: true, will: true, shall: true, must: true, might: true, may: true, "'ll": true, "'d": true, "'ve": true, has: true, have: true, had: true,
  do: true, does: true, did: true, stays: true, stay: true, stayed: true, kept: true, keeps: true, seems: true, seem: true, looks: true, look: true,
  went: true, gone: true, goes: true, go: true, got: true, gets: true, came: true, come: true, comes: true, turned: true, switched: true, needs: true,
  need: true, wants: true, want: true, isnt: true, arent: true, wasnt: true, werent: true, cant: true, wont: true, dont: true, doesnt: true, didnt: true,
  also: true, again: true, yet: true, if: true, when: true, while: true, because: true, since: true, though: true, but: true, i: true, we: true, you: true,
  he: true, she: true, they: true, there: true, here: true });
/** After a verb, what starts its object ("leave the fan on"); "the kitchen switch on" is a name. */
const OBJECT_START = table({ the: true, it: true, them: true, my: true, our: true, all: true, some: true, a: true, an: true, every: true, both: true, this: true,
  that: true, those: true, these: true });
/** The words of a later part before its way report a state, negate, or carry a verb of their own ("… the fan's on",
 *  "… not the fan off", "… leave the fan on"): no bare "<device words> on/off". */
export function reportsState(words: readonly string[]): boolean {
  return words.some((t, k) => REPORTING[t] !== undefined || (COMMAND_VERBS.has(t) && OBJECT_START[words[k + 1] ?? ''] !== undefined));
}

/** "dim the play corner to 20, garage light on" stepped the garage light down (the first part's verb); "unlock the back door,
 *  garage light on" unlocked the light (refused). A later part with no verb of its own that ends in "on"/"off", after a first
 *  part whose verb takes no such particle, is its own step: "…, turn garage light on". */
function laterOnOff(tokens: string[]): string[] {
  // (The first verb where a step starts: "garage light" is no verb.)
  const first = tokens.findIndex((t, i) => COMMAND_VERBS.has(t) && !NOT_FIRST[t] && (i === 0 || BEFORE_VERB[tokens[i - 1]!] || tokens[i - 1] === 'to'));
  if (first < 0 || PARTICLE_VERBS[tokens[first]!]) return tokens;
  let out: string[] | null = null;
  let inserted = 0;
  for (let i = first + 1; i < tokens.length; i++) {
    if (!JOINS[tokens[i]!]) continue;
    let from = i + 1;
    if (tokens[i] === ',' && tokens[from] === 'and') from++;
    let end = from;
    while (end < tokens.length && !PART_ENDS[tokens[end]!]) end++;
    const part = tokens.slice(from, end);
    let last = part.length - 1;
    while (last > 0 && (part[last] === 'please' || part[last] === 'too')) last--;
    // ("…, garage light on in 10 minutes", "… at 9pm": a time after the way is the part's timing.)
    const timed = part.findIndex((t, k) => k > 0 && TIME_STARTS[t] && (part[k - 1] === 'on' || part[k - 1] === 'off'));
    if (timed > 0) last = timed - 1;
    const way = part[last];
    // (Review 19g: "…, the lights are still on", "…, the fan's on", "…, not the fan off", "…, the fan can't be off": a part
    // that says how a device is, or with another verb or a negation, only reports — never made a command.)
    if (reportsState(part.slice(0, last))) continue;
    // (A part that starts with a verb of its own — "… and leave the lights on", "… and light the fire" — is left as said.)
    if ((way !== 'on' && way !== 'off') || last < 1 || (COMMAND_VERBS.has(part[0]!) && VERB_OBJECT[part[1]!]) || OWN_VERB[part[0]!]
      || part.slice(0, last).some((t) => NOT_A_DEVICE[t] || /^\d/.test(t) || t === 'on' || t === 'off')) continue;
    // (A robot's step after it would take the part's room as where to clean — doubt-18 asks then — so it is left as said.)
    if (tokens.slice(end).some((t) => ROBOT_STEP[t])) continue;
    out ??= [...tokens];
    out.splice(from + inserted, 0, 'turn');
    inserted++;
    i = end - 1;
  }
  return out ?? tokens;
}
