// The integrations the core runs, as generic code sees them: which radios there are, what each one can do (its
// declared features, never decided here by protocol name), their status and device counts for the radio list,
// pairing for all of them, and each stack's main-side service (zwave/, zigbee/, matter/ reach theirs through it).
import type { AdapterState, HomeKind, RadioInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { AnyIntegration, LinkQuality } from '../../shared/integration';
import type { Protocol } from '../../shared/model';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { DeviceService } from '../services/devices';
import { PairingService } from './pairing';
import type { StackContext } from './stack';

/** A stack's Hearth-side glue (device ids, bus events, names and rooms); started before its integration. */
export interface StackService {
  start(): void;
  /** Runs before the integration stops (a last backup needs a running radio). */
  stop(): Promise<void> | void;
  /** What the radio list says about this stack beyond status and features (the Zigbee stick, the demo's code...). */
  info?(): Partial<Pick<RadioInfo, 'zigbee' | 'matter'>>;
}

export interface RegistryDeps {
  bus: EventBus;
  devices: Pick<DeviceService, 'attach' | 'list'>;
  log: Logger;
  /** The stacks' names for messages ("There is no Z-Wave radio"). */
  name: (protocol: Protocol) => string;
  now?: () => number;
}

export class IntegrationRegistry {
  readonly pairing: PairingService;
  /** What startIntegrations built the stacks from and which home runs (null before it ran, e.g. a test's own radio). */
  started: { ctx: StackContext; home: HomeKind } | null = null;
  readonly #d: RegistryDeps;
  readonly #integrations = new Map<Protocol, AnyIntegration>();
  readonly #services = new Map<Protocol, StackService>();
  readonly #unsubscribe: Array<() => void> = [];
  #counts = '';

  constructor(deps: RegistryDeps) {
    this.#d = deps;
    this.pairing = new PairingService({ bus: deps.bus, name: deps.name, ...(deps.now ? { now: deps.now } : {}) });
    for (const e of ['device.added', 'device.removed'] as const) {
      this.#unsubscribe.push(deps.bus.on(e, 'integrations', () => this.#countsChanged()));
    }
  }

  /** A stack's service; started now, so it sees its integration become ready. */
  use(protocol: Protocol, service: StackService): void {
    this.#services.set(protocol, service);
    service.start();
  }

  service(protocol: Protocol): StackService | undefined {
    return this.#services.get(protocol);
  }

  /** Takes integrations in (device registry, pairing, status on the bus) and starts them. A radio that fails to start is reported; the others run on. */
  async start(integrations: AnyIntegration[]): Promise<void> {
    for (const integration of integrations) {
      this.#integrations.set(integration.protocol, integration);
      this.#d.devices.attach(integration);
      this.pairing.attach(integration);
      this.#unsubscribe.push(integration.subscribe((e) => e.type === 'status' && this.#changed()));
    }
    await Promise.all(
      integrations.map((i) =>
        i.start().catch((err: unknown) => {
          this.#d.log.error(`${i.protocol} radio failed to start`, err);
          this.#changed();
        }),
      ),
    );
  }

  all(): AnyIntegration[] {
    return [...this.#integrations.values()];
  }

  get(protocol: Protocol): AnyIntegration {
    const i = this.#integrations.get(protocol);
    if (!i) throw new HearthError('RADIO_UNAVAILABLE', `There is no ${this.#d.name(protocol)} radio.`, 'Plug in a stick for it and set it up in Settings → Radios.', undefined, 'stick-not-found');
    return i;
  }

  /** A device's latest link measurement, from integrations that declare 'linkQuality'; null otherwise. */
  linkQuality(protocol: Protocol, nativeId: string): LinkQuality | null {
    const i = this.#integrations.get(protocol);
    if (!i?.features.has('linkQuality') || i.status().state !== 'ready') return null;
    return i.facets.linkQuality?.read(nativeId) ?? null;
  }

  /** Why a device is offline in its stack's own words, for stacks that say (Matter); null otherwise. */
  offlineReason(protocol: Protocol, nativeId: string): string | null {
    try {
      return this.#integrations.get(protocol)?.facets.reachability?.offlineReason(nativeId) ?? null;
    } catch {
      return null; // the stack is stopping
    }
  }

  states(): AdapterState[] {
    return this.all().map((a) => {
      const s = a.status();
      const base: AdapterState = { protocol: a.protocol, label: a.label, state: s.state };
      if (s.state === 'failed') {
        base.message = s.message;
        if (s.next) base.next = s.next;
      } else if ('detail' in s && s.detail) base.message = s.detail;
      return base;
    });
  }

  /** The radio list: status, the declared features, the live device count, and what the stack adds. */
  list(): RadioInfo[] {
    const devices = this.#d.devices.list();
    return this.states().map((s) => ({
      ...s,
      features: [...this.get(s.protocol).features],
      devices: devices.filter((d) => d.protocol === s.protocol).length,
      ...this.#services.get(s.protocol)?.info?.(),
    }));
  }

  /** Runs before the integrations stop (the shutdown backup needs a running radio). */
  async beforeStop(): Promise<void> {
    const results = await Promise.allSettled([...this.#services.values()].map(async (s) => s.stop()));
    for (const r of results) if (r.status === 'rejected') this.#d.log.warn('a radio service did not stop cleanly', r.reason);
  }

  async stop(): Promise<void> {
    const results = await Promise.allSettled(this.all().map((a) => a.stop()));
    for (const r of results) if (r.status === 'rejected') this.#d.log.warn('radio did not stop cleanly', r.reason);
  }

  detachAll(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
    this.pairing.detachAll();
  }

  #changed(): void {
    this.#d.bus.emit('system.health', { adapters: this.states() });
    this.#d.bus.emit('radios.changed', { radios: this.list() });
  }

  #countsChanged(): void {
    const counts = JSON.stringify(this.list().map((r) => r.devices));
    if (counts === this.#counts) return;
    this.#counts = counts;
    this.#d.bus.emit('radios.changed', { radios: this.list() });
  }
}
