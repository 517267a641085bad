// Round 19d (issue 14, probe 19): sayings whose words were read the wrong way round — each a class of saying, never one
// sentence. Run by tokenize() on the raw words (numbers as digits, before the lead-ins are set aside).
// - "turn off the hoover", "the hoover off": the noun "hoover" (after an article, or before "off") is the vacuum, not the
//   verb "to hoover" — which started the robot.
// - "that's enough, rover", "rover, that'll do": the whole part says stop (the robot's name alone started it).
// - "send the vacuum out", "get rover out", "let the robot out": out to work, starting it ("out" was read as off: home).
// - "stop the water", "halt the water supply", "stop the flow of water": the water is the flow — shut it off (the valve's
//   travel was halted, leaving the water running).
// - "turn the tv volume off", "turn off the volume on the tv", "tv volume on": the volume off is muted, on is unmuted (the
//   player was switched off or on).
// - "turn up the tv and the fan off": the fan's own "off" (the up was carried to it).
import { table } from './table';
import { reportsState, TIME_STARTS } from './sayings-19a';

const ENDS = table({ ',': true, and: true, then: true, '.': true, but: true, so: true, ';': true });
const DETS = table({ the: true, a: true, my: true, our: true, this: true, that: true, your: true, his: true, her: true, their: true });
/** Words that may close a part after a particle: "the hoover off please". */
const TAIL = table({ please: true, now: true, thanks: true, again: true, too: true, then: true });
const endsAt = (tokens: readonly string[], k: number): boolean => k >= tokens.length || ENDS[tokens[k]!] !== undefined || TAIL[tokens[k]!] !== undefined;

/** Words after the noun "hoover": "turn the hoover off", "the hoover in the hall". */
const AFTER_NOUN = table({ away: true, off: true, on: true, in: true, from: true, to: true, back: true, for: true, at: true, up: true, down: true, out: true, "'s": true, is: true });

const ROBOT_NOUNS = table({ robot: true, vacuum: true, cleaner: true });

/** "the hoover", "my hoover", "hoover off", "hoover's in the way": the device, said as the vacuum. */
function hooverNoun(tokens: string[]): string[] {
  if (!tokens.includes('hoover')) return tokens;
  // ("hoover off", "vacuum off": said bare, the noun gets its article, as "the vacuum off" — a bare "vacuum" is the verb.)
  // ("the hoover robot", "my hoover vacuum": a noun of the vacuum after it says the device — the noun is kept alone.)
  // (Another word after it — "strat the hoover robot vacum" — the noun is not alone: left as said.)
  if (tokens.some((t, i) => t === 'hoover' && DETS[tokens[i - 1] ?? ''] && ROBOT_NOUNS[tokens[i + 1] ?? ''] && (endsAt(tokens, i + 2) || AFTER_NOUN[tokens[i + 2] ?? '']))) {
    tokens = tokens.filter((t, i) => !(t === 'hoover' && DETS[tokens[i - 1] ?? ''] && ROBOT_NOUNS[tokens[i + 1] ?? '']));
  }
  return tokens.flatMap((t, i) => (t === 'hoover' && ((DETS[tokens[i - 1] ?? ''] !== undefined && (endsAt(tokens, i + 1) || AFTER_NOUN[tokens[i + 1]!])) || ["'s", 'is', 'was'].includes(tokens[i + 1] ?? '')
    || (['off', 'on'].includes(tokens[i + 1] ?? '') && endsAt(tokens, i + 2))) ? (DETS[tokens[i - 1] ?? ''] ? ['vacuum'] : ['the', 'vacuum']) : [t]));
}

/** The parts of a sentence between commas. */
function parts(tokens: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t === ',') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

const SOFT = table({ now: true, please: true, thanks: true, ok: true, okay: true, right: true, for: true, mate: true, buddy: true });
/** Verbs that make the other part a command of its own ("that's enough, turn on the lamp"): left as said. */
const VERBS = table({ turn: true, switch: true, start: true, stop: true, open: true, close: true, shut: true, set: true, put: true, dim: true, lock: true,
  unlock: true, play: true, pause: true, mute: true, clean: true, send: true, go: true, make: true, keep: true, leave: true, raise: true, lower: true,
  dock: true, run: true, get: true, let: true, bring: true });

/** "that is enough", "enough", "thatll do", "that will do" (with "now", "please" …): the whole part. */
function isEnough(part: readonly string[]): boolean {
  const w = part.filter((t) => !SOFT[t]);
  const s = w.join(' ');
  return ['that is enough', 'enough', 'thats enough', 'thatll do', 'that will do', 'that will be all', 'that is all'].includes(s);
}

/** "that's enough, rover" → "stop , rover": only beside a short part with no verb (the device spoken to). */
function enoughStop(tokens: string[]): string[] {
  if (!tokens.includes('enough') && !tokens.includes('do') && !tokens.includes('all')) return tokens;
  const ps = parts(tokens);
  if (ps.length !== 2) return tokens;
  const at = ps.findIndex(isEnough);
  if (at < 0) return tokens;
  const other = ps[1 - at]!;
  if (other.length === 0 || other.length > 3 || other.some((t) => VERBS[t] || /ing$/.test(t)) || isEnough(other)) return tokens;
  return at === 0 ? ['stop', ',', ...other] : [...other, ',', 'stop'];
}

