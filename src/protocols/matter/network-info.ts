// How a device is connected (Thread, Wi-Fi or Ethernet) and the network diagnostics it exposes, as plain values.
import { ClientNodePhysicalProperties } from './matterjs';
import type { ClientNode } from './matterjs';
import { plain } from './snapshot';

export type Transport = 'thread' | 'wifi' | 'ethernet' | 'unknown';

export interface NetworkInfo {
  transport: Transport;
  /** Where Hearth reaches the device. */
  address: { ip: string; port: number } | null;
  thread?: {
    networkName: string | null;
    channel: number | null;
    panId: number | null;
    extendedPanId: string | null;
    routingRole: string | null;
    rloc16: number | null;
    neighbors: number;
    averageRssi: number | null;
  };
  wifi?: { bssid: string | null; rssi: number | null; channel: number | null; security: string | null };
  ethernet?: { phyRateMbps: number | null; fullDuplex: boolean | null };
  interfaces: { name: string; type: string; operational: boolean; ipv4: string[]; ipv6: string[] }[];
}

const ROUTING_ROLES = ['unspecified', 'unassigned', 'sleepy end device', 'end device', 'REED', 'router', 'leader'];
const WIFI_SECURITY = ['unspecified', 'none', 'WEP', 'WPA', 'WPA2', 'WPA3'];
const INTERFACE_TYPES = ['unspecified', 'wifi', 'ethernet', 'cellular', 'thread'];
const PHY_RATE_MBPS = [10, 100, 1000, 2500, 5000, 10000, 40000, 100000, 200000, 400000];

type Bag = Record<string, unknown>;

const n = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null);
const hex = (v: unknown) =>
  v instanceof Uint8Array ? [...v].map((b) => b.toString(16).padStart(2, '0')).join(':') : typeof v === 'bigint' ? v.toString(16) : null;
const named = (names: string[], v: unknown) => (typeof v === 'number' ? (names[v] ?? String(v)) : null);

export function ipFromBytes(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join('.');
  const groups: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** Fresh read of a root-endpoint diagnostics cluster; falls back to the cached copy if the read fails. */
async function read(node: ClientNode, cluster: string, attributes: string[]): Promise<Bag | undefined> {
  if (!(cluster in node.behaviors.supported)) return undefined;
  try {
    return plain(await node.getStateOf(cluster, attributes)) as Bag;
  } catch {
    return plain((node.state as unknown as Record<string, Bag>)[cluster]) as Bag | undefined;
  }
}

function transportOf(node: ClientNode): Transport {
  const p = ClientNodePhysicalProperties(node);
  if (p.threadActive ?? p.supportsThread) return 'thread';
  if (p.wifiActive ?? p.supportsWifi) return 'wifi';
  if (p.ethernetActive ?? p.supportsEthernet) return 'ethernet';
  return 'unknown';
}

/**
 * How the device is connected, from what Hearth already knows of it (no network traffic, so it also answers for
 * a device that is offline): its network commissioning features, else which diagnostics cluster it has.
 */
export function knownTransport(node: ClientNode): Transport {
  try {
    const t = transportOf(node);
    if (t !== 'unknown') return t;
    const state = node.state as unknown as Record<string, unknown>;
    if (state.threadNetworkDiagnostics) return 'thread';
    if (state.wiFiNetworkDiagnostics) return 'wifi';
    if (state.ethernetNetworkDiagnostics) return 'ethernet';
  } catch {
    // the node is closing
  }
  return 'unknown';
}

export async function networkInfo(node: ClientNode): Promise<NetworkInfo> {
  const [addr] = (node.state.commissioning.addresses ?? []) as { ip?: string; port?: number }[];
  const general = await read(node, 'generalDiagnostics', ['networkInterfaces']);
  const interfaces = ((general?.networkInterfaces as Bag[] | undefined) ?? []).map((i) => ({
    name: String(i.name),
    type: named(INTERFACE_TYPES, i.type) ?? 'unspecified',
    operational: i.isOperational === true,
    ipv4: ((i.iPv4Addresses as Uint8Array[] | undefined) ?? []).map(ipFromBytes),
    ipv6: ((i.iPv6Addresses as Uint8Array[] | undefined) ?? []).map(ipFromBytes),
  }));
  let transport = transportOf(node);
  if (transport === 'unknown' && interfaces.some((i) => i.operational && i.type !== 'unspecified')) {
    transport = interfaces.find((i) => i.operational)!.type as Transport;
  }
  const info: NetworkInfo = {
    transport,
    address: addr?.ip && addr.port !== undefined ? { ip: addr.ip, port: addr.port } : null,
    interfaces,
  };

  const thread = await read(node, 'threadNetworkDiagnostics', [
    'networkName', 'channel', 'panId', 'extendedPanId', 'routingRole', 'rloc16', 'neighborTable',
  ]);
  if (thread) {
    const neighbors = (thread.neighborTable as Bag[] | undefined) ?? [];
    const rssi = neighbors.map((x) => n(x.averageRssi)).filter((v): v is number => v !== null);
    info.thread = {
      networkName: typeof thread.networkName === 'string' ? thread.networkName : null,
      channel: n(thread.channel),
      panId: n(thread.panId),
      extendedPanId: hex(thread.extendedPanId),
      routingRole: named(ROUTING_ROLES, thread.routingRole),
      rloc16: n(thread.rloc16),
      neighbors: neighbors.length,
      averageRssi: rssi.length ? Math.round(rssi.reduce((a, b) => a + b, 0) / rssi.length) : null,
    };
  }
  const wifi = await read(node, 'wiFiNetworkDiagnostics', ['bssid', 'rssi', 'channelNumber', 'securityType']);
  if (wifi) {
    info.wifi = {
      bssid: hex(wifi.bssid),
      rssi: n(wifi.rssi),
      channel: n(wifi.channelNumber),
      security: named(WIFI_SECURITY, wifi.securityType),
    };
  }
  const eth = await read(node, 'ethernetNetworkDiagnostics', ['phyRate', 'fullDuplex']);
  if (eth) {
    const rate = n(eth.phyRate);
    info.ethernet = {
      phyRateMbps: rate === null ? null : (PHY_RATE_MBPS[rate] ?? null),
      fullDuplex: typeof eth.fullDuplex === 'boolean' ? eth.fullDuplex : null,
    };
    if (info.transport === 'unknown') info.transport = 'ethernet';
  }
  return info;
}
