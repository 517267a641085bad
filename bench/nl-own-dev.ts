// Development scoring of Hearth's own sets (data/nl/OWN.md) without the latency runs: per-class accuracy and
// wrong actions for each development set, every miss listed, and the two Home Assistant parts.
// `npx tsx bench/nl-own-dev.ts [set ...]` — sets by file name in data/nl/ (default: DEV_SETS — own-en, own-dev2 and
// the seen held-back sets v2–v22, splits dev3–dev22 — all development material now). Never point it at a
// blind held-back set (BLIND_SET, v23, is refused).
import { loadFixture, loadRows, scoreRows } from './nl-score';
import { BLIND_SET, DEV_SETS, loadOwnRows, printFigures, scoreOwn } from './nl-own';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const sets = args.filter((a) => !a.startsWith('--'));
const files = sets.length > 0 ? sets : DEV_SETS;
const fixture = loadFixture();
for (const file of files) {
  if (file.endsWith(BLIND_SET) || /heldback-v23/.test(file)) throw new Error(`${BLIND_SET} is a blind set: not for development`);
  const results = scoreOwn(loadOwnRows(file), fixture);
  const f = printFigures(results, file.replace(/\.jsonl$/, ''), quiet ? 0 : 1000);
  const wrong = results.filter((r) => r.wrong).length;
  console.log(`== ${file}: accuracy ${f.accuracy.toFixed(3)} (${results.filter((r) => r.ok).length}/${results.length}), wrong actions ${wrong} (${f.wrongRate.toFixed(3)})`);
}
const ha = scoreRows(loadRows(), fixture);
for (const part of ['shared', 'file'] as const) {
  const rs = ha.filter((r) => r.row.home === part);
  console.log(`== HA ${part}: ${rs.filter((r) => r.ok).length}/${rs.length}`);
  for (const r of rs.filter((x) => !x.ok).slice(0, 20)) console.log(`  miss HA ${part}: "${r.row.text}" → ${r.why}`);
}
