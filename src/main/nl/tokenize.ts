// Text → folded (lower-case, see fold.ts) word tokens in any script. Numbers stay digits ("20.5"), units split off ("50%" → "50", "%"),
// contractions expand ("what's" → "what", "is"), possessives split ("mistral's" → "mistral", "'s").
// Names in the home are tokenized the same way, so sentence and names always compare like with like.
import { fold } from './fold';
import { wordsToNumbers } from './numbers';
import { table } from './table';
import { placePhrases, sayings, verbParticles } from './phrasing';
import { leadInPhrases } from './lead-ins';
import { verbLast } from './verb-last';
import { valueWords } from './value-words';
import { sayings15 } from './sayings-15';
import { sayings15c } from './sayings-15c';
import { sayings16 } from './sayings-16';
import { sayings17 } from './sayings-17'; import { plusUp } from './sayings-17b';
import { sayings17p } from './sayings-17p'; import { sayings17r } from './sayings-17r'; import { sayings18 } from './sayings-18'; import { sayings19a } from './sayings-19a'; import { sayings19d } from './sayings-19d'; import { questions20b } from './questions-20b'; import { sayings20b } from './sayings-20b';
import { sayings21a } from './sayings-21a';
import { sayings21e } from './sayings-21e';

const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = table({
  "what's": ['what', 'is'], whats: ['what', 'is'], "how's": ['how', 'is'], hows: ['how', 'is'],
  "where's": ['where', 'is'], wheres: ['where', 'is'], "who's": ['who', 'is'], "it's": ['it', 'is'],
  "that's": ['that', 'is'], "there's": ['there', 'is'], "here's": ['here', 'is'],
  "isn't": ['is', 'not'], "aren't": ['are', 'not'], "wasn't": ['was', 'not'], "don't": ['do', 'not'],
  "doesn't": ['does', 'not'], "didn't": ['did', 'not'], "can't": ['can', 'not'], cannot: ['can', 'not'],
  "won't": ['will', 'not'], "i'm": ['i', 'am'], "let's": ['let', 'us'], "i'd": ['i', 'would'],
  "you're": ['you', 'are'], "they're": ['they', 'are'], "we're": ['we', 'are'], "it'd": ['it', 'would'],
  "that'd": ['that', 'would'], "you'd": ['you', 'would'], "we'd": ['we', 'would'], "i'll": ['i', 'will'],
  "you'll": ['you', 'will'], "we'll": ['we', 'will'], "i've": ['i', 'have'], "you've": ['you', 'have'],
  "couldn't": ['could', 'not'], "wouldn't": ['would', 'not'], "shouldn't": ['should', 'not'], "haven't": ['have', 'not'],
  lemme: ['let', 'me'], gimme: ['give', 'me'], turnoff: ['turn', 'off'], turnon: ['turn', 'on'], switchoff: ['switch', 'off'],
  switchon: ['switch', 'on'], shutoff: ['shut', 'off'], "hasn't": ['has', 'not'], "weren't": ['were', 'not'], "whatever's": ['whatever', 'is'], "who'd": ['who', 'would'],
});

/** Spellings people type for how a word sounds ("lite", "nite", "thru", "pls"). */
const SOUND_SPELLINGS: Readonly<Record<string, string>> = table({
  lite: 'light', lites: 'lights', nite: 'night', tonite: 'tonight', brite: 'bright', thru: 'through', pls: 'please', n: 'and',
  plz: 'please', pleaz: 'please', pleez: 'please', plez: 'please', thx: 'thanks', u: 'you', ur: 'your', til: 'till', tmrw: 'tomorrow', tmr: 'tomorrow', mins: 'minutes',
  pct: 'percent', em: 'them', ya: 'you', yah: 'you', evry: 'every', evrything: 'everything', evrywhere: 'everywhere',
  // Other words for the same thing.
  storey: 'floor', storeys: 'floors', stories: 'floors', sundown: 'sunset', sunup: 'sunrise', nightfall: 'sunset', daybreak: 'sunrise', flick: 'flip', bolt: 'lock', unbolt: 'unlock',
  // Sound-alikes no device is called: "the bedroom lamb".
  lamb: 'lamp', lambs: 'lamps',
});

export const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth'];

const UNIT_SUFFIX: Readonly<Record<string, readonly string[]>> = table({
  '%': ['%'], '°': ['°'], '°c': ['°', 'c'], '°f': ['°', 'f'], c: ['c'], f: ['f'], k: ['k'],
  am: ['am'], pm: ['pm'], h: ['h'], hr: ['hours'], hrs: ['hours'], min: ['minutes'], mins: ['minutes'],
  m: ['minutes'], s: ['seconds'], sec: ['seconds'], secs: ['seconds'], pct: ['%'],
});

