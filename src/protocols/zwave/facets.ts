// The Z-Wave integration's own events and facets (next to the generic ones of shared/integration.ts). Node ids
// are Z-Wave's own numbers, as the contract shows them; every facet takes the device's native id.
import type {
  ExclusionState,
  HealthCheckResult,
  InclusionState,
  InclusionStrategy,
  ProvisioningEntry,
  RebuildRoutesProgress,
  SmartStartInfo,
  ZWaveNodeStatus,
  ZWaveSecurityClass,
} from '../../shared/contract';
import type { BackupsFacet, DetailsFacet, FirmwareFacet, Integration, LinkQualityFacet, PairingFacet } from '../../shared/integration';

/** Z-Wave's own events in the integration's stream; `nativeId` is set when the state names a node. */
export type ZWaveEvent =
  | { type: 'inclusion'; state: InclusionState; nativeId?: string }
  | { type: 'exclusion'; state: ExclusionState; nativeId?: string };

/** Secure inclusion, exclusion and replacement of failed nodes; every change arrives as an 'inclusion'/'exclusion' event. */
export interface ZWaveInclusionFacet {
  state(): InclusionState;
  exclusionState(): ExclusionState;
  start(strategy: InclusionStrategy): Promise<InclusionState>;
  /** Stops listening, or cancels the flow wherever it is (a pending question is declined). */
  stop(): Promise<InclusionState>;
  grant(classes: ZWaveSecurityClass[], clientSideAuth: boolean): void;
  pin(pin: string): void;
  s0Consent(allow: boolean): void;
  /** A new device takes the failed node's node id. */
  replace(nativeId: string, strategy: InclusionStrategy): Promise<InclusionState>;
  startExclusion(): Promise<ExclusionState>;
  stopExclusion(): Promise<ExclusionState>;
}

export interface ZWaveSmartStartFacet {
  /** Reads a SmartStart/S2 QR code (with the device database's names while the stick runs). */
  parse(qr: string): Promise<SmartStartInfo>;
  /** Puts the device on the provisioning list; it joins by itself once powered. */
  provision(qr: string, granted: ZWaveSecurityClass[], place: { name?: string | undefined; areaId?: string | undefined }): Promise<ProvisioningEntry>;
  list(): ProvisioningEntry[];
  unprovision(dsk: string): void;
  /** The name and room given when a device that joined by SmartStart was provisioned (null: none). */
  placeOf(nativeId: string): { name?: string; areaId?: string } | null;
  /** Takes name and room out of the stick's provisioning list once Hearth keeps them. */
  forgetPlace(nativeId: string): void;
}

export type ZWaveNodeInfo = Omit<ZWaveNodeStatus, 'deviceId'>;

export interface ZWaveNodesFacet {
  status(nativeId: string): Promise<ZWaveNodeInfo>;
  /** Z-Wave's node id of a device (NOT_FOUND for a device of another network). */
  nodeIdOf(nativeId: string): number;
  nativeIdOf(nodeId: number): string;
}

export type ZWaveRebuildProgress = Omit<RebuildRoutesProgress, 'nodes'> & {
  nodes: Array<{ nodeId: number; nativeId: string; status: RebuildRoutesProgress['nodes'][number]['status'] }>;
};

export interface ZWaveMaintenanceFacet {
  /** Whether the stick considers the node failed (needed to replace or remove it as failed). */
  isFailed(nativeId: string): Promise<boolean>;
  removeFailed(nativeId: string): Promise<void>;
  healthCheck(nativeId: string, rounds: number, onRound: (round: HealthCheckResult['rounds'][number]) => void): Promise<Omit<HealthCheckResult, 'deviceId'>>;
  cancelHealthCheck(nativeId: string): void;
  rebuildRoutes(nativeId: string): Promise<{ ok: boolean; message: string }>;
  /** Starts a network-wide rebuild; progress arrives through `onProgress` until `running` is false. */
  rebuildNetwork(onProgress: (p: ZWaveRebuildProgress) => void): ZWaveRebuildProgress;
  cancelRebuild(): ZWaveRebuildProgress;
}

export interface ZWaveFacets {
  readonly pairing: PairingFacet;
  readonly details: DetailsFacet;
  readonly firmware: Required<Pick<FirmwareFacet, 'update' | 'abort'>>;
  /** Controller NVM backups. */
  readonly backups: BackupsFacet;
  readonly inclusion: ZWaveInclusionFacet;
  readonly smartStart: ZWaveSmartStartFacet;
  readonly nodes: ZWaveNodesFacet;
  readonly maintenance: ZWaveMaintenanceFacet;
  /** RSSI and last working route from zwave-js's node statistics. */
  readonly linkQuality: LinkQualityFacet;
}

export type ZWaveIntegration = Integration<ZWaveEvent, ZWaveFacets>;
