// Text folding for comparing what is said with the home's names, in any script: compatibility forms
// (full-width letters, "℃"), case, and what people often leave out or add without meaning anything —
// accents on Latin, Greek, Arabic and Hebrew letters ("Cafe" for "Café", "λαμπα" for "Λάμπα"), Greek final
// sigma, and invisible characters (zero-width spaces and joiners, variation selectors, byte-order marks,
// control characters). Sentences and names are folded the same way, so they always compare like with like.

/** Letters whose accents are optional in everyday typing; other scripts' marks are part of the letter. */
const OPTIONAL_MARKS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
/** Characters with no visible form of their own: format and control characters, variation selectors, fillers. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/gu;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** Printable ASCII and spaces: nothing to fold but case. */
const PLAIN = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .replace(/[º˚]/g, '°')
    .replace(LINE_BREAKS, ' ')
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(OPTIONAL_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

/** The words of `text` as written that tokenize to `phrase` (tokens joined by spaces), for messages and
 *  for answers to questions: "Φως Κουζίνας", not the folded "φωσ κουζινασ". Null when not found. */
export function surfaceOf(text: string, phrase: string, tokens: (s: string) => string[]): string | null {
  return surfaceFinder(text, tokens)(phrase);
}

/** `surfaceOf` for several phrases of one text: its words are read once (on the first phrase asked for). */
export function surfaceFinder(text: string, tokens: (s: string) => string[]): (phrase: string) => string | null {
  let words: string[] | null = null;
  let folded: string[] = [];
  return (phrase) => {
    if (!words) {
      words = text.split(/\s+/).filter(Boolean);
      folded = words.map((w) => tokens(w).join(' '));
    }
    for (let i = 0; i < words.length; i++) {
      let got = '';
      for (let j = i; j < words.length && got.length < phrase.length; j++) {
        if (!folded[j]) continue;
        got = got ? `${got} ${folded[j]}` : folded[j]!;
        if (got === phrase) return words.slice(i, j + 1).join(' ').replace(EDGE_PUNCTUATION, '');
      }
    }
    return null;
  };
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{S}]+|[^\p{L}\p{N}\p{S}\p{M}]+$/gu;
