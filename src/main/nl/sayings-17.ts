// Round 17 (issue 14): everyday sayings the grammar missed in dev14, run by tokenize() before round 16's. Each is a class
// of saying, never one sentence; each rewrites only with the words around it that make it a request.
import { FOR_WHOM } from './phrasing';
import { GROUP_WORDS } from './sayings-16';
import { OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS, TIME_UNITS } from './lexicon-words';
import { table } from './table';
import { sayings17b } from './sayings-17b';

const JOINS = new Set([',', 'and', 'then']);
const isNumber = (t: string | undefined): boolean => t !== undefined && /^\d+(\.\d+)?$/.test(t);
const at = (tokens: readonly string[], i: number, words: readonly string[]): boolean => words.every((w, k) => tokens[i + k] === w);
const stepStart = (tokens: readonly string[], i: number): boolean => i === 0 || JOINS.has(tokens[i - 1]!);

/** "9.15am", "7.30 pm": with am/pm said, the dot is a clock time's colon. "12 noon", "12 midnight": noon, midnight. */
function clockWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = /^(\d{1,2})\.(\d\d)$/.exec(t);
    if (m && ['am', 'pm'].includes(tokens[i + 1] ?? '') && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) < 60) out.push(`${m[1]}:${m[2]}`);
    else if (t === '12' && ['noon', 'midday', 'midnight'].includes(tokens[i + 1] ?? '')) continue;
    else out.push(t);
  }
  return out;
}

const CLOCK_AFTER = new Set(['tonight', 'today', 'this', 'tomorrow', ',']);

/** "half ten tonight, lock the front door", "quarter past six this evening, …": a clock time said first without "at". */
function clockFirst(tokens: string[]): string[] {
  const n = tokens[0] === 'half' ? 1 : tokens[0] === 'quarter' && ['past', 'to'].includes(tokens[1] ?? '') ? 2 : 0;
  const h = Number(tokens[n]);
  if (n === 0 || !/^\d{1,2}$/.test(tokens[n] ?? '') || h < 1 || h > 12 || !CLOCK_AFTER.has(tokens[n + 1] ?? '') || !tokens.includes(',')) return tokens;
  return ['at', ...tokens];
}

const SWITCH_OVER = new Set(['flip', 'toggle', 'swap', 'switch']);
const DOING = new Set(['doing', 'in', 'at', 'set', 'to']);

/** "flip whatever the garage light is doing", "toggle whichever state the left curtain is in": "flip the garage light".
 *  "flip the tv, whatever it's doing", "toggle the fan whatever state it is in": the same, the tail set aside. */
function flipWhatever(tokens: string[]): string[] {
  const v = tokens.findIndex((t, k) => SWITCH_OVER.has(t) && stepStart(tokens, k));
  if (v < 0) return tokens;
  if (['whatever', 'whichever'].includes(tokens[v + 1] ?? '')) {
    const s = v + 2 + (['state', 'way', 'mode'].includes(tokens[v + 2] ?? '') ? 1 : 0);
    const be = tokens.findIndex((w, k) => k > s && k <= s + 6 && (w === 'is' || w === 'are'));
    if (be < 0 || tokens.slice(s, be).some((w) => JOINS.has(w) || w === 'it')) return tokens;
    const tail = DOING.has(tokens[be + 1] ?? '') ? 2 : 1;
    const end = be + tail;
    if (end < tokens.length && !JOINS.has(tokens[end]!) && tokens[end] !== 'please' && tokens[end] !== 'now') return tokens;
    return [...tokens.slice(0, v + 1), ...tokens.slice(s, be), ...tokens.slice(end)];
  }
  const w = tokens.findIndex((t, k) => k > v + 1 && ['whatever', 'whichever'].includes(t));
  if (w < 0) return tokens;
  let k = w + 1 + (['state', 'way', 'mode'].includes(tokens[w + 1] ?? '') ? 1 : 0);
  if (!['it', 'they'].includes(tokens[k] ?? '') || !['is', 'are'].includes(tokens[k + 1] ?? '')) return tokens;
  k += 2;
  if (DOING.has(tokens[k] ?? '')) k++;
  if (tokens[k] === 'now') k++;
  if (k !== tokens.length) return tokens;
  return tokens.slice(0, tokens[w - 1] === ',' ? w - 1 : w);
}

