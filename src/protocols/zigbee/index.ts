// The only import point of Hearth's Zigbee support (lint forbids deep imports from outside this folder).
// zigbee-herdsman objects never leave the folder: the integration and its facets deal in plain values only.
import type { BackupMeta } from '../../shared/integration';
import { ZigbeeAdapter, type ZigbeeAdapterOptions } from './adapter';
import { backupMeta, coordinatorBackupOf } from './backup-file';
import type { ZigbeeIntegration } from './facets';

export type { ZigbeeAdapterOptions } from './adapter';
export type { ZigbeeEvent, ZigbeeFacets, ZigbeeIntegration, ZigbeeLink, ZigbeeNetworkSettings, ZigbeeStickFacet } from './facets';
export { ZIGBEE_ADAPTER_TYPES, type ZigbeeAdapterType } from './options';
export * from './simulator';

/** Zigbee through zigbee-herdsman, on a stick ("/dev/ttyUSB0") or a coordinator on the network ("tcp://host:port"). */
export function createZigbeeIntegration(options: ZigbeeAdapterOptions): ZigbeeIntegration {
  return new ZigbeeAdapter(options);
}

/** What a coordinator backup (its file's bytes) holds; BAD_REQUEST when it is none. */
export function describeCoordinatorBackup(data: Uint8Array): BackupMeta {
  return backupMeta(coordinatorBackupOf(data));
}
