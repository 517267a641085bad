// The device registry: merges what adapters report with what the user set (names, areas), keeps the live
// model in memory, persists it, and routes commands to the right adapter.
import type { IntegrationDevice, IntegrationEvent, AnyIntegration } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import { commandValueSchema, PROTOCOL_NAMES, type Area, type CapabilityValue, type Device } from '../../shared/model';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { AuditLog } from '../storage/audit';
import type { Db } from '../storage/db';
import { claimDevices, countHomeDevices, deleteDevice, type DeviceHome, ensureArea, loadAreas, loadDevices, loadHistory, upsertDevice } from '../storage/repo';
import type { StateWriter } from '../storage/state-writer';
import type { CommandObserver } from '../diagnostics/health/commands';
import type { PlanGate } from '../subscriptions/service';

export interface DeviceServiceDeps {
  db: Db;
  bus: EventBus;
  writer: StateWriter;
  /**
   * Commands, renames, room changes and forgotten devices are written to the audit log here, by hand: they come
   * not only through requests (where the contract's `audit` declaration would record them) but from plans,
   * automations, the radios' glue (SmartStart names, replaced nodes) and the demo home, which no request covers.
   */
  audit: Pick<AuditLog, 'append'>;
  log: Logger;
  now?: () => number;
  /** How long a value sent to a device may await the device's confirmation before Hearth stops expecting it (ms). */
  confirmMs?: number;
  /** How long `confirmed()` waits for a value awaiting confirmation (ms). */
  confirmWaitMs?: number;
  /** Told of each command's outcome and how long its confirmation took (diagnostics/health). */
  commands?: CommandObserver;
  /**
   * The subscription's limits: a device over them is kept and shown, but read-only (it may still be removed); history
   * older than the tier shows is not returned (it stays in the database).
   */
  gate?: Pick<PlanGate, 'readOnly' | 'historyFrom'>;
}

/** A value sent to a device that the device has not yet reported back. */
interface Awaiting {
  value: CapabilityValue;
  /** Which command this is (a newer command to the same control replaces it). */
  seq: number;
  /** When it was sent (for the response time). */
  sentAt: number;
  timer: NodeJS.Timeout | null;
  waiters: Set<() => void>;
}

const keyOf = (deviceId: string, capabilityId: string) => `${deviceId}\u0000${capabilityId}`;

export function deviceId(protocol: string, nativeId: string): string {
  return `${protocol}:${nativeId}`;
}

export class DeviceService {
  readonly #devices = new Map<string, Device>();
  /** What the renderer does not need to see: the adapter's id and whether the user chose name/area. */
  readonly #meta = new Map<string, { nativeId: string; userNamed: boolean; userArea: boolean }>();
  readonly #adapters = new Map<string, AnyIntegration>();
  readonly #unsubscribe: (() => void)[] = [];
  readonly #d: DeviceServiceDeps;
  readonly #now: () => number;
  /** Values sent but not yet confirmed by the device, by device and control. */
  readonly #awaiting = new Map<string, Awaiting>();
  #seq = 0;
  /** The home running (demo or real): only its devices are loaded, listed and written as its own. */
  #home: DeviceHome | null = null;

  constructor(deps: DeviceServiceDeps) {
    this.#d = deps;
    this.#now = deps.now ?? Date.now;
    this.#load();
  }

  #load(): void {
    this.#devices.clear();
    this.#meta.clear();
    for (const s of loadDevices(this.#d.db, this.#home ?? undefined)) {
      const { nativeId, userNamed, userArea, ...device } = s;
      this.#devices.set(s.id, { ...device, health: 'unknown', lastSeen: null });
      this.#meta.set(s.id, { nativeId, userNamed, userArea });
    }
  }

