// What an integration (a radio stack) brings to the renderer: its add-device flow, its part of Device details
// and its parts of the Radios screen. Generic screens take these from the registry (./index.ts) and show each
// part only when the radio declares the feature it needs (RadioInfo.features, from the core).
import type { ComponentType } from 'react';
import type { DeviceDetails, RadioInfo } from '../../shared/contract';
import type { IntegrationFeature } from '../../shared/integration';
import type { Protocol } from '../../shared/model';

export interface RadioProps {
  radio: RadioInfo;
}

export interface DevicePanelProps {
  deviceId: string;
  name: string;
  /** What the radio says about the device, once read (null while loading, or when it cannot describe it). */
  details: DeviceDetails | null;
  /** Its radio, with the features it declares. */
  radio: RadioInfo | undefined;
  /** The device is gone (e.g. a failed node was removed): Device details closes. */
  onRemoved(): void;
}

export interface RadioPanel {
  /** Shown when the radio declares this. */
  feature: IntegrationFeature;
  /** Only while the radio is ready (otherwise it stays while the radio restarts, e.g. to show a restore's result). */
  whileReady?: boolean;
  component: ComponentType<RadioProps>;
}

export interface IntegrationUI {
  protocol: Protocol;
  /** As people say it: "Z-Wave". */
  label: string;
  /**
   * Add device → this kind: offered when the radio is ready and declares `feature`. With `setUpFirst`, it is offered
   * while no radio of it runs too (a stack that needs no stick, started once set up): the flow says how.
   */
  add?: { feature: IntegrationFeature; hint: string; component: ComponentType; setUpFirst?: string };
  /** Its part of Device details (each sub-part checks the radio's features). */
  device?: ComponentType<DevicePanelProps>;
  /** Why one of its devices is offline, in the stack's words: shown on the device's card while it is offline. */
  offline?: ComponentType<{ deviceId: string }>;
  /** Its part of Settings → Integrations (MQTT: the broker and the devices it announces), under `title`. */
  settings?: { title: string; component: ComponentType };
  /** Its part of the first-run setup's radio step, for what needs no stick (MQTT: the broker), behind `title`. */
  setup?: { title: string; component: ComponentType };
  radio?: {
    /** What the radio's card shows about its network (Zigbee: port, channel, PAN id). */
    facts?: ComponentType<RadioProps>;
    /** Choosing another USB stick for it, at the foot of its card. */
    stick?: ComponentType<RadioProps>;
    /** Panels under the cards. */
    panels?: RadioPanel[];
  };
}
