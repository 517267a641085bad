// A Matter device's radio link as its own network diagnostics report it, for Diagnostics' link column and the
// "link getting worse" prediction: Wi-Fi's RSSI; for Thread the RSSI and LQI of the neighbour it talks through
// (its parent, or its best-heard router); Ethernet has no signal to measure. Read from the subscription's copy of
// the root endpoint's diagnostics clusters, so reading costs no network traffic; a report of those clusters is
// what makes a new measurement (its time is when Hearth heard it).
import type { LinkQuality } from '../../shared/integration';
import type { ClientNode, Endpoint } from './matterjs';

type Bag = Record<string, unknown>;

/** The root-endpoint clusters whose reports carry a link measurement. */
export const LINK_CLUSTERS: ReadonlySet<string> = new Set(['wiFiNetworkDiagnostics', 'threadNetworkDiagnostics', 'ethernetNetworkDiagnostics']);

const ROLES = ['unspecified', 'unassigned', 'sleepy end device', 'end device', 'router-eligible end device', 'router', 'leader'];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : null);

/** What the device's diagnostics say about its link now, without a time; null when it exposes none of them. */
export function linkOf(state: Readonly<Record<string, unknown>>): Omit<LinkQuality, 'at'> | null {
  const wifi = state.wiFiNetworkDiagnostics as Bag | undefined;
  if (wifi) {
    const channel = num(wifi.channelNumber);
    return { lqi: null, rssi: num(wifi.rssi), route: channel === null ? 'Wi-Fi' : `Wi-Fi, channel ${channel}` };
  }
  const thread = state.threadNetworkDiagnostics as Bag | undefined;
  if (thread) {
    const role = ROLES[num(thread.routingRole) ?? 0] ?? 'unspecified';
    const neighbours = Array.isArray(thread.neighborTable) ? (thread.neighborTable as Bag[]) : [];
    // A child's entries describe devices it serves, not its own way into the mesh.
    const upstream = neighbours.filter((n) => n.isChild !== true);
    const rssiOf = (n: Bag) => num(n.averageRssi) ?? num(n.lastRssi);
    const best = upstream.reduce<Bag | undefined>((a, b) => (a === undefined || (rssiOf(b) ?? -999) > (rssiOf(a) ?? -999) ? b : a), undefined);
    const channel = num(thread.channel);
    const on = `Thread ${role}${channel === null ? '' : `, channel ${channel}`}`;
    if (!best) return { lqi: null, rssi: null, route: `${on}, no neighbour heard` };
    const rloc = num(best.rloc16);
    return {
      lqi: num(best.lqi),
      rssi: rssiOf(best),
      route: `${on}, through ${rloc === null ? 'a router' : `router 0x${rloc.toString(16).padStart(4, '0')}`}`,
    };
  }
  if (state.ethernetNetworkDiagnostics) return { lqi: null, rssi: null, route: 'wired (Ethernet)' };
  return null;
}

/** The node an endpoint belongs to (a ClientNode is its own root endpoint). */
export function nodeIdOf(endpoint: Endpoint): string {
  let e: Endpoint = endpoint;
  while (e.owner) e = e.owner;
  return e.id;
}

/** When each device's diagnostics were last reported, and its latest link measurement. */
export class MatterLinks {
  readonly #heard = new Map<string, number>();
  readonly #first = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A report of one of LINK_CLUSTERS arrived from this node. */
  heard(nodeId: string): void {
    this.#heard.set(nodeId, this.now());
  }

  read(node: ClientNode | undefined): LinkQuality | null {
    if (!node) return null;
    let link: Omit<LinkQuality, 'at'> | null;
    try {
      link = linkOf(node.state as unknown as Record<string, unknown>);
    } catch {
      return null; // the node is closing
    }
    if (!link) return null;
    let at = this.#heard.get(node.id) ?? this.#first.get(node.id);
    if (at === undefined) {
      at = this.now();
      this.#first.set(node.id, at);
    }
    return { at, ...link };
  }

  forget(nodeId: string): void {
    this.#heard.delete(nodeId);
    this.#first.delete(nodeId);
  }
}