/** "all lights down to 20 bar the kitchen ceiling", "every door barring the front one": "except". "unlock every door,
 *  front excepted": "except front". Only after a group (all, every, a plural kind). */
function barExcept(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 1; i < out.length; i++) {
    // ("everything in the living room bar the tv" is asked, as the sets label it: only a group of a kind.)
    const group = out.slice(0, i).some((t) => GROUP_WORDS.has(t) && t !== 'everything');
    if (group && ['bar', 'barring'].includes(out[i]!) && !['the', 'a', 'my', 'our', 'this', 'that'].includes(out[i - 1]!) && ['the', 'my', 'our', 'that', 'this'].includes(out[i + 1] ?? '')) out[i] = 'except';
    if (group && out[i] === 'excepted' && (i + 1 === out.length || JOINS.has(out[i + 1]!))) {
      const c = out.lastIndexOf(',', i);
      if (c < 1 || i - c < 2 || i - c > 5) continue;
      return [...out.slice(0, c), 'except', ...out.slice(c + 1, i), ...out.slice(i + 1)];
    }
  }
  return out;
}

const NOT_HEAD = new Set([...PARTICLE_VERBS, ...SET_VERBS, ...ON_VERBS, ...OFF_VERBS, 'on', 'off', 'up', 'down', 'to', 'it', 'them', 'is', 'are',
  'not', 'if', 'when', 'whenever', 'once', 'as', 'until', 'till', 'after', 'before', 'while', 'open', 'close', 'lock', 'unlock', 'dim', 'stop', 'start', 'and', 'then', 'what', 'how', 'which', 'whether', 'by']);
const ENOUGH = new Set(['plenty', 'enough', 'fine', 'good', 'perfect', 'ideal', 'grand', 'ok', 'okay']);
const VALUE_UNITS = new Set(['%', 'percent', 'degrees', 'degree', '°', 'c', 'f']);
/** Said before "gets" they tell how little a room gets, a complaint ("the office only gets 60"). */
const ONLY_SAID = new Set(['only', 'just', 'barely', 'hardly', 'never', 'still', 'always', 'usually', 'normally', 'even']);

/** "office thermostat, 58 is plenty", "the lamp 30 percent is enough": set it to that. "the office gets 71, …": the same.
 *  Only with what it is said of first (no verb of its own). */
function valueSaidOf(tokens: string[], asked: boolean): string[] {
  if (asked) return tokens;
  const parts: string[][] = [[]];
  for (const w of tokens) if (w === ',' && parts[parts.length - 1]!.length > 0) parts.push([]); else parts[parts.length - 1]!.push(w);
  const out: string[] = [];
  for (let p = 0; p < parts.length; p++) {
    let part = parts[p]!;
    const n = part.findIndex((w) => isNumber(w));
    const u = n >= 0 && VALUE_UNITS.has(part[n + 1] ?? '') ? 1 : 0;
    const said = n >= 0 ? part.slice(n, n + 1 + u) : [];
    // ("office thermostat, 58 is plenty": the device is the part before.)
    const plenty = n >= 0 && part[n + 1 + u] === 'is' && ENOUGH.has(part[n + 2 + u] ?? '') && (part.length === n + 3 + u || (part.length === n + 4 + u && part[n + 3 + u] === 'please'));
    // ("the office only gets 60", "the bedroom gets 20" tell what a room gets: only a list of settings, "X gets 71, Y gets 66".)
    const gets = n >= 2 && part[n - 1] === 'gets' && part.length === n + 1 + u && parts.filter((q) => q.includes('gets')).length >= 2 && parts.every((q) => q.includes('gets'))
      && !part.some((w) => ONLY_SAID.has(w));
    if (plenty && n === 0 && p > 0 && out.length > 0) {
      const prev = parts[p - 1]!;
      if (prev.length > 0 && prev.length <= 5 && !prev.some((w) => NOT_HEAD.has(w) || isNumber(w))) {
        out.splice(out.length - prev.length, prev.length, 'set', ...prev, 'to', ...said);
        continue;
      }
    } else if (plenty && n > 0 && n <= 5 && !part.slice(0, n).some((w) => NOT_HEAD.has(w) || isNumber(w))) part = ['set', ...part.slice(0, n), 'to', ...said];
    else if (gets && n <= 6 && !part.slice(0, n - 1).some((w) => NOT_HEAD.has(w) || isNumber(w))) part = ['set', ...part.slice(0, n - 1), 'to', ...said];
    if (out.length > 0) out.push(',');
    out.push(...part);
  }
  return out;
}

