// Round 15 (issue 14): more ways of saying a thing the grammar reads one way. Run by tokenize() before the other
// phrasing rewrites. Each rewrite is a class of saying, never one sentence.
import { TIME_UNITS } from './lexicon-words';
import { table } from './table';

const ENDS = new Set([',', 'and', 'then', 'please', 'now', 'too', 'also', 'thanks']);

/** The step of `tokens` from `i` on: up to the next join. */
function stepEnd(tokens: readonly string[], i: number): number {
  let k = i;
  while (k < tokens.length && !ENDS.has(tokens[k]!)) k++;
  return k;
}

/** "crack the main valve all the way open": opened all the way — `open`; "crack the valve open", "crack the window": a
 *  small way open (a step, asked where the position is not known). Never "crank" by spelling repair. */
function crack(tokens: string[]): string[] {
  const i = tokens.indexOf('crack');
  if (i < 0 || (i > 0 && !['and', ',', 'then', 'please', 'you', 'just', 'to'].includes(tokens[i - 1]!))) return tokens;
  const end = stepEnd(tokens, i + 1);
  const step = tokens.slice(i + 1, end);
  const open = step.lastIndexOf('open');
  const allWay = step.findIndex((w, k) => w === 'all' && step[k + 1] === 'the' && step[k + 2] === 'way');
  if (allWay >= 0) {
    // ("… all the way open", "… open all the way": said as far as it goes — opened.)
    const object = step.filter((_, k) => k !== open && (k < allWay || k > allWay + 2));
    return [...tokens.slice(0, i), 'open', ...object, ...tokens.slice(end)];
  }
  const small = step.some((w) => ['bit', 'little', 'slightly', 'touch', 'tad'].includes(w));
  const object = step.filter((_, k) => k !== open);
  return [...tokens.slice(0, i), 'open', ...object, ...(small ? [] : ['a', 'bit']), ...tokens.slice(end)];
}

/** Said before "up/down in/on …" when that says where, not which way: a join or how the device should end. */
const BEFORE_WHERE = new Set(['and', ',', 'off', 'out', 'on', 'open', 'closed', 'shut', 'locked', 'unlocked', 'too', 'also', 'well']);

const DOWN_ENDS = new Set(['off', 'out', 'close', 'closed', 'shut', 'lower', 'dim']);
const UP_ENDS = new Set(['open', 'raise', 'brighten', 'up']);

/** "lights out on the first floor and down in the basement", "lamp off up in the bedroom": "down"/"up" said with a place
 *  after a join or an end says where it is — never a step down or up. ("turn the lights down in the kitchen" is a step.) */
function whereUpDown(tokens: string[]): string[] {
  return tokens.filter((t, i) => !((t === 'up' || t === 'down') && i > 0 && BEFORE_WHERE.has(tokens[i - 1]!) && ['in', 'on', 'at'].includes(tokens[i + 1] ?? '')
    // (After a join, only in a list of places — a place said before it — and only the way the step already goes: "lights
    // off in the kitchen and up in the bedroom" may be the bedroom's lights up, and is left to be asked.)
    && (!['and', ','].includes(tokens[i - 1]!) || (tokens.slice(0, i).some((w, k) => w === 'floor' || (['in', 'at'].includes(w) && k > 0))
      && tokens.slice(0, i).some((w) => (t === 'down' ? DOWN_ENDS : UP_ENDS).has(w)) && !tokens.slice(0, i).some((w) => (t === 'down' ? UP_ENDS : DOWN_ENDS).has(w))))));
}

const SIDES = new Set(['left', 'right']);

/** "open the curtains, left first then right", "close the blinds, the right one first and then the left": the order of
 *  the two sides — the left and the right one, never every curtain in the home. */
