// For the property-based fuzz tests only (issue 16): how many runs, odd input, and the one rule every parser of
// outside input keeps — a result, or Hearth's typed error with a clear message, never another exception.
import fc from 'fast-check';
import { HearthError } from './errors';

/** Runs per property: a quick slice in `npm test`; HEARTH_FUZZ_RUNS raises it (the soak). */
export const FUZZ_RUNS = Math.max(50, Math.round(Number(process.env.HEARTH_FUZZ_RUNS ?? 25) * 4));
export const FUZZ_TIMEOUT_MS = Math.max(120_000, FUZZ_RUNS * 200);

const odd = fc.constantFrom('', ' ', '\u0000', '\uFFFF', '🔥', '{', '}', '[]', 'null', '1e999', '-0', 'NaN', '__proto__', 'constructor', 'a'.repeat(5000));
/** Any text: unicode, binary, the odd strings above, and JSON of anything. */
export const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), odd, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''));

/** Runs `f`; a throw must be Hearth's typed error, never anything else. */
export function typedOrValue<T>(f: () => T): T | HearthError {
  try {
    return f();
  } catch (e) {
    if (e instanceof HearthError) return e;
    throw new Error(`not a typed error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}
