// After a successful interview: the definition's own configure step (bindings, reporting), plus
// Hearth's policy that mains-powered lights and switches report on/off, level and colour
// temperature changes so the UI follows changes made at the wall switch or by other controllers.
import type { Models } from './herdsman';
import { type Definition, configure } from './mapping/converters';
import { describeError } from './errors';

/** Bump when the configuration below changes, so devices are configured again. */
export const CONFIGURE_VERSION = 1;

const STATE_ATTRIBUTES = [
  { cluster: 'genOnOff', attribute: 'onOff', change: 0 },
  { cluster: 'genLevelCtrl', attribute: 'currentLevel', change: 1 },
  { cluster: 'lightingColorCtrl', attribute: 'colorTemperature', change: 1 },
] as const;

export function needsConfigure(device: Models.Device): boolean {
  return device.meta.hearthConfigured !== CONFIGURE_VERSION;
}

/** Returns the problems met (empty when everything was configured). */
export async function configureDevice(definition: Definition | undefined, device: Models.Device, coordinator: Models.Endpoint): Promise<string[]> {
  const problems: string[] = [];
  if (definition) {
    try {
      await configure(definition, device, coordinator);
    } catch (e) {
      problems.push(`definition configure: ${describeError(e)}`);
    }
  }
  if (device.type === 'Router') {
    for (const endpoint of device.endpoints) {
      for (const s of STATE_ATTRIBUTES) {
        if (!endpoint.supportsInputCluster(s.cluster)) continue;
        if (endpoint.configuredReportings.some((r) => r.cluster.name === s.cluster && r.attribute.name === s.attribute)) continue;
        try {
          await endpoint.bind(s.cluster, coordinator);
          await endpoint.configureReporting(s.cluster, [{ attribute: s.attribute, minimumReportInterval: 0, maximumReportInterval: 3600, reportableChange: s.change }]);
        } catch (e) {
          problems.push(`${s.cluster}.${s.attribute} reporting: ${describeError(e)}`);
        }
      }
    }
  }
  // Removed (or left) while it was being configured: nothing to remember.
  if (problems.length === 0 && !device.isDeleted) {
    device.meta.hearthConfigured = CONFIGURE_VERSION;
    device.save();
  }
  return problems;
}
