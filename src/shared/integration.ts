// The one shape every way Hearth reaches devices implements (src/protocols/<stack>/adapter.ts): Z-Wave, Zigbee,
// Matter, and whatever comes next. One event stream, features the integration declares, generic optional facets
// and the stack's own typed facets. Only plain values cross it: library objects (zwave-js nodes, herdsman devices,
// matter.js endpoints) never leave their protocol folder.
import { z } from 'zod';
import type { Capability, CapabilityValue, DeviceHealth, Protocol } from './model';

// ---- What an integration says it can do ----

/**
 * What an integration can do. The core offers exactly the declared features (requests for an undeclared one are
 * refused); nothing in the core decides them by protocol name.
 */
export const IntegrationFeature = z.enum([
  /** Adds devices by opening the network (Zigbee permit join, Z-Wave inclusion): facets.pairing. */
  'pairing',
  /** Adds devices by pairing code or QR payload (Matter commissioning). */
  'commissioning',
  /** Takes a device out of the network: facets.remove. */
  'remove',
  /** Describes a device (endpoints, clusters/command classes, interview): facets.details. */
  'details',
  /** Asks whether newer firmware exists: facets.firmware.check. */
  'firmwareCheck',
  /** Installs firmware from a file: facets.firmware.update. */
  'firmwareUpdate',
  /** Backs up and restores the radio's network memory: facets.backups. */
  'backups',
  /** Draws the mesh (neighbour tables, link quality): facets.networkMap. */
  'networkMap',
  /** Measures a device's link, round by round. */
  'healthCheck',
  /** Rebuilds mesh routes. */
  'routes',
  /** Lets other apps and hubs control a device too (Matter multi-admin). */
  'multiAdmin',
  /** Adds devices with encryption, answering the stack's security questions. */
  'secureInclusion',
  /** Devices join by themselves from a provisioning list (Z-Wave SmartStart). */
  'smartStart',
  /** Replaces or removes devices the radio considers failed. */
  'failedNodes',
  /** Reads a device's network diagnostics (Thread/Wi-Fi/Ethernet). */
  'networkInfo',
  /** Says how well each device is heard (LQI, RSSI, route), from the frames it sends: facets.linkQuality. */
  'linkQuality',
]);
export type IntegrationFeature = z.infer<typeof IntegrationFeature>;

// ---- Devices, status and events ----

