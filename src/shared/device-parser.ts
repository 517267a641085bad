// The fast path of the Device schema (model.ts): a plain function that reads the usual device and builds the same
// fresh value zod would (unknown keys left out), or answers null for anything else, which the schema then judges
// itself. It is deliberately narrow: anything unusual (a string near its length limit, a key named __proto__, an
// object that is not plain) is null, never a guess. device-parser.test.ts checks it against the schema on
// generated devices, valid and broken.
import type { Capability, CapabilityValue, Device } from './model';

type Out = Record<string, unknown>;
const PROTOCOLS: ReadonlySet<unknown> = new Set(['zwave', 'zigbee', 'matter', 'mqtt']);
const KINDS: ReadonlySet<unknown> = new Set(['onOff', 'level', 'colorTemp', 'color', 'setpoint', 'cover', 'lock', 'meter', 'battery', 'sensor']);
const HEALTHS: ReadonlySet<unknown> = new Set(['online', 'offline', 'interviewing', 'unknown']);

/** The sets above, for the test that holds them equal to the schema's enums. */
export const PARSER_ENUMS = { protocols: PROTOCOLS, kinds: KINDS, healths: HEALTHS };

const plain = (x: unknown): x is Out => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};
const str = (x: unknown, max = Infinity): x is string => typeof x === 'string' && x.length <= max;
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** Own string keys only, none of them __proto__ (JSON.parse makes such a key; the schema has its own rule). */
const keysOf = (o: Out): string[] | null => {
  if (Object.getOwnPropertySymbols(o).length) return null;
  const keys = Object.getOwnPropertyNames(o);
  for (const k of keys) if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(o, k)) return null;
  return keys;
};

function value(v: unknown): CapabilityValue | undefined {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (!plain(v)) return undefined;
  const { hue, saturation } = v;
  if (!num(hue) || hue < 0 || hue > 360 || !num(saturation) || saturation < 0 || saturation > 100) return undefined;
  return { hue, saturation };
}

function capability(c: unknown): Capability | null {
  if (!plain(c)) return null;
  if (!str(c.id, 64) || c.id.length < 1 || !KINDS.has(c.kind) || typeof c.writable !== 'boolean') return null;
  const out: Out = { id: c.id, kind: c.kind };
  // Optional keys: present in the output when present in the input (as zod does), undefined allowed.
  if ('label' in c) {
    if (c.label !== undefined && !str(c.label, 64)) return null;
    out.label = c.label;
  }
  out.writable = c.writable;
  if ('unit' in c) {
    if (c.unit !== undefined && !str(c.unit, 16)) return null;
    out.unit = c.unit;
  }
  for (const k of ['min', 'max'] as const) {
    if (!(k in c)) continue;
    if (c[k] !== undefined && !num(c[k])) return null;
    out[k] = c[k];
  }
  if ('step' in c) {
    if (c.step !== undefined && !(num(c.step) && c.step > 0)) return null;
    out.step = c.step;
  }
  if ('measure' in c) {
    if (c.measure !== undefined && !str(c.measure, 32)) return null;
    out.measure = c.measure;
  }
  return out as Capability;
}

function record<T>(r: unknown, item: (v: unknown) => T | undefined): Record<string, T> | null {
  if (!plain(r)) return null;
  const keys = keysOf(r);
  if (!keys) return null;
  const out: Record<string, T> = {};
  for (const k of keys) {
    const v = item(r[k]);
    if (v === undefined) return null;
    out[k] = v;
  }
  return out;
}

/** The device zod's Device schema would give for `d`, or null when this fast path does not decide. */
export function parseDevice(d: unknown): Device | null {
  if (!plain(d)) return null;
  if (!str(d.id) || !PROTOCOLS.has(d.protocol) || !str(d.name) || !(d.areaId === null || str(d.areaId))) return null;
  if (!str(d.manufacturer) || !str(d.model) || !(d.firmware === null || str(d.firmware))) return null;
  if (!Array.isArray(d.capabilities) || !HEALTHS.has(d.health) || !(d.lastSeen === null || num(d.lastSeen))) return null;
  const capabilities: Capability[] = new Array(d.capabilities.length);
  for (let i = 0; i < d.capabilities.length; i++) {
    const c = capability(d.capabilities[i]);
    if (!c) return null;
    capabilities[i] = c;
  }
  const state = record(d.state, value);
  const stateAt = record(d.stateAt, (v) => (num(v) ? v : undefined));
  if (!state || !stateAt) return null;
  return {
    id: d.id, protocol: d.protocol as Device['protocol'], name: d.name, areaId: d.areaId, manufacturer: d.manufacturer, model: d.model,
    firmware: d.firmware, capabilities, state, stateAt, health: d.health as Device['health'], lastSeen: d.lastSeen,
  };
}
