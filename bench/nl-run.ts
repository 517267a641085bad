// Runs the NL benchmark on its own: `npx tsx bench/nl-run.ts`.
import { run } from './nl';

await run((name, value, unit) => console.log(`BENCH ${name} ${value} ${unit}`));
