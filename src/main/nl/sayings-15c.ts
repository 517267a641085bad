// Round 15c (issue 14): two more classes of saying the grammar reads one way, run by tokenize() right after the
// round-15 rewrites. Each rewrite is a class of saying, never one sentence; where its reading is not certain the tokens
// are left as said (and the sentence is asked about as before).
import { table } from './table';
import { COLOR_PHRASES } from './colors';

const isNumberToken = (tok: string | undefined): boolean => tok !== undefined && /^-?\d+(\.\d+)?$/.test(tok);

const UNITS = new Set(['%', 'percent', 'degrees', 'degree', '°', '°c', '°f']);
const JOINS = new Set(['and', ',', 'then']);

/** A value said as the end of a step: [start, end) of "40 %", "70 degrees", "red" ending at `end`, or null. */
function valueEndingAt(tokens: readonly string[], end: number): [number, number] | null {
  const last = tokens[end - 1];
  if (last === undefined) return null;
  if (isNumberToken(last)) return [end - 1, end];
  if (UNITS.has(last) && isNumberToken(tokens[end - 2])) return [end - 2, end];
  if (COLOR_PHRASES.has(last)) return [end - 1, end];
  return null;
}

/** Every value said in `tokens` before `upTo`: number (with its unit) or one-word colour. */
function valuesBefore(tokens: readonly string[], upTo: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < upTo; k++) {
    const t = tokens[k]!;
    if (isNumberToken(t)) {
      const end = UNITS.has(tokens[k + 1] ?? '') ? k + 2 : k + 1;
      out.push([k, end]);
      k = end - 1;
    } else if (COLOR_PHRASES.has(t)) out.push([k, k + 1]);
  }
  return out;
}

/** Said between a device and the value it should end at: "the garage light goes to 30", "the cabinets sit at 88%". */
const ENDS_AT = new Set(['goes', 'go', 'sits', 'sit']);
/** "… but the office only to 65": how much less, said of the second value — the value is still the setting. */
const ONLY = new Set(['only', 'just']);

/** "A at 70% but B only at 25%", "A at 12% while B sits at 88%", "make A pink while B goes teal", "A goes to 70 and B goes
 *  to 30": two settings side by side — the second joined like "and". Only when the first part ends in a value and the
 *  second part ends in one, with nothing but a device (and "goes"/"sits"/"only") between. */
function settingsSideBySide(tokens: string[]): string[] {
  let out = tokens;
  for (let j = 1; j < out.length; j++) {
    if (!['while', 'but', 'whereas'].includes(out[j]!) || !valueEndingAt(out, j)) continue;
    let end = j + 1;
    while (end < out.length && !JOINS.has(out[end]!) && out[end] !== 'please') end++;
    const value = valueEndingAt(out, end);
    if (!value || value[0] <= j + 1) continue;
    const between = out.slice(j + 1, value[0]);
    // (Only a device between: no "not", "leave", "keep", "is", "when" — "dim A to 30 but not B", "… while it's on".)
    if (between.some((w) => ['not', 'leave', 'keep', 'is', 'are', 'when', 'if', 'it', 'its', "it's", 'still', 'stays',
      'make', 'set', 'turn', 'put', 'have', 'get', 'bring', 'dim', 'raise', 'lower', 'switch', 'leave'].includes(w))) continue;
    out = [...out.slice(0, j), 'and', ...out.slice(j + 1)];
  }
  // "goes"/"sits" and "only" right before "to/at <value>" or a colour, after a device word.
  return out.filter((w, i) => {
    if (!ENDS_AT.has(w) && !ONLY.has(w)) return true;
    const next = out[i + 1] ?? '';
    const atValue = ['to', 'at'].includes(next) ? isNumberToken(out[i + 2]) : (ENDS_AT.has(w) && COLOR_PHRASES.has(next));
    const prev = out[i - 1] ?? '';
    return !(atValue && i > 0 && !JOINS.has(prev) && !['while', 'but', 'it', 'that', 'this', 'everything'].includes(prev)
      && (ONLY.has(w) ? out.slice(0, i).some((x) => ['and', 'but', 'while', 'whereas'].includes(x)) : true));
  });
}

