// Round 16 (issue 14): sayings whose words the grammar read as something else, run by tokenize() before round 15's.
// Each is a class of saying, never one sentence.
import { COLOR_PHRASES, COLOR_TEMPERATURES, WHITE_WORDS } from './colors';

/** "knock it off", "cut it out", "give it a rest", "pack it in": stop — never a start or an "on"/"off" of the words. */
const STOP_SAYINGS: readonly (readonly string[])[] = [
  ['knock', 'it', 'off'], ['cut', 'it', 'out'], ['put', 'a', 'stop', 'to'], ['give', 'it', 'a', 'rest'], ['pack', 'it', 'in'], ['knock', 'that', 'off'], ['cut', 'that', 'out'],
];
/** "for now", "for the moment", "for the time being": no time to undo at — said, they change nothing. */
const FOR_NOW: readonly (readonly string[])[] = [['for', 'now'], ['for', 'the', 'moment'], ['for', 'the', 'time', 'being']];

const at = (tokens: readonly string[], i: number, words: readonly string[]): boolean => {
  for (let k = 0; k < words.length; k++) if (tokens[i + k] !== words[k]) return false;
  return true;
};

function replaceSayings(tokens: string[], sayings: readonly (readonly string[])[], by: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let s: readonly string[] | undefined;
    for (const w of sayings) if (at(tokens, i, w)) { s = w; break; } // (round 27p: no closure per word)
    if (s) {
      out.push(...by);
      i += s.length - 1;
    } else out.push(tokens[i]!);
  }
  return out;
}

const LEAVE_ENDS = new Set(['alone', 'be']);
/** Said before "but leave …": a group something can be left out of ("the whole living room", "all the lights"). */
export const GROUP_WORDS = new Set(['all', 'every', 'everything', 'whole', 'entire', 'each', 'lights', 'lamps', 'curtains', 'blinds', 'shades', 'doors', 'fans', 'switches', 'plugs', 'devices', 'things']);
const CLAUSE_END = new Set([',', 'and', 'then', 'please', '.']);

/** "… but leave the tv alone", "… but leave the tv be", "… but don't touch the tv": leaves it out — "except the tv". */
function leaveAlone(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i - 1] !== 'but' && tokens[i - 1] !== ',') || !tokens.slice(0, i).some((t) => GROUP_WORDS.has(t))) continue;
    if (tokens[i] === 'leave') {
      let j = i + 1;
      while (j < tokens.length && !LEAVE_ENDS.has(tokens[j]!) && !CLAUSE_END.has(tokens[j]!)) j++;
      if (j === i + 1 || !LEAVE_ENDS.has(tokens[j] ?? '')) continue;
      if (j + 1 < tokens.length && !CLAUSE_END.has(tokens[j + 1]!)) continue;
      return [...tokens.slice(0, i - 1), 'except', ...tokens.slice(i + 1, j), ...tokens.slice(j + 1)];
    }
    const dont = at(tokens, i, ['do', 'not', 'touch']) ? 3 : 0;
    if (dont > 0) {
      let j = i + dont;
      while (j < tokens.length && !CLAUSE_END.has(tokens[j]!)) j++;
      if (j === i + dont) continue;
      return [...tokens.slice(0, i - 1), 'except', ...tokens.slice(i + dont, j), ...tokens.slice(j)];
    }
  }
  return tokens;
}

/** A colour or a white said from `i`: "blue", "daylight", "warm white". */
function isColourAt(tokens: readonly string[], i: number): boolean {
  const one = tokens[i] ?? '';
  const two = `${one} ${tokens[i + 1] ?? ''}`;
  return [one, two].some((w) => COLOR_PHRASES.has(w) || COLOR_TEMPERATURES.has(w) || WHITE_WORDS.has(w));
}

/** "light up the lamp in blue", "light up the lamp in daylight": the colour is said, so it is "turn on … in blue" —
 *  "light up" alone drops it. (Only when "in" is said after it; "light up the kitchen" stays lights only.) */
function lightUpIn(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'light' && tokens[k + 1] === 'up' && (k === 0 || ['you', 'please', ',', 'and', 'then'].includes(tokens[k - 1]!)));
  const k = tokens.indexOf('in', i + 2);
  if (i < 0 || k < 0 || !isColourAt(tokens, k + 1)) return tokens;
  return [...tokens.slice(0, i), 'turn', 'on', ...tokens.slice(i + 2)];
}

const GLAD = new Set(['grateful', 'thankful', 'obliged', 'glad', 'happy', 'delighted']);
const MODALS = new Set(['could', 'would', 'can', 'will']);

/** "I'd be grateful if you could …", "I would be glad if you would …": a polite request — "please …". */
function gratefulIf(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'i' && tokens[k + 1] === 'would' && tokens[k + 2] === 'be' && GLAD.has(tokens[k + 3] ?? '') && tokens[k + 4] === 'if');
  if (i < 0 || tokens[i + 5] !== 'you' || !MODALS.has(tokens[i + 6] ?? '')) return tokens;
  return [...tokens.slice(0, i), 'please', ...tokens.slice(i + 7)];
}

/** "wind the fan down to 25", "wind it up a bit": "turn … down/up" (only with "up"/"down" said soon after). */
function windUpDown(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'wind' && (k === 0 || ['you', 'please', ',', 'and', 'then'].includes(tokens[k - 1]!)));
  if (i < 0 || !tokens.slice(i + 1, i + 6).some((t) => t === 'up' || t === 'down')) return tokens;
  return [...tokens.slice(0, i), 'turn', ...tokens.slice(i + 1)];
}

const VERB_BEFORE = ['you', 'please', ',', 'and', 'then', 'now', 'minutes', 'minute', 'hours', 'hour', 'seconds'];
const isNumber = (t: string | undefined): boolean => t !== undefined && /^\d+(\.\d+)?$/.test(t);

/** "take the lamp to 20", "take the thermostat to 21 degrees": "set … to N" (only with "to <number>" said after it). */
function takeTo(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => t === 'take' && (k === 0 || VERB_BEFORE.includes(tokens[k - 1]!)));
  if (i < 0 || !tokens.some((t, k) => k > i && t === 'to' && isNumber(tokens[k + 1]))) return tokens;
  return [...tokens.slice(0, i), 'set', ...tokens.slice(i + 1)];
}

/** "one notch up", "a notch down": "up a notch" / "down a notch". */
function notchFirst(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => (t === 'one' || t === '1' || t === 'a') && tokens[k + 1] === 'notch' && (tokens[k + 2] === 'up' || tokens[k + 2] === 'down'));
  if (i < 0) return tokens;
  return [...tokens.slice(0, i), tokens[i + 2]!, 'a', 'notch', ...tokens.slice(i + 3)];
}

export function sayings16(tokens: string[]): string[] {
  return notchFirst(takeTo(windUpDown(gratefulIf(lightUpIn(leaveAlone(replaceSayings(replaceSayings(tokens, STOP_SAYINGS, ['stop']), FOR_NOW, [])))))));
}
