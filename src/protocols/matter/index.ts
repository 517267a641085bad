// The import point of Hearth's Matter support (lint forbids deep imports from outside this folder; plain.ts is the other one).
// Everything exported here deals in plain values only; matter.js itself is imported by matterjs.ts alone.
import { MatterAdapter, type MatterAdapterOptions } from './adapter';
import type { MatterIntegration } from './facets';

export type { MatterAdapterOptions } from './adapter';
export type { CommissioningEvent, MatterCommissioningFacet, MatterConnection, MatterConnectionFacet, MatterEvent, MatterFacets, MatterIntegration, MatterMultiAdminFacet, MatterNetworkFacet } from './facets';
export type { CommissionRequest, CommissioningStep } from './commissioning';
export type { CommissioningWindow } from './commissioning-window';
export type { CommissionableDevice } from './discovery';
export type { FabricEntry, FabricList } from './fabrics';
export type { NetworkInfo, Transport } from './network-info';
export * from './plain';
export { formatManualCode, manualCodeFor, parsePairingCode } from './pairing-code';
export type { PairingInfo } from './pairing-code';
export { setMatterLogLevel } from './logging';
export type { MatterLogLevel } from './logging';
export { checkLoopbackOnlyNamespace } from './loopback-namespace';
export * from './simulator';

/** Hearth's Matter controller (loopback only unless `network` names the home network interfaces), fabric in `dataDir` or a vault. */
export function createMatterIntegration(options: MatterAdapterOptions): MatterIntegration {
  return new MatterAdapter(options);
}
