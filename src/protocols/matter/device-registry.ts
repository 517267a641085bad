// Keeps the controller's commissioned peers as Hearth devices: capabilities bound from their clusters, last known
// state, health from the subscription, and turns matter.js change notifications into plain adapter events.
import type { IntegrationDevice, IntegrationEvent } from '../../shared/integration';
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
  /** When the device last sent Hearth anything (ms since epoch). */
  lastSeen: number | null;
  /** Why it last went offline or came back, in plain words (since Hearth started); null: it has not. */
  reachability: { online: boolean; reason: string; at: number } | null;
  /** Hearth is renewing the subscription itself (its old one ending then says nothing about the device). */
  renewing: boolean;
  /** Hearth's subscription to the device is established: it hears the device's reports and events as they happen. */
  readonly subscribed: boolean;
  release: () => void;
}

/** A change notification from matter.js, reduced to what the registry needs. */
export interface EndpointChange {
  endpoint: Endpoint;
  cluster: string;
  properties?: readonly string[];
  /**
   * Whether this is the device's data (a cluster's attributes, reported or read) rather than matter.js's own
   * bookkeeping about the peer (its network/subscription state), which says nothing about the device being there.
   */
  fromDevice?: boolean;
}

const STRUCTURAL = new Set(['descriptor', 'parts']);

/** Why a device went offline or came back, in plain words (a Matter stack event next to the generic `health`). */
export interface ReachabilityEvent {
  type: 'reachability';
  nativeId: string;
  online: boolean;
  reason: string;
  at: number;
}

export const REASONS = {
  subscriptionLost: 'Hearth stopped hearing from the device: its regular reports did not arrive. Hearth keeps trying to reconnect.',
  noAnswer: 'The device did not answer a command. Check that it has power and is on the network.',
  shutDown: 'The device said it is restarting or powering down.',
  notYetConnected: 'Hearth could not reach the device since it started. Check that it has power and is on the network.',
  back: 'Connected again: Hearth renewed its subscription and the device reports its state.',
  answered: 'The device answered Hearth again: it is reachable.',
  heard: 'The device reported again.',
} as const;

/** Whether the node's subscription is established; matter.js may answer asynchronously when the node is busy. */
function subscriptionActive(node: ClientNode): boolean | Promise<boolean> {
  try {
    const active = node.act((agent) => agent.get(NetworkClient).subscriptionActive);
    return typeof active === 'boolean' ? active : Promise.resolve(active).then((v) => v === true, () => false);
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

  constructor(private readonly emit: (event: IntegrationEvent<ReachabilityEvent>) => void) {}

  get(nativeId: string): TrackedDevice | undefined {
    return this.byId.get(nativeId);
  }

  all(): IntegrationDevice[] {
    return [...this.byId.values()].map((t) => this.describe(t));
  }

  /** The tracked devices themselves (their nodes and health), for the adapter's own periodic work. */
  tracked(): TrackedDevice[] {
    return [...this.byId.values()];
  }

  describe(t: TrackedDevice): IntegrationDevice {
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

  /**
   * Starts tracking a commissioned peer and announces it with a `device` event. A device restored from storage is
   * `unknown` until its subscription is up; if that has not happened after `offlineAfterMs` it is `offline`
   * (matter.js keeps retrying; the first report turns it `online`).
   */
  track(node: ClientNode, options: { restored?: boolean; offlineAfterMs?: number } = {}): IntegrationDevice {
    const existing = this.byId.get(node.id);
    if (existing) return this.describe(existing);
    const endpoints = snapshotNode(node);
    const bound = bindDevice(endpoints);
    const events = node.eventsOf(NetworkClient);
    // Our own record of "the subscription is established", independent of the order in which matter.js's
    // listeners tear things down when a device goes away.
    const activeNow = subscriptionActive(node);
    let live = activeNow === true;
    const onStatus = (active: boolean) => {
      live = active;
      if (!active && t.renewing) return;
      this.setHealth(t, active ? 'online' : 'offline', active ? REASONS.back : REASONS.subscriptionLost);
    };
    events.subscriptionStatusChanged.on(onStatus);
    // A device announces a controlled restart or power-down with BasicInformation.ShutDown: offline right away
    // rather than when the subscription times out. The sustained subscription reconnects when it is back.
    // Events replayed while a subscription is being set up may be old, so only a live subscription's count.
    const shutDown = node.eventsOf(BasicInformationClient).shutDown;
    const onShutDown = () => {
      if (live) this.setHealth(t, 'offline', REASONS.shutDown);
    };
    shutDown?.on(onShutDown);
    const t: TrackedDevice = {
      nativeId: node.id,
      node,
      endpoints,
      bound,
      state: readState(bound, endpoints),
      health: live ? 'online' : options.restored ? 'unknown' : 'interviewing',
      lastSeen: live ? Date.now() : null,
      reachability: null,
      renewing: false,
      get subscribed() {
        return live;
      },
      release: () => {
        events.subscriptionStatusChanged.off(onStatus);
        shutDown?.off(onShutDown);
        clearTimeout(unreachable);
      },
    };
    if (activeNow instanceof Promise) {
      void activeNow.then((active) => {
        if (!active || live || !this.byId.has(t.nativeId)) return;
        live = true;
        this.setHealth(t, 'online', REASONS.back);
      });
    }
    const unreachable = setTimeout(() => {
      if (t.health !== 'online') this.setHealth(t, 'offline', REASONS.notYetConnected);
    }, options.offlineAfterMs ?? 30_000);
    unreachable.unref();
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
    t.lastSeen = Date.now();
    // Heard from: first data after pairing or a restart, or — the device's own data — a device marked offline (a
    // command got no answer, it lost power) that is back: online now, not only once matter.js renews its subscription.
    if (t.health === 'interviewing' || t.health === 'unknown' || (t.health === 'offline' && change.fromDevice !== false)) this.setHealth(t, 'online', REASONS.heard);
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

  /** A command that got no answer says more about reachability than a quiet subscription. */
  unreachable(nativeId: string): void {
    const t = this.byId.get(nativeId);
    if (t) this.setHealth(t, 'offline', REASONS.noAnswer);
  }

  /**
   * A command the device accepted, or a read it answered: an offline device is reachable again now, not only once
   * matter.js notices its old subscription is gone and renews it (after a restart the device may not resume it,
   * and matter.js retries on a schedule that grows to an hour).
   */
  answered(nativeId: string): boolean {
    const t = this.byId.get(nativeId);
    if (t?.health !== 'offline') return false;
    t.lastSeen = Date.now();
    this.setHealth(t, 'online', REASONS.answered);
    return true;
  }

  private setHealth(t: TrackedDevice, health: DeviceHealth, reason: string): void {
    if (t.health === health) return;
    const was = t.health;
    t.health = health;
    this.emit({ type: 'health', nativeId: t.nativeId, health });
    // Say why when it goes offline, and when an offline device is back (not for the first report after pairing).
    if (health === 'offline' || (health === 'online' && was === 'offline')) {
      t.reachability = { online: health === 'online', reason, at: Date.now() };
      this.emit({ type: 'stack', event: { type: 'reachability', nativeId: t.nativeId, ...t.reachability } });
    }
  }

  private owner(endpoint: Endpoint): TrackedDevice | undefined {
    for (let e: Endpoint | undefined = endpoint; e; e = e.owner) {
      const t = this.byNode.get(e);
      if (t) return t;
    }
    return undefined;
  }
}