const OUT_VERBS = table({ send: true, let: true, get: true });
/** Words of lights: "get the lights out" may be switching them off — left as said. */
const LIGHT_WORDS = table({ light: true, lights: true, lamp: true, lamps: true, bulb: true, bulbs: true,
  // (Nor other kinds that are not sent out to work: "get the tv out" is no start.)
  tv: true, telly: true, television: true, music: true, radio: true, speaker: true, fan: true, heat: true, heating: true, thermostat: true, door: true,
  doors: true, curtain: true, curtains: true, blind: true, blinds: true, shade: true, shades: true, lock: true });
const PRONOUN = table({ it: true, them: true, her: true, him: true });

/** "send the vacuum out", "get rover out" → "start the vacuum", "start rover". */
function sendOut(tokens: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!OUT_VERBS[tokens[i]!] || (i > 0 && !ENDS[tokens[i - 1]!] && !['please', 'can', 'could', 'you', 'now', 'just', 'go'].includes(tokens[i - 1]!))) continue;
    for (let j = i + 2; j <= i + 5 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (ENDS[t]) break;
      if (t !== 'out') continue;
      const object = tokens.slice(i + 1, j);
      if (!endsAt(tokens, j + 1) && !['cleaning', 'to', 'again'].includes(tokens[j + 1] ?? '')) break;
      if (tokens[j + 1] === 'to' && tokens[j + 2] !== 'clean') break;
      if (object.some((w) => LIGHT_WORDS[w] || ENDS[w]) || (tokens[i] !== 'send' && object.some((w) => PRONOUN[w]))) break;
      out ??= [...tokens];
      out[i] = 'start';
      out[j] = '';
      break;
    }
  }
  return out ? out.filter((t) => t !== '') : tokens;
}

const STOP_WORDS = table({ stop: true, halt: true });
const WATER_TAIL = table({ supply: true, flow: true, mains: true, main: true, running: true });

/** "stop the water (supply)", "stop the flow of water" → "turn off the water". ("stop the water valve" is the valve's travel.) */
function stopWater(tokens: string[]): string[] {
  const i = tokens.findIndex((t) => STOP_WORDS[t]);
  if (i < 0) return tokens;
  let k = i + 1;
  if (tokens[k] === 'the') k++;
  if (tokens[k] === 'flow' && tokens[k + 1] === 'of') k += 2;
  if (tokens[k] === 'the') k++;
  if (tokens[k] !== 'water') return tokens;
  let e = k + 1;
  while (WATER_TAIL[tokens[e] ?? '']) e++;
  // ("stop the water in 10 minutes", "… for an hour", "… at the main": a time or place after it is read as for any step.)
  if (!endsAt(tokens, e) && !['in', 'at', 'after', 'for', 'until', 'till', 'from'].includes(tokens[e]!)) return tokens;
  return [...tokens.slice(0, i), 'turn', 'off', 'the', 'water', ...tokens.slice(e)];
}

const SWITCH_VERBS = table({ turn: true, switch: true, put: true, shut: true, flip: true });
const LOUDNESS = table({ volume: true, sound: true });
/** A part with one of these says more than the volume's on/off: left as said. */
const NOT_MUTING = table({ up: true, down: true, louder: true, quieter: true, softer: true, low: true, high: true, max: true, min: true, full: true, half: true,
  mute: true, unmute: true, back: true, level: true, set: true, keep: true, leave: true, to: true, at: true, by: true, loud: true, quiet: true, all: true });

/** One part: "turn the tv volume off" → "mute the tv"; "tv volume on" → "unmute tv"; else null. */
function volumeOnOff(p: readonly string[]): string[] | null {
  const v = p.findIndex((t) => LOUDNESS[t]);
  if (v < 0 || p.some((t) => NOT_MUTING[t] || /^\d/.test(t))) return null;
  // ("turn the sound system off", "the sound machine on": a word after it makes it a device's name — left as said.)
  if (v + 1 < p.length && !['off', 'on', 'of', 'for'].includes(p[v + 1]!) && !TAIL[p[v + 1]!]) return null;
  const offs = p.flatMap((t, k) => (t === 'off' ? [k] : []));
  let way: 'mute' | 'unmute' | null = null;
  const drop = new Set<number>([v]);
  if (offs.length === 1) {
    way = 'mute';
    drop.add(offs[0]!);
    if (p[v + 1] === 'on' || p[v + 1] === 'of' || p[v + 1] === 'for') drop.add(v + 1);
  } else if (offs.length === 0) {
    const on = SWITCH_VERBS[p[0] ?? ''] && p[1] === 'on' ? 1 : p[v + 1] === 'on' && (v + 2 >= p.length || p[v + 2] === 'on' || TAIL[p[v + 2]!]) ? v + 1 : -1;
    if (on < 0) return null;
    way = 'unmute';
    drop.add(on);
    if (on === 1 && ['on', 'of', 'for'].includes(p[v + 1] ?? '')) drop.add(v + 1);
    if (on === v + 1 && p[v + 2] === 'on') drop.add(v + 2);
  } else return null;
  if (SWITCH_VERBS[p[0] ?? '']) drop.add(0);
  else if (p.some((t) => VERBS[t])) return null;
  if (p[v - 1] === "'s") drop.add(v - 1);
  const object = p.filter((_, k) => !drop.has(k));
  // ("turn off the volume on the tv": the article of "the volume" goes with it.)
  const rest = object.length >= 2 && object[0] === 'the' && DETS[object[1]!] ? object.slice(1) : object;
  return [way, ...(rest.length === 1 && rest[0] === 'the' ? [] : rest)];
}