/** Other words for the people FOR_WHOM names ("for the kiddos"). */
const PEOPLE = table<string>({ kiddos: 'kids', kiddies: 'kids', kiddo: 'kids', grandad: 'grandpa', granddad: 'grandpa', gramps: 'grandpa', nan: 'grandma', nana: 'grandma', gran: 'grandma', granny: 'grandma', neighbour: 'neighbours', neighbor: 'neighbors' });
const person = (w: string | undefined): boolean => w !== undefined && (FOR_WHOM.has(w) || PEOPLE[w] !== undefined);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** Said last only to the listener ("… lol", "… please mate"): nothing to do. */
const LAUGHS = new Set(['lol', 'lmao', 'haha', 'hahaha']);
const ADDRESS = new Set(['mate', 'bro', 'dude']);
/** After these "mate" is said to the listener ("lights on please mate"), not a word of a name ("the play mate"). */
const ADDRESS_AFTER = new Set([',', 'please', 'thanks', 'cheers', 'on', 'off', 'up', 'down', 'open', 'closed', 'shut', 'locked', 'unlocked', 'now']);
const PERSON_AFTER = new Set(['', ',', 'and', 'then', 'can', 'could', 'are', 'is', 'please']);
const said = (out: readonly string[]): boolean => {
  const last = out[out.length - 1]!;
  const before = out[out.length - 2]!;
  return (LAUGHS.has(last) && !['the', 'a', 'my', 'our'].includes(before)) || (ADDRESS.has(last) && ADDRESS_AFTER.has(before));
};
/** In a reason said after a command these say where or how a device should be — never set aside. */
const TELLS_WHAT = new Set(['on', 'off', 'up', 'down', 'open', 'closed', 'shut', 'locked', 'unlocked', 'in', 'at', 'upstairs', 'downstairs',
  'here', 'there', 'room', 'floor', 'want', 'wants', 'need', 'needs', 'like', 'would', 'please', 'turn', 'switch', 'set', 'not', 'no', 'too', 'more', 'less',
  'warmer', 'cooler', 'brighter', 'darker', 'louder', 'quieter', 'if', 'when', 'and', 'then', 'but', 'so']);
const REASON_VERBS = new Set(['are', 'is', 'am', 'was', 'were', 'missed', 'can', 'could', 'have', 'has', 'hate', 'love', 'complain', 'complained', 'complaining']);

/** Reasons and asides said after a command: "…, the neighbours are complaining", "…, I missed it", "…, can't hear a thing",
 *  "… so grandad can hear", "… for the kiddos", "… for date night", "… lol", "… please mate". Only a tail that says no
 *  state, place, value or wish (those may be what is asked). */
