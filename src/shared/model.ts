// Protocol-neutral device model: a device is a set of capabilities (see ARCHITECTURE.md, "Capabilities, not device types").
import { z } from 'zod';
import { INVALID, withParser } from 'zod/v4/core';
import { parseDevice } from './device-parser';

export const Protocol = z.enum(['zwave', 'zigbee', 'matter', 'mqtt']);
export type Protocol = z.infer<typeof Protocol>;
/** Each protocol's name as people write it. */
export const PROTOCOL_NAMES: Record<Protocol, string> = { zwave: 'Z-Wave', zigbee: 'Zigbee', matter: 'Matter', mqtt: 'MQTT' };

export const CapabilityKind = z.enum([
  'onOff', // boolean: true = on
  'level', // number 0..100 (%)
  'colorTemp', // number, kelvin
  'color', // { hue 0..360, saturation 0..100 }
  'setpoint', // number, °C (target temperature)
  'cover', // number 0..100 (% open)
  'lock', // boolean: true = locked
  'meter', // number in `unit` (W, kWh, V, A, ...)
  'battery', // number 0..100 (%)
  'sensor', // number in `unit` (temperature, humidity, illuminance...) or boolean (contact, motion...)
]);
export type CapabilityKind = z.infer<typeof CapabilityKind>;

export const HueSat = z.object({ hue: z.number().min(0).max(360), saturation: z.number().min(0).max(100) });
export type HueSat = z.infer<typeof HueSat>;

/** A capability's value; null means "not known yet". */
export const CapabilityValue = z.union([z.boolean(), z.number().finite(), HueSat, z.null()]);
export type CapabilityValue = z.infer<typeof CapabilityValue>;

export const Capability = z.object({
  /** Unique within the device, stable across restarts, e.g. "onOff", "meter.power", "ep2.level". */
  id: z.string().min(1).max(64),
  kind: CapabilityKind,
  /** Human label for devices with several capabilities of one kind ("Power", "Energy"). */
  label: z.string().max(64).optional(),
  writable: z.boolean(),
  unit: z.string().max(16).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  step: z.number().positive().optional(),
  /** For sensor/meter: what is measured ("temperature", "humidity", "power", "energy", "contact", "motion"...). */
  measure: z.string().max(32).optional(),
});
export type Capability = z.infer<typeof Capability>;

export const DeviceHealth = z.enum(['online', 'offline', 'interviewing', 'unknown']);
export type DeviceHealth = z.infer<typeof DeviceHealth>;

const DeviceShape = z.object({
  id: z.string(),
  protocol: Protocol,
  name: z.string(),
  areaId: z.string().nullable(),
  manufacturer: z.string(),
  model: z.string(),
  firmware: z.string().nullable(),
  capabilities: z.array(Capability),
  state: z.record(z.string(), CapabilityValue),
  /** When each state value was last reported by the device (ms since epoch). */
  stateAt: z.record(z.string(), z.number()),
  health: DeviceHealth,
  lastSeen: z.number().nullable(),
});
export type Device = z.infer<typeof DeviceShape>;
/**
 * A device, checked in full wherever one crosses a boundary (the core's answers, the window's reading of them).
 * The check is the schema above; parseDevice (device-parser.ts) is its fast path for the usual device, so a list of
 * thousands is read quickly where code cannot be generated (the page's CSP forbids eval); anything it does not
 * accept is judged by the schema itself, with its usual errors.
 */
export const Device = withParser(DeviceShape, (input) => parseDevice(input) ?? INVALID);

export const Area = z.object({
  id: z.string(),
  name: z.string().min(1).max(64),
  floor: z.string().max(64).nullable(),
  sortOrder: z.number().int(),
});
export type Area = z.infer<typeof Area>;

/** Which values a capability kind accepts when commanded. */
const commandSchemas = new WeakMap<Capability, z.ZodType<CapabilityValue>>();

/** The values a command to this capability may carry (built once per capability: every command checks one). */
export function commandValueSchema(cap: Capability): z.ZodType<CapabilityValue> {
  let schema = commandSchemas.get(cap);
  if (!schema) commandSchemas.set(cap, (schema = buildCommandValueSchema(cap)));
  return schema;
}

function buildCommandValueSchema(cap: Capability): z.ZodType<CapabilityValue> {
  const ranged = (lo: number, hi: number) => z.number().finite().min(cap.min ?? lo).max(cap.max ?? hi);
  switch (cap.kind) {
    case 'onOff':
    case 'lock':
      return z.boolean();
    case 'level':
    case 'cover':
      return ranged(0, 100);
    case 'colorTemp':
      return ranged(1000, 10000);
    case 'color':
      return HueSat;
    case 'setpoint':
      return ranged(-50, 100);
    case 'meter':
    case 'battery':
    case 'sensor':
      return z.never();
  }
}