/** What "the same" may be said of: nothing more, or the kind of value. */
const SAME_OF = new Set(['colour', 'color', 'level', 'brightness', 'temperature', 'setting', 'value']);

/** "set the bedroom lamp to red and the living room lamp to the same colour", "bedroom lamp 40% and make the living room
 *  lamp the same", "living room temp to 73 and the office thermostat to match", "office thermostat 64, and the living room
 *  one should match it": the one value said before in the sentence, said again. Only when exactly one value was said
 *  before (else which one is not certain) and, for "the same colour", that value is a colour. */
function sameValue(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    let start = -1;
    let end = -1;
    let colourOnly = false;
    if (tokens[i] === 'same' && tokens[i - 1] === 'the') {
      const of = tokens[i + 1];
      end = of !== undefined && SAME_OF.has(of) ? i + 2 : i + 1;
      colourOnly = of === 'colour' || of === 'color';
      start = tokens[i - 2] === 'to' ? i - 2 : i - 1;
    } else if (tokens[i] === 'match') {
      end = ['it', 'that'].includes(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      start = tokens[i - 1] === 'to' ? i - 1 : tokens[i - 1] === 'should' ? i - 1 : -1;
    } else continue;
    if (start < 1 || (end < tokens.length && !JOINS.has(tokens[end]!) && !['too', 'please', 'as', 'well'].includes(tokens[end]!))) continue;
    // (Said of a device: not "do the same", "the same one", "keep it the same".)
    const before = tokens[start - 1]!;
    if (JOINS.has(before) || ['do', 'did', 'it', 'them', 'keep', 'leave'].includes(before)) continue;
    // ("… and keep the garage light the same": left as it is — never set to the value said before.)
    let join = start - 1;
    while (join > 0 && !JOINS.has(tokens[join]!)) join--;
    if (tokens.slice(join, start).some((w) => ['keep', 'leave', 'stays', 'stay', 'left'].includes(w))) continue;
    // (A value right before is the word "one" — "the living room one should match it" — read as 1 already.)
    const values = valuesBefore(tokens, start).filter(([, b]) => b < start || tokens[b - 1] !== '1');
    if (values.length !== 1) continue;
    const [a, b] = values[0]!;
    const said = tokens.slice(a, b);
    if (colourOnly && !(b - a === 1 && COLOR_PHRASES.has(said[0]!))) continue;
    const to = ['to', 'should'].includes(tokens[start]!) ? ['to'] : [];
    const rest = tokens.slice(end).filter((w, k) => !(k === 0 && ['as', 'well'].includes(w)));
    // (The word "one" read as 1 before "should match" is the pronoun, as it is before "to <value>".)
    const head = tokens.slice(0, start).map((w, k) => (k === start - 1 && w === '1' && to.length > 0 ? 'one' : w));
    return [...head, ...to, ...said, ...rest];
  }
  return tokens;
}

/** "kick off the script called stealth mode", "the scene named party mode": the name said with its kind after it ("the
 *  stealth mode script"), so the kind is still checked. Only a kind of one word after "the"/"my"/"a", and a name up to the
 *  end of the step. */
function calledName(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => (w === 'called' || w === 'named') && k >= 2 && ['the', 'my', 'a'].includes(tokens[k - 2]!));
  if (i < 0) return tokens;
  let end = i + 1;
  while (end < tokens.length && !JOINS.has(tokens[end]!) && !['please', 'now', 'for', 'in', 'at'].includes(tokens[end]!)) end++;
  if (end === i + 1) return tokens;
  const article = tokens[i - 2]! === 'a' ? 'the' : tokens[i - 2]!;
  return [...tokens.slice(0, i - 2), article, ...tokens.slice(i + 1, end), tokens[i - 1]!, ...tokens.slice(end)];
}

/** Starting said as an idiom: "get X rolling" (as "get X going"), "kick things off with X" (start X). */
function startIdioms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w === 'kick' && tokens[i + 1] === 'things' && tokens[i + 2] === 'off' && tokens[i + 3] === 'with') {
      out.push('start');
      i += 3;
    } else if (w === 'rolling' && (i + 1 === tokens.length || JOINS.has(tokens[i + 1]!) || tokens[i + 1] === 'please')
      && out.slice(Math.max(0, out.length - 6)).some((x) => x === 'get' || x === 'got')) out.push('going');
    else out.push(w);
  }
  return out;
}