function reasonsAfter(tokens: string[]): string[] {
  // (Only as a person: "for the kiddos", "so nan can hear" — never a word of a name, "the nan lamp".)
  let out = tokens.map((w, i) => (PEOPLE[w] !== undefined && ['the', 'my', 'our', 'for', 'so'].includes(tokens[i - 1] ?? '') && PERSON_AFTER.has(tokens[i + 1] ?? '') ? PEOPLE[w]! : w));
  while (out.length > 2 && said(out)) out = out.slice(0, out[out.length - 2] === ',' ? -2 : -1);
  const clean = (tail: readonly string[]): boolean => tail.length <= 7 && !tail.some((w) => TELLS_WHAT.has(w) || isNumber(w));
  // ", the neighbours are complaining", ", I missed it", ", you're done"
  const c = out.lastIndexOf(',');
  if (c >= 2) {
    const tail = out.slice(c + 1);
    const s = ['the', 'my', 'our'].includes(tail[0] ?? '') ? 1 : 0;
    const who = (s === 0 && SUBJECT_PRONOUNS.has(tail[0] ?? '')) || person(tail[s]);
    const cannot = (tail[0] === 'can' && tail[1] === 'not') || (SUBJECT_PRONOUNS.has(tail[0] ?? '') && tail[1] === 'can' && tail[2] === 'not');
    if (((who && REASON_VERBS.has(tail[s + 1] ?? '')) || cannot) && clean(tail.filter((w) => !(cannot && w === 'not')))) return out.slice(0, c);
  }
  // "… so grandad can hear", "… so we can see"
  const so = out.lastIndexOf('so');
  if (so >= 3 && ['can', 'could', 'will'].includes(out[so + 2] === 'can' || out[so + 2] === 'could' ? out[so + 2]! : out[so + 3] ?? '')) {
    const tail = out.slice(so + 1);
    const s = ['the', 'my', 'our'].includes(tail[0] ?? '') ? 1 : 0;
    if ((SUBJECT_PRONOUNS.has(tail[0] ?? '') || person(tail[s])) && clean(tail)) return out.slice(0, out[so - 1] === ',' ? so - 1 : so);
  }
  // "… for date night", "… for movie night": an occasion, not a time of the night.
  const n = out.length;
  if (n >= 5 && out[n - 3] === 'for' && out[n - 1] === 'night' && /^[a-z]+$/.test(out[n - 2]!) && !['the', 'to', 'mid', 'every', 'each', 'last', 'this', 'one', 'a'].includes(out[n - 2]!)) return out.slice(0, n - 3);
  return out;
}

/** Lead-ins that only say why now: "before it slips my mind, …", "before I forget, …", "while I remember, …". */
const REMEMBER: readonly (readonly string[])[] = [['before', 'it', 'slips', 'my', 'mind'], ['before', 'i', 'forget'], ['while', 'i', 'remember'], ['while', 'i', 'think', 'of', 'it']];

/** Courtesies said first with a pause: "if it's no trouble, …", "if you don't mind, …" — "please". */
const COURTESY: readonly (readonly string[])[] = [['if', 'it', 'is', 'no', 'trouble'], ['if', 'it', 'is', 'not', 'too', 'much', 'trouble'], ['if', 'you', 'do', 'not', 'mind'], ['if', 'you', 'would'], ['if', 'you', 'could'], ['if', 'possible']];

function leadIns17(tokens: string[]): string[] {
  const s = tokens[0] === 'oh' || tokens[0] === 'ah' ? (tokens[1] === ',' ? 2 : 1) : 0;
  const r = REMEMBER.find((p) => at(tokens, s, p));
  if (r && tokens[s + r.length] === ',' && tokens.length > s + r.length + 2) return tokens.slice(s + r.length + 1);
  const c = COURTESY.find((p) => at(tokens, 0, p));
  if (c && tokens[c.length] === ',' && tokens.length > c.length + 2) return ['please', ',', ...tokens.slice(c.length + 1)];
  return tokens;
}

// ("opened" is left out: "the garage door opened at 21:30" tells what happened.)
const END_VERB = table<string>({ closed: 'close', shut: 'close', open: 'open', locked: 'lock', unlocked: 'unlock' });
/** Words that make "X closed" a report or a question, not a request. */
const REPORT = new Set([...NOT_HEAD, 'was', 'were', 'be', 'been', 'being', 'got', 'gets', 'goes', 'went', 'stayed', 'stays', 'remains', 'remain',
  'keep', 'keeps', 'still', 'already', 'now', 'who', 'why', 'where', 'do', 'does', 'did', 'has', 'have', 'had', 'i', 'we', 'you', 'they', 'he', 'she', 'that', 'till', 'until']);

