// Parses sentences on the fixture home like the own sets do: `npx tsx bench/nl-try.ts [--C] [--area=Kitchen] [--prev=cover.curtain_left,…] [--tokens] "sentence" ...`.
import { loadFixture } from './nl-score';
import { OWN_NOW, ownParsers } from './nl-own';
import { rawTokens, tokenize } from '../src/main/nl/tokenize';

const unit = process.argv.includes('--C') ? 'C' : 'F';
const flag = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const area = flag('area') ?? null;
const previous = flag('prev')?.split(',') ?? null;
const parser = ownParsers(loadFixture())(unit);
for (const text of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const r = parser.parse(text, { area, previous, now: OWN_NOW(), clock: '24h' });
  if (process.argv.includes('--tokens')) console.log(JSON.stringify(tokenize(text)), JSON.stringify(rawTokens(text)));
  console.log(JSON.stringify(text), '→', JSON.stringify(r.error ?? r.answer ?? r.actions), r.schedule ? `schedule ${JSON.stringify(r.schedule)}` : '');
}
