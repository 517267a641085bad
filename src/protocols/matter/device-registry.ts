// Keeps the controller's commissioned peers as Hearth devices: capabilities bound from their clusters, last known
// state, health from the subscription, and turns matter.js change notifications into plain adapter events.
import type { AdapterDevice, AdapterEvent } from '../../shared/adapter';
import type { CapabilityValue, DeviceHealth } from '../../shared/model';
import { affectedCapabilities, bindDevice, readCapability, readState } from './mapping';
import type { BoundCapability, EndpointSnapshot } from './mapping';
import { BasicInformationClient, NetworkClient } from './matterjs';
import type { ClientNode, Endpoint } from './matterjs';
import { deviceInfo, MAPPED_CLUSTERS, snapshotEndpoint, snapshotNode } from './snapshot';

export interface TrackedDevice {
  nativeId: string;
  node: ClientNode;
  endpoints: EndpointSnapshot[];
  bound: BoundCapability[];
  state: Record<string, CapabilityValue>;
  health: DeviceHealth;
  release: () => void;
}

/** A change notification from matter.js, reduced to what the registry needs. */
export interface EndpointChange {
  endpoint: Endpoint;
  cluster: string;
  properties?: readonly string[];
}

const STRUCTURAL = new Set(['descriptor', 'parts']);

function subscriptionActive(node: ClientNode): boolean {
  try {
    return node.act((agent) => agent.get(NetworkClient).subscriptionActive) === true;
  } catch {
    return false;
  }
}

function sameValue(a: CapabilityValue, b: CapabilityValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class DeviceRegistry {
  private readonly byId = new Map<string, TrackedDevice>();
  private readonly byNode = new Map<Endpoint, TrackedDevice>();

  constructor(private readonly emit: (event: AdapterEvent) => void) {}

  get(nativeId: string): TrackedDevice | undefined {
    return this.byId.get(nativeId);
  }

  all(): AdapterDevice[] {
    return [...this.byId.values()].map((t) => this.describe(t));
  }

  describe(t: TrackedDevice): AdapterDevice {
    const info = deviceInfo(t.node);
    return {
      nativeId: t.nativeId,
      suggestedName: info.nodeLabel,
      suggestedArea: null, // Matter has no standard room attribute
      manufacturer: info.vendorName,
      model: info.productName,
      firmware: info.softwareVersion,
      capabilities: t.bound.map((b) => b.capability),
      state: { ...t.state },
      health: t.health,
    };
  }

  /** Starts tracking a commissioned peer and announces it with a `device` event. */
  track(node: ClientNode): AdapterDevice {
    const existing = this.byId.get(node.id);
    if (existing) return this.describe(existing);
    const endpoints = snapshotNode(node);
    const bound = bindDevice(endpoints);
    const events = node.eventsOf(NetworkClient);
    const onStatus = (active: boolean) => this.setHealth(t, active ? 'online' : 'offline');
    events.subscriptionStatusChanged.on(onStatus);
    // A device announces a controlled restart or power-down with BasicInformation.ShutDown: offline right away
    // rather than when the subscription times out. The sustained subscription reconnects when it is back.
    const shutDown = node.eventsOf(BasicInformationClient).shutDown;
    // Events replayed while the subscription is being set up may be old (matter.js's Peers applies the same rule).
    const onShutDown = () => {
      if (subscriptionActive(node)) this.setHealth(t, 'offline');
    };
    shutDown?.on(onShutDown);
    const t: TrackedDevice = {
      nativeId: node.id,
      node,
      endpoints,
      bound,
      state: readState(bound, endpoints),
      health: subscriptionActive(node) ? 'online' : 'interviewing',
      release: () => {
        events.subscriptionStatusChanged.off(onStatus);
        shutDown?.off(onShutDown);
      },
    };
    this.byId.set(t.nativeId, t);
    this.byNode.set(node, t);
    const device = this.describe(t);
    this.emit({ type: 'device', device });
    return device;
  }

  untrack(nativeId: string, announce = true): void {
    const t = this.byId.get(nativeId);
    if (!t) return;
    t.release();
    this.byId.delete(nativeId);
    this.byNode.delete(t.node);
    if (announce) this.emit({ type: 'deviceRemoved', nativeId });
  }

  clear(): void {
    for (const id of [...this.byId.keys()]) this.untrack(id, false);
  }

  /** Applies a subscription update: emits `state` for changed capabilities, `device` when the structure changed. */
  onChange(change: EndpointChange): void {
    const t = this.owner(change.endpoint);
    if (!t) return;
    if (t.health === 'interviewing') this.setHealth(t, 'online'); // first data: the interview is over
    const number = change.endpoint.maybeNumber;
    if (number === undefined) return;
    const structural =
      STRUCTURAL.has(change.cluster) || (change.properties ?? []).includes('featureMap') || !t.endpoints.some((e) => e.endpoint === number);
    if (structural) return this.rebuild(t);
    if (!(MAPPED_CLUSTERS as readonly string[]).includes(change.cluster)) return;
    const fresh = snapshotEndpoint(change.endpoint);
    t.endpoints = t.endpoints.map((e) => (e.endpoint === number ? fresh : e));
    const at = Date.now();
    for (const b of affectedCapabilities(t.bound, number, change.cluster, change.properties)) {
      const value = readCapability(b, t.endpoints);
      if (sameValue(value, t.state[b.id] ?? null)) continue;
      t.state[b.id] = value;
      this.emit({ type: 'state', nativeId: t.nativeId, capabilityId: b.id, value, at });
    }
  }

  private rebuild(t: TrackedDevice): void {
    t.endpoints = snapshotNode(t.node);
    t.bound = bindDevice(t.endpoints);
    t.state = readState(t.bound, t.endpoints);
    this.emit({ type: 'device', device: this.describe(t) });
  }

  private setHealth(t: TrackedDevice, health: DeviceHealth): void {
    if (t.health === health) return;
    t.health = health;
    this.emit({ type: 'health', nativeId: t.nativeId, health });
  }

  private owner(endpoint: Endpoint): TrackedDevice | undefined {
    for (let e: Endpoint | undefined = endpoint; e; e = e.owner) {
      const t = this.byNode.get(e);
      if (t) return t;
    }
    return undefined;
  }
}
