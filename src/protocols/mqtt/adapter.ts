// The MQTT integration: Hearth connects to the user's broker, reads Home Assistant discovery messages (as
// Tasmota, ESPHome, Shelly and Zigbee2MQTT publish them), lists the devices they announce as discovered, and
// runs the adopted ones: state from their state topics, commands to their command topics, availability topics
// as online/offline. Adopting is this stack's pairing (an open window adopts whatever announces itself).
import { HearthError } from '../../shared/errors';
import { fanOut, type IntegrationDevice, type IntegrationEvent, type IntegrationFeature, type IntegrationListener, type IntegrationStatus, type PairingFacet, type RemoveFacet } from '../../shared/integration';
import { type Logger, subsystemLog } from '../../shared/logger';
import { type Capability, type CapabilityValue, commandValueSchema, type DeviceHealth } from '../../shared/model';
import { safeUrl } from './errors';
import type { DiscoveredDevice, MqttEvent, MqttFacet, MqttFacets, MqttIntegration } from './facets';
import { type DiscoveryConfig, parseDiscoveryPayload, parseDiscoveryTopic } from './mapping/discovery';
import { type Binding, deviceIdOf, type Entity, mapEntity } from './mapping/entities';
import { type BrokerLink, type BrokerMessage, type BrokerOptions, connectBroker } from './mqttjs';
import { AdoptionWindow } from './pairing';
import { ChoiceStore } from './store';

export interface MqttAdapterOptions {
  broker: BrokerOptions;
  /** Where the adopted/ignored lists are kept. */
  dataDir: string;
  log: Logger;
  label?: string;
  /** HA's discovery prefix. */
  discoveryPrefix?: string;
  /** 'all' adopts every announced device that was not ignored (headless hubs: --mqtt-adopt all). */
  adopt?: 'all' | 'none';
  /** How long a command waits for the device to report its new state. */
  commandTimeoutMs?: number;
  /**
   * Asked before each adoption (the subscription's room for one more device): throws a HearthError when there is
   * none. An explicit adopt passes the error on; adopting by itself (adopt 'all', an open window) leaves the
   * device discovered, with the reason as its `waiting`.
   */
  admit?: () => void;
}

interface KnownDevice {
  nativeId: string;
  entities: Map<string, { entity: Entity; config: DiscoveryConfig }>;
  values: Record<string, CapabilityValue>;
  /** Last availability message per topic (true = online), in arrival order for 'latest'. */
  availability: Map<string, boolean>;
  lastAvailability: boolean | null;
  /** Set when a command got no answer; cleared by any message from the device. */
  silent: boolean;
  health: DeviceHealth;
}

type Route = { kind: 'state'; deviceId: string; binding: Binding; read: (p: string) => CapabilityValue | undefined } | { kind: 'availability'; deviceId: string; online: string; offline: string; read: (p: string) => unknown };

const FEATURES: ReadonlySet<IntegrationFeature> = new Set(['pairing', 'remove']);

export class MqttAdapter implements MqttIntegration {
  readonly protocol = 'mqtt' as const;
  readonly features = FEATURES;
  readonly facets: MqttFacets & { pairing: PairingFacet; remove: RemoveFacet };

  #opts: MqttAdapterOptions;
  #log: Logger;
  #prefix: string;
  #status: IntegrationStatus = { state: 'stopped' };
  #listeners = new Set<IntegrationListener<MqttEvent>>();
  #link: BrokerLink | null = null;
  #generation = 0;
  #devices = new Map<string, KnownDevice>();
  /** Which device each discovery topic (its key) belongs to. */
  #owner = new Map<string, string>();
  #routes = new Map<string, Route[]>();
  #subscribed = new Set<string>();
  #store: ChoiceStore;
  #window = new AdoptionWindow((event) => this.#emit({ type: 'pairing', event }));
  #waiters = new Set<{ deviceId: string; capabilityId: string; done: () => void }>();
  #rejected = new Set<string>();
  /** Devices that would have been adopted by themselves but were not admitted, and why. */
  #waiting = new Map<string, string>();