function sidesInOrder(tokens: string[]): string[] {
  const c = tokens.indexOf(',');
  const plural = tokens[c - 1] ?? '';
  if (c < 2 || tokens[c - 2] !== 'the' || !/[a-z]s$/.test(plural) || plural.endsWith('ss')) return tokens;
  let k = c + 1;
  const skip = (...words: string[]): void => {
    while (words.includes(tokens[k] ?? '')) k++;
  };
  skip('the');
  const first = tokens[k];
  if (!first || !SIDES.has(first)) return tokens;
  k++;
  skip('one');
  if (tokens[k] !== 'first') return tokens;
  k++;
  skip('and', ',');
  if (tokens[k] !== 'then') return tokens;
  k++;
  skip('the');
  const second = tokens[k];
  if (!second || !SIDES.has(second) || second === first) return tokens;
  k++;
  skip('one');
  if (k < tokens.length && !ENDS.has(tokens[k]!)) return tokens;
  return [...tokens.slice(0, c - 1), first, plural.slice(0, -1), 'then', 'the', second, 'one', ...tokens.slice(k)];
}

/** Words said for another: "relock" is lock, "likewise" is too, "the lounge" is the living room (said in names too, so a
 *  room or device called "Lounge" is still found). */
const SAME_AS: Readonly<Record<string, readonly string[]>> = table({ relock: ['lock'], likewise: ['too'], lounge: ['living', 'room'], cease: ['stop'] });

/** "close the curtains everywhere bar the bedroom", "all the lights bar the garage": "bar" before what is left out. */
function words(tokens: string[]): string[] {
  return tokens.flatMap((t, i) => {
    // (Only after a kind in the plural, "everywhere" or a comma: "everything in the living room bar the tv" is asked, as
    // dev10 labels it.)
    const prev = tokens[i - 1] ?? '';
    // ("start vacuuming the living room": vacuum it; "stop the fan spinning round": spinning.)
    // ("ease the bedroom curtain open to 30": slowly, but as said — pulled open to 30.)
    if (t === 'ease' && (i === 0 || ENDS.has(prev) || ['you', 'please', 'just'].includes(prev)) && tokens.slice(i + 1, i + 7).some((w) => ['open', 'closed', 'shut'].includes(w))) return ['pull'];
    if (t === 'vacuuming' && prev === 'start') return [];
    if (t === 'start' && tokens[i + 1] === 'vacuuming') return ['vacuum'];
    if (t === 'round' && ['spinning', 'going', 'turning'].includes(prev) && (tokens[i + 1] === undefined || ENDS.has(tokens[i + 1]!))) return [];
    if (t === 'bar' && (prev === ',' || prev === 'everywhere' || /[^s]s$/.test(prev)) && ['the', 'my', 'our'].includes(tokens[i + 1] ?? '')) return ['except'];
    return SAME_AS[t] ?? [t];
  });
}

/** "let me in the side door", "let me in through the front door": unlock it. */
function letMeIn(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'let' && tokens[k + 1] === 'me' && tokens[k + 2] === 'in' && (k === 0 || ENDS.has(tokens[k - 1]!) || ['please', 'just', 'you'].includes(tokens[k - 1]!)));
  if (i < 0) return tokens;
  const at = tokens[i + 3] === 'through' || tokens[i + 3] === 'by' || tokens[i + 3] === 'at' ? i + 4 : i + 3;
  if (!['the', 'my', 'our'].includes(tokens[at] ?? '')) return tokens;
  return [...tokens.slice(0, i), 'unlock', ...tokens.slice(at)];
}

/** What "X needs/wants …ing" asks for. */
const NEEDED: Readonly<Record<string, readonly string[]>> = table({
  locking: ['lock'], unlocking: ['unlock'], opening: ['open'], closing: ['close'], shutting: ['close'], muting: ['mute'], unmuting: ['unmute'],
  dimming: ['dim'], pausing: ['pause'], stopping: ['stop'],
});
const NEED_WORDS = new Set(['need', 'needs', 'wants', 'want']);

/** "the back door and the side door need locking", "the shade upstairs wants opening", "both curtains need drawing open":
 *  the command — for every device of the list. */
