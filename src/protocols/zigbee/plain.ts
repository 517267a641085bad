// The second import point of Hearth's Zigbee support: what the core needs before (or without) running a Zigbee
// stack — the kinds of stick, a coordinator backup's summary. Nothing here loads zigbee-herdsman, so a home without
// a Zigbee stick starts without it; index.ts (the stack itself) is imported only when a stack starts.
import type { BackupMeta } from '../../shared/integration';
import { backupMeta, coordinatorBackupOf } from './backup-file';

export type { ZigbeeNetworkSettings } from './facets';
export { ZIGBEE_ADAPTER_TYPES, type ZigbeeAdapterType } from './options';

/** What a coordinator backup (its file's bytes) holds; BAD_REQUEST when it is none. */
export function describeCoordinatorBackup(data: Uint8Array): BackupMeta {
  return backupMeta(coordinatorBackupOf(data));
}
