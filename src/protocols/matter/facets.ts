// The Matter integration's own events and facets (next to the generic ones of shared/integration.ts).
import type { DetailsFacet, Integration, IntegrationDevice, LinkQualityFacet, ReachabilityFacet, RemoveFacet } from '../../shared/integration';
import type { CommissionRequest, StepReport } from './commissioning';
import type { CommissioningWindow } from './commissioning-window';
import type { ReachabilityEvent } from './device-registry';
import type { CommissionableDevice } from './discovery';
import type { FabricList } from './fabrics';
import type { NetworkInfo, Transport } from './network-info';

/** Commissioning progress; `attemptId` ties the events of one commission() call together. */
export interface CommissioningEvent extends StepReport {
  type: 'commissioning';
  attemptId: string;
  at: number;
  nativeId?: string;
  error?: { code: string; message: string; next?: string };
}

/** Matter's own events in the integration's stream: commissioning steps, and why a device went offline or is back. */
export type MatterEvent = CommissioningEvent | ReachabilityEvent;

export interface MatterCommissioningFacet {
  /**
   * Adds a device by pairing code or QR payload; resolves with the new device. Each step arrives as a
   * 'commissioning' stack event; the attempt is also a pairing window in the stream (open while it runs).
   */
  commission(request: CommissionRequest): Promise<IntegrationDevice>;
  /** Devices in pairing mode on the network (mDNS), for an "Add device" list. */
  discover(options?: { timeoutMs?: number }): Promise<CommissionableDevice[]>;
}

export interface MatterMultiAdminFacet {
  /** Opens a window for another Matter app or hub to add this device; returns the new codes. */
  openWindow(nativeId: string, seconds: number): Promise<CommissioningWindow>;
  closeWindow(nativeId: string): Promise<void>;
  /** The Matter fabrics (apps and hubs) the device is part of, read from the device. */
  fabrics(nativeId: string): Promise<FabricList>;
}

export interface MatterNetworkFacet {
  /** Thread / Wi-Fi / Ethernet and the diagnostics the device exposes. */
  info(nativeId: string): Promise<NetworkInfo>;
}

/** What Hearth knows of a device's connection without asking it (so also while it is offline). */
export interface MatterConnection {
  transport: Transport;
  /** How many controllers (Hearth, other apps and hubs) the device belongs to, as last reported; null: unknown. */
  fabrics: number | null;
  /** Why it last went offline or came back, in plain words (since Hearth started); null: it has not. */
  reachability: { online: boolean; reason: string; at: number } | null;
  /** Hearth's subscription to it is established: its reports and events (such as "shutting down") arrive as they happen. */
  subscribed: boolean;
  /** When the device last sent Hearth anything (ms since epoch); null: not since Hearth started. */
  lastHeard: number | null;
}

export interface MatterConnectionFacet {
  /** Cheap: no network traffic. Null for a device Hearth does not have. */
  of(nativeId: string): MatterConnection | null;
  /** Asks the device for one small attribute; an offline device that answers is online again. True: it answered. */
  probe(nativeId: string): Promise<boolean>;
}

export interface MatterFacets {
  readonly remove: RemoveFacet;
  readonly details: DetailsFacet;
  readonly commissioning: MatterCommissioningFacet;
  readonly multiAdmin: MatterMultiAdminFacet;
  readonly network: MatterNetworkFacet;
  /** The link each device's network diagnostics report (Wi-Fi RSSI; Thread RSSI/LQI of its parent), see link-quality.ts. */
  readonly linkQuality: LinkQualityFacet;
  readonly connection: MatterConnectionFacet;
  /** Why a device is offline, in plain words (the reason of its last 'reachability' event while it is offline). */
  readonly reachability: ReachabilityFacet;
}

export type MatterIntegration = Integration<MatterEvent, MatterFacets>;
