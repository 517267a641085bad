// Multi-admin: which Matter fabrics (apps and hubs) a device belongs to, read live from the device.
import { OperationalCredentialsClient } from './matterjs';
import type { ClientNode } from './matterjs';

export interface FabricEntry {
  fabricIndex: number;
  /** 64-bit ids as decimal strings. */
  fabricId: string;
  nodeId: string;
  vendorId: number;
  label: string;
  /** True for Hearth's own fabric (the one this controller used to read the list). */
  isHearth: boolean;
}

export interface FabricList {
  fabrics: FabricEntry[];
  supportedFabrics: number;
  commissionedFabrics: number;
}

interface RawFabric {
  fabricIndex: number;
  fabricId: number | bigint;
  nodeId: number | bigint;
  vendorId: number;
  label: string;
}

export async function listFabrics(node: ClientNode): Promise<FabricList> {
  // Unfiltered read: the Fabrics list is fabric-scoped and would otherwise only show Hearth's own entry.
  const state = await node.getStateOf(
    OperationalCredentialsClient,
    ['fabrics', 'supportedFabrics', 'commissionedFabrics', 'currentFabricIndex'],
    { fabricFilter: false },
  );
  const fabrics = (state.fabrics ?? []) as readonly RawFabric[];
  return {
    fabrics: fabrics.map((f) => ({
      fabricIndex: f.fabricIndex,
      fabricId: String(f.fabricId),
      nodeId: String(f.nodeId),
      vendorId: f.vendorId,
      label: f.label,
      isHearth: f.fabricIndex === state.currentFabricIndex,
    })),
    supportedFabrics: state.supportedFabrics ?? 0,
    commissionedFabrics: state.commissionedFabrics ?? fabrics.length,
  };
}
