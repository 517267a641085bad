// The only import point of Hearth's Z-Wave support (lint forbids deep imports from outside this folder).
// zwave-js objects never leave the folder: the integration and its facets deal in plain values only.
import { ZWaveAdapter, type ZWaveAdapterOptions } from './adapter';
import type { ZWaveIntegration } from './facets';

export type { ZWaveAdapterOptions } from './adapter';
export type {
  ZWaveEvent,
  ZWaveFacets,
  ZWaveInclusionFacet,
  ZWaveIntegration,
  ZWaveMaintenanceFacet,
  ZWaveNodeInfo,
  ZWaveNodesFacet,
  ZWaveRebuildProgress,
  ZWaveSmartStartFacet,
} from './facets';
export * from './simulator';
export { timeBareDriverCommands, type BareDriverRun } from './bare-driver';

/** Z-Wave through zwave-js, on a USB stick ("/dev/ttyUSB0", "COM3") or a stick on the network ("tcp://host:port"). */
export function createZWaveIntegration(options: ZWaveAdapterOptions): ZWaveIntegration {
  return new ZWaveAdapter(options);
}