/** Words of a length of time or a clock time: "for 5 minutes", "in half an hour", "at 9 pm". */
const TIME_WORDS = table({ a: true, an: true, half: true, quarter: true, of: true, and: true, minute: true, minutes: true, min: true, mins: true, hour: true, hours: true,
  hr: true, hrs: true, second: true, seconds: true, sec: true, secs: true, pm: true, am: true, ':': true, "o'clock": true, oclock: true, tonight: true, tomorrow: true,
  noon: true, midnight: true, moment: true, mo: true, bit: true, while: true, or: true, so: true });
const TIME_UNIT = table({ minute: true, minutes: true, min: true, mins: true, hour: true, hours: true, hr: true, hrs: true, second: true, seconds: true, sec: true,
  secs: true, pm: true, am: true, tonight: true, tomorrow: true, noon: true, midnight: true });

/** One part with a time said last ("turn the tv volume off for 5 minutes"): the volume's off/on read without it, the time
 *  kept after (review 19g: the TV was switched off, then on after 5 minutes). */
function volumeOnOffTimed(p: readonly string[]): string[] | null {
  const plain = volumeOnOff(p);
  if (plain) return plain;
  const at = p.findIndex((t, k) => k > 1 && TIME_STARTS[t]
    && p.slice(k + 1).length > 0 && p.slice(k + 1).every((w) => /^\d/.test(w) || TIME_WORDS[w]) && p.slice(k + 1).some((w) => /^\d/.test(w) || TIME_UNIT[w]));
  if (at < 0) return null;
  const head = volumeOnOff(p.slice(0, at));
  return head ? [...head, ...p.slice(at)] : null;
}

function volumeMute(tokens: string[]): string[] {
  if (!tokens.some((t) => LOUDNESS[t])) return tokens;
  const out: string[] = [];
  let part: string[] = [];
  const flush = (): void => { out.push(...(volumeOnOffTimed(part) ?? part)); part = []; };
  for (const t of tokens) {
    if (ENDS[t]) { flush(); out.push(t); } else part.push(t);
  }
  flush();
  return out;
}

const UP_DOWN = table({ up: true, down: true });
const JOINS = table({ and: true, ',': true });

/** "turn up the tv and the fan off" → "… and turn the fan off": a later part that ends in its own "off"/"on" (and has no verb)
 *  after a first part turned up or down keeps its own way (the up/down was carried to it: the fan's speed set to 10). */
function ownOnOff(tokens: string[]): string[] {
  if (!SWITCH_VERBS[tokens[0] ?? '']) return tokens;
  const firstEnd = tokens.findIndex((t) => JOINS[t] || t === 'then');
  if (firstEnd < 0 || !tokens.slice(1, firstEnd).some((t) => UP_DOWN[t])) return tokens;
  const out = tokens.slice(0, firstEnd);
  let i = firstEnd;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && (JOINS[tokens[j]!] || tokens[j] === 'then')) out.push(tokens[j++]!);
    let e = j;
    while (e < tokens.length && !JOINS[tokens[e]!] && tokens[e] !== 'then') e++;
    const part = tokens.slice(j, e);
    let last = part.length - 1;
    while (last > 0 && TAIL[part[last]!]) last--;
    // ("… and the fan off in 10 minutes", "… at 9": a time after the way is the part's timing.)
    const timed = part.findIndex((t, k) => k > 0 && ['in', 'at', 'after', 'for', 'until', 'till', 'tonight', 'tomorrow'].includes(t) && ['off', 'on'].includes(part[k - 1]!));
    if (timed > 0) last = timed - 1;
    const way = part[last];
    // (Review 19g: "turn down the tv, not the fan off", "…, the fan's still on": a report, a negation or another verb — left as said.)
    if (part.length >= 2 && (way === 'off' || way === 'on') && !part.some((t) => VERBS[t] || UP_DOWN[t] || LOUDNESS[t]) && !reportsState(part.slice(0, last))) out.push('turn');
    out.push(...part);
    i = e;
  }
  return out;
}

/** The round's sayings, in order. */
export function sayings19d(tokens: string[]): string[] {
  return ownOnOff(volumeMute(stopWater(sendOut(enoughStop(hooverNoun(tokens))))));
}
