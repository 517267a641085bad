// Place phrases and verb particles, rewritten into the plain shapes the parser reads (run by tokenize() before the
// sayings of phrasing.ts): "the lamp next to it" → "the lamp by it", "open up the valve" → "open the valve".
import { ORDINALS } from './tokenize';

const PLACE_FOLLOWERS = new Set(['the', 'it', 'them', 'my', 'our', 'your', 'that', 'this', 'those', 'these', 'a', 'an', 'his', 'her', 'their']);
const KINDS_AFTER_HOUSE = new Set(['lights', 'light', 'lamps', 'blinds', 'shades', 'curtains', 'covers', 'switches', 'fans', 'locks', 'doors']);
const OTHER_ENDS = new Set(['by', 'to', 'at', 'up', 'down', 'on', 'off', 'too', 'as', 'and', 'then', ',', '.', 'please', 'now', 'again', 'in', 'for']);
const CLOSE_VERB_BEFORE = new Set(['and', 'then', ',', 'please', 'you', 'to', 'just', 'now', 'also', 'so']);

/** "the lamp next to it", "the light beside the sofa", "the lamp near the tv", "the one close to the window": where
 *  it is, said as "by" — never the player's next track or the verb "close". */
/** "on the second, then the first floor": the floor said after a list of ordinals is the word of each. */
function floorSaidAfter(tokens: readonly string[], from: number): boolean {
  let k = from;
  if (!['and', 'or', ',', 'then'].includes(tokens[k] ?? '')) return false;
  while (['and', 'or', ',', 'then', 'the'].includes(tokens[k] ?? '')) k++;
  return (ORDINALS.includes(tokens[k] ?? '') || ['ground', 'top', 'bottom', 'main'].includes(tokens[k] ?? '')) && (tokens[k + 1] === 'floor' || tokens[k + 1] === 'floors') && (tokens[k + 2] === undefined || CLAUSE_ENDS.has(tokens[k + 2]!));
}

/** Where "a rest"/"a break" ends a step begun by "give" at i ("give the garage light a rest"), else -1. */
function restAt(tokens: readonly string[], i: number): number {
  for (let k = i + 3; k <= i + 7 && k < tokens.length; k++) {
    if (CLAUSE_ENDS.has(tokens[k]!)) return -1;
    if (['rest', 'break'].includes(tokens[k]!) && tokens[k - 1] === 'a' && (tokens[k + 1] === undefined || CLAUSE_ENDS.has(tokens[k + 1]!))) return k;
  }
  return -1;
}