/** A light or heater "burning" is on, in a question: "got any lights still burning in the hall?", "the porch light, is it
 *  burning still?". "got any …?" at the start of a question is "are any …?". */
function burning(tokens: string[]): string[] {
  const question = ['is', 'are', 'any', 'got'].some((w) => tokens.includes(w));
  if (!question || !tokens.includes('burning')) return tokens;
  const out = tokens.map((w, i) => (w === 'burning' && ['still', 'it', 'is', 'are', 'they', 'lights', 'light', 'lamp', 'lamps'].includes(tokens[i - 1] ?? '') ? 'on' : w));
  return out.map((w, i) => (w === 'got' && (i === 0 || out[i - 1] === ',') && out[i + 1] === 'any' ? 'are' : w));
}

/** "the light in here, turn it off", "the blinds in this room, close them": a device said first with where the speaker is,
 *  then the command with "it"/"them" — the device said in the pronoun's place ("turn the light in here off"). Only for a
 *  first part that starts with "the" and says "here" or "this room", and a command right after the comma. */
function hereFirst(tokens: string[]): string[] {
  const c = tokens.indexOf(',');
  if (c < 3 || tokens[0] !== 'the') return tokens;
  const head = tokens.slice(0, c);
  const here = head.some((w, k) => w === 'here' || (w === 'this' && head[k + 1] === 'room'));
  // ("the office thermostat, set it to 70, and the living room one to 68": the device said first, then a list going on
  // with another device — read as "set the office thermostat to 70, and …".)
  const more = tokens.some((w, k) => k > c + 2 && w === 'and' && ['the', 'my'].includes(tokens[k + 1] ?? ''));
  if (!(here || more) || head.some((w) => [',', 'and', 'is', 'are', "'s", 'was'].includes(w))) return tokens;
  const p = c + 2;
  const pronoun = tokens[p];
  if (pronoun !== 'it' && pronoun !== 'them') return tokens;
  if (tokens.slice(p + 1).some((w, k) => ['it', 'them'].includes(w) || (w === ',' && !(more && tokens[p + 2 + k] === 'and')))) return tokens;
  return [tokens[c + 1]!, ...head, ...tokens.slice(p + 1)];
}

/** "turn on the fan now and off again in twenty minutes", "garage light to 30, and off in 20 minutes": the device of the
 *  step before, switched the other way after the wait ("and turn it off again in …"). Only "and on/off [again] in/after
 *  <number>" right after a step; "it" after a list of devices is still asked about. */
function backAfterWait(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const again = tokens[i + 1] === 'again' ? 1 : 0;
    if ((w === 'off' || w === 'on') && tokens[i - 1] === 'and' && i >= 3 && !['on', 'off'].includes(tokens[i - 2]!) && ['in', 'after'].includes(tokens[i + 1 + again] ?? '')
      && /^\d/.test(tokens[i + 2 + again] ?? '')) out.push('turn', 'it', w);
    else out.push(w);
  }
  return out;
}

const GLAD = new Set(['lovely', 'great', 'nice', 'good', 'brilliant', 'wonderful', 'ideal', 'perfect']);
const WISH_VERBS = new Set(['love', 'like', 'appreciate']);
const INTENSE = new Set(['really', 'so', 'very', 'truly']);
const MORE = new Set(['brighter', 'dimmer', 'darker', 'louder', 'quieter', 'warmer', 'cooler', 'hotter', 'colder']);

/** A value said as how a device should be, after a wish: "I'd love it if the lamp was at 40", "it'd be lovely if the
 *  office were a couple of degrees warmer", "I would appreciate the office at 67 degrees". "it would be lovely/great if …"
 *  is the wish "I would love it if …" (which reads ends and comparatives: "… if the garage light was off"); "… was/were at
 *  <value>" and "appreciate the X at <value>" are the setting "the X at <value>". Only at the start of the sentence, with
 *  one device or place said ("the …", no list, no other verb). */
