// Round 20b (issue 14, dev17 misses): questions said loosely, read as the questions they are — each a class of saying,
// never one sentence. Run by tokenize() on the raw words (numbers as digits, before the lead-ins are set aside). A
// question is only ever answered, so these rewrites can not make Hearth act; the state words are rewritten only in a
// sentence that asks (a "?", "is/are …" first or after a comma, or "… or not" last).
// - "garage light — still burning?", "the porch light, burning?": a light "burning" is on (sayings-15c read it only
//   after "is/are").
// - "back door — bolted or not?", "is the side door unbolted": bolted is locked, unbolted unlocked.
// - "front door: is it on the latch or locked", "is the back door on the latch": on the latch is unlocked (it was read
//   as "turn on", or answered as locked).
// - "is the robot hoover busy", "is the vacuum busy right now": busy is running (the word was taken into the name).
// - Device words said the everyday way, anywhere: "washing machine" is the washer ("is the washing still going": the
//   washing, asked about, too), "my mobile" / "mobile phone" the phone, "outdoor temperature" the outside one, "robot
//   hoover" the robot vacuum.
import { table } from './table';

const ASK_FIRST = table({ is: true, are: true, was: true, were: true, has: true, have: true });
const ENDS = table({ ',': true, '.': true, and: true, or: true, '?': true, still: true, now: true, yet: true, please: true });
const DETS = table({ the: true, my: true, our: true, your: true, a: true, this: true, that: true });
const AFTER_BURNING = table({ still: true, it: true, is: true, are: true, they: true, ',': true, light: true, lights: true, lamp: true, lamps: true });
const OUTSIDE_NOUNS = table({ temperature: true, temp: true, humidity: true, air: true, pressure: true });

/** A sentence that asks: "?" said, "is/are …" first or right after a comma, or "… or not" last. */
function asks(tokens: readonly string[], question: boolean): boolean {
  if (question) return true;
  if (ASK_FIRST[tokens[0] ?? '']) return true;
  if (tokens.some((t, i) => t === ',' && ASK_FIRST[tokens[i + 1] ?? ''] && ['it', 'they', 'the', 'there'].includes(tokens[i + 2] ?? ''))) return true;
  return tokens[tokens.length - 2] === 'or' && tokens[tokens.length - 1] === 'not';
}

/** Device words said the everyday way (anywhere: a name, never a step). */
function everydayNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    if (w === 'washing' && next === 'machine') { out.push('washer'); i++; continue; }
    if (w === 'mobile' && next === 'phone') { out.push('phone'); i++; continue; }
    if (w === 'mobile' && DETS[tokens[i - 1] ?? ''] && (i + 1 >= tokens.length || ENDS[next] || next === "'s" || next === 'battery')) { out.push('phone'); continue; }
    if ((w === 'outdoor' || w === 'outdoors') && OUTSIDE_NOUNS[next]) { out.push('outside'); continue; }
    if (w === 'hoover' && tokens[i - 1] === 'robot') { out.push('vacuum'); continue; }
    out.push(w);
  }
  return out;
}

/** State words of a question: burning (on), bolted (locked), on the latch (unlocked), busy (running), the washing. */
function stateWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    // (Where sayings-15c reads "burning" itself — "is/are/any/got" said — it is left to it: it also makes "got any" "are any".)
    if (w === 'burning' && AFTER_BURNING[prev] && !['is', 'are', 'any', 'got'].some((x) => tokens.includes(x))) out.push('on');
    else if (w === 'bolted') out.push('locked');
    else if (w === 'unbolted') out.push('unlocked');
    else if (w === 'on' && next === 'the' && tokens[i + 2] === 'latch') { out.push('unlocked'); i += 2; }
    else if (w === 'busy' && (i + 1 >= tokens.length || ENDS[next] || next === 'right' || next === 'at')) out.push('running');
    else if (w === 'washing' && DETS[prev] && (i + 1 >= tokens.length || ENDS[next] || ['going', 'done', 'on', 'running', 'finished', 'busy'].includes(next))) out.push('washer');
    else out.push(w);
  }
  return out;
}

const STATES = table({ on: true, off: true, open: true, closed: true, shut: true, locked: true, unlocked: true, running: true, lit: true, playing: true,
  paused: true, docked: true, cleaning: true });
/** Words that start a command or a question: then the part before the comma is no device said first. */
const STARTS = table({ is: true, are: true, was: true, turn: true, switch: true, set: true, open: true, close: true, shut: true, lock: true, unlock: true,
  put: true, should: true, do: true, does: true, can: true, could: true, will: true, would: true, make: true, leave: true, keep: true, what: true,
  which: true, check: true, see: true, get: true });

/** "front door, locked or not" (no "?"): the device said first, then its state "or not" — "is front door locked". */
function stateOrNot(tokens: string[]): string[] {
  const n = tokens.length;
  if (n < 5 || tokens[n - 2] !== 'or' || tokens[n - 1] !== 'not' || !STATES[tokens[n - 3]!]) return tokens;
  const c = tokens.indexOf(',');
  if (c < 1 || STARTS[tokens[0]!] || tokens.slice(c + 1, n - 3).some((t) => t !== 'still')) return tokens;
  return ['is', ...tokens.slice(0, c), ...tokens.slice(c + 1, n - 2)];
}

export function questions20b(tokens: string[], question: boolean): string[] {
  const named = everydayNames(tokens);
  return asks(named, question) ? stateOrNot(stateWords(named)) : named;
}
