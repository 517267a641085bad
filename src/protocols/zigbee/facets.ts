// The Zigbee integration's own events and facets (next to the generic ones of shared/integration.ts).
import type { BackupsFacet, DetailsFacet, FirmwareFacet, Integration, LinkQualityFacet, NetworkMapFacet, PairingFacet, RemoveFacet } from '../../shared/integration';
import type { ZigbeeEvent } from './events';
import type { ZigbeeAdapterType } from './options';

export type { ZigbeeEvent } from './events';

/** The stick and the network it runs (never the key). */
export interface ZigbeeLink {
  port: string;
  adapter: ZigbeeAdapterType;
  channel: number;
  panId: number;
  /** 16 hex digits. */
  extendedPanId: string;
}

/** What a later start needs to run the same network again (after a restore onto a new stick): the key included. */
export interface ZigbeeNetworkSettings {
  port: string;
  adapter: ZigbeeAdapterType;
  channel: number;
  panId: number;
  extendedPanId: Uint8Array;
  networkKey: Uint8Array;
}

export interface ZigbeeStickFacet {
  link(): ZigbeeLink;
  network(): ZigbeeNetworkSettings;
  /** Names the device (and its room) in herdsman's database; Hearth takes them as the device's suggestions. */
  rename(nativeId: string, name: string, area?: string): Promise<void>;
}

export interface ZigbeeFacets {
  readonly pairing: PairingFacet;
  readonly remove: RemoveFacet;
  readonly details: DetailsFacet;
  readonly firmware: Required<Pick<FirmwareFacet, 'check'>>;
  /** Coordinator backups (Open Coordinator Backup JSON; they hold the network key). */
  readonly backups: BackupsFacet;
  readonly networkMap: NetworkMapFacet;
  /** The LQI of the last message heard from each device (herdsman's linkquality). */
  readonly linkQuality: LinkQualityFacet;
  readonly zigbee: ZigbeeStickFacet;
}

export type ZigbeeIntegration = Integration<ZigbeeEvent, ZigbeeFacets>;
