// What the adapter knows per device: herdsman's Device, its converter definition, capability
// bindings and the latest values. Converts to the plain IntegrationDevice the rest of Hearth sees.
import type { Models } from './herdsman';
import type { IntegrationDevice } from '../../shared/integration';
import type { CapabilityValue, DeviceHealth } from '../../shared/model';
import { type CapabilityBinding, mapExposes } from './mapping/capabilities';
import { type Definition, exposesOf, findDefinition } from './mapping/converters';

export interface DeviceEntry {
  device: Models.Device;
  definition: Definition | undefined;
  bindings: CapabilityBinding[];
  /** Converter-level state (keys like "state", "brightness"), what toZigbee converters see as meta.state. */
  native: Record<string, unknown>;
  state: Record<string, CapabilityValue>;
  stateAt: Record<string, number>;
  health: DeviceHealth;
}

export class DeviceRegistry {
  private readonly entries = new Map<string, DeviceEntry>();

  get(ieee: string): DeviceEntry | undefined {
    return this.entries.get(ieee);
  }

  all(): DeviceEntry[] {
    return [...this.entries.values()];
  }

  delete(ieee: string): void {
    this.entries.delete(ieee);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Creates or updates the entry, (re)resolving the converter definition and capabilities. */
  async refresh(device: Models.Device, health?: DeviceHealth): Promise<DeviceEntry> {
    const existing = this.entries.get(device.ieeeAddr);
    let definition: Definition | undefined;
    try {
      definition = device.interviewState === 'SUCCESSFUL' ? await findDefinition(device) : undefined;
    } catch {
      definition = undefined;
    }
    const bindings = definition ? mapExposes(exposesOf(definition, device)) : [];
    const state: Record<string, CapabilityValue> = {};
    for (const b of bindings) state[b.capability.id] = existing?.state[b.capability.id] ?? null;
    const entry: DeviceEntry = {
      device,
      definition,
      bindings,
      native: existing?.native ?? {},
      state,
      stateAt: existing?.stateAt ?? {},
      health: health ?? existing?.health ?? 'unknown',
    };
    this.entries.set(device.ieeeAddr, entry);
    return entry;
  }

  static displayName(entry: DeviceEntry): string {
    const custom = entry.device.meta.hearthName;
    if (typeof custom === 'string' && custom.length > 0) return custom;
    return entry.definition ? `${entry.definition.vendor} ${entry.definition.model}` : entry.device.ieeeAddr;
  }

  static toAdapterDevice(entry: DeviceEntry): IntegrationDevice {
    const { device, definition } = entry;
    const custom = device.meta.hearthName;
    return {
      nativeId: device.ieeeAddr,
      suggestedName: typeof custom === 'string' && custom.length > 0 ? custom : null,
      suggestedArea: typeof device.meta.hearthArea === 'string' && device.meta.hearthArea.length > 0 ? device.meta.hearthArea : null,
      manufacturer: definition?.vendor ?? device.manufacturerName ?? 'Unknown',
      model: definition?.model ?? device.modelID ?? 'Unknown',
      firmware: device.softwareBuildID ?? device.dateCode ?? null,
      capabilities: entry.bindings.map((b) => ({ ...b.capability })),
      state: { ...entry.state },
      health: entry.health,
    };
  }
}
