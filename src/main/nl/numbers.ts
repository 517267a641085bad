// Number words → digits, on a token list: "twenty point five" → "20.5", "twenty seven hundred" → "2700",
// "a hundred" → "100". Ordinals ("second floor") and "one" used as a pronoun ("the one in the kitchen")
// are left alone. (npm's words-to-numbers was considered; it is unmaintained and pulls in babel-runtime 6.)
import { table } from './table';

const SMALL: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const DIGIT_WORDS: Readonly<Record<string, number>> = table({ ...SMALL, oh: 0 });

/** Every number word, for spelling repair ("twwenty"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(SMALL), ...Object.keys(TENS), 'hundred', 'thousand', 'point']);

/** Words after "one" that make it a pronoun ("the loft one to 62", "the right one too"), unless a word before
 *  it asks for a number ("by one", "to one"). */
const ONE_AS_PRONOUN_AFTER = new Set(['to', 'at', 'on', 'off', 'in', 'and', 'or', 'too', 'then', ',', 'up', 'down',
  'as', 'please', 'now', 'with', 'by', 'open', 'closed', 'is', 'was', 'more', 'instead', 'also', 'first', 'next', 'again',
  // ("the living room one a little warmer": a way or a size after it — "one" is the device.)
  'a', 'warmer', 'cooler', 'brighter', 'dimmer', 'higher', 'lower', 'louder', 'quieter', 'slightly']);
const NUMBER_BEFORE = new Set(['to', 'by', 'up', 'down', 'at', 'from', 'than', 'of', 'is', 'about', 'around', 'in', 'for', 'plus', 'minus', 'and', 'only', 'just']);

/** Homophones of "two", and the plural units after which one of them can only be the number. */
const SOUNDS_LIKE_TWO = new Set(['too', 'to']);
const PLURAL_UNITS = new Set(['degrees', 'percent', '%', 'minutes', 'hours', 'seconds', 'notches', 'steps']);

/** Words before "one" that make it a pronoun, not a number. */
const ONE_AS_PRONOUN_BEFORE = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'other', 'another', 'last', 'first', 'only',
  'same', 'next', 'previous', 'right', 'left', 'other', 'big', 'small', 'new', 'old',
]);

function isNumberWord(tok: string | undefined): boolean {
  return tok !== undefined && (tok in SMALL || tok in TENS || tok === 'hundred' || tok === 'thousand');
}

function isDigits(tok: string | undefined): boolean {
  return tok !== undefined && /^\d+(\.\d+)?$/.test(tok);
}

/** Reads a number phrase starting at `start`; returns the value and how many tokens it used (0 = none). */
function readNumber(tokens: readonly string[], start: number): { value: number; used: number } {
  let i = start;
  let total = 0;
  let current = 0;
  let any = false;
  const first = tokens[i];
  if (first === 'a' && (tokens[i + 1] === 'hundred' || tokens[i + 1] === 'thousand')) {
    current = 1;
    i++;
    any = true;
  }
  for (;;) {
    const tok = tokens[i];
    if (tok === undefined) break;
    if (tok in SMALL) {
      if (any && current % 10 !== 0) break; // "two three" is two numbers
      current += SMALL[tok]!;
    } else if (tok in TENS) {
      if (any && current % 100 !== 0) break;
      current += TENS[tok]!;
    } else if (tok === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (tok === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (tok === 'and' && any && current % 100 === 0 && isNumberWord(tokens[i + 1]) && tokens[i + 1] !== 'hundred') {
      // "one hundred and five"
    } else {
      break;
    }
    any = true;
    i++;
  }
  if (!any) return { value: 0, used: 0 };
  let value = total + current;
  // Decimals: "twenty point five", "point seven five".
  if (tokens[i] === 'point' && (tokens[i + 1]! in DIGIT_WORDS || isDigits(tokens[i + 1]))) {
    let decimals = '';
    let j = i + 1;
    while (tokens[j] !== undefined && (tokens[j]! in DIGIT_WORDS || /^\d$/.test(tokens[j]!))) {
      decimals += tokens[j]! in DIGIT_WORDS ? String(DIGIT_WORDS[tokens[j]!]) : tokens[j];
      j++;
    }
    if (decimals) {
      value = Number(`${value}.${decimals}`);
      i = j;
    }
  }
  return { value, used: i - start };
}

/** "twenty one and a half degrees", "2 and a half hours": the half belongs to the number (not "… and a half hour
 *  later", where it is a length of its own). */
function andAHalf(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'and' && (tokens[i + 1] === 'a' || tokens[i + 1] === 'one') && tokens[i + 2] === 'half'
    && !['hour', 'minute', 'second', 'way', 'of'].includes(tokens[i + 3] ?? '');
}

export function wordsToNumbers(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const push = (value: string, next: number): number => {
    if (andAHalf(tokens, next)) {
      out.push(String(Number(value) + 0.5));
      return next + 3;
    }
    out.push(value);
    return next;
  };
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    const before = out[out.length - 1] ?? '';
    const after = tokens[i + 1];
    // ("the office one 17.5": a number said right after "one" is the value, so "one" is the device.)
    const pronounByPlace = before !== '' && !NUMBER_BEFORE.has(before) && !isDigits(before) && (after === undefined || ONE_AS_PRONOUN_AFTER.has(after)
      || (isDigits(after) && before !== 'and' && before !== ','));
    if (tok === 'one' && (ONE_AS_PRONOUN_BEFORE.has(before) || after === 'of' || pronounByPlace)) {
      out.push(tok);
      i++;
      continue;
    }
    if (isDigits(tok) && tokens[i + 1] === 'point' && isDigits(tokens[i + 2]) && /^\d+$/.test(tokens[i + 2]!)) {
      out.push(`${tok}.${tokens[i + 2]}`);
      i += 3;
      continue;
    }
    // "up too degrees", "by to percent": a word that sounds like "two", said where only a number fits (before a
    // plural unit, with no number said).
    if (SOUNDS_LIKE_TWO.has(tok) && PLURAL_UNITS.has(tokens[i + 1] ?? '') && !isDigits(before) && !isNumberWord(before)
      && (tok === 'too' || ['up', 'down', 'by'].includes(before))) {
      out.push('2');
      i++;
      continue;
    }
    if ((tok === 'a' || tok === 'an') && tokens[i + 1] === 'degree') {
      // "down a degree": one degree.
      out.push('1');
      i++;
      continue;
    }
    if (isNumberWord(tok) || (tok === 'a' && (tokens[i + 1] === 'hundred' || tokens[i + 1] === 'thousand'))) {
      const { value, used } = readNumber(tokens, i);
      if (used > 0) {
        i = push(String(value), i + used);
        continue;
      }
    }
    if (tok === 'point' && tokens[i + 1] !== undefined && tokens[i + 1]! in DIGIT_WORDS && out.length > 0 && isDigits(out[out.length - 1])) {
      // "20 point five"
      const { value } = readNumber(['zero', ...tokens.slice(i)], 0);
      const prev = out.pop()!;
      let j = i + 1;
      while (tokens[j] !== undefined && tokens[j]! in DIGIT_WORDS) j++;
      out.push(String(Number(prev) + value));
      i = j;
      continue;
    }
    if (isDigits(tok) && andAHalf(tokens, i + 1)) {
      i = push(tok, i + 1);
      continue;
    }
    out.push(tok);
    i++;
  }
  return out;
}