export function placePhrases(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let rest = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = tokens[i + 1];
    // ("open the curtains on both sides": the ones on the left and the right.)
    if (t === 'on' && after === 'both' && ['sides', 'side'].includes(tokens[i + 2] ?? '') && out.length > 0) {
      out.push('on', 'the', 'left', 'and', 'the', 'right');
      i += 2;
      continue;
    }
    if ((t === 'next' || (t === 'close' && i > 0 && !CLOSE_VERB_BEFORE.has(tokens[i - 1]!))) && after === 'to' && PLACE_FOLLOWERS.has(tokens[i + 2] ?? '')) {
      out.push('by');
      i++;
    } else if ((t === 'beside' || t === 'alongside' || t === 'near' || t === 'nearby') && PLACE_FOLLOWERS.has(after ?? '')) out.push('by');
    // "lights on for the first and second floor": where, as "on the first floor".
    else if (t === 'for' && after === 'the' && ORDINALS.includes(tokens[i + 2] ?? '') && ['floor', 'floors', 'and', 'or', ','].includes(tokens[i + 3] ?? '')) out.push('on');
    else if (ORDINALS.includes(t) && tokens[i - 1] === 'the' && floorSaidAfter(tokens, i + 1)) out.push(t, 'floor');
    // ("kitchen lights on, cabinets excluded": what is left out said after a pause, then "excluded" — "except" it.)
    else if (['excluded', 'aside'].includes(t) && (after === undefined || CLAUSE_ENDS.has(after)) && out.lastIndexOf(',') > 0 && out.lastIndexOf(',') >= out.length - 3) {
      out.splice(out.lastIndexOf(',') + 1, 0, 'except');
    }
    // ("can we have some light in the garage", "give us some light in here": the light there switched on.)
    else if (['have', 'get', 'give'].includes(t) && (after === 'some' || (['us', 'me'].includes(after ?? '') && tokens[i + 2] === 'some')) && ['light', 'lights'].includes(tokens[after === 'some' ? i + 2 : i + 3] ?? '') && ['in', 'on'].includes(tokens[after === 'some' ? i + 3 : i + 4] ?? '')) {
      out.push('turn', 'on', 'the', 'light');
      i += after === 'some' ? 2 : 3;
    }
    // ("give the garage light a rest", "give the fan a break": switch it off.)
    else if (t === 'give' && (rest = restAt(tokens, i)) > 0) {
      out.push('turn', 'off', ...tokens.slice(i + 1, rest - 1));
      i = rest;
    }
    // ("fire off the stealth mode script": run it, as "kick off" does — never "off".)
    else if (t === 'fire' && after === 'off' && tokens.slice(i + 2, i + 8).some((w) => w === 'script' || w === 'scene')) {
      out.push('run');
      i++;
    }
    // ("to worm white": a sound-alike said where only the colour fits.)
    else if (t === 'worm' && after === 'white') out.push('warm');
    // ("the lefthand curtain": written as one word, the side.)
    else if (t === 'lefthand' || t === 'righthand') out.push(t === 'lefthand' ? 'left' : 'right');
    // ("whole house lights off", "the entire home's lights": every one of them, as "all the lights".)
    else if ((t === 'whole' || t === 'entire') && ['house', 'home', 'houses', 'homes'].includes(after ?? '') && KINDS_AFTER_HOUSE.has(tokens[i + 2] ?? '')) {
      out.push('all');
      i++;
    }
    // ("office thermostat minus 1.5 °C", "the lamp plus 10%": a change said as a sum — up or down by it, never a setting.
    // "to minus 5" is a value below zero, left as it is.)
    else if ((t === 'plus' || t === 'minus') && /^\d+(\.\d+)?$/.test(after ?? '') && i > 0 && !/^\d/.test(tokens[i - 1]!) && !['to', 'at', 'is', 'of', 'from', 'be', 'by'].includes(tokens[i - 1]!)) out.push(t === 'plus' ? 'up' : 'down', 'by');
    // ("raise the other by half a degree", "turn off the other": "the other" with no kind after it is "the other one".)
    else if (t === 'other' && tokens[i - 1] === 'the' && (after === undefined || OTHER_ENDS.has(after))) out.push(t, 'one');
    else out.push(t);
  }
  return out;
}

/** Verbs "up" only adds to: "open up the valve", "shut up the garage door", "lock the back door up". */
const UP_PARTICLE_VERBS = new Set(['open', 'close', 'shut', 'lock']);
export const CLAUSE_ENDS = new Set([',', 'and', 'then', 'please', 'now', 'too', 'also', 'thanks']);

/** Drops a particle that belongs to the verb before it, so it is not read as a step ("open up" is open, not
 *  "up" a step). Only right after the verb, or as the last word of its step ("open the garage door up"). */
export function verbParticles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let verb: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (t === 'up' && verb !== null) {
      const next = tokens[i + 1];
      if (prev === verb || next === undefined || CLAUSE_ENDS.has(next)) continue;
    }
    if (UP_PARTICLE_VERBS.has(t) && (prev === undefined || CLAUSE_ENDS.has(prev) || ['you', 'to', 'just', 'kindly', 'possibly'].includes(prev))) verb = t;
    else if (CLAUSE_ENDS.has(t) && t !== 'please' && t !== 'now') verb = null;
    out.push(t);
  }
  return out;
}

/** Words that make "X needs closing" no request: a question ("does the door need locking") or a denial ("doesn't need"). */
export const NOT_ASKED: ReadonlySet<string> = new Set(['does', 'do', 'did', 'not', 'no', 'never', 'nothing', 'whether', 'if']);
