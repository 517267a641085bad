// Plain data the capability mapping works on: no matter.js objects, so it can be unit-tested in isolation.
import type { Capability, CapabilityValue } from '../../../shared/model';

/** Attribute values of one cluster on one endpoint, keyed by matter.js attribute name (incl. featureMap). */
export type ClusterState = Record<string, unknown>;

/** One endpoint of a Matter node, as read from the controller's cache of the device. */
export interface EndpointSnapshot {
  endpoint: number;
  /** Descriptor device type ids (e.g. 0x0101 dimmable light). */
  deviceTypes: number[];
  /** Cluster (matter.js behavior id, e.g. "onOff", "levelControl") → attribute values. */
  clusters: Record<string, ClusterState>;
}

/** What to send to a device for a capability command. */
export type MatterAction =
  | { kind: 'invoke'; endpoint: number; cluster: string; command: string; fields?: Record<string, unknown> }
  | { kind: 'write'; endpoint: number; cluster: string; attributes: Record<string, unknown> };

/** How one Matter cluster feature maps onto one Hearth capability. */
export interface Binding {
  /** Capability id on the first endpoint that has it ("level"); later endpoints get "ep<N>.level". */
  key: string;
  cluster: string;
  /** Attributes whose change alters the value (used to turn subscription updates into state events). */
  attributes: readonly string[];
  applies(ep: EndpointSnapshot): boolean;
  describe(ep: EndpointSnapshot): Omit<Capability, 'id'>;
  read(state: ClusterState, ep: EndpointSnapshot): CapabilityValue;
  /** Absent for read-only capabilities. */
  write?(value: CapabilityValue, ep: EndpointSnapshot): MatterAction;
}

/** A binding placed on a concrete endpoint under its final capability id. */
export interface BoundCapability {
  id: string;
  endpoint: number;
  binding: Binding;
  capability: Capability;
}