function splitToken(raw: string, out: string[]): void {
  let tok = raw.replace(/^[.']+/, '').replace(/[.']+$/, '');
  if (tok === '') return;
  const contraction = CONTRACTIONS[tok];
  if (contraction) {
    out.push(...contraction);
    return;
  }
  const spelled = SOUND_SPELLINGS[tok];
  if (spelled) {
    out.push(spelled);
    return;
  }
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(tok);
  if (ordinal) {
    const n = Number(ordinal[1]);
    out.push(ORDINALS[n] ?? tok);
    return;
  }
  const time = /^(\d{1,2}):(\d{2})(am|pm)?$/.exec(tok);
  if (time) {
    out.push(`${time[1]}:${time[2]}`);
    if (time[3]) out.push(time[3]);
    return;
  }
  const num = /^([+-]?\d+(?:\.\d+)?)(%|°[cf]?|[a-z]+)?$/.exec(tok);
  if (num) {
    out.push(num[1]!.replace(/^\+/, ''));
    if (num[2]) {
      const suffix = UNIT_SUFFIX[num[2]];
      if (suffix) out.push(...suffix);
      else out.push(num[2]);
    }
    return;
  }
  if (tok.endsWith("'s") && tok.length > 2) {
    out.push(tok.slice(0, -2), "'s");
    return;
  }
  tok = tok.replace(/'/g, '');
  if (tok.includes('%') || tok.includes('°')) {
    for (const part of tok.split(/([%°])/)) if (part) out.push(part);
    return;
  }
  if (tok) out.push(tok);
}

/** Anything beyond printable ASCII (folding has taken out control characters). */
const BEYOND_ASCII = /[^ -~]/;

/**
 * The last few texts split, and their tokens: one command is split several times on its way through the parser (the
 * sayings, the guards, a re-read), and splitting is a pure function of the text. Callers get a copy, so none can change
 * what another is given.
 */
function remembered(cache: Map<string, readonly string[]>, text: string, split: (text: string) => string[]): string[] {
  const known = cache.get(text);
  if (known) return known.slice();
  const tokens = split(text);
  if (cache.size >= 16) cache.delete(cache.keys().next().value!);
  cache.set(text, tokens.slice());
  return tokens;
}

const rawSplits = new Map<string, readonly string[]>();
const splits = new Map<string, readonly string[]>();

/** Splits text into tokens without turning number words into digits. */
export function rawTokens(text: string): string[] {
  return remembered(rawSplits, text, splitRaw);
}

function splitRaw(text: string): string[] {
  const folded = fold(text.replace(/[\u2018\u2019\u02bc`´]/g, "'"))
    // "for movie night: dim …", "good morning! open …", "…; then …": where one part of a sentence ends.
    .replace(/[!;]+|:(?!\d)|(?<!\d):/g, ',')
    // "hmm, let me see... turn on …": a pause written as dots ends a part too.
    .replace(/\.{2,}|\u2026/g, ' , ')
    // "bedtime - switch off …", "the curtains — stop them": a dash between words ends a part too.
    .replace(/\s[-\u2013\u2014]+\s|[\u2013\u2014]/g, ' , ')
    // "right, bedtime. bedroom lamp off …": a full stop between sentences ends a part (not "20.5", not "a.m.").
    .replace(/(?<![\s.]\p{L})(?<=\p{L}|\p{N})\.\s+(?=\p{L})/gu, ' , ')
    .replace(/\b([ap])\.m\b\.?/g, '$1m')
    .replace(/\[|\]/g, '')
    .replace(/&/g, ' and ')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/,/g, ' , ')
    // Symbols are characters of names too ("★", "♫ Speaker"): only the ASCII ones people type as punctuation go.
    .replace(/[^\p{L}\p{M}\p{N}\p{S}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}%°:.'+,-]+|[$<=>^|~]/gu, ' ');
  // (Only text beyond ASCII has emoji, symbols and scripts written without spaces.)
  const spaced = !BEYOND_ASCII.test(folded) ? folded : folded
    // Each emoji or other symbol is a word of its own ("💡desk" → "💡", "desk"); so are runs of scripts written
    // without spaces when they touch Latin letters or digits ("turn on客厅灯").
    .replace(/(\p{Extended_Pictographic}\p{Emoji_Modifier}?|[^\P{S}\0-\x7F°])/gu, ' $1 ')
    .replace(/(?<=[a-z0-9])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])(?=[a-z0-9])/gu, ' ');
  const cleaned = spaced
    .replace(/(^|\s)[-+](?!\d)/g, ' ')
    .replace(/(\p{L})-(?=[\p{L}\p{N}])/gu, '$1 ')
    .replace(/(\D):|:(\D)/g, '$1 $2');
  const out: string[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    if (raw === ',') {
      if (out.length > 0 && out[out.length - 1] !== ',') out.push(',');
    } else if (raw) splitToken(raw, out);
  }
  while (out[out.length - 1] === ',') out.pop();
  return out;
}

/** Tokens with number words as digits: "set it to twenty point five degrees" → [..., "20.5", "degrees"]. */
export function tokenize(text: string): string[] {
  return remembered(splits, text, splitWords);
}

function splitWords(text: string): string[] {
  return valueWords(verbParticles(placePhrases(verbLast(sayings(sayings15c(sayings15(sayings16(sayings17r(sayings17(sayings17p(sayings18(sayings19a(leadInPhrases(sayings19d(sayings21e(sayings21a(sayings20b(questions20b(countedSteps(wordsToNumbers(rawTokens(plusUp(text)))), text.includes('?')))))))))), text.includes('?')))))))))));
}

/** "40 points brighter", "down by 10 notches": steps counted on the device's own scale — percent. */
function countedSteps(tokens: string[]): string[] {
  return tokens.map((t, i) => (['points', 'notches'].includes(t) && isNumberToken(tokens[i - 1]) ? 'percent' : t));
}

export function isNumberToken(tok: string | undefined): boolean {
  return tok !== undefined && /^-?\d+(\.\d+)?$/.test(tok);
}
