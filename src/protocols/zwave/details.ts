// A Z-Wave node described for the device details view (the same shape every stack fills in).
import { CommandClasses, InterviewStage, NodeStatus, type ZWaveNode } from './zwavejs';
import type { DeviceDetails } from '../../shared/integration';
import type { ZWaveContext } from './context';
import type { ZWaveNodeInfo } from './facets';
import { classNames, nodeSecurityClasses } from './security-text';

export function nodeDetails(nativeId: string, node: ZWaveNode): DeviceDetails {
  const ccs = node.getSupportedCCInstances().map((cc) => CommandClasses[cc.ccId] ?? `0x${cc.ccId.toString(16)}`);
  const lastSeen = node.lastSeen instanceof Date ? node.lastSeen.getTime() : null;
  return {
    nativeId,
    address: `node ${node.id}`,
    role: node.isControllerNode ? 'coordinator' : node.isListening || node.isFrequentListening ? 'router' : node.canSleep ? 'endDevice' : 'unknown',
    powerSource: node.canSleep ? 'Battery' : node.isListening ? 'Mains' : null,
    manufacturer: node.manufacturer ?? '',
    model: node.label ?? `Z-Wave node ${node.id}`,
    modelId:
      node.manufacturerId !== undefined && node.productType !== undefined && node.productId !== undefined
        ? [node.manufacturerId, node.productType, node.productId].map((n) => `0x${n.toString(16).padStart(4, '0')}`).join(':')
        : null,
    description: node.deviceConfig?.description ?? null,
    firmware: node.firmwareVersion ?? null,
    firmwareDate: null,
    interview: node.interviewStage === InterviewStage.Complete ? 'done' : node.status === NodeStatus.Dead ? 'failed' : 'inProgress',
    lastSeen,
    endpoints: node.getAllEndpoints().map((ep) => ({
      id: ep.index,
      ...(ep.deviceClass ? { deviceType: ep.deviceClass.specific.label } : {}),
      inputs: ep.getSupportedCCInstances().map((cc) => CommandClasses[cc.ccId] ?? `0x${cc.ccId.toString(16)}`),
      outputs: [],
    })),
    features: ccs.map((name) => ({ name, type: 'commandClass', readable: true, writable: false })),
    supportsFirmwareUpdate: node.supportsCC(CommandClasses['Firmware Update Meta Data']),
  };
}

const STATUSES = ['unknown', 'asleep', 'awake', 'dead', 'alive'] as const;

/** What the Z-Wave device panel shows: node status, whether the stick considers it failed, its security, firmware. */
export async function nodeInfo(ctx: ZWaveContext, nativeId: string, isFailed: (nodeId: number) => Promise<boolean>): Promise<ZWaveNodeInfo> {
  const nodeId = ctx.nodeIdOf(nativeId);
  const node = ctx.node(nodeId);
  const failed = await isFailed(nodeId).catch(() => false);
  return {
    nodeId,
    status: STATUSES[node.status] ?? 'unknown',
    failed,
    securityClasses: classNames(nodeSecurityClasses(node)),
    firmwareVersion: node.firmwareVersion ?? null,
    supportsFirmwareUpdate: node.supportsCC(CommandClasses['Firmware Update Meta Data']),
  };
}
