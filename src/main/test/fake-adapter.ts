// A scripted ProtocolAdapter for unit tests of the core's services (integration tests use the real stacks).
import type { AdapterDevice, AdapterEvent, AdapterListener, AdapterStatus, ProtocolAdapter } from '../../shared/adapter';
import type { CapabilityValue } from '../../shared/model';

export class ScriptedAdapter implements ProtocolAdapter {
  readonly protocol = 'zwave' as const;
  readonly label = 'scripted';
  readonly commands: { nativeId: string; capabilityId: string; value: CapabilityValue }[] = [];
  #status: AdapterStatus = { state: 'stopped' };
  readonly #listeners = new Set<AdapterListener>();
  readonly #devices = new Map<string, AdapterDevice>();

  async start() {
    this.emit({ type: 'status', status: (this.#status = { state: 'ready' }) });
  }
  async stop() {
    this.#status = { state: 'stopped' };
  }
  status() {
    return this.#status;
  }
  devices() {
    return [...this.#devices.values()];
  }
  async command(nativeId: string, capabilityId: string, value: CapabilityValue) {
    this.commands.push({ nativeId, capabilityId, value });
  }
  subscribe(l: AdapterListener) {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }
  emit(e: AdapterEvent) {
    if (e.type === 'device') this.#devices.set(e.device.nativeId, e.device);
    for (const l of this.#listeners) l(e);
  }
}

export function lampDevice(over: Partial<AdapterDevice> = {}): AdapterDevice {
  return {
    nativeId: 'h-2',
    suggestedName: 'Floor Lamp',
    suggestedArea: 'Living Room',
    manufacturer: 'Zooz',
    model: 'ZEN77',
    firmware: '1.0',
    capabilities: [
      { id: 'onOff', kind: 'onOff', writable: true },
      { id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' },
      { id: 'meter.power', kind: 'meter', writable: false, unit: 'W', measure: 'power' },
    ],
    state: { onOff: false, level: 0, 'meter.power': 0 },
    health: 'online',
    ...over,
  };
}
