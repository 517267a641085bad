// What the core knows about its radios beyond the device registry: which adapters run, pairing for
// every protocol that has it, and the Zigbee-only services.
import type { ProtocolAdapter } from '../../shared/adapter';
import type { AdapterState, RadioFeature, RadioInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Protocol } from '../../shared/model';
import type { EventBus } from '../bus';
import { PairingService } from './pairing';
import type { ZigbeeService } from './zigbee-service';
import type { ZWaveService } from './zwave-service';

export class RadioServices {
  readonly pairing: PairingService;
  #zigbee: ZigbeeService | undefined;
  #zwave: ZWaveService | undefined;
  readonly #adapters = new Map<Protocol, ProtocolAdapter>();

  constructor(bus: EventBus, now?: () => number) {
    this.pairing = new PairingService(bus, now);
  }

  attach(adapter: ProtocolAdapter): void {
    this.#adapters.set(adapter.protocol, adapter);
    this.pairing.attach(adapter);
  }

  /** Zigbee's backups / network map; started before the adapter so it sees it become ready. */
  useZigbee(service: ZigbeeService): void {
    this.#zigbee = service;
    service.start();
  }

  /** Z-Wave's secure inclusion, SmartStart, maintenance, firmware and NVM backups. */
  useZWave(service: ZWaveService): void {
    this.#zwave = service;
    service.start();
  }

  get zwave(): ZWaveService {
    if (!this.#zwave) throw new HearthError('UNSUPPORTED', 'There is no Z-Wave radio.', 'Plug in a Z-Wave stick and set it up in Settings → Radios.');
    return this.#zwave;
  }

  get zigbee(): ZigbeeService {
    if (!this.#zigbee) throw new HearthError('UNSUPPORTED', 'There is no Zigbee radio.', 'Plug in a Zigbee stick and set it up in Settings → Radios.');
    return this.#zigbee;
  }

  adapter(protocol: Protocol): ProtocolAdapter {
    const a = this.#adapters.get(protocol);
    if (!a) throw new HearthError('RADIO_UNAVAILABLE', `There is no ${protocol} radio.`);
    return a;
  }

  list(states: AdapterState[]): RadioInfo[] {
    return states.map((s) => {
      const a = this.#adapters.get(s.protocol);
      const features: RadioFeature[] = [];
      if (a?.pairing) features.push('pairing');
      if (a?.remove) features.push('remove');
      if (a?.details) features.push('details');
      if (a?.checkFirmware) features.push('firmware');
      const zigbee = s.protocol === 'zigbee' ? this.#zigbee : undefined;
      if (zigbee) features.push('backups', 'networkMap');
      return { ...s, features, ...(zigbee ? { zigbee: zigbee.info() } : {}) };
    });
  }

  /** Runs before the adapters stop (the shutdown backup needs a running radio). */
  async beforeStop(): Promise<void> {
    this.#zwave?.stop();
    await this.#zigbee?.stop();
  }

  detachAll(): void {
    this.pairing.detachAll();
  }
}
