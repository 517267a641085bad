// Publishes this home's devices on an MQTT broker for dashboards, Home Assistant and a fleet's operators: Home
// Assistant discovery configs (retained), states kept current from the core's device events, availability with a
// last will, and command topics whose commands run as plans (the same checks, limits, audit and Undo as the app).
// The link reconnects with backoff and publishes everything again once back. Devices Hearth itself adopted from
// MQTT are never published (that would loop them back to the broker they came from).
import type { BrokerLink, BrokerMessage, BrokerOptions } from '../../protocols/mqtt';
import { HearthError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import type { Area, CapabilityValue, Device } from '../../shared/model';
import type { Plan, PlanSource } from '../../shared/plan';
import type { EventBus } from '../bus';
import type { AuditLog } from '../storage/audit';
import { entitiesOf, type Entity } from './entities';
import { deviceSlug, homeTopics, type HomeTopics } from './topics';

export interface BridgeConfig {
  broker: BrokerOptions;
  homeId: string;
  discoveryPrefix: string;
  /** Whether UNLOCK from MQTT is obeyed (anyone who may publish on the broker could open the door). */
  allowUnlock: boolean;
}

export interface BridgeStatus {
  /** off: not enabled; refused: the tier does not include it, or it is not configured; connecting; online. */
  state: 'off' | 'refused' | 'connecting' | 'online';
  /** Why it is refused or not connected, in plain words. */
  message: string | null;
  broker: string | null;
  homeId: string | null;
  /** Devices published now. */
  devices: number;
}

export interface MqttBridgeDeps {
  bus: EventBus;
  devices: { list(): Device[]; find(id: string): Device | undefined; areas(): Area[] };
  plans: { runCommands(source: PlanSource, title: string, commands: readonly { deviceId: string; capabilityId: string; value: CapabilityValue }[], actor: string): Promise<Plan> };
  audit: Pick<AuditLog, 'append'>;
  log: Logger;
  connect(opts: BrokerOptions): Promise<BrokerLink>;
  /** What to publish and where; a string says why not (off, or not configured). */
  config(): BridgeConfig | { off: string } | { refused: string };
  /** The subscription's answer: null when the tier includes the MQTT bridge, else why not. */
  refusal(): string | null;
  version: string;
  /** Backoff between reconnects: first wait and longest wait (ms). */
  backoffMs?: { first: number; max: number };
  /** How often the settings are read again, so a change made in Settings takes effect without a restart (ms). */
  watchMs?: number;
}

const MAX_PAYLOAD = 4096;

/** Waits 1 s, 2 s, 4 s … up to `max`, each ±20 %, so a fleet does not reconnect all at once. */
export function backoff(attempt: number, first: number, max: number, random = Math.random): number {
  const base = Math.min(max, first * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface Published {
  /** Discovery config topics of this device. */
  configs: Set<string>;
  /** Retained state topics of this device (cleared when it is removed). */
  states: Set<string>;
  entities: Entity[];
}

export class MqttBridge {
  readonly #d: MqttBridgeDeps;
  #config: BridgeConfig | null = null;
  #topics: HomeTopics | null = null;
  #link: BrokerLink | null = null;
  #running = false;
  #attempt = 0;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #state: BridgeStatus['state'] = 'off';
  #message: string | null = null;
  /** By device id: what was published for it. */
  readonly #published = new Map<string, Published>();
  /** The last payload per retained topic, so unchanged states are not sent again. */
  readonly #last = new Map<string, string>();
  /** Commands to one device run one after another, in the order they arrived. */
  readonly #queues = new Map<string, Promise<void>>();
  #warned: string | null = null;
  readonly #owner = 'mqtt-bridge';
  #generation = 0;
  #watch: ReturnType<typeof setInterval> | null = null;
  /** apply() calls run one at a time. */
  #applying: Promise<BridgeStatus> = Promise.resolve(this.status());

  constructor(deps: MqttBridgeDeps) {
    this.#d = deps;
  }

  status(): BridgeStatus {
    return {
      state: this.#state,
      message: this.#message,
      broker: this.#config ? safeBroker(this.#config.broker.url) : null,
      homeId: this.#config?.homeId ?? null,
      devices: this.#published.size,
    };
  }

  /**
   * Starts (or stops) publishing as the settings and the subscription now say. Safe to call again after a change
   * (whoever changes a mqtt.publish.* setting may call it at once); until stop() it also reads the settings again
   * every few seconds, so a change in Settings takes effect without a restart.
   */
  async apply(): Promise<BridgeStatus> {
    if (!this.#watch) {
      this.#watch = setInterval(() => {
        this.#applying = this.#applying.then(() => this.#reapply()).catch((err: unknown) => {
          this.#d.log.error('MQTT bridge: could not apply the settings', err);
          return this.status();
        });
      }, this.#d.watchMs ?? 5_000);
      this.#watch.unref?.();
    }
    const next = this.#applying.then(() => this.#reapply());
    this.#applying = next.catch(() => this.status());
    return next;
  }

  async #reapply(): Promise<BridgeStatus> {
    const cfg = this.#d.config();
    const refusal = 'broker' in cfg ? this.#d.refusal() : null;
    if (!('broker' in cfg) || refusal) {
      if (this.#running) await this.#halt();
      if ('refused' in cfg || refusal) {
        const message = refusal ?? ('refused' in cfg ? cfg.refused : null);
        if (this.#state !== 'refused' || this.#message !== message) this.#d.log.warn(`Hearth is not publishing this home on MQTT: ${message}`);
        this.#state = 'refused';
        this.#message = message;
      } else {
        this.#state = 'off';
        this.#message = 'off' in cfg ? cfg.off : null;
      }
      return this.status();
    }
    const same = this.#config && this.#running && JSON.stringify(this.#config) === JSON.stringify(cfg);
    if (same) return this.status();
    await this.#halt();
    this.#config = cfg;
    this.#topics = homeTopics(cfg.homeId, cfg.discoveryPrefix);
    this.#running = true;
    this.#state = 'connecting';
    this.#message = null;
    this.#listen();
    void this.#connect(++this.#generation);
    return this.status();
  }

  /** Says offline (retained) and disconnects cleanly; discovery configs stay, so dashboards show the devices unavailable. */
  async stop(): Promise<void> {
    if (this.#watch) clearInterval(this.#watch);
    this.#watch = null;
    await this.#halt();
  }

  async #halt(): Promise<void> {
    this.#generation++;
    this.#running = false;
    this.#d.bus.removeOwner(this.#owner);
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    const link = this.#link;
    this.#link = null;
    if (link?.connected && this.#topics) await link.publish(this.#topics.status, 'offline', { retain: true, qos: 1 }).catch(() => undefined);
    await link?.end().catch(() => undefined);
    this.#published.clear();
    this.#last.clear();
    this.#state = 'off';
    this.#message = null;
  }

  /** Resolves once connected and everything is published (tests and the bench wait for it). */
  async whenOnline(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.#state !== 'online') {
      if (Date.now() > until) throw new Error(`the MQTT bridge did not come online: ${this.#message ?? this.#state}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async #connect(generation: number): Promise<void> {
    const cfg = this.#config!;
    const topics = this.#topics!;
    while (this.#running && generation === this.#generation) {
      try {
        const link = await this.#d.connect({
          ...cfg.broker,
          clientId: `hearth-${cfg.homeId}-${Math.random().toString(36).slice(2, 8)}`,
          will: { topic: topics.status, payload: 'offline', retain: true },
          reconnectMs: 0,
        });
        if (!this.#running || generation !== this.#generation) {
          await link.end();
          return;
        }
        this.#link = link;
        link.onLink((up, reason) => {
          if (!up) this.#lost(link, generation, reason);
        });
        link.onMessage((m) => this.#onMessage(m));
        await this.#publishAll(link);
        this.#attempt = 0;
        this.#state = 'online';
        this.#message = null;
        this.#warned = null;
        this.#d.log.info(`publishing this home on ${safeBroker(cfg.broker.url)} as hearth/${cfg.homeId} (${this.#published.size} devices)`);
        return;
      } catch (err) {
        if (!this.#running || generation !== this.#generation) return;
        const why = err instanceof Error ? err.message : String(err);
        this.#state = 'connecting';
        this.#message = why;
        if (this.#warned !== why) this.#d.log.warn(`could not publish this home on MQTT: ${why}; trying again`);
        this.#warned = why;
        this.#link?.end(true).catch(() => undefined);
        this.#link = null;
        await this.#wait();
      }
    }
  }

  #wait(): Promise<void> {
    const { first, max } = this.#d.backoffMs ?? { first: 1_000, max: 60_000 };
    const ms = backoff(this.#attempt++, first, max);
    return new Promise((resolve) => {
      this.#retry = setTimeout(resolve, ms);
      this.#retry.unref?.();
    });
  }

  #lost(link: BrokerLink, generation: number, reason: string | undefined): void {
    if (this.#link !== link || generation !== this.#generation) return;
    this.#link = null;
    this.#state = 'connecting';
    this.#message = `the link to the broker was lost (${reason ?? 'no reason given'})`;
    this.#d.log.warn(`MQTT bridge: ${this.#message}; reconnecting`);
    void link.end(true).catch(() => undefined);
    void this.#wait().then(() => this.#connect(generation));
  }

  #listen(): void {
    const bus = this.#d.bus;
    const o = this.#owner;
    bus.on('device.added', o, (d) => void this.#publishDevice(d));
    bus.on('device.updated', o, (d) => void this.#publishDevice(d));
    bus.on('device.removed', o, (e) => void this.#withdraw(e.deviceId));
    bus.on('device.state', o, (e) => {
      const d = this.#d.devices.find(e.deviceId);
      const p = this.#published.get(e.deviceId);
      if (!d || !p) return;
      for (const ent of p.entities) if (ent.caps.includes(e.capabilityId)) void this.#publishStates(d, ent);
    });
    bus.on('device.health', o, (e) => {
      const d = this.#d.devices.find(e.deviceId);
      if (d && this.#published.has(d.id)) void this.#send(this.#topics!.device(d.id).availability, availability(d), true);
    });
  }

  /** Publishes a retained (or not) message when linked; a failure is logged, never thrown. */
  async #send(topic: string, payload: string, retain: boolean, qos: 0 | 1 = 0): Promise<void> {
    const link = this.#link;
    if (!link?.connected) return;
    if (retain && payload !== '' && this.#last.get(topic) === payload) return;
    if (retain) this.#last.set(topic, payload);
    try {
      await link.publish(topic, payload, { retain, qos });
    } catch (err) {
      this.#last.delete(topic);
      this.#d.log.warn(`MQTT bridge: could not publish ${topic}`, err instanceof Error ? err.message : err);
    }
  }

  async #publishAll(link: BrokerLink): Promise<void> {
    const topics = this.#topics!;
    this.#last.clear();
    await link.subscribe([...topics.commands, topics.ownConfigs]);
    await link.publish(topics.status, 'online', { retain: true, qos: 1 });
    for (const d of this.#d.devices.list()) await this.#publishDevice(d, link);
  }

  #areaName(d: Device): string | undefined {
    return d.areaId ? this.#d.devices.areas().find((a) => a.id === d.areaId)?.name : undefined;
  }

  /** Publishes (or updates, after a rename or a new capability) a device's discovery configs and states. */
  async #publishDevice(d: Device, link = this.#link): Promise<void> {
    if (d.protocol === 'mqtt' || !this.#topics || !this.#config) return;
    const topics = this.#topics;
    const cfg = this.#config;
    const dt = topics.device(d.id);
    const entities = entitiesOf(d);
    const before = this.#published.get(d.id);
    const now: Published = { configs: new Set(), states: new Set(), entities };
    this.#published.set(d.id, now);
    if (!link?.connected) return;
    const area = this.#areaName(d);
    const device = {
      identifiers: [`hearth_${cfg.homeId}_${deviceSlug(d.id)}`],
      name: d.name,
      manufacturer: d.manufacturer || 'Unknown',
      model: d.model || 'Unknown',
      ...(d.firmware ? { sw_version: d.firmware } : {}),
      ...(area ? { suggested_area: area } : {}),
    };
    await this.#send(dt.availability, availability(d), true, 1);
    for (const e of entities) {
      const base = dt.entity(e.key);
      const topic = topics.config(e.component, d.id, e.key);
      const config = {
        ...e.config(base),
        unique_id: `hearth_${cfg.homeId}_${deviceSlug(d.id)}_${e.key}`,
        availability: [{ topic: topics.status }, { topic: dt.availability }],
        availability_mode: 'all',
        device,
        origin: { name: 'Hearth', sw_version: this.#d.version },
      };
      now.configs.add(topic);
      await this.#send(topic, JSON.stringify(config), true, 1);
      await this.#publishStates(d, e);
    }
    // Entities the device no longer has (a capability gone): their configs are withdrawn.
    for (const t of before?.configs ?? []) if (!now.configs.has(t)) await this.#send(t, '', true, 1);
    for (const t of before?.states ?? []) if (!now.states.has(t)) await this.#send(t, '', true);
  }

  async #publishStates(d: Device, e: Entity): Promise<void> {
    const p = this.#published.get(d.id);
    const base = this.#topics!.device(d.id).entity(e.key);
    for (const [suffix, payload] of e.states(d)) {
      p?.states.add(`${base}/${suffix}`);
      await this.#send(`${base}/${suffix}`, payload, true);
    }
  }

  /** A device left Hearth: its discovery configs and retained states are cleared (empty retained messages). */
  async #withdraw(deviceId: string): Promise<void> {
    const p = this.#published.get(deviceId);
    if (!p || !this.#topics) return;
    this.#published.delete(deviceId);
    for (const t of p.configs) await this.#send(t, '', true, 1);
    for (const t of p.states) await this.#send(t, '', true);
    await this.#send(this.#topics.device(deviceId).availability, '', true);
  }

  #onMessage(m: BrokerMessage): void {
    try {
      const topics = this.#topics;
      if (!topics) return;
      if (m.topic.endsWith('/config')) {
        // A retained config of this home from an earlier run, for a device that is gone: withdraw it.
        if (!m.retained || m.payload === '') return;
        for (const p of this.#published.values()) if (p.configs.has(m.topic)) return;
        void this.#send(m.topic, '', true, 1);
        return;
      }
      const c = topics.parseCommand(m.topic);
      if (!c) return;
      // A command retained on the broker is an old one: acting on it at every reconnect would replay it.
      if (m.retained) return this.#reject(m, null, 'Commands must not be retained: a retained command would run again every time Hearth reconnects.');
      if (m.payload.length > MAX_PAYLOAD) return this.#reject(m, null, `The command is ${m.payload.length} characters long; Hearth takes at most ${MAX_PAYLOAD}.`);
      const entry = [...this.#published.entries()].find(([id]) => deviceSlug(id) === c.device);
      const device = entry ? this.#d.devices.find(entry[0]) : undefined;
      const entity = entry?.[1].entities.find((e) => e.key === c.entity);
      if (!entry || !device) return this.#reject(m, null, `No device of this home is published as "${c.device}".`);
      if (!entity) return this.#reject(m, device, `${device.name} has no "${c.entity}" here.`);
      const r = entity.command(c.verb, m.payload, device);
      if (!r.ok) return this.#reject(m, device, r.reason);
      if (!this.#config!.allowUnlock && entity.component === 'lock' && r.commands.some((x) => x.value === false)) {
        return this.#reject(m, device, `Unlocking ${device.name} from MQTT is turned off (anyone who can publish on the broker could open it). Turn on mqtt.publish.allowUnlock to allow it.`);
      }
      const queue = (this.#queues.get(device.id) ?? Promise.resolve()).then(() => this.#run(m, device, r.commands));
      this.#queues.set(device.id, queue);
      void queue.finally(() => {
        if (this.#queues.get(device.id) === queue) this.#queues.delete(device.id);
      });
    } catch (err) {
      this.#d.log.error(`MQTT bridge: a message on ${m.topic} could not be handled`, err);
    }
  }

  async #run(m: BrokerMessage, device: Device, commands: { capabilityId: string; value: CapabilityValue }[]): Promise<void> {
    const actor = `mqtt:${safeBroker(this.#config?.broker.url ?? '')}`;
    try {
      const plan = await this.#d.plans.runCommands({ kind: 'mqtt', topic: m.topic }, `${device.name} (from MQTT)`, commands.map((c) => ({ deviceId: device.id, ...c })), actor);
      if (plan.status === 'failed') this.#reject(m, device, plan.outcome ?? 'The plan failed.', false);
    } catch (err) {
      const why = err instanceof HearthError ? `${err.message}${err.next ? ` ${err.next}` : ''}` : err instanceof Error ? err.message : String(err);
      this.#reject(m, device, why);
    }
  }

  /** A refused command: logged with its reason, audited, and said on hearth/<home>/rejected for the dashboard. */
  #reject(m: BrokerMessage, device: Device | null, reason: string, audit = true): void {
    const actor = `mqtt:${safeBroker(this.#config?.broker.url ?? '')}`;
    this.#d.log.warn(`MQTT command on ${m.topic} refused: ${reason}`);
    if (audit) {
      try {
        this.#d.audit.append({ actor, action: 'mqtt.command.refused', target: device?.id ?? m.topic, detail: { topic: m.topic, reason } });
      } catch (err) {
        this.#d.log.error('could not record a refused MQTT command in the audit log', err);
      }
    }
    if (this.#topics) void this.#send(this.#topics.rejected, JSON.stringify({ topic: m.topic, payload: m.payload.slice(0, 200), reason, at: new Date().toISOString() }), false);
  }
}

function availability(d: Device): string {
  return d.health === 'offline' ? 'offline' : 'online';
}

/** The broker's address without credentials ("127.0.0.1:1883"). */
function safeBroker(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the broker';
  }
}
