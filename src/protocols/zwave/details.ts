// A Z-Wave node described for the device details view (the same shape every stack fills in).
import { CommandClasses } from '@zwave-js/core';
import { InterviewStage, NodeStatus, type ZWaveNode } from 'zwave-js';
import type { DeviceDetails } from '../../shared/adapter';

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