function wishedValue(tokens: string[]): string[] {
  let t = tokens;
  let k = 0;
  if (t[0] === 'it' && t[1] === 'would' && t[2] === 'be') {
    k = INTENSE.has(t[3] ?? '') ? 4 : 3;
    if (!GLAD.has(t[k] ?? '') || t[k + 1] !== 'if') return tokens;
    t = ['i', 'would', 'love', 'it', 'if', ...t.slice(k + 2)];
  }
  if (!['i', 'we'].includes(t[0] ?? '') || t[1] !== 'would') return t;
  k = INTENSE.has(t[2] ?? '') ? 3 : 2;
  if (!WISH_VERBS.has(t[k] ?? '')) return t;
  const withIf = t[k + 1] === 'it' && t[k + 2] === 'if';
  const start = withIf ? k + 3 : k + 1;
  if (!withIf && t[k] !== 'appreciate') return t;
  const rest = t.slice(start);
  if (!['the', 'my', 'our'].includes(rest[0] ?? '') || rest.some((w) => [',', 'and', 'not', 'when', 'if', 'before', 'after'].includes(w))) return t;
  // ("… if the office were a couple of degrees warmer": make it so.)
  const be = rest.findIndex((w) => ['was', 'were', 'is'].includes(w));
  if (withIf && be >= 2 && MORE.has(rest[rest.length - 1]!) && rest.length - be <= 6) return ['make', ...rest.slice(0, be), ...rest.slice(be + 1)];
  const at = rest.indexOf('at');
  if (at < 2 || !isNumberToken(rest[at + 1]) || rest.length > at + 3 || (rest.length === at + 3 && !UNITS.has(rest[at + 2]!))) return t;
  const object = rest.slice(0, at);
  if (withIf && !['was', 'were', 'is'].includes(object[object.length - 1]!)) return t;
  return [...(withIf ? object.slice(0, -1) : object), ...rest.slice(at)];
}

const SEE_TO = [['sort', 'out'], ['do', 'something', 'about'], ['deal', 'with'], ['see', 'to'], ['take', 'care', 'of']];

/** "could you sort out the living room lamp, turn it down to 10", "can you do something about the garage light being on,
 *  turn it off": the device the command's "it"/"them" is — said as "the garage light, turn it off". Only a request at the
 *  start, "the …" up to the comma (what it is "being" set aside), and a verb with "it"/"them" right after. */
function seeTo(tokens: string[]): string[] {
  let k = 0;
  if (['could', 'can', 'would', 'will'].includes(tokens[0] ?? '') && tokens[1] === 'you') k = 2;
  if (tokens[k] === 'please') k++;
  const lead = SEE_TO.find((p) => p.every((w, n) => tokens[k + n] === w));
  if (!lead) return tokens;
  const start = k + lead.length;
  const c = tokens.indexOf(',', start);
  if (c < 0 || !['the', 'my'].includes(tokens[start] ?? '') || !['it', 'them'].includes(tokens[c + 2] ?? '')) return tokens;
  let head = tokens.slice(start, c);
  const being = head.indexOf('being');
  if (being >= 0) {
    if (being < 2 || head.length - being > 2) return tokens;
    head = head.slice(0, being);
  }
  if (head.some((w) => ['and', 'it', 'them', 'is', 'was', 'not'].includes(w))) return tokens;
  return [...head, ...tokens.slice(c)];
}

const LABEL_VERBS = new Set(['close', 'open', 'lock', 'unlock', 'stop', 'mute', 'unmute', 'pause', 'start', 'shut']);
const LABEL_ENDS = new Set(['on', 'off', 'closed', 'locked', 'unlocked', 'muted', 'paused', 'stopped']);
const NOT_A_DEVICE = new Set([...LABEL_VERBS, ...LABEL_ENDS, 'turn', 'switch', 'set', 'make', 'dim', 'and', 'then', 'it', 'them', 'now', 'please',
  'is', 'are', 'to', 'at', 'in', 'when', 'if', 'not', 'except', 'but']);

/** "left curtain: close. right curtain: open.", "the front door: lock it. the back door: unlock it.", "right curtain: open.
 *  left curtain: 10 percent.": each device said first and what to do with it after the colon — every part of the sentence
 *  such a pair ("close left curtain, open right curtain"). Only a device of a few words, then one verb (with "it"), one
 *  end ("off") or one value. */
