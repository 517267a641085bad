// A device's details for the UI (endpoints, clusters, exposes, firmware), as plain data.
import { Zcl } from './herdsman';
import type { DeviceDetails, DeviceFeature } from '../../shared/integration';
import type { ExposeLike } from './mapping/capabilities';
import { exposesOf } from './mapping/converters';
import type { DeviceEntry } from './device-registry';
import { DeviceRegistry } from './device-registry';

const PROFILES: Record<number, string> = { 0x0104: 'Home Automation', 0xc05e: 'Zigbee Light Link', 0xa1e0: 'Green Power' };
const ROLES = { Coordinator: 'coordinator', Router: 'router', EndDevice: 'endDevice' } as const;
const INTERVIEW = { SUCCESSFUL: 'done', FAILED: 'failed', PENDING: 'pending', IN_PROGRESS: 'inProgress' } as const;

function clusterName(id: number): string {
  try {
    return Zcl.Utils.getCluster(id).name;
  } catch {
    return `0x${id.toString(16).padStart(4, '0')}`;
  }
}

/** Flattens composite exposes (a light's state/brightness/color_temp) into one list of features. */
function features(exposes: ExposeLike[]): DeviceFeature[] {
  const out: DeviceFeature[] = [];
  for (const e of exposes) {
    if (e.features && e.features.length > 0) {
      out.push(...features(e.features));
      continue;
    }
    const f: DeviceFeature = { name: e.endpoint ? `${e.name} (${e.endpoint})` : e.name, type: e.type, readable: (e.access & 1) !== 0, writable: (e.access & 2) !== 0 };
    if (e.unit) f.unit = e.unit;
    out.push(f);
  }
  return out;
}

export function deviceDetails(entry: DeviceEntry): DeviceDetails {
  const { device, definition } = entry;
  const adapterDevice = DeviceRegistry.toAdapterDevice(entry);
  let exposes: ExposeLike[] = [];
  try {
    exposes = definition ? exposesOf(definition, device) : [];
  } catch {
    exposes = [];
  }
  return {
    nativeId: device.ieeeAddr,
    address: device.ieeeAddr,
    role: ROLES[device.type as keyof typeof ROLES] ?? 'unknown',
    powerSource: device.powerSource ?? null,
    manufacturer: adapterDevice.manufacturer,
    model: adapterDevice.model,
    modelId: device.modelID ?? null,
    description: definition?.description ?? null,
    firmware: device.softwareBuildID ?? null,
    firmwareDate: device.dateCode ?? null,
    interview: INTERVIEW[device.interviewState as keyof typeof INTERVIEW] ?? 'pending',
    lastSeen: device.lastSeen ?? null,
    endpoints: device.endpoints.map((ep) => ({
      id: ep.ID,
      ...(ep.profileID !== undefined ? { profile: PROFILES[ep.profileID] ?? `0x${ep.profileID.toString(16)}` } : {}),
      ...(ep.deviceID !== undefined ? { deviceType: `0x${ep.deviceID.toString(16).padStart(4, '0')}` } : {}),
      inputs: ep.inputClusters.map(clusterName),
      outputs: ep.outputClusters.map(clusterName),
    })),
    features: features(exposes),
    supportsFirmwareUpdate: Boolean(definition?.ota),
  };
}
