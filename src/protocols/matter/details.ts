// A commissioned device described for "Device details": its node id on Hearth's fabric, endpoints with their device
// types and clusters (by Matter name), what Hearth can do with it and how it is powered. Plain values only.
import type { DeviceDetails, DeviceEndpoint } from '../../shared/integration';
import type { TrackedDevice } from './device-registry';
import { Matter } from './matterjs';
import type { Endpoint } from './matterjs';
import { deviceInfo, endpointsOf, plain } from './snapshot';

type Bag = Record<string, unknown>;

function stateOf(endpoint: Endpoint, cluster: string): Bag | undefined {
  if (!(cluster in endpoint.behaviors.supported)) return undefined;
  return plain((endpoint.state as unknown as Record<string, Bag | undefined>)[cluster]) as Bag | undefined;
}

const hex4 = (n: number) => `0x${n.toString(16).padStart(4, '0')}`;
const clusterName = (id: number) => Matter.clusters(id)?.name ?? hex4(id);
const numbers = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);

function describeEndpoint(ep: Endpoint): DeviceEndpoint {
  const descriptor = stateOf(ep, 'descriptor') ?? {};
  const types = (descriptor.deviceTypeList as { deviceType: number }[] | undefined) ?? [];
  const typeNames = types.map((t) => `${Matter.deviceTypes(t.deviceType)?.name ?? 'Unknown'} (${hex4(t.deviceType)})`);
  return {
    id: ep.maybeNumber ?? 0,
    ...(typeNames.length ? { deviceType: typeNames.join(', ') } : {}),
    inputs: numbers(descriptor.serverList).map(clusterName),
    outputs: numbers(descriptor.clientList).map(clusterName),
  };
}

/** Thread routing roles (ThreadNetworkDiagnostics.RoutingRole) as the mesh roles Hearth shows. */
function roleOf(node: Endpoint): DeviceDetails['role'] {
  const role = stateOf(node, 'threadNetworkDiagnostics')?.routingRole;
  if (role === 4 || role === 5 || role === 6) return 'router'; // REED, router, leader
  if (role === 2 || role === 3) return 'endDevice'; // sleepy / end device
  return 'unknown';
}

function powerSourceOf(endpoints: Endpoint[]): string | null {
  for (const ep of endpoints) {
    const source = stateOf(ep, 'powerSource');
    if (!source) continue;
    const features = (source.featureMap ?? {}) as Bag;
    if (typeof source.description === 'string' && source.description.trim()) return source.description.trim();
    if (features.battery) return 'Battery';
    if (features.wired) return 'Mains';
  }
  return null;
}

export function deviceDetails(t: TrackedDevice): DeviceDetails {
  const info = deviceInfo(t.node);
  const basic = stateOf(t.node, 'basicInformation') ?? {};
  const endpoints = endpointsOf(t.node).filter((ep) => ep.maybeNumber !== undefined);
  const nodeId = t.node.peerAddress?.nodeId;
  const vendorId = typeof basic.vendorId === 'number' ? basic.vendorId : null;
  const productId = typeof basic.productId === 'number' ? basic.productId : null;
  const main = endpoints.find((ep) => (ep.maybeNumber ?? 0) > 0);
  const mainType = main ? describeEndpoint(main).deviceType : undefined;
  return {
    nativeId: t.nativeId,
    address: nodeId === undefined ? t.nativeId : `Node 0x${BigInt(nodeId).toString(16).toUpperCase().padStart(16, '0')}`,
    role: roleOf(t.node),
    powerSource: powerSourceOf(endpoints),
    manufacturer: info.vendorName,
    model: info.productName,
    modelId: vendorId !== null && productId !== null ? `Vendor ${hex4(vendorId)}, product ${hex4(productId)}` : null,
    description: mainType ?? null,
    firmware: info.softwareVersion,
    firmwareDate: null,
    interview: t.health === 'interviewing' ? 'inProgress' : 'done',
    lastSeen: t.lastSeen,
    endpoints: endpoints.map(describeEndpoint),
    features: t.bound.map((b) => ({
      name: b.capability.label ?? b.capability.measure ?? b.capability.id,
      type: b.capability.kind,
      readable: true,
      writable: b.capability.writable,
      ...(b.capability.unit ? { unit: b.capability.unit } : {}),
    })),
    supportsFirmwareUpdate: 'otaSoftwareUpdateRequestor' in t.node.behaviors.supported,
  };
}
