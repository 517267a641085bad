// The Zigbee stick families Hearth drives (zigbee-herdsman adapter types), as the contract names them.
import { ZigbeeAdapterName } from '../../../shared/contract';

export type ZigbeeAdapter = ZigbeeAdapterName;
export const ZIGBEE_ADAPTERS: readonly ZigbeeAdapter[] = ZigbeeAdapterName.options;
export const isZigbeeAdapter = (s: string | null | undefined): s is ZigbeeAdapter => ZigbeeAdapterName.safeParse(s).success;
