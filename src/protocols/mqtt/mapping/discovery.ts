// Home Assistant MQTT discovery messages: `<prefix>/<component>/[<node_id>/]<object_id>/config`, a JSON object
// that may use abbreviated keys and the `~` base topic. Read with zod; anything wrong is a readable rejection.
import { z } from 'zod';
import { ABBREVIATIONS, DEVICE_ABBREVIATIONS } from './abbreviations';

export const COMPONENTS = ['light', 'switch', 'sensor', 'binary_sensor', 'climate', 'cover', 'lock', 'fan', 'number', 'select'] as const;
export type Component = (typeof COMPONENTS)[number];

export interface DiscoveryTopic {
  component: string;
  nodeId: string | null;
  objectId: string;
}

const SEGMENT = /^[a-zA-Z0-9_-]+$/;

/** The parts of a discovery topic, or null when it is not one. */
export function parseDiscoveryTopic(prefix: string, topic: string): DiscoveryTopic | null {
  if (!topic.startsWith(`${prefix}/`) || !topic.endsWith('/config')) return null;
  const parts = topic.slice(prefix.length + 1, -'/config'.length).split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => SEGMENT.test(p))) return null;
  const [component, a, b] = parts as [string, string, string | undefined];
  return b === undefined ? { component, nodeId: null, objectId: a } : { component, nodeId: a, objectId: b };
}