/** A device as its integration knows it. `nativeId` is unique within the integration (node id, IEEE address, ...). */
export interface IntegrationDevice {
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

export type IntegrationStatus =
  | { state: 'stopped' }
  | { state: 'starting'; detail?: string }
  | { state: 'ready'; detail?: string }
  | { state: 'failed'; message: string; next?: string };

/** Where a new device is in being added to the network. */
export type PairingStep = 'joined' | 'interviewing' | 'configuring' | 'ready' | 'failed' | 'left';

export type PairingEvent =
  /** The network is open for new devices until `endsAt` (ms since epoch), or closed. */
  | { type: 'window'; open: boolean; endsAt: number | null }
  /** Progress of one joining device; `message` says in plain words what went wrong and what to do. */
  | { type: 'progress'; nativeId: string; step: PairingStep; message?: string; canRetry: boolean };

/**
 * The one stream of an integration: generic events every stack emits, and the stack's own typed events `S`
 * (Z-Wave inclusion stages, Matter commissioning steps...). There are no side channels.
 */
export type IntegrationEvent<S = never> =
  /** A device appeared or its description changed (e.g. after an interview). */
  | { type: 'device'; device: IntegrationDevice }
  | { type: 'deviceRemoved'; nativeId: string }
  /** A value the device reported (never a guess from a command that was sent). */
  | { type: 'state'; nativeId: string; capabilityId: string; value: CapabilityValue; at: number }
  | { type: 'health'; nativeId: string; health: DeviceHealth }
  | { type: 'status'; status: IntegrationStatus }
  | { type: 'pairing'; event: PairingEvent }
  | { type: 'stack'; event: S };

export type IntegrationListener<S = never> = (event: IntegrationEvent<S>) => void;

// ---- Generic optional facets: a stack implements what it can, and declares it in `features` ----

export interface PairingFacet {
  /** Lets new devices join for `seconds`; the window and each joining device arrive as 'pairing' events. */
  open(seconds: number): Promise<void>;
  close(): Promise<void>;
  /** Asks a device whose setup failed again (it may need to be woken up). */
  retry(nativeId: string): Promise<void>;
}

export interface RemoveFacet {
  /** Takes a device out of the network; `force` only forgets one that cannot be reached. */
  remove(nativeId: string, opts: { force: boolean }): Promise<void>;
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
  /** The device can take a firmware update over the air. */
  supportsFirmwareUpdate: boolean;
}

export interface DetailsFacet {
  details(nativeId: string): Promise<DeviceDetails>;
}

export interface FirmwareCheck {
  updateAvailable: boolean;
  current: string | null;
  available: string | null;
  /** Plain-English outcome ("Up to date.", "Version 2.4 is available."...). */
  message: string;
}

export interface FirmwareFile {
  filename: string;
  data: Uint8Array<ArrayBuffer>;
  /** Which of the device's firmware targets (chips) to update; default the main one. */
  target?: number | undefined;
}

export interface FirmwareProgress {
  sentFragments: number;
  totalFragments: number;
  percent: number;
}

export interface FirmwareUpdateOutcome {
  success: boolean;
  /** The stack's own name for the outcome. */
  status: string;
  /** Seconds the device needs before it is usable again (if it said). */
  waitTimeSeconds?: number;
  /** Plain-English outcome, with what to do when it failed. */
  reason: string;
  /** What the device runs afterwards, as it reports it. */
  firmwareVersion: string | null;
}

export interface FirmwareFacet {
  check?(nativeId: string): Promise<FirmwareCheck>;
  /** Sends the file; resolves once the device runs (or refused) it. */
  update?(nativeId: string, file: FirmwareFile, onProgress: (p: FirmwareProgress) => void): Promise<FirmwareUpdateOutcome>;
  abort?(nativeId: string): Promise<void>;
}

/** What a backup image holds, as plain facts ("panId", "generation", "nodes"...), read from the image itself. */
export interface BackupMeta {
  /** When the image was taken, as it says (ISO 8601), if it says. */
  createdAt: string | null;
  /** How many devices the network in the image has. */
  devices: number;
  /** The stack's own facts about the image and the stick it came from. */
  facts: Record<string, string | number | null>;
}

export interface BackupImage {
  data: Uint8Array<ArrayBuffer>;
  meta: BackupMeta;
}

export interface BackupProgress {
  operation: 'backup' | 'convert' | 'restore';
  done: number;
  total: number;
}

export interface BackupRestoreOptions {
  /** The user read the warning that restoring this image carries (e.g. converting between stick generations). */
  confirmed: boolean;
  /** Restore onto another stick (Zigbee: a new coordinator), by port and the stack's adapter type. */
  target?: { port?: string | undefined; adapter?: string | undefined };
  onProgress?: (p: BackupProgress) => void;
}

export interface BackupsFacet {
  /** How images are kept on disk: file-name prefix and extension ("coordinator"/"json", "nvm"/"nvm"). */
  readonly file: { prefix: string; extension: string };
  /** Reads the radio's network memory. Rejects with RADIO_UNAVAILABLE when the radio is not running. */
  create(onProgress?: (p: BackupProgress) => void): Promise<BackupImage>;
  /** What an image is; rejects with BAD_REQUEST when it is not an image of this stack. */
  describe(data: Uint8Array<ArrayBuffer>): Promise<BackupMeta>;
  /**
   * Writes an image to the radio (which restarts with it). An image that needs the user's confirmation rejects
   * with CONFLICT (message = the warning) unless `confirmed`. Resolves with whether it was converted.
   */
  restore(data: Uint8Array<ArrayBuffer>, opts: BackupRestoreOptions): Promise<{ converted: boolean }>;
}

export type NetworkRole = 'coordinator' | 'router' | 'endDevice' | 'unknown';

export interface NetworkScan {
  nodes: Array<{ nativeId: string; role: NetworkRole; networkAddress: number }>;
  links: Array<{ source: string; target: string; lqi: number; relationship: string; depth: number }>;
  /** Devices whose tables could not be read, with the reason. */
  failures: Array<{ nativeId: string; message: string }>;
  /** The scan stopped early (limit, time-out or cancellation). */
  partial: boolean;
  durationMs: number;
}

export interface NetworkMapFacet {
  /** Reads neighbour tables from the coordinator outwards; bounded in devices and time, cancelled by `signal`. */
  scan(opts: {
    signal?: AbortSignal;
    timeoutMs?: number;
    maxDevices?: number;
    onProgress?: (p: { done: number; total: number; current?: string }) => void;
  }): Promise<NetworkScan>;
}

/**
 * A device's radio link as its stack last measured it, from the frames the device sent (Zigbee LQI of the last
 * message, Z-Wave RSSI and last working route, Matter Thread/Wi-Fi diagnostics). Null where the stack does not say.
 */
export interface LinkQuality {
  /** When it was measured (ms since epoch). */
  at: number;
  /** Link quality indicator, 0–255 (higher is better). */
  lqi: number | null;
  /** Received signal strength, dBm (higher is better). */
  rssi: number | null;
  /** The route to the device in words ("direct", "through node 5"), if the stack knows it. */
  route: string | null;
}

export interface LinkQualityFacet {
  /** The latest measurement of the device's link, or null when none yet (or no such device). Cheap: no radio traffic. */
  read(nativeId: string): LinkQuality | null;
}

/**
 * Why the stack marked a device offline, in its own plain words (Matter: "The device did not answer a command…").
 * Optional and without a feature of its own: it only adds words to the health every stack reports.
 */
export interface ReachabilityFacet {
  /** Null when the device is not offline or the stack cannot say why. Cheap: no radio traffic. */
  offlineReason(nativeId: string): string | null;
}

export interface GenericFacets {
  readonly pairing?: PairingFacet;
  readonly remove?: RemoveFacet;
  readonly details?: DetailsFacet;
  readonly firmware?: FirmwareFacet;
  readonly backups?: BackupsFacet;
  readonly networkMap?: NetworkMapFacet;
  readonly linkQuality?: LinkQualityFacet;
  readonly reachability?: ReachabilityFacet;
}

// ---- The integration ----

export interface Integration<S = never, F extends object = object> {
  readonly protocol: Protocol;
  /** What it talks to, as the radio list shows it ("Demo home (simulated Z-Wave stick)", "Zigbee stick on /dev/ttyUSB0"). */
  readonly label: string;
  /** What it can do; the core offers exactly these. */
  readonly features: ReadonlySet<IntegrationFeature>;
  /** Opens the radio and interviews known devices. Rejects with a HearthError when the radio cannot be used. */
  start(): Promise<void>;
  /** Closes the radio; afterwards no timer, socket or listener of its own is left. Listeners stay subscribed. */
  stop(): Promise<void>;
  status(): IntegrationStatus;
  devices(): IntegrationDevice[];
  /**
   * Sends a command; resolves when the radio accepted it. The new state arrives later as a `state` event, from the
   * device's own report: an integration never reports a value it only sent.
   */
  command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  /** The one event stream. Returns an unsubscribe function. */
  subscribe(listener: IntegrationListener<S>): () => void;
  /** Generic facets (declared in `features`) and the stack's own typed facets. */
  readonly facets: GenericFacets & F;
}

/** Any integration, whatever its stack events and facets, as generic code (device registry, radio list) sees it. */
export type AnyIntegration = Integration<unknown, object>;

/** Calls every listener; one that throws does not keep the others from the event. */
export function fanOut<E>(listeners: Iterable<(e: E) => void>, event: E, onError?: (err: unknown) => void): void {
  for (const l of [...listeners]) {
    try {
      l(event);
    } catch (err) {
      onError?.(err);
    }
  }
}
