// Names people give things (devices, rooms, floors, scenes, rules, the home), as they come in through the
// contract: what is stored is what shows. Composed (NFC), trimmed, runs of spaces made one, and characters
// with no visible form taken out — zero-width spaces and joiners, word joiners, byte-order marks, soft
// hyphens, bidi controls (which can make one name read as another), control characters. Joiners that are
// part of what shows stay: the zero-width joiner inside an emoji sequence ("👩‍🍳"), the non-joiner between
// letters of scripts that use it (Persian, Indic), variation selectors and tags after an emoji.
import { z } from 'zod';

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const PICTURE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;
/** What hangs on the character before it: variation selectors, joiners, emoji tags, combining marks. */
const ATTACHED = /^(?:[\uFE00-\uFE0F]|\u200D|[\u{E0020}-\u{E007F}]|\p{M})$/u;

/** The last character of `chars` before index i that is no variation selector, emoji tag or joiner. */
function baseBefore(chars: readonly string[], i: number): string {
  for (let k = i - 1; k >= 0; k--) {
    const ch = chars[k]!;
    if (!ATTACHED.test(ch)) return ch;
  }
  return '';
}

/** Keeps an invisible character only where it is part of what shows. */
function keeps(chars: readonly string[], i: number): boolean {
  const ch = chars[i]!;
  const before = baseBefore(chars, i);
  const after = chars[i + 1] ?? '';
  if (ch === '\u200D') return PICTURE.test(before) && PICTURE.test(after);
  if (ch === '\u200C') return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
  if (/[\uFE0E\uFE0F]/.test(ch)) return PICTURE.test(before) || /[#*0-9]/.test(before);
  if (/[\u{E0020}-\u{E007F}]/u.test(ch)) return before === '\u{1F3F4}';
  return false;
}

/** The name as it should be stored: composed, trimmed, single spaces, nothing invisible. '' when nothing shows. */
export function cleanName(raw: string): string {
  const chars = [...raw.normalize('NFC').replace(LINE_BREAKS, ' ')];
  let out = '';
  chars.forEach((ch, i) => {
    if (!INVISIBLE.test(ch) || keeps(chars, i)) out += ch;
  });
  out = out.replace(/[\p{Zs}]+/gu, ' ').trim().normalize('NFC');
  return VISIBLE.test(out) ? out : '';
}

const NOTHING_VISIBLE = 'the name has no visible letters, digits or symbols once invisible characters (such as zero-width spaces) are taken out; type a name you can see';

/** A name someone typed: cleaned, then at least one visible character and at most `max` characters. */
export function userName(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform(cleanName)
    .pipe(z.string().min(1, { message: NOTHING_VISIBLE }).max(max, { message: `a name has at most ${max} characters` }));
}

/** A name that may be left empty (the home's name): cleaned the same way, never refused for being blank. */
export function optionalUserName(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform(cleanName)
    .pipe(z.string().max(max, { message: `a name has at most ${max} characters` }));
}

export { NOTHING_VISIBLE };