  constructor(opts: MqttAdapterOptions) {
    this.#opts = opts;
    this.#log = subsystemLog(opts.log, 'mqtt');
    this.#prefix = opts.discoveryPrefix ?? 'homeassistant';
    this.#store = new ChoiceStore(opts.dataDir, this.#log);
    const mqtt: MqttFacet = {
      discovered: () => [...this.#devices.values()].filter((d) => d.entities.size > 0).map((d) => this.#summary(d)),
      adopt: async (id) => this.#adopt(id),
      ignore: async (id) => this.#ignore(id),
      unignore: async (id) => this.#unignore(id),
    };
    const pairing: PairingFacet = {
      open: async (seconds) => this.#openWindow(seconds),
      close: async () => this.#window.close(),
      retry: async (id) => this.#adopt(id),
    };
    const remove: RemoveFacet = { remove: async (id) => this.#remove(id) };
    this.facets = { mqtt, pairing, remove };
  }

  get label(): string {
    return this.#opts.label ?? `MQTT broker at ${safeUrl(this.#opts.broker.url)}`;
  }

  /** Connects to another broker (or the same one with other credentials): stops, takes the new options, starts. */
  async useBroker(broker: BrokerOptions): Promise<void> {
    await this.stop();
    this.#opts = { ...this.#opts, broker };
    await this.start();
  }

  status(): IntegrationStatus {
    return this.#status;
  }

  subscribe(listener: IntegrationListener<MqttEvent>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  devices(): IntegrationDevice[] {
    return [...this.#devices.values()].filter((d) => this.#store.adopted.has(d.nativeId) && d.entities.size > 0).map((d) => this.#describe(d));
  }

  async start(): Promise<void> {
    if (this.#status.state === 'ready' || this.#status.state === 'starting') return;
    const generation = ++this.#generation;
    const last = this.#status.state === 'failed' ? this.#status.message : null;
    this.#setStatus({ state: 'starting', detail: last ? `Trying ${safeUrl(this.#opts.broker.url)} again (last time: ${last})` : `Connecting to ${safeUrl(this.#opts.broker.url)}` });
    let link: BrokerLink;
    try {
      link = await connectBroker({ ...this.#opts.broker, clientId: this.#opts.broker.clientId ?? `hearth-${Math.random().toString(36).slice(2, 10)}` });
    } catch (err) {
      const e = err instanceof HearthError ? err : new HearthError('RADIO_UNAVAILABLE', String(err));
      this.#setStatus({ state: 'failed', message: e.message, ...(e.next ? { next: e.next } : {}) });
      throw e;
    }
    if (generation !== this.#generation) {
      await link.end();
      return;
    }
    this.#link = link;
    link.onMessage((m) => {
      if (generation === this.#generation) this.#onMessage(m);
    });
    link.onLink((up, reason) => {
      if (generation !== this.#generation) return;
      this.#emit({ type: 'stack', event: { type: 'link', up, ...(reason ? { reason } : {}) } });
      if (up) {
        this.#setStatus({ state: 'ready', detail: `Connected to ${safeUrl(this.#opts.broker.url)}` });
        void this.#resubscribe();
      } else {
        this.#log.warn(`Lost the MQTT broker: ${reason ?? 'connection closed'}; reconnecting`);
        this.#setStatus({ state: 'starting', detail: `Reconnecting to ${safeUrl(this.#opts.broker.url)}: ${reason ?? 'connection closed'}` });
      }
    });
    await this.#resubscribe();
    this.#setStatus({ state: 'ready', detail: `Connected to ${safeUrl(this.#opts.broker.url)}` });
  }

  async stop(): Promise<void> {
    this.#generation++;
    this.#window.close(false);
    for (const w of this.#waiters) w.done();
    this.#waiters.clear();
    const link = this.#link;
    this.#link = null;
    if (link) await link.end();
    this.#devices.clear();
    this.#owner.clear();
    this.#routes.clear();
    this.#subscribed.clear();
    if (this.#status.state !== 'stopped') this.#setStatus({ state: 'stopped' });
  }

  async command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void> {
    const link = this.#link;
    if (!link || this.#status.state !== 'ready') throw new HearthError('RADIO_UNAVAILABLE', 'Hearth is not connected to the MQTT broker.', 'Check the broker in Settings → Integrations → MQTT.');
    const d = this.#devices.get(nativeId);
    if (!d || !this.#store.adopted.has(nativeId)) throw new HearthError('NOT_FOUND', `No adopted MQTT device '${nativeId}'.`);
    const binding = this.#bindings(d).find((b) => b.capability.id === capabilityId);
    if (!binding) throw new HearthError('NOT_FOUND', `${this.#name(d)} has no '${capabilityId}'.`);
    if (!binding.write) throw new HearthError('UNSUPPORTED', `${this.#name(d)} only reports ${binding.capability.label ?? capabilityId}; it cannot be set.`);
    const checked = commandValueSchema(binding.capability).safeParse(value);
    if (!checked.success) throw new HearthError('BAD_REQUEST', `${JSON.stringify(value)} is not a value ${binding.capability.label ?? capabilityId} accepts.`);
    if (d.health === 'offline') throw new HearthError('DEVICE_UNREACHABLE', `${this.#name(d)} is offline.`, 'Check that it has power and is connected to Wi-Fi and the broker.');
    const publishes = binding.write(checked.data);
    if (publishes.length === 0) throw new HearthError('UNSUPPORTED', `Hearth cannot send that value to ${this.#name(d)} (its command template is not one Hearth reads).`);
    const confirmed = binding.reads.length > 0 ? this.#waitForState(nativeId, capabilityId) : null;
    try {
      for (const p of publishes) await link.publish(p.topic, p.payload);
    } catch (err) {
      confirmed?.cancel();
      throw err;
    }
    if (!confirmed) return;
    const answered = await confirmed.promise;
    if (!answered) {
      if (this.#devices.get(nativeId) === d && !d.silent) {
        d.silent = true;
        this.#updateHealth(d);
      }
      throw new HearthError('TIMEOUT', `${this.#name(d)} did not report back within ${Math.round(this.#timeout / 1000)} s.`, 'Check that it has power and is connected to Wi-Fi and the broker.');
    }
  }

  // ---- internals ----

  get #timeout(): number {
    return this.#opts.commandTimeoutMs ?? 5_000;
  }

  #waitForState(deviceId: string, capabilityId: string): { promise: Promise<boolean>; cancel: () => void } {
    let finish: (ok: boolean) => void = () => undefined;
    const promise = new Promise<boolean>((resolve) => (finish = resolve));
    const waiter = { deviceId, capabilityId, done: () => { clearTimeout(timer); this.#waiters.delete(waiter); finish(true); } };
    const timer = setTimeout(() => {
      this.#waiters.delete(waiter);
      finish(false);
    }, this.#timeout);
    this.#waiters.add(waiter);
    return { promise, cancel: () => { clearTimeout(timer); this.#waiters.delete(waiter); } };
  }

  async #resubscribe(): Promise<void> {
    const link = this.#link;
    if (!link) return;
    const topics = [`${this.#prefix}/+/+/config`, `${this.#prefix}/+/+/+/config`, ...this.#routes.keys()];
    await link.subscribe(topics);
    for (const t of this.#routes.keys()) this.#subscribed.add(t);
  }

  #onMessage(m: BrokerMessage): void {
    const where = parseDiscoveryTopic(this.#prefix, m.topic);
    if (where) return this.#onDiscovery(m.topic, where, m.payload);
    const routes = this.#routes.get(m.topic);
    if (!routes) return;
    for (const r of routes) {
      const d = this.#devices.get(r.deviceId);
      if (!d) continue;
      if (r.kind === 'availability') {
        let v: string;
        try {
          v = String(r.read(m.payload));
        } catch {
          continue; // a payload its template cannot read says nothing about availability
        }
        const online = v === r.online ? true : v === r.offline ? false : null;
        if (online === null) continue;
        d.availability.set(m.topic, online);
        d.lastAvailability = online;
        if (online) d.silent = false;
        this.#updateHealth(d);
        continue;
      }
      let value: CapabilityValue | undefined;
      try {
        value = r.read(m.payload);
      } catch {
        value = undefined;
      }
      if (value === undefined) continue;
      const id = r.binding.capability.id;
      if (d.silent) {
        d.silent = false;
        this.#updateHealth(d);
      }
      d.values[id] = value;
      if (this.#store.adopted.has(d.nativeId)) this.#emit({ type: 'state', nativeId: d.nativeId, capabilityId: id, value, at: Date.now() });
      // A retained message is an old report replayed by the broker, not the device answering the command.
      if (!m.retained) for (const w of [...this.#waiters]) if (w.deviceId === d.nativeId && w.capabilityId === id) w.done();
    }
  }

  #reject(topic: string, reason: string): void {
    const key = `${topic}\u0000${reason}`;
    if (!this.#rejected.has(key)) {
      if (this.#rejected.size > 1000) this.#rejected.clear();
      this.#rejected.add(key);
      this.#log.warn(`Ignored the MQTT discovery message on ${topic}: ${reason}`);
    }
    this.#emit({ type: 'stack', event: { type: 'rejected', topic, reason } });
  }

  #onDiscovery(topic: string, where: NonNullable<ReturnType<typeof parseDiscoveryTopic>>, payload: string): void {
    const key = [where.component, where.nodeId, where.objectId].filter((x) => x !== null).join('/');
    if (payload.trim() === '') return this.#withdrawEntity(key);
    const parsed = parseDiscoveryPayload(payload);
    if (!parsed.ok) return this.#reject(topic, parsed.reason);
    const mapped = mapEntity(where, parsed.config);
    if (!mapped.ok) return this.#reject(topic, mapped.reason);
    const { entity } = mapped;
    for (const t of entity.unsupportedTemplates) this.#reject(topic, `the template ${t} is beyond what Hearth reads; the raw payload is used`);
    for (const w of entity.warnings) this.#reject(topic, w);
    const deviceId = deviceIdOf(where, parsed.config);
    const previousOwner = this.#owner.get(key);
    if (previousOwner !== undefined && previousOwner !== deviceId) this.#withdrawEntity(key);
    let d = this.#devices.get(deviceId);
    const isNew = d === undefined || d.entities.size === 0;
    if (!d) {
      d = { nativeId: deviceId, entities: new Map(), values: {}, availability: new Map(), lastAvailability: null, silent: false, health: 'unknown' };
      this.#devices.set(deviceId, d);
    }
    // A capability id announced twice on one device (two entities with one object id) keeps the first.
    const taken = new Set(this.#bindings(d, key).map((b) => b.capability.id));
    entity.bindings = entity.bindings.filter((b) => !taken.has(b.capability.id));
    d.entities.set(key, { entity, config: parsed.config });
    this.#owner.set(key, deviceId);
    for (const id of Object.keys(d.values)) if (!this.#bindings(d).some((b) => b.capability.id === id)) delete d.values[id];
    this.#rebuildRoutes();
    this.#updateHealth(d, false);
    if (!this.#store.adopted.has(deviceId) && !this.#store.ignored.has(deviceId) && (this.#opts.adopt === 'all' || (isNew && this.#window.isOpen))) {
      this.#adoptByItself(d);
    } else if (this.#store.adopted.has(deviceId)) {
      this.#emit({ type: 'device', device: this.#describe(d) });
    }
    this.#emit({ type: 'stack', event: { type: 'discovered', device: this.#summary(d) } });
  }

  #withdrawEntity(key: string): void {
    const deviceId = this.#owner.get(key);
    if (deviceId === undefined) return;
    this.#owner.delete(key);
    const d = this.#devices.get(deviceId);
    if (!d) return;
    d.entities.delete(key);
    for (const id of Object.keys(d.values)) if (!this.#bindings(d).some((b) => b.capability.id === id)) delete d.values[id];
    this.#rebuildRoutes();
    const adopted = this.#store.adopted.has(deviceId);
    if (d.entities.size === 0) {
      this.#devices.delete(deviceId);
      if (adopted) this.#emit({ type: 'deviceRemoved', nativeId: deviceId });
      this.#emit({ type: 'stack', event: { type: 'withdrawn', nativeId: deviceId } });
    } else if (adopted) {
      this.#emit({ type: 'device', device: this.#describe(d) });
    }
  }

  #rebuildRoutes(): void {
    const routes = new Map<string, Route[]>();
    const add = (t: string, r: Route) => (routes.get(t) ?? routes.set(t, []).get(t)!).push(r);
    for (const d of this.#devices.values()) {
      for (const { entity } of d.entities.values()) {
        for (const b of entity.bindings) for (const r of b.reads) add(r.topic, { kind: 'state', deviceId: d.nativeId, binding: b, read: r.read });
        for (const a of entity.availability) add(a.topic, { kind: 'availability', deviceId: d.nativeId, online: a.online, offline: a.offline, read: a.read });
      }
    }
    this.#routes = routes;
    const link = this.#link;
    if (!link) return;
    const fresh = [...routes.keys()].filter((t) => !this.#subscribed.has(t));
    const stale = [...this.#subscribed].filter((t) => !routes.has(t));
    for (const t of fresh) this.#subscribed.add(t);
    for (const t of stale) this.#subscribed.delete(t);
    void link.subscribe(fresh).catch((e: unknown) => this.#log.warn(`Could not subscribe to ${fresh.join(', ')}: ${String(e)}`));
    void link.unsubscribe(stale).catch(() => undefined);
  }

  #bindings(d: KnownDevice, except?: string): Binding[] {
    return [...d.entities].filter(([k]) => k !== except).flatMap(([, e]) => e.entity.bindings);
  }

  #updateHealth(d: KnownDevice, emit = true): void {
    const rules = [...d.entities.values()].some((e) => e.entity.availability.length > 0);
    let health: DeviceHealth;
    if (d.silent) health = 'offline';
    else if (!rules) health = 'online';
    else if (d.lastAvailability === null) health = 'unknown';
    else health = d.lastAvailability ? 'online' : 'offline';
    if (health === d.health) return;
    d.health = health;
    if (emit && this.#store.adopted.has(d.nativeId)) this.#emit({ type: 'health', nativeId: d.nativeId, health });
  }

  #meta(d: KnownDevice) {
    const dev = [...d.entities.values()].map((e) => e.config.device).find((x) => x !== undefined);
    return {
      name: dev?.name ?? [...d.entities.values()].map((e) => e.entity.name).find((n) => n) ?? null,
      manufacturer: dev?.manufacturer ?? 'Unknown',
      model: dev?.model ?? 'MQTT device',
      firmware: dev?.sw_version ?? null,
      area: dev?.suggested_area ?? null,
    };
  }

  #name(d: KnownDevice): string {
    return this.#meta(d).name ?? d.nativeId;
  }

  #describe(d: KnownDevice): IntegrationDevice {
    const m = this.#meta(d);
    const capabilities: Capability[] = this.#bindings(d).map((b) => b.capability);
    return { nativeId: d.nativeId, suggestedName: m.name, suggestedArea: m.area, manufacturer: m.manufacturer, model: m.model, firmware: m.firmware, capabilities, state: { ...d.values }, health: d.health };
  }

  #summary(d: KnownDevice): DiscoveredDevice {
    const m = this.#meta(d);
    return {
      nativeId: d.nativeId,
      name: m.name,
      manufacturer: m.manufacturer,
      model: m.model,
      capabilities: this.#bindings(d).map((b) => b.capability),
      components: [...d.entities.values()].map((e) => e.entity.component),
      state: this.#store.adopted.has(d.nativeId) ? 'adopted' : this.#store.ignored.has(d.nativeId) ? 'ignored' : 'discovered',
      ...(this.#waiting.has(d.nativeId) && !this.#store.adopted.has(d.nativeId) ? { waiting: this.#waiting.get(d.nativeId)! } : {}),
    };
  }

  #adopt(id: string): void {
    const d = this.#devices.get(id);
    if (!d || d.entities.size === 0) throw new HearthError('NOT_FOUND', `No device '${id}' has announced itself on the MQTT broker.`, 'Check that the device is on and publishes Home Assistant discovery to this broker.');
    if (this.#store.adopted.has(id)) return;
    this.#opts.admit?.();
    this.#adoptKnown(d);
    this.#emit({ type: 'stack', event: { type: 'discovered', device: this.#summary(d) } });
  }

  /** Adopting without the user asking (adopt 'all', an open window): a device the subscription has no room for waits, said once in the log. */
  #adoptByItself(d: KnownDevice): void {
    try {
      this.#opts.admit?.();
    } catch (err) {
      const reason = err instanceof HearthError ? `${err.message}${err.next ? ` ${err.next}` : ''}` : String(err);
      if (!this.#waiting.has(d.nativeId)) this.#log.warn(`The MQTT device ${this.#name(d)} (${d.nativeId}) was not adopted: ${reason}`);
      this.#waiting.set(d.nativeId, reason);
      return;
    }
    this.#adoptKnown(d);
  }

  #adoptKnown(d: KnownDevice): void {
    this.#waiting.delete(d.nativeId);
    this.#emit({ type: 'pairing', event: { type: 'progress', nativeId: d.nativeId, step: 'joined', canRetry: false } });
    this.#store.ignored.delete(d.nativeId);
    this.#store.adopted.add(d.nativeId);
    this.#store.save();
    this.#log.info(`Adopted the MQTT device ${this.#name(d)} (${d.nativeId})`);
    this.#emit({ type: 'device', device: this.#describe(d) });
    this.#emit({ type: 'pairing', event: { type: 'progress', nativeId: d.nativeId, step: 'ready', canRetry: false } });
  }

  #ignore(id: string): void {
    const wasAdopted = this.#store.adopted.delete(id);
    this.#store.ignored.add(id);
    this.#store.save();
    if (wasAdopted) this.#emit({ type: 'deviceRemoved', nativeId: id });
    const d = this.#devices.get(id);
    if (d) this.#emit({ type: 'stack', event: { type: 'discovered', device: this.#summary(d) } });
  }

  #unignore(id: string): void {
    if (!this.#store.ignored.delete(id)) return;
    this.#store.save();
    const d = this.#devices.get(id);
    if (d) this.#emit({ type: 'stack', event: { type: 'discovered', device: this.#summary(d) } });
  }

  #remove(id: string): void {
    if (!this.#store.adopted.delete(id)) throw new HearthError('NOT_FOUND', `No adopted MQTT device '${id}'.`);
    this.#store.save();
    this.#log.info(`Removed the MQTT device ${id}; it stays in the discovered list while it announces itself`);
    this.#emit({ type: 'deviceRemoved', nativeId: id });
    const d = this.#devices.get(id);
    if (d) this.#emit({ type: 'stack', event: { type: 'discovered', device: this.#summary(d) } });
  }

  #openWindow(seconds: number): void {
    if (this.#status.state !== 'ready') throw new HearthError('RADIO_UNAVAILABLE', 'Hearth is not connected to the MQTT broker.');
    this.#window.open(seconds);
  }

  #setStatus(status: IntegrationStatus): void {
    this.#status = status;
    this.#emit({ type: 'status', status });
  }

  #emit(event: IntegrationEvent<MqttEvent>): void {
    fanOut(this.#listeners, event, (err) => this.#log.error('An MQTT event listener failed', err));
  }
}