/** A time said first ("four minutes from now", "in 10 minutes"): what follows is to be done then. */
function saysWhen(part: readonly string[]): boolean {
  const n = part.findIndex((w) => isNumber(w) || ['a', 'an'].includes(w));
  return n >= 0 && n <= 1 && TIME_UNITS.has(part[n + 1] ?? '') && (part.length === n + 2 ? part[0] === 'in' : at(part, n + 2, ['from', 'now']) && part.length === n + 4);
}

/** "the right curtain closed please", "sliding doors locked" after a time said first, "bedroom curtain closed at 21:30 please",
 *  "back door and side door locked please": how the device should end, said after it with no verb — "close …". Only with
 *  what makes it a request (please, a time, a courtesy said first); never in a question ("?" said) or a report. */
function endSaidLast(tokens: string[], asked: boolean): string[] {
  if (asked) return tokens;
  const parts: string[][] = [[]];
  for (const w of tokens) if (w === ',') parts.push([]); else parts[parts.length - 1]!.push(w);
  const done = parts.map((part, p) => {
    let e = part.length;
    const please = part[e - 1] === 'please';
    if (please) e--;
    let when = false;
    if (part[e - 2] === 'at' && /^\d{1,2}(:\d\d)?$/.test(part[e - 1] ?? '')) { e -= 2; when = true; }
    const end = part[e - 1] ?? '';
    const verb = END_VERB[end];
    const before = parts[p - 1];
    // (After a time said first, "in an hour, back door unlocked" may tell how it will be: unlocking and opening need "please".)
    const securing = verb === 'close' || verb === 'lock';
    const firstSaid = before !== undefined && ((saysWhen(before) && (securing || please)) || (before.length === 1 && before[0] === 'please'));
    // ("the right curtain closed please" alone the grammar reads; a list with "please" it does not.)
    // ("all the curtains on the first floor shut": a group closed — only closing; "all the doors unlocked" may be asked.)
    const group = verb === 'close' && ['all', 'every'].includes(part[0] ?? '') && p === 0;
    // (With only a clock time after it, "the side door unlocked at 22:00", "the right curtain closed at 21:30" may tell what
    // happened: only closing and locking, and only with "please".)
    const marked = (please && part.includes('and')) || (when && securing && please) || firstSaid || group;
    let head = part.slice(0, e - 1);
    // ("right and left curtains both closed": "both" said after the devices.)
    if (head[head.length - 1] === 'both' && head.includes('and')) head = head.slice(0, -1);
    if (!verb || !marked || head.length < 1 || head.length > 7 || head.some((w, k) => REPORT.has(w) && w !== 'and' && !(['on', 'in'].includes(w) && head[k + 1] === 'the' && k > 0)) || head[head.length - 1] === 'left' || isNumber(head[0])) return part;
    if (head.includes('and') && (head[0] === 'and' || head[head.length - 1] === 'and')) return part;
    return [verb, ...head, ...part.slice(e)];
  });
  return done.flatMap((part, p) => (p === 0 ? part : [',', ...part]));
}

/** "lower the left shade till it's at 30 percent", "raise the blind until it is at half": to that value. */
function tillItIs(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => ['till', 'until'].includes(w) && at(tokens, k + 1, ['it', 'is']) && tokens[k + 3] === 'at' && isNumber(tokens[k + 4]));
  if (i < 2) return tokens;
  return [...tokens.slice(0, i), 'to', ...tokens.slice(i + 4)];
}

const HALTED = ['stop', 'freeze', 'halt'];

/** "freeze the bedroom curtain (wherever it is now)", "curtain right cease movement", "cease moving, left curtain":
 *  stopping a cover where it is. */
function freezeCease(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'freeze' && stepStart(tokens, i) && ['the', 'my', 'left', 'right', 'both', 'all'].includes(tokens[i + 1] ?? '')) out.push('stop');
    else if (t === 'cease' && !['the', 'a', 'my', 'our'].includes(tokens[i - 1] ?? '')) {
      out.push('stop');
      if (['movement', 'moving', 'motion'].includes(tokens[i + 1] ?? '')) i++;
    } else if (t === 'wherever' && out.some((w) => HALTED.includes(w)) && at(tokens, i + 1, ['it', 'is'])) {
      i += 2;
      if (tokens[i + 1] === 'now') i++;
    } else out.push(t);
  }
  return out;
}

