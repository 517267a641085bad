// The one interface every radio stack implements (src/protocols/<stack>/adapter.ts).
// Adapters translate their library's objects into these plain values; library objects never leak past them.
import type { Capability, CapabilityValue, DeviceHealth, Protocol } from './model';

/** A device as its adapter knows it. `nativeId` is unique within the adapter (node id, IEEE address, ...). */
export interface AdapterDevice {
  nativeId: string;
  /** Name the device itself carries (Z-Wave Node Naming, Matter NodeLabel...), if any. */
  suggestedName: string | null;
  /** Location the device itself carries, if any. */
  suggestedArea: string | null;
  manufacturer: string;
  model: string;
  firmware: string | null;
  capabilities: Capability[];
  state: Record<string, CapabilityValue>;
  health: DeviceHealth;
}

export type AdapterStatus =
  | { state: 'stopped' }
  | { state: 'starting'; detail?: string }
  | { state: 'ready'; detail?: string }
  | { state: 'failed'; message: string; next?: string };

export type AdapterEvent =
  /** A device appeared or its description changed (e.g. after an interview). */
  | { type: 'device'; device: AdapterDevice }
  | { type: 'deviceRemoved'; nativeId: string }
  | { type: 'state'; nativeId: string; capabilityId: string; value: CapabilityValue; at: number }
  | { type: 'health'; nativeId: string; health: DeviceHealth }
  | { type: 'status'; status: AdapterStatus };

export type AdapterListener = (event: AdapterEvent) => void;

export interface ProtocolAdapter extends ProtocolAdapterFacets {
  readonly protocol: Protocol;
  /** Human-readable description of what this adapter talks to ("Demo home (simulated Z-Wave controller)", "/dev/ttyUSB0"). */
  readonly label: string;
  /** Opens the radio and interviews known devices. Rejects with a HearthError when the radio cannot be used. */
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): AdapterStatus;
  devices(): AdapterDevice[];
  /** Sends a command; resolves when the radio accepted it. The new state arrives later as a `state` event. */
  command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: AdapterListener): () => void;
}

// ---- Optional facets: a stack implements what it can; the core and UI offer only what is there. ----

/** Where a new device is in being added to the network. */
export type PairingStep = 'joined' | 'interviewing' | 'configuring' | 'ready' | 'failed' | 'left';

export type PairingEvent =
  /** The network is open for new devices until `endsAt` (ms since epoch), or closed. */
  | { type: 'window'; open: boolean; endsAt: number | null }
  /** Progress of one joining device; `message` says in plain words what went wrong and what to do. */
  | { type: 'progress'; nativeId: string; step: PairingStep; message?: string; canRetry: boolean };

export interface PairingFacet {
  /** Lets new devices join for `seconds`. */
  open(seconds: number): Promise<void>;
  close(): Promise<void>;
  /** Asks a device whose setup failed again (it may need to be woken up). */
  retry(nativeId: string): Promise<void>;
  subscribe(listener: (event: PairingEvent) => void): () => void;
}

export interface DeviceEndpoint {
  id: number;
  /** Profile and device type as the stack names them ("HA", "0x010c"...). */
  profile?: string;
  deviceType?: string;
  /** Server (input) and client (output) clusters, command classes... by name. */
  inputs: string[];
  outputs: string[];
}

export interface DeviceFeature {
  name: string;
  /** "binary", "numeric", "enum", "light"... as the stack's device description says. */
  type: string;
  readable: boolean;
  writable: boolean;
  unit?: string;
}

export interface DeviceDetails {
  nativeId: string;
  /** Network-level address in the stack's notation (IEEE "0x…", node id...). */
  address: string;
  role: 'coordinator' | 'router' | 'endDevice' | 'unknown';
  powerSource: string | null;
  manufacturer: string;
  model: string;
  /** The model id the device itself reports, and what the device database calls it. */
  modelId: string | null;
  description: string | null;
  firmware: string | null;
  firmwareDate: string | null;
  /** Whether the stack got every answer it needs from the device. */
  interview: 'done' | 'failed' | 'pending' | 'inProgress';
  lastSeen: number | null;
  endpoints: DeviceEndpoint[];
  features: DeviceFeature[];
  /** The device database can update this model's firmware over the air. */
  supportsFirmwareUpdate: boolean;
}

export interface FirmwareCheck {
  updateAvailable: boolean;
  current: string | null;
  available: string | null;
  /** Plain-English outcome ("Up to date.", "Version 2.4 is available."...). */
  message: string;
}

export interface ProtocolAdapterFacets {
  /** Adding devices (Zigbee permit join, Z-Wave inclusion, Matter commissioning). */
  readonly pairing?: PairingFacet;
  /** Takes a device out of the network; `force` only forgets one that cannot be reached. */
  remove?(nativeId: string, opts: { force: boolean }): Promise<void>;
  details?(nativeId: string): Promise<DeviceDetails>;
  checkFirmware?(nativeId: string): Promise<FirmwareCheck>;
}
