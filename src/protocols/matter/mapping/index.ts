// Maps a Matter node (as plain endpoint snapshots) to Hearth capabilities and back. Pure; see types.ts.
import type { Capability, CapabilityValue } from '../../../shared/model';
import * as actuators from './actuators';
import * as sensors from './sensors';
import type { BoundCapability, EndpointSnapshot, MatterAction } from './types';

export type { BoundCapability, ClusterState, EndpointSnapshot, MatterAction } from './types';

/** Order matters: within one endpoint a capability key is taken by the first binding that applies. */
export const BINDINGS = [
  actuators.onOff,
  actuators.level,
  actuators.colorTemp,
  actuators.color,
  actuators.setpoint,
  actuators.cover,
  actuators.lock,
  sensors.thermostatTemperature,
  sensors.temperature,
  sensors.humidity,
  sensors.illuminance,
  sensors.occupancy,
  ...sensors.booleanStates,
  sensors.power,
  sensors.voltage,
  sensors.current,
  sensors.energy,
  sensors.battery,
] as const;

/** Capabilities of a node. The first endpoint with a key gets the bare id ("level"), others "ep<N>.level". */
export function bindDevice(endpoints: readonly EndpointSnapshot[]): BoundCapability[] {
  const bound: BoundCapability[] = [];
  const taken = new Set<string>();
  for (const ep of [...endpoints].sort((a, b) => a.endpoint - b.endpoint)) {
    const onThisEndpoint = new Set<string>();
    for (const binding of BINDINGS) {
      if (onThisEndpoint.has(binding.key) || !binding.applies(ep)) continue;
      onThisEndpoint.add(binding.key);
      const id = taken.has(binding.key) ? `ep${ep.endpoint}.${binding.key}` : binding.key;
      taken.add(id);
      const capability: Capability = { id, ...binding.describe(ep) };
      bound.push({ id, endpoint: ep.endpoint, binding, capability });
    }
  }
  return bound;
}

function endpointOf(endpoints: readonly EndpointSnapshot[], n: number): EndpointSnapshot | undefined {
  return endpoints.find((e) => e.endpoint === n);
}

/** Current value of one bound capability (null when the device has not reported it). */
export function readCapability(b: BoundCapability, endpoints: readonly EndpointSnapshot[]): CapabilityValue {
  const ep = endpointOf(endpoints, b.endpoint);
  const state = ep?.clusters[b.binding.cluster];
  return ep && state ? b.binding.read(state, ep) : null;
}

export function readState(
  bound: readonly BoundCapability[],
  endpoints: readonly EndpointSnapshot[],
): Record<string, CapabilityValue> {
  return Object.fromEntries(bound.map((b) => [b.id, readCapability(b, endpoints)]));
}

/** Capabilities affected by a change of `attributes` (undefined = any) of `cluster` on `endpoint`. */
export function affectedCapabilities(
  bound: readonly BoundCapability[],
  endpoint: number,
  cluster: string,
  attributes?: readonly string[],
): BoundCapability[] {
  return bound.filter(
    (b) =>
      b.endpoint === endpoint &&
      b.binding.cluster === cluster &&
      (attributes === undefined || b.binding.attributes.some((a) => attributes.includes(a))),
  );
}

/** The Matter command or attribute write that sets capability `id` to `value`. */
export function actionFor(
  bound: readonly BoundCapability[],
  endpoints: readonly EndpointSnapshot[],
  id: string,
  value: CapabilityValue,
): MatterAction | undefined {
  const b = bound.find((x) => x.id === id);
  const ep = b && endpointOf(endpoints, b.endpoint);
  if (!b || !ep || !b.binding.write) return undefined;
  return b.binding.write(value, ep);
}