/** "thermostat → 24 deg": an arrow between a device and a value is "to"; "deg" after a number is degrees. */
function arrowsAndDegs(tokens: string[]): string[] {
  return tokens.map((w, i) => (['→', '⇒', '➔', '➜'].includes(w) && i > 0 && isNumber(tokens[i + 1]) ? 'to' : ['deg', 'degs'].includes(w) && isNumber(tokens[i - 1]) ? 'degrees' : w));
}

const END_SETTING = new Set(['draw', 'pull', 'push', 'slide', 'get', 'pop']);
const EXCEPTING = new Set(['except', 'excluding', 'apart', 'bar', 'barring', 'besides', 'but']);

/** "draw every curtain shut except the left one", "pull all the blinds open apart from the kitchen ones": the end said
 *  before the exception is the verb — "close every curtain except …". */
function endBeforeExcept(tokens: string[]): string[] {
  const v = tokens.findIndex((w, k) => END_SETTING.has(w) && stepStart(tokens, k));
  if (v < 0) return tokens;
  const e = tokens.findIndex((w, k) => k > v + 1 && END_VERB[w] !== undefined && EXCEPTING.has(tokens[k + 1] ?? ''));
  if (e < 0 || tokens.slice(v + 1, e).some((w) => JOINS.has(w) || END_VERB[w] !== undefined)) return tokens;
  return [...tokens.slice(0, v), END_VERB[tokens[e]!]!, ...tokens.slice(v + 1, e), ...tokens.slice(e + 1)];
}

/** "release the lock on the side door", "undo the lock on the gate": unlock it. */
function releaseLock(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => ['release', 'undo', 'open'].includes(w) && stepStart(tokens, k) && at(tokens, k + 1, ['the', 'lock', 'on']));
  if (i < 0 || tokens[i + 4] === undefined) return tokens;
  return [...tokens.slice(0, i), 'unlock', ...tokens.slice(i + 4)];
}

/** "right curtain, hold it, don't go any further", "hold it right there, blinds": stop. Only "hold it" with nothing after
 *  it but a pause or "(right) there"; "don't go any further", "no further" said with it is set aside. */
function holdIt(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (Said first, "hold it, stop the curtain" is only "wait": the device is said before it.)
    if (tokens[i] === 'hold' && tokens[i + 1] === 'it' && i > 0 && stepStart(tokens, i)) {
      let k = i + 2;
      if (tokens[k] === 'right' && tokens[k + 1] === 'there') k += 2;
      else if (tokens[k] === 'there') k++;
      if (k === tokens.length || tokens[k] === ',') {
        out.push('stop');
        i = k - 1;
        continue;
      }
    }
    out.push(tokens[i]!);
  }
  if (!out.includes('stop')) return out;
  const c = out.lastIndexOf(',');
  const tail = out.slice(c + 1).join(' ');
  return c > 0 && ['do not go any further', 'do not go any farther', 'no further', 'no farther', 'do not move any further', 'not a bit further'].includes(tail) ? out.slice(0, c) : out;
}

const SETTING_OFF = new Set(['go', 'leave', 'head', 'come', 'get', 'arrive', 'set']);

/** "heat the office to 21 before I go down there", "… before we head out": a reason said last — as "before I leave, …"
 *  said first, set aside. Only "before I/we <go|leave|head|come|get|arrive>" and a few words, no time of day. */
function beforeIGo(tokens: string[]): string[] {
  const b = tokens.lastIndexOf('before');
  if (b < 3 || !['i', 'we'].includes(tokens[b + 1] ?? '') || !SETTING_OFF.has(tokens[b + 2] ?? '')) return tokens;
  const tail = tokens.slice(b + 3);
  if (tail.length > 4 || tail.some((w) => JOINS.has(w) || isNumber(w) || ['bed', 'work', 'tonight', 'tomorrow', 'morning', 'evening', 'night'].includes(w))) return tokens;
  return tokens.slice(0, tokens[b - 1] === ',' ? b - 1 : b);
}

