// Parses sentences on the fixture home like the own sets do: `npx tsx bench/nl-try.ts [--C] "sentence" ...`.
import { loadFixture } from './nl-score';
import { OWN_NOW, ownParsers } from './nl-own';

const unit = process.argv.includes('--C') ? 'C' : 'F';
const parser = ownParsers(loadFixture())(unit);
for (const text of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const r = parser.parse(text, { area: null, previous: null, now: OWN_NOW(), clock: '24h' });
  console.log(JSON.stringify(text), '→', JSON.stringify(r.error ?? r.answer ?? r.actions));
}
