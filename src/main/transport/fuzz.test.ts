// Property-based fuzzing of every request of the contract, through the same dispatcher the window, the hub and
// the API use, against a live core with the demo home's devices: whatever arrives — any JSON, or an object
// with the request's own field names holding anything — the answer is a reply (never a throw, never a hang),
// and a refusal is a typed error, never INTERNAL (which would mean a handler crashed on input it let through); an
// answer still fits the contract after JSON, as the hub sends it.
// A quick slice runs in `npm test`; HEARTH_FUZZ_RUNS raises it (the soak runs ≥ 1,000,000 inputs).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { requestNames, requests, type RequestName } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

const RUNS = Number(process.env.HEARTH_FUZZ_RUNS ?? 25);
const CALL_TIMEOUT_MS = 10_000;
// The soak's thousands of runs per request take a while on two cores.
const TEST_TIMEOUT_MS = Math.max(600_000, RUNS * 2_000);

/** Requests whose valid inputs would end the run itself (erase everything, re-key the database). */
const SPARED = new Set<RequestName>(['privacy.erase', 'security.setDatabaseEncryption', 'security.rotateDatabaseKey']);

/** The field names of a request's input object (through defaults, optionals and pipes), if it is one. */
function fieldNames(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 5; i++) {
    const def = (s as { def?: { type?: string; innerType?: unknown; in?: unknown } }).def;
    if (!def) break;
    if (def.type === 'object') return Object.keys((s as z.ZodObject).shape);
    s = def.innerType ?? def.in ?? null;
    if (!s) break;
  }
  return [];
}

/** Values that tend to break handlers: wrong types, edges of numbers, long and odd strings, ids that exist. */
function nasty(ids: string[]) {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53, '', ' ', '\u0000', '../../etc/passwd', '%00', '🔥'.repeat(50), 'a'.repeat(5000), '__proto__', 'constructor'),
    fc.constantFrom(...ids),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
  );
}

describe('fuzzing every request', () => {
  const dir = tempDir('hearth-fuzz-');
  let f: Fixture;
  let ids: string[] = [];
  beforeAll(async () => {
    f = await demoCore(dir);
    ids = [...f.core.devices.list().map((d) => d.id), ...f.core.devices.areas().map((a) => a.id), 'zwave:1-2', 'zigbee:0x00', 'matter:1'];
  });
  afterAll(async () => f?.core.stop());

  async function call(name: string, input: unknown): Promise<void> {
    const reply = await Promise.race([
      f.core.dispatch(name as RequestName, input as never, { actor: 'fuzz' }),
      new Promise<'hang'>((r) => setTimeout(() => r('hang'), CALL_TIMEOUT_MS).unref()),
    ]);
    expect(reply, `${name} hung on ${JSON.stringify(input)?.slice(0, 200)}`).not.toBe('hang');
    const r = reply as { ok: boolean; result?: unknown; error?: { code: unknown; message: unknown } };
    if (r.ok) {
      // What the hub's browsers get: the answer after JSON, which must still be what the contract promises.
      const sent = r.result === undefined ? undefined : JSON.parse(JSON.stringify(r.result));
      const kept = requests[name as RequestName].output.safeParse(sent);
      expect(kept.success, `${name}: its answer no longer fits the contract after JSON: ${kept.error?.issues.slice(0, 2).map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`).toBe(true);
      return;
    }
    expect(ErrorCode.safeParse(r.error?.code).success, `${name}: untyped error`).toBe(true);
    expect(typeof r.error?.message).toBe('string');
    expect(r.error?.code, `${name} crashed on ${JSON.stringify(input)?.slice(0, 300)}: ${String(r.error?.message)}`).not.toBe('INTERNAL');
  }

  it('any JSON, and unknown methods', { timeout: TEST_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...requestNames, 'no.such.method', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 4 }), async (name, input) => {
        if (SPARED.has(name as RequestName)) return;
        await call(name, input);
      }),
      { numRuns: RUNS * requestNames.length },
    );
  });

  it("objects with the request's own field names holding anything", { timeout: TEST_TIMEOUT_MS }, async () => {
    const shaped = requestNames.filter((n) => !SPARED.has(n) && fieldNames(requests[n].input as z.ZodType).length > 0);
    expect(shaped.length).toBeGreaterThan(40);
    for (const name of shaped) {
      const fields = fieldNames(requests[name].input as z.ZodType);
      const input = fc.record(Object.fromEntries(fields.map((k) => [k, nasty(ids)])), { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(input, async (value) => call(name, value)),
        { numRuns: RUNS },
      );
    }
  });

  it('plain-English text: any string, and word salad from the language Hearth knows', { timeout: TEST_TIMEOUT_MS }, async () => {
    const words = ['turn', 'off', 'on', 'the', 'lights', 'lamp', 'kitchen', 'at', '7pm', 'every', 'day', 'dim', 'to', '50%', 'and', 'not', 'unless', 'after', 'sunset', 'warmer', 'by', '3', 'degrees', 'all', 'except', 'it', 'undo', 'Floor Lamp', 'Ceiling Light', 'Thermostat', '°F', 'minutes', 'if', 'when', 'door', 'opens'];
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((w) => w.join(' ')));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        await call('plans.preview', { text: t });
        await call('automations.fromText', { text: t });
      }),
      { numRuns: RUNS * 8 },
    );
  });
});