const WISH = [['i', 'would', 'appreciate'], ['any', 'chance', 'of'], ['i', 'would', 'love'], ['i', 'would', 'like']];

/** "I'd appreciate the side door being locked", "any chance of the bedroom curtain being opened": lock it, open it. */
function beingEnded(tokens: string[], asked: boolean): string[] {
  const w = WISH.find((p) => at(tokens, 0, p));
  // ("any chance of the back door being unlocked?" may ask whether it is: asked, and never unlocked on a maybe.)
  if (w?.[0] === 'any' && (asked || tokens.includes('unlocked'))) return tokens;
  const b = tokens.indexOf('being');
  const end = tokens[b + 1] ?? '';
  const verb = end === 'opened' ? 'open' : END_VERB[end];
  if (!w || b < w.length + 1 || !verb || !['the', 'my', 'our'].includes(tokens[w.length] ?? '')) return tokens;
  if (b + 2 < tokens.length && !['please', 'now'].includes(tokens[b + 2]!)) return tokens;
  const head = tokens.slice(w.length, b);
  if (head.length > 6 || head.some((x) => REPORT.has(x))) return tokens;
  return [verb, ...head, ...tokens.slice(b + 2)];
}

/** "has somebody left the telly on", "did anyone leave the garage door open": is it on, is it open. */
function leftOn(tokens: string[]): string[] {
  const q = ['has', 'have', 'did'].includes(tokens[0] ?? '') && ['somebody', 'someone', 'anybody', 'anyone', 'you', 'we', 'they'].includes(tokens[1] ?? '') && ['left', 'leave'].includes(tokens[2] ?? '') ? 3 : 0;
  const last = tokens[tokens.length - 1] ?? '';
  if (q === 0 || !['on', 'off', 'open', 'unlocked', 'locked', 'running'].includes(last) || tokens.length - q > 7 || tokens.slice(q, -1).some((w) => JOINS.has(w))) return tokens;
  return ['is', ...tokens.slice(q, -1), last];
}

/** "… but not for another hour", "not for another 20 minutes": in that time. */
function notForAnother(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => w === 'not' && at(tokens, k + 1, ['for', 'another']));
  if (i < 2) return tokens;
  const n = isNumber(tokens[i + 3]) ? 1 : 0;
  const unit = tokens[i + 3 + n] ?? '';
  if (!TIME_UNITS.has(unit) || (i + 4 + n < tokens.length && !JOINS.has(tokens[i + 4 + n]!))) return tokens;
  const start = tokens[i - 1] === 'but' ? (tokens[i - 2] === ',' ? i - 2 : i - 1) : i;
  return [...tokens.slice(0, start), 'in', n ? tokens[i + 3]! : '1', unit, ...tokens.slice(i + 4 + n)];
}

/** "in a couple of hours, say 2", "in a couple of minutes, two, …": the number said after is how many. */
function coupleSay(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => w === 'a' && ['couple', 'few'].includes(tokens[k + 1] ?? ''));
  if (i < 0) return tokens;
  const u = i + 2 + (tokens[i + 2] === 'of' ? 1 : 0);
  if (!TIME_UNITS.has(tokens[u] ?? '') || tokens[u + 1] !== ',') return tokens;
  const s = tokens[u + 2] === 'say' ? 1 : 0;
  const n = tokens[u + 2 + s];
  if (!isNumber(n) || (u + 3 + s < tokens.length && !JOINS.has(tokens[u + 3 + s]!))) return tokens;
  return [...tokens.slice(0, i), n!, tokens[u]!, ...tokens.slice(u + 3 + s)];
}

const SAT = new Set(['sitting', 'sat', 'resting', 'parked']);

/** "left curtain sitting at 10 percent", "bedroom lamp full whack", "living room lamp a mere 12%": the value said with a
 *  word of how it sits or how little — "at 10 percent", "full", "12%". */