function needsDoing(tokens: string[]): string[] {
  // ("the tv could do with muting", "the lamp could use switching off": the same.)
  tokens = tokens.flatMap((t, k) => ((t === 'could' && tokens[k + 1] === 'use') || (t === 'could' && tokens[k + 1] === 'do' && tokens[k + 2] === 'with') ? ['needs'] : [t]))
    .filter((t, k, all) => !((t === 'use' && all[k - 1] === 'needs') || ((t === 'do' || t === 'with') && all[k - 1] === 'needs') || (t === 'with' && all[k - 2] === 'needs')));
  const i = tokens.findIndex((t, k) => NEED_WORDS.has(t) && k > 0 && (NEEDED[tokens[k + 1] ?? ''] !== undefined || (tokens[k + 1] === 'drawing' && ['open', 'shut', 'closed'].includes(tokens[k + 2] ?? ''))
    || (['switching', 'turning'].includes(tokens[k + 1] ?? '') && ['on', 'off'].includes(tokens[k + 2] ?? ''))));
  if (i < 0) return tokens;
  let start = i;
  while (start > 0 && ![',', ':', 'then', 'so'].includes(tokens[start - 1]!)) start--;
  const object = tokens.slice(start, i);
  if (!['the', 'my', 'our', 'both', 'all', 'every'].includes(object[0] ?? '') || object.some((w) => ['i', 'you', 'we', 'it', 'is', 'are', 'to', 'not', 'does', 'do', 'did', 'no', 'never', 'nothing'].includes(w))) return tokens;
  const drawn = tokens[i + 1] === 'drawing' || tokens[i + 1] === 'switching' || tokens[i + 1] === 'turning';
  const verb = tokens[i + 1] === 'drawing' ? (tokens[i + 2] === 'open' ? ['open'] : ['close']) : drawn ? ['turn', tokens[i + 2]!] : NEEDED[tokens[i + 1]!]!;
  const end = i + (drawn ? 3 : 2);
  if (end < tokens.length && !ENDS.has(tokens[end]!) && !['now', 'please', 'asap', 'soon'].includes(tokens[end]!)) return tokens;
  return [...tokens.slice(0, start), ...verb, ...object, ...tokens.slice(end)];
}

/** ", leave the play corner on", ", leave the left as it is": what is left as it is, said after a comma — "but leave …". */
function leaveAfterComma(tokens: string[]): string[] {
  const out = tokens.flatMap((t, i) => (t === ',' && tokens[i + 1] === 'leave' && i > 1 ? ['but'] : [t]));
  // ("but leave the left as it is": as it is, left alone.)
  const k = out.findIndex((t, i) => t === 'as' && out[i + 1] === 'it' && out[i + 2] === 'is' && out.slice(0, i).includes('leave'));
  return k < 0 ? out : [...out.slice(0, k), 'alone', ...out.slice(k + 3)];
}

/** A reason said last, after a comma: "…, it's caught on something", "…, I can't hear anything" — set aside. */
const REASON_STARTS: readonly (readonly string[])[] = [['it', 'is'], ['i', 'can', 'not'], ['i', 'cannot'], ['it', 'has'], ['we', 'can', 'not'], ['i', 'am']];
const NOT_REASON = new Set(['left', 'right', 'one', 'ones', 'in', 'at', 'the', 'not', 'and', 'then', 'turn', 'switch', 'set', 'open', 'close', 'lock', 'unlock', 'dim', 'other', 'same', 'them', 'those']);
function reasonLast(tokens: string[]): string[] {
  const c = tokens.lastIndexOf(',');
  if (c < 2) return tokens;
  const rest = tokens.slice(c + 1);
  const start = REASON_STARTS.find((p) => p.every((w, k) => rest[k] === w));
  if (!start || rest.length > 8 || rest.slice(start.length).some((w) => NOT_REASON.has(w) || /^\d/.test(w))) return tokens;
  return tokens.slice(0, c);
}

/** Words that tell one device of a kind from the others: "the back" (door), "the left" (curtain). */
const SIDE_WORDS = new Set(['back', 'front', 'side', 'left', 'right', 'main', 'top', 'bottom', 'middle', 'other']);

/** How every device of a kind should end, said before what is left out → the command. */
const END_VERBS: Readonly<Record<string, readonly string[]>> = table({
  locked: ['lock'], unlocked: ['unlock'], closed: ['close'], shut: ['close'], open: ['open'], opened: ['open'], off: ['turn', 'off'], on: ['turn', 'on'],
});

/** "every door locked, bar the sliding doors", "all curtains closed except for the right one": the command, with what
 *  is left out. */
