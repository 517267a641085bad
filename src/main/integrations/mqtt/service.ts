// MQTT's Hearth-side glue: the devices announced on the broker as Settings → Integrations → MQTT lists them (with
// the Hearth device each adopted one became), sent on the bus as 'mqtt.devices' whenever they or the link change;
// adopting, ignoring and taking back an ignored device; and switching the running integration to another broker.
import type { MqttDevicesList, MqttDiscoveredDevice } from '../../../shared/contract';
import type { BrokerOptions, DiscoveredDevice, MqttIntegration, ReconnectableMqttIntegration } from '../../../protocols/mqtt';
import type { EventBus } from '../../bus';
import type { Logger } from '../../../shared/logger';
import { deviceId, type DeviceService } from '../../services/devices';
import type { StackService } from '../registry';

/** A control without a label of its own, as people say it. */
const KIND_WORDS: Record<string, string> = { onOff: 'On/off', level: 'Brightness', colorTemp: 'Colour temperature', color: 'Colour', setpoint: 'Target temperature' };

export interface MqttServiceDeps {
  integration: ReconnectableMqttIntegration;
  bus: EventBus;
  devices: Pick<DeviceService, 'find'>;
  log: Logger;
  /** Where the broker in force comes from. */
  source: 'settings' | 'commandLine';
}

export class MqttService implements StackService {
  readonly #d: MqttServiceDeps;
  #unsubscribe: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: MqttServiceDeps) {
    this.#d = deps;
  }

  get source(): 'settings' | 'commandLine' {
    return this.#d.source;
  }

  get integration(): MqttIntegration {
    return this.#d.integration;
  }

  start(): void {
    this.#unsubscribe = this.#d.integration.subscribe((e) => {
      if (e.type === 'stack' || e.type === 'status' || e.type === 'device' || e.type === 'deviceRemoved') this.#changed();
    });
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  list(): MqttDevicesList {
    const running = this.#d.integration.status().state === 'ready';
    const devices = this.#d.integration.facets.mqtt.discovered().map((d) => this.#view(d));
    devices.sort((a, b) => (a.name ?? a.nativeId).localeCompare(b.name ?? b.nativeId));
    return { running, devices };
  }

  async adopt(nativeId: string): Promise<void> {
    await this.#d.integration.facets.mqtt.adopt(nativeId);
  }

  async ignore(nativeId: string): Promise<void> {
    await this.#d.integration.facets.mqtt.ignore(nativeId);
  }

  async unignore(nativeId: string): Promise<void> {
    await this.#d.integration.facets.mqtt.unignore(nativeId);
  }

  /** Connects the running integration to the broker just saved; a failure shows in its status (and it is retried). */
  async useBroker(broker: BrokerOptions): Promise<void> {
    try {
      await this.#d.integration.useBroker(broker);
    } catch (err) {
      this.#d.log.warn('The MQTT broker just saved did not accept Hearth yet; retrying', err);
    }
  }

  #view(d: DiscoveredDevice): MqttDiscoveredDevice {
    const id = deviceId('mqtt', d.nativeId);
    return {
      nativeId: d.nativeId,
      name: d.name,
      manufacturer: d.manufacturer,
      model: d.model,
      components: d.components,
      controls: d.capabilities.map((c) => c.label ?? KIND_WORDS[c.kind] ?? c.kind),
      state: d.state,
      waiting: d.waiting ?? null,
      deviceId: d.state === 'adopted' && this.#d.devices.find(id) ? id : null,
    };
  }

  /** Many messages arrive at once when Hearth connects: the list goes out once they have settled. */
  #changed(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#d.bus.emit('mqtt.devices', this.list());
    }, 50);
  }
}
