// The Zigbee stick families Hearth drives (zigbee-herdsman adapter types), as the contract names them.
import type { RequestInput } from '../../../shared/contract';

export type ZigbeeAdapter = NonNullable<RequestInput<'radios.configure'>['adapter']>;
export const ZIGBEE_ADAPTERS: readonly ZigbeeAdapter[] = ['zstack', 'ember', 'deconz', 'zigate', 'zboss'];
export const isZigbeeAdapter = (s: string | null | undefined): s is ZigbeeAdapter => ZIGBEE_ADAPTERS.includes(s as ZigbeeAdapter);