function allEndExcept(tokens: string[]): string[] {
  if (!['every', 'all'].includes(tokens[0] ?? '')) return tokens;
  const j = tokens.findIndex((t, k) => k > 1 && END_VERBS[t] !== undefined && ((tokens[k + 1] === 'apart' && tokens[k + 2] === 'from') || tokens[k + 1] === 'except' || (tokens[k + 1] === ',' && tokens[k + 2] === 'except')));
  if (j < 0 || tokens.slice(1, j).some((w) => [',', 'and', 'is', 'are', 'to'].includes(w) || END_VERBS[w] !== undefined)) return tokens;
  const except = tokens[j + 1] === 'apart' ? j + 2 : tokens.indexOf('except', j);
  const verb = END_VERBS[tokens[j]!]!;
  // ("every door locked apart from the back": the back door — the kind said before, said once.)
  const left = tokens.slice(except + 1);
  const kind = tokens[j - 1]!;
  const one = left.length === 2 && left[0] === 'the' && SIDE_WORDS.has(left[1]!) && /^[a-z]+$/.test(kind) ? [...left, kind.replace(/s$/, '')] : left;
  return [...verb, ...tokens.slice(0, j), 'except', ...one];
}

/** "tv can carry on playing now", "let the tv carry on playing where it paused", "carry on playing whatever was on the tv":
 *  resume it. */
function carryOnPlaying(tokens: string[]): string[] {
  const k = tokens.findIndex((t, i) => t === 'carry' && tokens[i + 1] === 'on' && tokens[i + 2] === 'playing');
  if (k < 0) return tokens;
  let start = k;
  while (start > 0 && !ENDS.has(tokens[start - 1]!)) start--;
  let object = tokens.slice(start, k);
  if (object[0] === 'let') object = object.slice(1);
  while (object.length > 0 && ['can', 'could', 'should', 'will', 'may', 'just'].includes(object[object.length - 1]!)) object = object.slice(0, -1);
  let end = k + 3;
  // ("… where it paused", "… where it left off", "… from where it stopped": where it goes on from.)
  if (['where', 'from'].includes(tokens[end] ?? '')) while (end < tokens.length && !ENDS.has(tokens[end]!)) end++;
  if (object.length === 0 && tokens[end] === 'whatever' && ['was', 'is'].includes(tokens[end + 1] ?? '') && tokens[end + 2] === 'on') {
    let e = end + 3;
    while (e < tokens.length && !ENDS.has(tokens[e]!)) e++;
    object = tokens.slice(end + 3, e);
    end = e;
  }
  if (object.length > 0 && !['the', 'my', 'our'].includes(object[0]!) && object.length > 2) return tokens;
  return [...tokens.slice(0, start), 'resume', ...object, ...tokens.slice(end)];
}

/** Said with a value or a command without changing it: "a deep purple", "by a further 20", "stop all of the curtains at
 *  once", "freeze the shade at whatever spot it is at", "count how many …". */
