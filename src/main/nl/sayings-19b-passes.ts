// Round 19b (issue 14, dev15 and dev14 misses), its second and third passes: smaller classes of saying rewritten into
// forms the parser already reads (sayings-19b.ts runs them in order). Each leaves the sentence as it was when unsure.
import { COMMAND_VERBS } from './doubt';
import { table } from './table';

const isNumber = (w: string | undefined): boolean => w !== undefined && /^\d/.test(w);

// ── 6. Second pass (dev15) ────────────────────────────────────────────────────────────────────────────────────────────
/** "go on then, flip …": urging said first — nothing to do of its own (also for the guards' as-said words). */
export function urgingFirst(tokens: string[]): string[] {
  if (tokens[0] === 'go' && tokens[1] === 'on' && tokens[2] === 'then' && tokens[3] === ',' && tokens.length > 5) return tokens.slice(4);
  return tokens;
}

/** "… when you're ready", "… whenever you get a chance", "when you can, …": a courtesy, never a condition to wait for. */
const WHEN_READY: readonly (readonly string[])[] = [['when', 'you', 'are', 'ready'], ['whenever', 'you', 'are', 'ready'], ['when', 'you', 'get', 'a', 'chance'],
  ['whenever', 'you', 'get', 'a', 'chance'], ['when', 'you', 'have', 'a', 'moment'], ['when', 'you', 'have', 'a', 'sec'], ['when', 'you', 'can'], ['whenever', 'you', 'can']];
export function whenReady(tokens: string[]): string[] {
  for (const p of WHEN_READY) {
    const n = tokens.length;
    if (n > p.length + 1 && p.every((w, k) => tokens[n - p.length + k] === w)) return tokens.slice(0, tokens[n - p.length - 1] === ',' ? n - p.length - 1 : n - p.length);
    if (n > p.length + 2 && p.every((w, k) => tokens[k] === w) && tokens[p.length] === ',') return tokens.slice(p.length + 1);
  }
  return tokens;
}

/** ", don't let it close any further", ", don't let it go any lower": said with a stop — how far it went, nothing more to do. */
const FURTHER = table({ further: true, farther: true, more: true, lower: true, higher: true });
export function notAnyFurther(tokens: string[]): string[] {
  const i = tokens.lastIndexOf(',');
  if (i < 2 || !tokens.slice(0, i).some((w) => ['stop', 'hold', 'halt', 'freeze'].includes(w))) return tokens;
  const t = tokens.slice(i + 1);
  if (t[0] === 'do' && t[1] === 'not' && t[2] === 'let' && ['it', 'them'].includes(t[3] ?? '') && /^[a-z]+$/.test(t[4] ?? '') && t[5] === 'any' && FURTHER[t[6] ?? ''] && t.length === 7) return tokens.slice(0, i);
  return tokens;
}

/** "leave the left curtain where it is now, stop it": the device said, then the stop. */
export function leaveWhereItIs(tokens: string[]): string[] {
  if (tokens[0] !== 'leave' && tokens[0] !== 'keep') return tokens;
  const w = tokens.indexOf('where');
  if (w < 2 || !['it', 'they'].includes(tokens[w + 1] ?? '') || !['is', 'are'].includes(tokens[w + 2] ?? '')) return tokens;
  let c = w + 3;
  if (tokens[c] === 'now') c++;
  if (tokens[c] !== ',' || tokens[c + 1] !== 'stop' || !['it', 'them'].includes(tokens[c + 2] ?? '') || tokens.length !== c + 3) return tokens;
  const object = tokens.slice(1, w);
  if (object.some((x) => x === ',' || x === 'and' || COMMAND_VERBS.has(x) || isNumber(x))) return tokens;
  return [...object, ',', 'stop', tokens[c + 2]!];
}

/** Word-level forms: "wants flipping off" (switching), "75 pc" (percent), "on the rite" (right), "at the minute" (now, as "at the
 *  moment"), "not the shade though" (though set aside), "the track before this one" (the previous track). */
export function wordForms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1] ?? '';
    if (t === 'flipping' && ['wants', 'needs', 'want', 'need'].includes(prev) && ['on', 'off'].includes(tokens[i + 1] ?? '')) { out.push('switching'); continue; }
    if (t === 'pc' && isNumber(prev)) { out.push('%'); continue; }
    if (t === 'rite' && prev === 'the' && [undefined, ',', 'and', 'one', 'please'].includes(tokens[i + 1])) { out.push('right'); continue; }
    if (t === 'minute' && prev === 'the' && out[out.length - 2] === 'at' && !isNumber(out[out.length - 3])) { out.push('moment'); continue; }
    if ((t === 'though' || t === 'tho') && (tokens[i + 1] === undefined || tokens[i + 1] === ',')) {
      // (Only after what is left out: "…, not the shade though".)
      let k = out.length - 1;
      while (k >= 0 && out[k] !== ',') k--;
      if (['not', 'except', 'but'].includes(out[k + 1] ?? '')) continue;
    }
    if (t === 'track' && prev === 'the' && tokens[i + 1] === 'before' && tokens[i + 2] === 'this') {
      out.pop();
      out.push('the', 'previous', 'track');
      i += tokens[i + 3] === 'one' ? 3 : 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** "72 - that's fahrenheit, mind", "20, that is celsius": the unit said after the number is the number's. */
const UNIT_NAMES: Readonly<Record<string, readonly string[]>> = table({ fahrenheit: ['°', 'f'], celsius: ['°', 'c'], centigrade: ['°', 'c'] });
export function unitSaidAfter(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => isNumber(t) && tokens[k + 1] === ',' && tokens[k + 2] === 'that' && tokens[k + 3] === 'is' && UNIT_NAMES[tokens[k + (tokens[k + 4] === 'in' ? 5 : 4)] ?? ''] !== undefined);
  if (i < 0) return tokens;
  const u = i + (tokens[i + 4] === 'in' ? 5 : 4);
  let end = u + 1;
  if (tokens[end] === ',' && tokens[end + 1] === 'mind' && end + 2 === tokens.length) end += 2;
  else if (tokens[end] === 'mind' && end + 1 === tokens.length) end += 1;
  if (end !== tokens.length && tokens[end] !== ',' && tokens[end] !== 'and') return tokens;
  return [...tokens.slice(0, i + 1), ...UNIT_NAMES[tokens[u]!]!, ...tokens.slice(end)];
}

