// Copies what Hearth needs out of a matter.js ClientNode (the controller's cache of a device) into plain data.
import type { EndpointSnapshot } from './mapping';
import type { ClientNode, Endpoint } from './matterjs';

/** Clusters the capability mapping reads (matter.js behavior ids). */
export const MAPPED_CLUSTERS = [
  'onOff',
  'levelControl',
  'colorControl',
  'thermostat',
  'windowCovering',
  'doorLock',
  'temperatureMeasurement',
  'relativeHumidityMeasurement',
  'illuminanceMeasurement',
  'occupancySensing',
  'booleanState',
  'electricalPowerMeasurement',
  'electricalEnergyMeasurement',
  'powerSource',
] as const;

const MAPPED = new Set<string>(MAPPED_CLUSTERS);

export interface DeviceInfo {
  vendorName: string;
  productName: string;
  nodeLabel: string | null;
  softwareVersion: string | null;
  serialNumber: string | null;
}

/** Deep copy into plain JSON-like values (bigint and bytes kept), detaching matter.js's managed proxies. */
export function plain(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

type StateBag = Record<string, Record<string, unknown> | undefined>;

function stateOf(endpoint: Endpoint, cluster: string): Record<string, unknown> | undefined {
  if (!(cluster in endpoint.behaviors.supported)) return undefined;
  const state = (endpoint.state as unknown as StateBag)[cluster];
  return state ? (plain(state) as Record<string, unknown>) : undefined;
}

/** All endpoints of the node (nested parts included, e.g. bridged devices). */
export function endpointsOf(node: ClientNode): Endpoint[] {
  const out: Endpoint[] = [];
  const walk = (ep: Endpoint) => {
    out.push(ep);
    for (const part of ep.parts) walk(part);
  };
  walk(node);
  return out;
}

export function findEndpoint(node: ClientNode, number: number): Endpoint | undefined {
  return endpointsOf(node).find((ep) => ep.maybeNumber === number);
}

export function snapshotEndpoint(endpoint: Endpoint): EndpointSnapshot {
  const descriptor = stateOf(endpoint, 'descriptor');
  const types = (descriptor?.deviceTypeList as { deviceType: number }[] | undefined) ?? [];
  const clusters: EndpointSnapshot['clusters'] = {};
  for (const id of Object.keys(endpoint.behaviors.supported)) {
    if (!MAPPED.has(id)) continue;
    const state = stateOf(endpoint, id);
    if (state) clusters[id] = state;
  }
  return { endpoint: endpoint.maybeNumber ?? 0, deviceTypes: types.map((t) => t.deviceType), clusters };
}

export function snapshotNode(node: ClientNode): EndpointSnapshot[] {
  return endpointsOf(node)
    .filter((ep) => ep.maybeNumber !== undefined)
    .map(snapshotEndpoint);
}

export function deviceInfo(node: ClientNode): DeviceInfo {
  const basic = stateOf(node, 'basicInformation') ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim().length > 0 ? v.trim() : null);
  return {
    vendorName: text(basic.vendorName) ?? 'Unknown vendor',
    productName: text(basic.productName) ?? 'Matter device',
    nodeLabel: text(basic.nodeLabel),
    softwareVersion: text(basic.softwareVersionString),
    serialNumber: text(basic.serialNumber),
  };
}
