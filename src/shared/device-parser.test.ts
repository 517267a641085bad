import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PARSER_ENUMS, parseDevice } from './device-parser';
import { CapabilityKind, Device, DeviceHealth, Protocol } from './model';

// The schema without its fast path: what every answer must agree with.
const { fallbackRun } = (Device as unknown as { _zod: { bag: { fallbackRun: (p: { value: unknown; issues: unknown[] }, ctx: object) => { value: unknown; issues: unknown[] } } } })._zod.bag;
const runtime = (x: unknown) => {
  const r = fallbackRun({ value: x, issues: [] }, {});
  return r.issues.length ? { success: false as const } : { success: true as const, data: r.value };
};

// Mostly valid, now and then a value at or past a limit: each generated device is near the schema's edge.
const often = <T, U>(ok: fc.Arbitrary<T>, edge: fc.Arbitrary<U>) => fc.oneof({ arbitrary: ok, weight: 6 }, { arbitrary: edge, weight: 1 });
const edgeString = (max: number) => often(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ minLength: max, maxLength: max + 1 }), fc.constant(''), fc.constant('😀'.repeat(Math.ceil(max / 2) + 1)), fc.integer(), fc.constant(undefined)));
const edgeNumber = often(fc.integer(), fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, -1, 1e308), fc.constant('1'), fc.constant(null)));
const value = often(fc.oneof(fc.boolean(), fc.integer(), fc.constant(null), fc.record({ hue: fc.integer({ min: 0, max: 360 }), saturation: fc.integer({ min: 0, max: 100 }) })),
  fc.oneof(edgeNumber, fc.record({ hue: edgeNumber, saturation: edgeNumber }), fc.record({ hue: fc.integer({ min: 0, max: 360 }), saturation: fc.integer({ min: 0, max: 100 }), extra: fc.string() }), fc.string(), fc.constant([])));
const capability = fc.record(
  {
    id: often(fc.string({ minLength: 1, maxLength: 5 }), edgeString(64)), kind: often(fc.constantFrom(...CapabilityKind.options), fc.string()), label: edgeString(64), writable: often(fc.boolean(), fc.constant(1)),
    unit: edgeString(16), min: edgeNumber, max: edgeNumber, step: often(fc.integer({ min: 1 }), edgeNumber), measure: edgeString(32), extra: fc.string(),
  },
  { requiredKeys: ['id', 'kind', 'writable'] },
);
const key = often(fc.string({ minLength: 1, maxLength: 5 }), fc.constantFrom('__proto__', 'toString', '0', ''));
const recordOf = <T,>(v: fc.Arbitrary<T>) => often(fc.dictionary(key, v, { maxKeys: 4 }), fc.oneof(fc.constant(null), fc.constant([]), fc.constant(Object.create(null)), fc.constant(Object.assign(Object.create(null), { a: 1 }))));
const device = fc.record(
  {
    id: often(fc.string(), fc.integer()), protocol: often(fc.constantFrom(...Protocol.options), fc.string()), name: often(fc.string(), fc.constant(null)),
    areaId: often(fc.oneof(fc.string(), fc.constant(null)), fc.constant(undefined)), manufacturer: fc.string(), model: fc.string(), firmware: often(fc.oneof(fc.string(), fc.constant(null)), fc.integer()),
    capabilities: often(fc.array(capability, { maxLength: 3 }), fc.constant({})), state: recordOf(value), stateAt: recordOf(edgeNumber),
    health: often(fc.constantFrom(...DeviceHealth.options), fc.string()), lastSeen: often(fc.oneof(fc.integer(), fc.constant(null)), edgeNumber), extra: fc.anything(),
  },
  { requiredKeys: ['id', 'protocol', 'name', 'manufacturer', 'model', 'firmware', 'capabilities', 'state', 'stateAt', 'health', 'lastSeen'] },
);
const good = fc.record({
  id: fc.string({ minLength: 1 }), protocol: fc.constantFrom(...Protocol.options), name: fc.string(), areaId: fc.oneof(fc.string(), fc.constant(null)),
  manufacturer: fc.string(), model: fc.string(), firmware: fc.oneof(fc.string(), fc.constant(null)),
  capabilities: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), kind: fc.constantFrom(...CapabilityKind.options), writable: fc.boolean(), unit: fc.constantFrom('%', 'W', '°C'), min: fc.integer(), max: fc.integer() }, { requiredKeys: ['id', 'kind', 'writable'] }), { maxLength: 4 }),
  state: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'), fc.oneof(fc.boolean(), fc.integer(), fc.constant(null), fc.record({ hue: fc.integer({ min: 0, max: 360 }), saturation: fc.integer({ min: 0, max: 100 }) }))),
  stateAt: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'), fc.integer({ min: 0 })),
  health: fc.constantFrom(...DeviceHealth.options), lastSeen: fc.oneof(fc.integer({ min: 0 }), fc.constant(null)),
});

describe('the Device schema’s fast path', () => {
  it('knows the schema’s enums', () => {
    expect([...PARSER_ENUMS.protocols]).toEqual(Protocol.options);
    expect([...PARSER_ENUMS.kinds]).toEqual(CapabilityKind.options);
    expect([...PARSER_ENUMS.healths]).toEqual(DeviceHealth.options);
  });

  it('never accepts what the schema refuses, and gives what it gives when it accepts', () => {
    let decided = 0;
    fc.assert(
      fc.property(device, (d) => {
        const fast = parseDevice(d);
        decided += fast === null ? 0 : 1;
        if (fast === null) return;
        const slow = runtime(d);
        expect(slow.success).toBe(true);
        expect(fast).toStrictEqual(slow.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
      }),
      { numRuns: 3000 },
    );
    // Both ways taken often enough to mean something.
    expect(decided).toBeGreaterThan(100);
    expect(decided).toBeLessThan(2900);
  });

  it('decides the usual device itself, a fresh copy without unknown keys', () => {
    fc.assert(
      fc.property(good, (d) => {
        const fast = parseDevice({ ...d, internal: 1 });
        expect(fast).toStrictEqual(runtime(d).success && runtime(d).data);
        expect(fast).not.toBe(d);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a broken device to the schema, which says what is wrong', () => {
    const d = { id: 'zwave:2', protocol: 'zwave', name: 'Lamp', areaId: null, manufacturer: 'A', model: 'B', firmware: null, capabilities: [{ id: 'level', kind: 'level', writable: true, max: Infinity }], state: {}, stateAt: {}, health: 'online', lastSeen: null };
    const r = z.array(Device).safeParse([d]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([0, 'capabilities', 0, 'max']);
  });
});