const topic = z.string().min(1).max(512).refine((t) => !/[+#]/.test(t), 'a topic to read or write has no wildcards');
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const text = z.string().max(256);
/** Numbers as numbers or as numeric strings (HA's own examples write "min_temp": "15"). */
const numeric = z.union([z.number().finite(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)], { error: 'expected a number (like 21 or "21.5")' });

const Availability = z.object({
  topic,
  payload_available: scalar.optional(),
  payload_not_available: scalar.optional(),
  value_template: z.string().max(512).optional(),
});

const DeviceBlock = z
  .object({
    identifiers: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    connections: z.array(z.tuple([z.string(), z.string()])).optional(),
    name: text.optional(),
    manufacturer: text.optional(),
    model: text.optional(),
    sw_version: text.optional(),
    suggested_area: text.optional(),
  })
  .passthrough();

/** The keys Hearth reads; others pass through untouched. */
export const DiscoveryConfig = z
  .object({
    name: z.union([text, z.null()]).optional(),
    unique_id: z.string().min(1).max(256).optional(),
    object_id: z.string().max(256).optional(),
    device: DeviceBlock.optional(),
    availability_topic: topic.optional(),
    payload_available: scalar.optional(),
    payload_not_available: scalar.optional(),
    availability: z.array(Availability).max(16).optional(),
    availability_mode: z.enum(['all', 'any', 'latest']).optional(),
    state_topic: topic.optional(),
    command_topic: topic.optional(),
    value_template: z.string().max(512).optional(),
    state_value_template: z.string().max(512).optional(),
    command_template: z.string().max(512).optional(),
    schema: z.enum(['default', 'basic', 'json', 'template']).optional(),
    payload_on: scalar.optional(),
    payload_off: scalar.optional(),
    state_on: scalar.optional(),
    state_off: scalar.optional(),
    brightness: z.boolean().optional(),
    brightness_scale: numeric.pipe(z.number().int().positive().max(65535)).optional(),
    brightness_state_topic: topic.optional(),
    brightness_command_topic: topic.optional(),
    brightness_value_template: z.string().max(512).optional(),
    color_mode: z.boolean().optional(),
    supported_color_modes: z.array(z.string().max(32)).max(16).optional(),
    color_temp_state_topic: topic.optional(),
    color_temp_command_topic: topic.optional(),
    color_temp_value_template: z.string().max(512).optional(),
    hs_state_topic: topic.optional(),
    hs_command_topic: topic.optional(),
    hs_value_template: z.string().max(512).optional(),
    rgb_state_topic: topic.optional(),
    rgb_command_topic: topic.optional(),
    rgb_value_template: z.string().max(512).optional(),
    mode_state_topic: topic.optional(),
    mode_command_topic: topic.optional(),
    mode_state_template: z.string().max(512).optional(),
    modes: z.array(z.string().max(32)).min(1).max(16).optional(),
    min_mireds: numeric.pipe(z.number().positive()).optional(),
    max_mireds: numeric.pipe(z.number().positive()).optional(),
    min_kelvin: numeric.pipe(z.number().positive()).optional(),
    max_kelvin: numeric.pipe(z.number().positive()).optional(),
    color_temp_kelvin: z.boolean().optional(),
    unit_of_measurement: z.union([z.string().max(16), z.null()]).optional(),
    device_class: z.union([z.string().max(32), z.null()]).optional(),
    temperature_state_topic: topic.optional(),
    temperature_command_topic: topic.optional(),
    temperature_state_template: z.string().max(512).optional(),
    current_temperature_topic: topic.optional(),
    current_temperature_template: z.string().max(512).optional(),
    min_temp: numeric.optional(),
    max_temp: numeric.optional(),
    temp_step: numeric.pipe(z.number().positive()).optional(),
    position_topic: topic.optional(),
    set_position_topic: topic.optional(),
    position_template: z.string().max(512).optional(),
    position_open: numeric.optional(),
    position_closed: numeric.optional(),
    payload_open: z.union([scalar, z.null()]).optional(),
    payload_close: z.union([scalar, z.null()]).optional(),
    state_open: scalar.optional(),
    state_closed: scalar.optional(),
    payload_lock: scalar.optional(),
    payload_unlock: scalar.optional(),
    state_locked: scalar.optional(),
    state_unlocked: scalar.optional(),
    code_format: z.string().max(256).optional(),
    percentage_state_topic: topic.optional(),
    percentage_command_topic: topic.optional(),
    percentage_value_template: z.string().max(512).optional(),
    percentage_command_template: z.string().max(512).optional(),
    speed_range_min: numeric.pipe(z.number().int()).optional(),
    speed_range_max: numeric.pipe(z.number().int()).optional(),
    min: numeric.optional(),
    max: numeric.optional(),
    step: numeric.pipe(z.number().positive()).optional(),
    options: z.array(z.string().max(64)).min(1).max(64).optional(),
    optimistic: z.boolean().optional(),
  })
  .passthrough();
export type DiscoveryConfig = z.infer<typeof DiscoveryConfig>;

export type DiscoveryParse = { ok: true; config: DiscoveryConfig } | { ok: false; reason: string };

function expandKeys(obj: Record<string, unknown>, table: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) out[table[k] ?? k] = v;
  return out;
}

function expandBase(value: unknown, base: string | undefined): unknown {
  if (base === undefined || typeof value !== 'string') return value;
  if (value.startsWith('~')) return base + value.slice(1);
  if (value.endsWith('~')) return value.slice(0, -1) + base;
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a discovery payload: JSON, keys expanded, `~` applied, checked. Never throws. */
export function parseDiscoveryPayload(payload: string): DiscoveryParse {
  if (payload.length > 64 * 1024) return { ok: false, reason: `the message is ${payload.length} bytes; a discovery message is at most 64 KB` };
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'the message is not JSON' };
  }
  if (!isObject(raw)) return { ok: false, reason: 'the message is not a JSON object' };
  const expanded = expandKeys(raw, ABBREVIATIONS);
  const base = typeof expanded['~'] === 'string' ? expanded['~'] : undefined;
  for (const [k, v] of Object.entries(expanded)) if (k === 'topic' || k.endsWith('_topic')) expanded[k] = expandBase(v, base);
  if (isObject(expanded.device)) expanded.device = expandKeys(expanded.device, DEVICE_ABBREVIATIONS);
  if (Array.isArray(expanded.availability)) {
    expanded.availability = expanded.availability.map((a: unknown) => {
      if (!isObject(a)) return a;
      const e = expandKeys(a, ABBREVIATIONS);
      e.topic = expandBase(e.topic, base);
      return e;
    });
  }
  const parsed = DiscoveryConfig.safeParse(expanded);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return { ok: false, reason: `${first.path.join('.') || 'the message'}: ${first.message}` };
  }
  return { ok: true, config: parsed.data };
}
