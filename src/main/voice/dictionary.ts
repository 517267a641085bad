// Pronunciations for the words a grammar uses, taken from the recognizer's own dictionary (CMUdict, shipped by
// Debian's pocketsphinx-en-us). Only the grammar's words are kept: a small dictionary loads in milliseconds where
// the whole one takes half a second on every recording. A short word the dictionary lacks ("hvac", "ac") is
// spelled out letter by letter; any other unknown word is reported, and the names using it are not listened for.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** CMUdict phones for each letter, for words said as letters ("TV", "AC"). */
const LETTERS: Readonly<Record<string, string>> = {
  a: 'EY', b: 'B IY', c: 'S IY', d: 'D IY', e: 'IY', f: 'EH F', g: 'JH IY', h: 'EY CH', i: 'AY', j: 'JH EY',
  k: 'K EY', l: 'EH L', m: 'EH M', n: 'EH N', o: 'OW', p: 'P IY', q: 'K Y UW', r: 'AA R', s: 'EH S', t: 'T IY',
  u: 'Y UW', v: 'V IY', w: 'D AH B AH L Y UW', x: 'EH K S', y: 'W AY', z: 'Z IY',
};
/** Words of at most this many letters, missing from the dictionary, are taken as said letter by letter. */
const MAX_SPELLED = 4;

export type Pronunciations = ReadonlyMap<string, readonly string[]>;

/** Looks up every word of `words` in the dictionary file: their pronunciations, and the words it has none for. */
export async function pronounce(dictFile: string, words: ReadonlySet<string>): Promise<{ found: Pronunciations; missing: Set<string> }> {
  const found = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(dictFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const head = line.slice(0, space);
    const word = head.replace(/\(\d+\)$/, '');
    if (!words.has(word)) continue;
    const list = found.get(word) ?? [];
    list.push(line.slice(space + 1).trim());
    found.set(word, list);
  }
  const missing = new Set<string>();
  for (const w of words) {
    if (found.has(w)) continue;
    if (/^[a-z]+$/.test(w) && w.length <= MAX_SPELLED) found.set(w, [[...w].map((c) => LETTERS[c]).join(' ')]);
    else missing.add(w);
  }
  return { found, missing };
}

/** The pronunciations as a pocketsphinx dictionary file ("word PH ONES", "word(2) ..."). */
export function dictionaryText(p: Pronunciations): string {
  const out: string[] = [];
  for (const [word, prons] of [...p].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    prons.forEach((phones, i) => out.push(`${i === 0 ? word : `${word}(${i + 1})`} ${phones}`));
  }
  return `${out.join('\n')}\n`;
}
