// The import point of Hearth's Zigbee support (lint forbids deep imports from outside this folder; plain.ts is the other one).
// zigbee-herdsman objects never leave the folder: the integration and its facets deal in plain values only.
// What needs no zigbee-herdsman (stick kinds, backup summaries) is in plain.ts, re-exported here.
import { ZigbeeAdapter, type ZigbeeAdapterOptions } from './adapter';
import type { ZigbeeIntegration } from './facets';

export type { ZigbeeAdapterOptions } from './adapter';
export type { ZigbeeEvent, ZigbeeFacets, ZigbeeIntegration, ZigbeeLink, ZigbeeNetworkSettings, ZigbeeStickFacet } from './facets';
export * from './plain';
export * from './simulator';

/** Zigbee through zigbee-herdsman, on a stick ("/dev/ttyUSB0") or a coordinator on the network ("tcp://host:port"). */
export function createZigbeeIntegration(options: ZigbeeAdapterOptions): ZigbeeIntegration {
  return new ZigbeeAdapter(options);
}
