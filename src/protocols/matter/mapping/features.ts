// Small readers for matter.js client state shapes.
import type { ClusterState, EndpointSnapshot } from './types';

export function cluster(ep: EndpointSnapshot, id: string): ClusterState | undefined {
  return ep.clusters[id];
}

export function hasFeature(state: ClusterState | undefined, feature: string): boolean {
  const map = state?.featureMap;
  return typeof map === 'object' && map !== null && (map as Record<string, unknown>)[feature] === true;
}

export function hasAttribute(state: ClusterState | undefined, attribute: string): boolean {
  return state !== undefined && state[attribute] !== undefined;
}

/** Matter device type ids Hearth distinguishes. */
export const DeviceType = {
  contactSensor: 0x0015,
  waterLeakDetector: 0x0043,
  rainSensor: 0x0044,
} as const;