function labelledSteps(tokens: string[]): string[] {
  const parts: string[][] = [[]];
  for (const w of tokens) {
    if (w === ',') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  if (parts.length < 4 || parts.length % 2 !== 0) return tokens;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const device = parts[i]!;
    const what = parts[i + 1]!;
    if (device.length === 0 || device.length > 4 || device.some((w) => NOT_A_DEVICE.has(w) || isNumberToken(w))) return tokens;
    if (out.length > 0) out.push(',');
    const verb = what[0] ?? '';
    if (LABEL_VERBS.has(verb) && (what.length === 1 || (what.length === 2 && ['it', 'them'].includes(what[1]!)))) out.push(verb, ...device);
    else if (what.length === 1 && LABEL_ENDS.has(verb)) out.push(...device, verb);
    else if (isNumberToken(verb) && (what.length === 1 || (what.length === 2 && UNITS.has(what[1]!)))) out.push(...device, ...what);
    else return tokens;
  }
  return out;
}

const END_STATES = new Set(['closed', 'shut', 'open', 'opened', 'locked', 'unlocked']);

/** "draw the curtains closed in here", "get the blinds open in this room": where the speaker is, said after how the device
 *  should end — read as said before it ("draw the curtains in here closed"). */
function hereAfterEnd(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => END_STATES.has(w) && k >= 2 && tokens[k + 1] === 'in' && (tokens[k + 2] === 'here' || (tokens[k + 2] === 'this' && tokens[k + 3] === 'room')));
  if (i < 0) return tokens;
  const n = tokens[i + 2] === 'here' ? 2 : 3;
  return [...tokens.slice(0, i), ...tokens.slice(i + 1, i + 1 + n), tokens[i]!, ...tokens.slice(i + 1 + n)];
}

const NOT_ENDS = new Set(['on', 'off', 'open', 'closed', 'shut', 'up', 'down', 'locked', 'unlocked']);
const NOT_VERBS = new Set(['close', 'open', 'shut', 'lock', 'unlock', 'stop', 'start', 'pause', 'mute', 'dim', 'raise', 'lower']);

/** "flip the countertop off, not on", "stop the curtain on the left, not close it": what is not meant, said last after a
 *  command with a verb or end of its own — set aside. Only a single end ("on") or a verb with "it"/"them", at the end. */
function notThatWay(tokens: string[]): string[] {
  const c = tokens.length >= 3 && tokens[tokens.length - 2] === 'not' ? tokens.length - 3
    : tokens.length >= 4 && tokens[tokens.length - 3] === 'not' ? tokens.length - 4 : -1;
  if (c < 2 || tokens[c] !== ',') return tokens;
  const said = tokens.slice(c + 2);
  const head = tokens.slice(0, c);
  const end = said.length === 1 && NOT_ENDS.has(said[0]!);
  const verb = said.length === 2 && NOT_VERBS.has(said[0]!) && ['it', 'them'].includes(said[1]!);
  if (!end && !verb) return tokens;
  // (The command must say its own way, and not the same word: "turn the lamp off, not on" — never "…, not off" after "off".)
  const own = head.some((w) => NOT_ENDS.has(w) || NOT_VERBS.has(w) || ['flip', 'turn', 'switch', 'stop', 'halt'].includes(w));
  if (!own || head.includes(said[0]!) || head.includes(',') || head.includes('not')) return tokens;
  return head;
}

/** "at 22:00 the front door should get locked", "the garage door should get closed": how a device should end — done. ("…
 *  should be locked" only with a clock time said: without one it may be a remark.) */
function shouldEnd(tokens: string[]): string[] {
  const i = tokens.indexOf('should');
  const end = tokens[i + 2];
  if (i < 2 || !['get', 'be'].includes(tokens[i + 1] ?? '') || !end || !END_STATES.has(end) || i + 3 !== tokens.length) return tokens;
  if (tokens[i + 1] === 'be' && !tokens.some((w, k) => w === 'at' && /^\d/.test(tokens[k + 1] ?? ''))) return tokens;
  const s = tokens.findIndex((w, k) => k < i && ['the', 'my', 'our'].includes(w));
  if (s < 0) return tokens;
  return [...tokens.slice(0, s), ...(END_VERB[end] ?? [end]), ...tokens.slice(s, i)];
}
const END_VERB: Readonly<Record<string, readonly string[]>> = table({ closed: ['close'], shut: ['close'], open: ['open'], opened: ['open'], locked: ['lock'], unlocked: ['unlock'] });

