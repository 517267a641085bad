// MQTT's own events and facets: devices announced on the broker wait, as "discovered", until the user adopts
// (or ignores) them; adopting is this stack's way of adding a device.
import type { Integration } from '../../shared/integration';
import type { Capability } from '../../shared/model';

export interface DiscoveredDevice {
  nativeId: string;
  name: string | null;
  manufacturer: string;
  model: string;
  /** What Hearth would make of it. */
  capabilities: Capability[];
  /** "light", "sensor"... one per entity announced. */
  components: string[];
  state: 'discovered' | 'adopted' | 'ignored';
  /** Why a device that would have been adopted by itself (--mqtt-adopt all, an open adoption window) waits instead. */
  waiting?: string;
}

export type MqttEvent =
  /** A device announced itself (or changed what it announces), or the user adopted or ignored it. */
  | { type: 'discovered'; device: DiscoveredDevice }
  /** A device withdrew its announcement (empty retained config). */
  | { type: 'withdrawn'; nativeId: string }
  /** A discovery message Hearth could not use, and why. */
  | { type: 'rejected'; topic: string; reason: string }
  /** The link to the broker went down (with why) or came back. */
  | { type: 'link'; up: boolean; reason?: string };

export interface MqttFacet {
  /** Every device announced on the broker, adopted or not. */
  discovered(): DiscoveredDevice[];
  /** Adds an announced device to Hearth (kept across restarts). NOT_FOUND when nothing announced it. */
  adopt(nativeId: string): Promise<void>;
  /** Keeps an announced device out of Hearth and off the discovered list's "new" state. */
  ignore(nativeId: string): Promise<void>;
  /** Takes an ignored device back into the discovered list (not adopted). */
  unignore(nativeId: string): Promise<void>;
}

export interface MqttFacets {
  readonly mqtt: MqttFacet;
}

export type MqttIntegration = Integration<MqttEvent, MqttFacets>;