  /**
   * Runs one home (before its radios attach): only that home's devices are shown, counted and kept as its own; the
   * other home's stay in the database untouched. Devices kept before homes were told apart join this home.
   */
  useHome(home: DeviceHome): void {
    this.#home = home;
    claimDevices(this.#d.db, home);
    this.#load();
  }

  /** How many devices of a protocol a home keeps, loaded or not (a stack decides whether it needs to run). */
  countIn(home: DeviceHome, protocol: string): number {
    return countHomeDevices(this.#d.db, home, protocol);
  }

  list(): Device[] {
    return [...this.#devices.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  areas(): Area[] {
    return loadAreas(this.#d.db);
  }

  find(id: string): Device | undefined {
    return this.#devices.get(id);
  }

  get(id: string): Device {
    const d = this.#devices.get(id);
    if (!d) throw new HearthError('NOT_FOUND', 'That device is not known to Hearth.', 'Refresh the device list; it may have been removed.');
    return d;
  }

  attach(adapter: AnyIntegration): void {
    this.#adapters.set(adapter.protocol, adapter);
    this.#unsubscribe.push(adapter.subscribe((e) => this.#onAdapterEvent(adapter, e)));
  }

  /** Forgets every device (after erasure) and takes them again from the radios, as on a first start. */
  reload(): void {
    this.#devices.clear();
    this.#meta.clear();
    for (const adapter of this.#adapters.values()) for (const d of adapter.devices()) this.#onDevice(adapter, d);
  }

  /** A room was deleted: its devices are now in no room (the database did the same through its foreign key). */
  areaRemoved(areaId: string): void {
    for (const d of this.#devices.values()) {
      if (d.areaId !== areaId) continue;
      d.areaId = null;
      this.#d.bus.emit('device.updated', d);
    }
  }

  detachAll(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
    this.#adapters.clear();
  }

  async command(id: string, capabilityId: string, value: CapabilityValue, actor: string): Promise<void> {
    const device = this.get(id);
    this.#writable(id);
    const cap = device.capabilities.find((c) => c.id === capabilityId);
    if (!cap) {
      throw new HearthError('UNSUPPORTED', `${device.name} has no "${capabilityId}" control.`, 'Pick one of the controls shown on its card.');
    }
    if (!cap.writable) {
      throw new HearthError('UNSUPPORTED', `${device.name}'s ${cap.label ?? cap.kind} can only be read, not set.`);
    }
    const parsed = commandValueSchema(cap).safeParse(value);
    if (!parsed.success) {
      const range = cap.min !== undefined && cap.max !== undefined ? ` (${cap.min}–${cap.max}${cap.unit ?? ''})` : '';
      throw new HearthError('BAD_REQUEST', `That value does not fit ${device.name}'s ${cap.label ?? cap.kind}${range}.`);
    }
    const adapter = this.#adapters.get(device.protocol);
    if (!adapter || adapter.status().state !== 'ready') {
      throw new HearthError(
        'RADIO_UNAVAILABLE',
        `The ${PROTOCOL_NAMES[device.protocol]} radio is not ready, so ${device.name} cannot be reached.`,
        'Check that the USB stick is plugged in; Diagnostics shows the radio status.',
      );
    }
    this.#d.audit.append({ actor, action: 'device.command', target: id, detail: { capabilityId, value: parsed.data } });
    // The shown state stays what the device last confirmed; the value sent awaits the device's report.
    const awaiting = this.#expect(id, capabilityId, parsed.data);
    this.#d.commands?.sent(id);
    try {
      await adapter.command(this.#metaOf(id).nativeId, capabilityId, parsed.data);
    } catch (err) {
      this.#settle(keyOf(id, capabilityId), awaiting.seq);
      this.#d.commands?.failed(id);
      // A command that got no answer says the device cannot be reached, whatever the radio concluded; the person is told
      // which device by its name first (the stack speaks of node numbers and addresses), the stack's words after.
      if (err instanceof HearthError && err.code === 'DEVICE_UNREACHABLE') {
        this.#setHealth(device, 'offline');
        throw new HearthError('DEVICE_UNREACHABLE', `${device.name} did not answer. ${err.message}`, err.next, err.details, err.article);
      }
      throw err;
    }
    if (this.#awaiting.get(keyOf(id, capabilityId)) === awaiting) {
      awaiting.timer = setTimeout(() => {
        if (this.#awaiting.get(keyOf(id, capabilityId)) === awaiting) this.#d.commands?.unconfirmed(id);
        this.#settle(keyOf(id, capabilityId), awaiting.seq);
      }, this.#d.confirmMs ?? 5_000);
      awaiting.timer.unref?.();
    }
  }

  /** The value sent to this control that its device has not confirmed yet, if any. */
  awaiting(id: string, capabilityId: string): CapabilityValue | undefined {
    return this.#awaiting.get(keyOf(id, capabilityId))?.value;
  }

  /**
   * The value the device last confirmed. When a value sent to it still awaits its confirmation (Matter devices
   * report up to a second after the command returns), waits briefly for that report first.
   */
  async confirmed(id: string, capabilityId: string): Promise<CapabilityValue | undefined> {
    const awaiting = this.#awaiting.get(keyOf(id, capabilityId));
    if (awaiting) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          awaiting.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, this.#d.confirmWaitMs ?? 2_000);
        awaiting.waiters.add(done);
      });
    }
    return this.#devices.get(id)?.state[capabilityId];
  }

  #expect(id: string, capabilityId: string, value: CapabilityValue): Awaiting {
    const key = keyOf(id, capabilityId);
    const earlier = this.#awaiting.get(key);
    if (earlier?.timer) clearTimeout(earlier.timer);
    const awaiting: Awaiting = { value, seq: ++this.#seq, sentAt: this.#now(), timer: null, waiters: earlier?.waiters ?? new Set() };
    this.#awaiting.set(key, awaiting);
    return awaiting;
  }

  /** The device reported (or will not report) the value: whoever waits for it goes on. */
  #settle(key: string, seq?: number): void {
    const awaiting = this.#awaiting.get(key);
    if (!awaiting || (seq !== undefined && awaiting.seq !== seq)) return;
    this.#awaiting.delete(key);
    if (awaiting.timer) clearTimeout(awaiting.timer);
    for (const w of [...awaiting.waiters]) w();
  }

  #setHealth(d: Device, health: Device['health']): void {
    if (d.health === health) return;
    d.health = health;
    this.#d.bus.emit('device.health', { deviceId: d.id, health });
  }

  /** Refuses changes to a device over the subscription's limit. */
  #writable(id: string): void {
    const refusal = this.#d.gate?.readOnly('devices', id);
    if (refusal) throw refusal;
  }

  rename(id: string, name: string, actor: string): Device {
    const d = this.get(id);
    this.#writable(id);
    d.name = name;
    this.#metaOf(id).userNamed = true;
    this.#persist(d);
    this.#d.audit.append({ actor, action: 'device.rename', target: id, detail: { name } });
    this.#d.bus.emit('device.updated', d);
    return d;
  }

  setArea(id: string, areaId: string | null, actor: string): Device {
    const d = this.get(id);
    this.#writable(id);
    if (areaId !== null && !this.areas().some((a) => a.id === areaId)) {
      throw new HearthError('NOT_FOUND', 'That room does not exist.', 'Pick a room from the list or create it first.');
    }
    d.areaId = areaId;
    this.#metaOf(id).userArea = true;
    this.#persist(d);
    this.#d.audit.append({ actor, action: 'device.setArea', target: id, detail: { areaId } });
    this.#d.bus.emit('device.updated', d);
    return d;
  }

  /** Which radio and which of its devices this is. */
  locate(id: string): { protocol: Device['protocol']; nativeId: string } {
    return { protocol: this.get(id).protocol, nativeId: this.#metaOf(id).nativeId };
  }

  /** Drops a device its radio no longer knows (after a forced removal). */
  forget(id: string, actor: string): void {
    if (!this.#devices.has(id)) return;
    this.#devices.delete(id);
    this.#meta.delete(id);
    this.#d.writer.flush();
    deleteDevice(this.#d.db, id);
    this.#d.audit.append({ actor, action: 'device.forget', target: id });
    this.#d.bus.emit('device.removed', { deviceId: id });
  }

  history(id: string, capabilityId: string, since: number, limit: number) {
    this.get(id);
    this.#d.writer.flush();
    return loadHistory(this.#d.db, id, capabilityId, Math.max(since, this.#d.gate?.historyFrom() ?? 0), limit);
  }

  #metaOf(id: string) {
    const m = this.#meta.get(id);
    if (!m) throw new HearthError('NOT_FOUND', 'That device is not known to Hearth.');
    return m;
  }

  #persist(d: Device): void {
    upsertDevice(this.#d.db, { ...d, ...this.#metaOf(d.id) }, this.#now(), this.#home);
  }

  #onAdapterEvent(adapter: AnyIntegration, e: IntegrationEvent<unknown>): void {
    switch (e.type) {
      case 'device':
        return this.#onDevice(adapter, e.device);
      case 'deviceRemoved': {
        const id = deviceId(adapter.protocol, e.nativeId);
        if (!this.#devices.delete(id)) return;
        this.#meta.delete(id);
        this.#d.writer.flush();
        deleteDevice(this.#d.db, id);
        this.#d.bus.emit('device.removed', { deviceId: id });
        return;
      }
      case 'state': {
        const id = deviceId(adapter.protocol, e.nativeId);
        const d = this.#devices.get(id);
        if (!d) return;
        d.state[e.capabilityId] = e.value;
        d.stateAt[e.capabilityId] = e.at;
        d.lastSeen = e.at;
        this.#d.writer.enqueue({ deviceId: id, capabilityId: e.capabilityId, value: e.value, at: e.at });
        // Heard from: a device marked offline is back, without waiting for the next command.
        if (d.health === 'offline') this.#setHealth(d, 'online');
        this.#d.bus.emit('device.state', { deviceId: id, capabilityId: e.capabilityId, value: e.value, at: e.at });
        const sent = this.#awaiting.get(keyOf(id, e.capabilityId));
        if (sent) this.#d.commands?.confirmed(id, Math.max(0, this.#now() - sent.sentAt));
        this.#settle(keyOf(id, e.capabilityId));
        return;
      }
      case 'health': {
        const id = deviceId(adapter.protocol, e.nativeId);
        const d = this.#devices.get(id);
        if (d) this.#setHealth(d, e.health);
        return;
      }
      case 'status':
        return;
    }
  }

  #onDevice(adapter: AnyIntegration, a: IntegrationDevice): void {
    const id = deviceId(adapter.protocol, a.nativeId);
    const known = this.#devices.get(id);
    const meta = this.#meta.get(id) ?? { nativeId: a.nativeId, userNamed: false, userArea: false };
    const now = this.#now();
    // What the user chose wins; otherwise name and room follow what the device itself carries.
    let areaId = known?.areaId ?? null;
    if (!meta.userArea && a.suggestedArea) areaId = ensureArea(this.#d.db, a.suggestedArea, now).id;
    const fallback = (manufacturer: string, model: string) => [manufacturer, model].filter(Boolean).join(' ') || `${adapter.protocol} device`;
    const fallbackName = fallback(a.manufacturer, a.model);
    // A name Hearth made up before the device was identified ("Unknown Unknown") follows the real model.
    const knownName = known && known.name !== fallback(known.manufacturer, known.model) ? known.name : undefined;
    const device: Device = {
      id,
      protocol: adapter.protocol,
      name: meta.userNamed && known ? known.name : (a.suggestedName ?? knownName ?? fallbackName),
      areaId,
      manufacturer: a.manufacturer,
      model: a.model,
      firmware: a.firmware,
      capabilities: a.capabilities,
      state: { ...(known?.state ?? {}) },
      stateAt: { ...(known?.stateAt ?? {}) },
      health: a.health,
      lastSeen: known?.lastSeen ?? null,
    };
    // Values the adapter knows are fresher than what we stored; unknown (null) values keep the stored ones.
    for (const [capId, value] of Object.entries(a.state)) {
      if (value === null && device.state[capId] !== undefined) continue;
      if (device.state[capId] !== value) {
        device.state[capId] = value;
        device.stateAt[capId] = now;
        this.#d.writer.enqueue({ deviceId: id, capabilityId: capId, value, at: now });
      }
    }
    this.#devices.set(id, device);
    this.#meta.set(id, meta);
    this.#persist(device);
    this.#d.bus.emit(known ? 'device.updated' : 'device.added', device);
  }
}
