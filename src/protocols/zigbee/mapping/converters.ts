// Bridge to zigbee-herdsman-converters: find a device's definition, run its fromZigbee converters
// on incoming messages and its toZigbee converters for commands (as Zigbee2MQTT does).
import { type Events, type Models, zhc } from '../herdsman';
import type { ExposeLike } from './capabilities';

export type Definition = zhc.Definition;
type Device = Models.Device;
type Endpoint = Models.Endpoint;
type KeyValue = Record<string, unknown>;

export async function findDefinition(device: Device): Promise<Definition | undefined> {
  if (!device.modelID && !device.manufacturerName) return undefined;
  return await zhc.findByDevice(device, false);
}

export function exposesOf(definition: Definition, device: Device): ExposeLike[] {
  const exposes = typeof definition.exposes === 'function' ? definition.exposes(device, {}) : definition.exposes;
  return exposes as unknown as ExposeLike[];
}

/** Runs the matching fromZigbee converters; returns the merged payload (possibly empty). */
export async function fromZigbee(definition: Definition, message: Events.MessagePayload, state: KeyValue): Promise<KeyValue> {
  const payload: KeyValue = {};
  const meta = { state, device: message.device, deviceExposesChanged: () => undefined };
  for (const converter of definition.fromZigbee) {
    const types = Array.isArray(converter.type) ? converter.type : [converter.type];
    if (converter.cluster !== message.cluster || !types.includes(message.type)) continue;
    // The converters' message type is generic over every cluster; herdsman's payload is its runtime shape.
    const converted = await converter.convert(definition, message as never, () => undefined, {}, meta);
    if (converted) Object.assign(payload, converted);
  }
  if (Object.keys(payload).length > 0) zhc.postProcessConvertedFromZigbeeMessage(definition, payload, {}, message.device);
  return payload;
}

function endpointFor(definition: Definition, device: Device, endpointName: string | undefined): Endpoint | undefined {
  const map = definition.endpoint?.(device);
  if (endpointName) {
    const id = map?.[endpointName];
    return id === undefined ? undefined : device.getEndpoint(id);
  }
  const defaultId = map?.default;
  return (defaultId !== undefined ? device.getEndpoint(defaultId) : undefined) ?? device.endpoints[0];
}

function converterFor(definition: Definition, key: string, endpointName: string | undefined): zhc.Tz.Converter | undefined {
  return definition.toZigbee.find((c) => (!c.key || c.key.includes(key)) && (!c.endpoints || !endpointName || c.endpoints.includes(endpointName)));
}

function tzMeta(definition: Definition, device: Device, key: string, value: unknown, state: KeyValue, endpointName: string | undefined): zhc.Tz.Meta {
  return {
    message: { [key]: value },
    device,
    mapped: definition,
    options: {},
    state,
    endpoint_name: endpointName,
    publish: () => undefined,
    deviceExposesChanged: () => undefined,
  };
}

export type SetOutcome = { ok: true; state: KeyValue } | { ok: false; reason: 'no-converter' | 'no-endpoint' };

/** Sends `key = value` through the definition's toZigbee converter. Throws what herdsman throws. */
export async function toZigbee(definition: Definition, device: Device, key: string, value: unknown, state: KeyValue, endpointName?: string): Promise<SetOutcome> {
  const converter = converterFor(definition, key, endpointName);
  if (!converter?.convertSet) return { ok: false, reason: 'no-converter' };
  const endpoint = endpointFor(definition, device, endpointName);
  if (!endpoint) return { ok: false, reason: 'no-endpoint' };
  const result = await converter.convertSet(endpoint, key, value, tzMeta(definition, device, key, value, state, endpointName));
  return { ok: true, state: (result && 'state' in result && result.state) || {} };
}

/** Asks the device for the current value of `key` (the answer arrives as a message). */
export async function readBack(definition: Definition, device: Device, key: string, state: KeyValue, endpointName?: string): Promise<boolean> {
  const converter = converterFor(definition, key, endpointName);
  const endpoint = endpointFor(definition, device, endpointName);
  if (!converter?.convertGet || !endpoint) return false;
  await converter.convertGet(endpoint, key, tzMeta(definition, device, key, undefined, state, endpointName));
  return true;
}

/**
 * Asks the device once for every value it can be asked for (on/off, level, colour temperature...),
 * so Hearth knows its state before the first report. Failures are ignored: reports follow anyway.
 */
export async function readInitialState(definition: Definition, device: Device, keys: Array<{ property: string; endpoint?: string | undefined }>, state: KeyValue): Promise<void> {
  const seen = new Set<string>();
  for (const k of keys) {
    const id = `${k.endpoint ?? ''}|${k.property}`;
    if (seen.has(id)) continue;
    seen.add(id);
    await readBack(definition, device, k.property, state, k.endpoint).catch(() => false);
  }
}

/** Runs the definition's configure step (bindings, reporting), as Zigbee2MQTT does after pairing. */
export async function configure(definition: Definition, device: Device, coordinatorEndpoint: Endpoint): Promise<void> {
  await definition.configure?.(device, coordinatorEndpoint, definition);
}