function valueWords17(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SAT.has(t) && tokens[i + 1] === 'at' && isNumber(tokens[i + 2]) && i > 0 && !NOT_HEAD.has(tokens[i - 1]!)) continue;
    if (t === 'full' && tokens[i + 1] === 'whack') {
      out.push('full');
      i++;
      continue;
    }
    if (t === 'a' && ['mere', 'measly'].includes(tokens[i + 1] ?? '') && isNumber(tokens[i + 2])) {
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

const DEVICE_NOUNS = new Set(['curtain', 'blind', 'shade', 'shutter', 'lamp', 'light', 'door', 'fan', 'switch', 'speaker', 'thermostat', 'valve']);

/** "the curtain to the right, fully open": the one on the right — only said first, of a device noun, before a pause. */
function toTheSide(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => w === 'to' && DEVICE_NOUNS.has(tokens[k - 1] ?? '') && tokens[k + 1] === 'the' && ['left', 'right'].includes(tokens[k + 2] ?? '') && tokens[k + 3] === ',');
  if (i < 2 || tokens[i - 2] !== 'the' || !stepStart(tokens, i - 2)) return tokens;
  return [...tokens.slice(0, i), 'on', ...tokens.slice(i + 1)];
}

/** "flip the switch up to on", "flick the lamp down to off": on, off. */
function upToOn(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (['up', 'down', 'over'].includes(tokens[i]!) && tokens[i + 1] === 'to' && ['on', 'off'].includes(tokens[i + 2] ?? '') && out.some((w) => SWITCH_OVER.has(w))) {
      out.push(tokens[i + 2]!);
      i += 2;
    } else out.push(tokens[i]!);
  }
  return out;
}

/** "a 4000 kelvin white", "a 3000 k white": the white said with its kelvin. */
function kelvinWhite(tokens: string[]): string[] {
  return tokens.filter((w, i) => !(w === 'white' && ['kelvin', 'k'].includes(tokens[i - 1] ?? '') && isNumber(tokens[i - 2])));
}

/** "set the robot vacuum off on its rounds", "send robo on its rounds": start it. */
function onItsRounds(tokens: string[]): string[] {
  const v = tokens.findIndex((w, k) => ['set', 'send'].includes(w) && stepStart(tokens, k));
  const r = tokens.findIndex((w, k) => w === 'rounds' && ['its', 'his', 'her', 'their'].includes(tokens[k - 1] ?? '') && tokens[k - 2] === 'on');
  if (v < 0 || r < v + 3 || (r + 1 < tokens.length && !JOINS.has(tokens[r + 1]!) && tokens[r + 1] !== 'please')) return tokens;
  const off = tokens[r - 3] === 'off' ? 1 : 0;
  const obj = tokens.slice(v + 1, r - 2 - off);
  if (obj.length < 1 || obj.length > 4 || obj.some((w) => JOINS.has(w))) return tokens;
  return [...tokens.slice(0, v), 'start', ...obj, ...tokens.slice(r + 1)];
}

/** "how many lights have we got on (right now)", "how many lamps do we have on": how many are on. */
function howManyGotOn(tokens: string[]): string[] {
  if (tokens[0] !== 'how' || tokens[1] !== 'many') return tokens;
  const i = tokens.findIndex((w, k) => (w === 'have' && ['we', 'you'].includes(tokens[k + 1] ?? '') && tokens[k + 2] === 'got') || (w === 'do' && ['we', 'you'].includes(tokens[k + 1] ?? '') && tokens[k + 2] === 'have'));
  if (i < 3 || !['on', 'off', 'open', 'unlocked', 'locked', 'closed'].includes(tokens[i + 3] ?? '')) return tokens;
  return [...tokens.slice(0, i), 'are', ...tokens.slice(i + 3)];
}

export function sayings17(tokens: string[], asked: boolean): string[] {
  const said = howManyGotOn(onItsRounds(kelvinWhite(upToOn(toTheSide(valueWords17(leftOn(beingEnded(beforeIGo(holdIt(releaseLock(endBeforeExcept(arrowsAndDegs(coupleSay(notForAnother(sayings17b(tokens)))))))), asked))))))));
  return endSaidLast(valueSaidOf(tillItIs(freezeCease(barExcept(flipWhatever(reasonsAfter(leadIns17(clockFirst(clockWords(said)))))))), asked), asked);
}