const FEEL = new Set(['humid', 'warm', 'hot', 'cold', 'cool', 'bright', 'dark', 'stuffy']);

/** "how humid does the living room feel (right now)": "how humid is the living room". */
function howDoesItFeel(tokens: string[]): string[] {
  const f = tokens.indexOf('feel');
  if (tokens[0] !== 'how' || !FEEL.has(tokens[1] ?? '') || tokens[2] !== 'does' || f < 4) return tokens;
  return ['how', tokens[1]!, 'is', ...tokens.slice(3, f), ...tokens.slice(f + 1)];
}

const CLOCK_WORDS = new Set(['noon', 'midday', 'midnight', 'pm', 'am', "o'clock", 'half', 'quarter', 'past', 'to']);

/** "once it's noon start the vacuum", "as soon as it's 7 pm, close the curtains": at that clock time (once — "when/whenever
 *  it's …" may be every day, and is left to be asked). Only a clock time of numbers and clock words, said first. */
function onceItIs(tokens: string[]): string[] {
  let k = tokens[0] === 'once' ? 1 : tokens[0] === 'as' && tokens[1] === 'soon' && tokens[2] === 'as' ? 3 : -1;
  if (k < 0 || tokens[k] !== 'it' || tokens[k + 1] !== 'is') return tokens;
  k += 2;
  let end = k;
  while (end < tokens.length && (CLOCK_WORDS.has(tokens[end]!) || /^\d{1,2}(:\d\d)?$/.test(tokens[end]!))) end++;
  if (end === k || !tokens.slice(k, end).some((w) => /^\d/.test(w) || ['noon', 'midday', 'midnight'].includes(w))) return tokens;
  return ['at', ...tokens.slice(k, end), ...tokens.slice(end)];
}

/** "my phone, how much juice has it got", "living room humidity, what's it reading": a question about the device said
 *  first — the device in the place of "it". Only a device of a few words (no verb), then a question word, one "it". */
function askedAbout(tokens: string[]): string[] {
  const c = tokens.indexOf(',');
  if (c < 1 || c > 5 || !['how', 'what'].includes(tokens[c + 1] ?? '')) return tokens;
  const head = tokens.slice(0, c);
  if (head.some((w) => NOT_A_DEVICE.has(w) || isNumberToken(w) || ['what', 'how', 'is', 'are'].includes(w))) return tokens;
  const rest = tokens.slice(c + 1);
  const its = rest.filter((w) => w === 'it');
  if (its.length !== 1 || rest.some((w) => [',', 'and', 'them', 'they'].includes(w))) return tokens;
  return rest.flatMap((w) => (w === 'it' ? head : [w]));
}

const MOVING = new Set(['curtain', 'curtains', 'blind', 'blinds', 'shade', 'shades', 'shutter', 'shutters', 'awning', 'valve', 'gate',
  'vacuum', 'mower', 'robot']);

/** "bedroom curtain halt", "the left curtain, stop": stopping said last, after the device alone. */
function stopSaidLast(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1];
  if (last !== 'stop' && last !== 'halt') return tokens;
  const head = tokens.slice(0, tokens[tokens.length - 2] === ',' ? -2 : -1);
  if (head.length < 1 || head.length > 5 || head.some((w) => NOT_A_DEVICE.has(w) || isNumberToken(w) || w === ',')) return tokens;
  // (Only what moves and stops where it is: "lights stop" is no such saying.)
  if (!head.some((w) => MOVING.has(w))) return tokens;
  return ['stop', ...head];
}

export function sayings15c(tokens: string[]): string[] {
  return stopSaidLast(askedAbout(onceItIs(howDoesItFeel(shouldEnd(notThatWay(hereAfterEnd(labelledSteps(wishedValue(backAfterWait(hereFirst(burning(startIdioms(calledName(sameValue(settingsSideBySide(seeTo(tokens)))))))))))))))));
}
