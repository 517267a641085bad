// Runs Electronegativity's scanner (its package's own entry point) and writes its findings as JSON, in one synchronous
// write. The tool's CSV output (-o findings.csv) writes the header and the rows with two unordered asynchronous
// writes to one file, so on a busy machine the header can land over the first row (seen once in CI: "columns
// length is 8, got 3 on line 2"). Usage: node scripts/electronegativity-json.mjs <input dir> <electron version> <out.json>
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [input, electronVersion, out] = process.argv.slice(2);
if (!input || !electronVersion || !out) {
  console.error('usage: node scripts/electronegativity-json.mjs <input dir> <electron version> <out.json>');
  process.exit(2);
}
const run = createRequire(import.meta.url)('@doyensec/electronegativity');
const result = await run({ input: resolve(input), isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] }, false);
const findings = result.issues.map((i) => ({ check: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location.line, sample: i.sample ?? '' }));
writeFileSync(out, JSON.stringify({ errors: result.errors.length, findings }, null, 1));
