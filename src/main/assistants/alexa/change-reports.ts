// Alexa ChangeReports: when a device exposed to Alexa reports a new value (device.state) or starts or stops answering
// (device.health), the ChangeReport Alexa expects is emitted on the bus as 'assistants.alexa.changeReport', and so
// reaches a forwarding relay over /api/v1/events. The relay adds its own scope (the Alexa event gateway token) and
// sends it on. A device confirming the value Alexa itself asked for is not reported (the directive's Response said
// it), as Alexa asks.
// The cause is APP_INTERACTION when Hearth had sent that value (the app, a plan, an automation, the API), else
// PHYSICAL_INTERACTION (someone at the device).
import type { AlexaEventMessage, AlexaProperty } from '../../../shared/contract';
import type { Device } from '../../../shared/model';
import type { EventBus } from '../../bus';
import { endpointIdOf, traitsOf } from './endpoints';
import { header, type NewId } from './messages';
import { connectivity, propertiesOf, sourcesOf, type TempUnit } from './properties';

export interface ChangeReportDeps {
  bus: EventBus;
  /** Whether the device is exposed to Alexa now (false while the tier has no voice assistants). */
  isExposed(deviceId: string): boolean;
  device(id: string): Device | undefined;
  /** A value Hearth sent to this control that the device has not confirmed yet (src/main/services/devices.ts). */
  awaiting(deviceId: string, capabilityId: string): unknown;
  unit(): TempUnit;
  now(): number;
  newId: NewId;
  /** How long after Alexa's own command a change to that control is left out of change reports (ms). */
  quietMs?: number;
}

export interface ChangeReports {
  /**
   * Alexa is about to set this control to `value`: the device confirming it is in the directive's Response, not a
   * ChangeReport. Answers the way to take that back (the command failed).
   */
  commanding(deviceId: string, capabilityId: string, value: unknown): () => void;
  stop(): void;
}

const key = (deviceId: string, capabilityId: string) => `${deviceId}\u0000${capabilityId}`;

export function watchChangeReports(d: ChangeReportDeps): ChangeReports {
  const quiet = new Map<string, { value: string; until: number }>();
  const quietMs = d.quietMs ?? 10_000;
  const report = (device: Device, cause: string, changed: AlexaProperty[]) => {
    if (changed.length === 0) return;
    const names = new Set(changed.map((p) => `${p.namespace}.${p.name}`));
    const others = propertiesOf(device, traitsOf(device), { unit: d.unit(), now: d.now() }).filter((p) => !names.has(`${p.namespace}.${p.name}`));
    const message: AlexaEventMessage = {
      event: {
        header: header('Alexa', 'ChangeReport', d.newId),
        endpoint: { endpointId: endpointIdOf(device.id) },
        payload: { change: { cause: { type: cause }, properties: changed } },
      },
      context: { properties: others },
    };
    d.bus.emit('assistants.alexa.changeReport', message);
  };
  const offState = d.bus.on('device.state', 'alexa-change-reports', ({ deviceId, capabilityId, value }) => {
    if (!d.isExposed(deviceId)) return;
    const device = d.device(deviceId);
    if (!device) return;
    const k = key(deviceId, capabilityId);
    const asked = quiet.get(k);
    if (asked !== undefined) {
      quiet.delete(k);
      if (d.now() <= asked.until && asked.value === JSON.stringify(value)) return;
    }
    const traits = traitsOf(device);
    const names = sourcesOf(traits).get(capabilityId);
    if (!names) return;
    const cause = d.awaiting(deviceId, capabilityId) !== undefined ? 'APP_INTERACTION' : 'PHYSICAL_INTERACTION';
    report(device, cause, propertiesOf(device, traits, { unit: d.unit(), now: d.now() }, new Set(names)).filter((p) => p.namespace !== 'Alexa.EndpointHealth'));
  });
  const offHealth = d.bus.on('device.health', 'alexa-change-reports', ({ deviceId, health }) => {
    if ((health !== 'online' && health !== 'offline') || !d.isExposed(deviceId)) return;
    const device = d.device(deviceId);
    if (device) report(device, 'PERIODIC_POLL', [connectivity(device, d.now())]);
  });
  return {
    commanding(deviceId, capabilityId, value) {
      const k = key(deviceId, capabilityId);
      const entry = { value: JSON.stringify(value), until: d.now() + quietMs };
      quiet.set(k, entry);
      return () => {
        if (quiet.get(k) === entry) quiet.delete(k);
      };
    },
    stop() {
      offState();
      offHealth();
      quiet.clear();
    },
  };
}