function fillers(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (t === 'deep' && prev === 'a' && !['pink', 'sky'].includes(tokens[i + 1] ?? '')) {
      out.pop();
      continue;
    }
    if (t === 'further' && (prev === 'a' || prev === 'by')) {
      if (prev === 'a') out.pop();
      continue;
    }
    if (t === 'count' && tokens[i + 1] === 'how' && ['many', 'much'].includes(tokens[i + 2] ?? '') && (i === 0 || ENDS.has(prev ?? ''))) continue;
    if (t === 'at' && tokens[i + 1] === 'once' && (tokens[i + 2] === undefined || ENDS.has(tokens[i + 2]!)) && out.includes('stop')) {
      i++;
      continue;
    }
    // ("freeze the guest room shade at whatever spot it is at": stopped where it is.)
    if (t === 'freeze' && (i === 0 || ENDS.has(prev ?? ''))) {
      out.push('stop');
      continue;
    }
    if (t === 'at' && tokens[i + 1] === 'whatever' && out.includes('stop')) {
      let e = i + 2;
      while (e < tokens.length && !ENDS.has(tokens[e]!)) e++;
      i = e - 1;
      continue;
    }
    // ("the countertop could use being a bit brighter": could be.)
    if (t === 'use' && prev === 'could' && tokens[i + 1] === 'being') {
      out.push('be');
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

const isNum = (t: string | undefined): boolean => t !== undefined && /^\d+(\.\d+)?$/.test(t);

/** Waits said loosely: "ten minutes and then the lamp off" (wait, then), "… and off again ten minutes after that" (later
 *  than the step before), "once twelve minutes are up" (in twelve minutes), "straight away" (right away). */
function waits(tokens: string[]): string[] {
  let out = [...tokens];
  // "ten minutes and then …", "ten minutes, then …" said first: a wait, then the rest.
  if (isNum(out[0]) && TIME_UNITS.has(out[1] ?? '')) {
    const k = out[2] === 'and' || out[2] === ',' ? (out[3] === 'then' ? 4 : -1) : out[2] === 'then' ? 3 : -1;
    if (k > 0) out = ['wait', out[0]!, out[1]!, 'then', ...out.slice(k)];
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 'straight' && out[i + 1] === 'away') out.splice(i, 2, 'right', 'away');
    if (out[i] === 'straightaway') out.splice(i, 1, 'right', 'away');
    // "… once twelve minutes are up / have passed": in twelve minutes.
    if (out[i] === 'once' && isNum(out[i + 1]) && TIME_UNITS.has(out[i + 2] ?? '') && ((out[i + 3] === 'are' && out[i + 4] === 'up') || (out[i + 3] === 'have' && out[i + 4] === 'passed'))) {
      out.splice(i, 5, 'in', out[i + 1]!, out[i + 2]!);
    }
    // "… and off again ten minutes after that": ten minutes later, after the step before.
    if (out[i] === 'after' && out[i + 1] === 'that' && TIME_UNITS.has(out[i - 1] ?? '') && isNum(out[i - 2])) {
      out.splice(i, 2, 'later');
      const and = out.lastIndexOf('and', i - 2);
      if (and > 0 && out[and + 1] !== 'then' && !out.slice(and + 1, i - 2).includes(',')) out.splice(and + 1, 0, 'then');
    }
  }
  return out;
}

/** "everything light-wise off", "everything curtain-wise closed": every device of that kind. */
function kindWise(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'everything' && tokens[k + 2] === 'wise' && /^[a-z]+$/.test(tokens[k + 1] ?? ''));
  if (i < 0) return tokens;
  const kind = tokens[i + 1]!;
  return [...tokens.slice(0, i), 'all', kind.endsWith('s') ? kind : `${kind}s`, ...tokens.slice(i + 3)];
}

const STEP_VERBS = new Set(['lower', 'raise', 'drop', 'bump', 'increase', 'decrease', 'reduce', 'dim', 'brighten', 'warm', 'cool']);
const AMOUNT_UNITS = new Set(['degrees', 'degree', '°', 'percent', '%']);

/** "lower the thermostat 3 degrees and the office 2": the second amount is a step the same way — the verb said again for it
 *  (never a setting of 2). */
function stepAgain(tokens: string[]): string[] {
  const v = tokens.findIndex((t) => STEP_VERBS.has(t));
  const and = tokens.lastIndexOf('and');
  if (v < 0 || and < v + 2 || tokens.slice(v, and).some((t) => t === 'to' || t === 'at' || t === ',') || !tokens.slice(v, and).some(isNum)) return tokens;
  const last = tokens.slice(and + 1);
  let end = last.length;
  while (end > 0 && AMOUNT_UNITS.has(last[end - 1]!)) end--;
  if (end < 2 || !isNum(last[end - 1]) || last.slice(0, end - 1).some((t) => isNum(t) || STEP_VERBS.has(t) || ['to', 'at', 'by', 'up', 'down', 'then', 'in'].includes(t))) return tokens;
  return [...tokens.slice(0, and + 1), tokens[v]!, ...last];
}

/** The rewrites, in the order they run. */
const REWRITES: readonly ((tokens: string[]) => string[])[] = [words, kindWise, crack, whereUpDown, sidesInOrder, letMeIn, needsDoing, leaveAfterComma,
  reasonLast, allEndExcept, carryOnPlaying, fillers, waits, stepAgain];

export function sayings15(tokens: string[]): string[] {
  return REWRITES.reduce((t, f) => f(t), tokens);
}