/** "add 2 °C to the living room thermostat", "add 5 percent to the lamp": up by that much. */
export function addTo(tokens: string[]): string[] {
  if (tokens[0] !== 'add' || !isNumber(tokens[1])) return tokens;
  const to = tokens.indexOf('to', 2);
  if (to < 0 || to > 5 || tokens.slice(2, to).some((w) => !['°', 'c', 'f', 'degrees', 'degree', '%', 'percent'].includes(w))) return tokens;
  const object = tokens.slice(to + 1);
  if (object.length === 0 || object.some((w) => w === ',' || w === 'and' || COMMAND_VERBS.has(w) || isNumber(w))) return tokens;
  return ['turn', ...object, 'up', 'by', ...tokens.slice(1, to)];
}

/** "close whatever covers there are", "whatever lights are on the second floor": all of them. */
export function whateverThereAre(tokens: string[]): string[] {
  const i = tokens.indexOf('whatever');
  if (i < 0 || !/^[a-z]+s$/.test(tokens[i + 1] ?? '') || tokens[i + 2] !== 'there' || !['are', 'is'].includes(tokens[i + 3] ?? '')) return tokens;
  return [...tokens.slice(0, i), 'all', 'the', tokens[i + 1]!, ...tokens.slice(i + 4)];
}

// ── 7. Third pass (dev15) ─────────────────────────────────────────────────────────────────────────────────────────────
/** "kitchen cabnets dimm to 30%", "stopp the fan": a command verb typed with its last letter doubled is that verb. */
export function doubledLast(tokens: string[]): string[] {
  return tokens.map((t) => (t.length >= 4 && /^[a-z]+$/.test(t) && t[t.length - 1] === t[t.length - 2] && COMMAND_VERBS.has(t.slice(0, -1)) && !COMMAND_VERBS.has(t) && !['kill', 'fill', 'pull', 'press', 'call'].includes(t) ? t.slice(0, -1) : t));
}

/** "about halfway", "roughly 40%", "around 20 percent": the amount said (an approximate amount is that amount). "pull X across":
 *  draw it. */
const ROUGHLY = table({ about: true, around: true, roughly: true, approximately: true, approx: true, circa: true });
export function roughly(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // (Never "what about …", "how about …", "about the lamp".)
    if (ROUGHLY[t] && i > 0 && !['what', 'how', 'talk', 'talking', 'think', 'forget'].includes(tokens[i - 1]!) && (next === 'halfway' || (isNumber(next) && ['%', 'percent'].includes(tokens[i + 2] ?? '')))) continue;
    if (t === 'across' && out.length >= 3 && ['pull', 'draw'].includes(out[0]!) && !out.includes(',') && !out.includes('and')) {
      out[0] = 'draw';
      continue;
    }
    out.push(t);
  }
  return out;
}

/** "the living room thermostat needs to go up 3 °F", "the fan should go down 10 percent": a step of that size asked for. */
const MUST_GO: readonly (readonly string[])[] = [['needs', 'to', 'go'], ['need', 'to', 'go'], ['should', 'go'], ['has', 'to', 'go'], ['wants', 'to', 'go'], ['ought', 'to', 'go']];
export function mustGo(tokens: string[]): string[] {
  if (!['the', 'my', 'our'].includes(tokens[0] ?? '')) return tokens;
  for (const p of MUST_GO) {
    const i = tokens.findIndex((_, k) => k >= 2 && p.every((w, j) => tokens[k + j] === w));
    if (i < 0) continue;
    const way = tokens[i + p.length];
    const rest = tokens.slice(i + p.length + 1);
    const by = rest[0] === 'by' ? 1 : 0;
    if (!['up', 'down'].includes(way ?? '') || !isNumber(rest[by]) || rest.slice(by + 1).some((w) => ![ '°', 'c', 'f', 'degrees', 'degree', '%', 'percent', 'please'].includes(w))) return tokens;
    const object = tokens.slice(0, i);
    if (object.some((w) => w === ',' || w === 'and' || COMMAND_VERBS.has(w) || isNumber(w))) return tokens;
    return ['turn', ...object, way!, 'by', ...rest.slice(by)];
  }
  return tokens;
}

/** Colours typed as they sound: "turn the bedroom lamp blew", "to wrm white". Only where a colour is said — last after "to" or
 *  after a light's noun ("blew" alone is a verb), or before "white". */
const COLOUR_SOUNDS = table({ blew: 'blue', grean: 'green', purpel: 'purple', yelow: 'yellow', yello: 'yellow', oranj: 'orange' });
const LIGHT_NOUNS = table({ lamp: true, light: true, lights: true, lamps: true, bulb: true, bulbs: true, strip: true });
export function colourSounds(tokens: string[]): string[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1] ?? '';
    const last = i === tokens.length - 1 || [',', 'and', 'please', 'then'].includes(tokens[i + 1]!);
    if (COLOUR_SOUNDS[t] && last && (prev === 'to' || LIGHT_NOUNS[prev])) return COLOUR_SOUNDS[t]!;
    if ((t === 'wrm' || t === 'warn') && tokens[i + 1] === 'white') return 'warm';
    return t;
  });
}
