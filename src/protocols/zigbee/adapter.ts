// Zigbee ProtocolAdapter over zigbee-herdsman's Controller and zigbee-herdsman-converters.
// Herdsman objects stay inside this folder; everything emitted is plain data.
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { Controller, type Events, type Models } from 'zigbee-herdsman';
import type { AdapterDevice, AdapterEvent, AdapterListener, AdapterStatus, DeviceDetails, FirmwareCheck, PairingFacet, ProtocolAdapter } from '../../shared/adapter';
import { HearthError } from '../../shared/errors';
import { type CapabilityValue, type DeviceHealth, commandValueSchema } from '../../shared/model';
import { checkAvailability, initialHealth } from './availability';
import { readPayload } from './capabilities';
import { needsConfigure } from './configure-device';
import { ReadBacks, fanOut, protectBackupFile, teardownController } from './controller-util';
import { fromZigbee, readBack, toZigbee } from './converters';
import { type CoordinatorBackup, readCoordinatorBackup } from './backup-file';
import { deviceDetails } from './details';
import { type DeviceEntry, DeviceRegistry } from './device-registry';
import { commandError, describeError, startError } from './errors';
import { Joining } from './joining';
import { type OtaOptions, checkFirmware } from './ota';
import { createPairingFacet } from './pairing';
import type { BackupResult, NetworkMap, ZigbeeEvent, ZigbeeListener } from './events';
import { installLogging } from './logging';
import { type ScanOptions, scanNetwork } from './network-scan';
import { type ZigbeeAdapterOptions, type ZigbeeAdapterOptionsInput, type ZigbeeLinkOptions, controllerOptions, dataPaths, linkOf, parseOptions, withLink } from './options';

export type { ZigbeeEvent, ZigbeeListener, NetworkMap, BackupResult } from './events';
export type { ZigbeeAdapterOptionsInput as ZigbeeAdapterOptions, ZigbeeLinkOptions } from './options';
export type { CoordinatorBackup } from './backup-file';

export class ZigbeeAdapter implements ProtocolAdapter {
  readonly protocol = 'zigbee' as const;
  label: string;
  readonly pairing: PairingFacet = createPairingFacet(this);
  private opts: ZigbeeAdapterOptions;
  private controller: Controller | undefined;
  private current: AdapterStatus = { state: 'stopped' };
  private readonly listeners = new Set<AdapterListener>();
  private readonly zigbeeListeners = new Set<ZigbeeListener>();
  private readonly registry = new DeviceRegistry();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly readBacks = new ReadBacks();
  private readonly joining = new Joining({
    registry: this.registry,
    emit: (e) => this.emit(e),
    emitZigbee: (e) => this.emitZigbee(e),
    setHealth: (entry, health) => this.setHealth(entry, health),
    coordinatorEndpoint: () => this.controller?.getDevicesByType('Coordinator')[0]?.getEndpoint(1),
  });
  private checking = false;

  constructor(options: ZigbeeAdapterOptionsInput) {
    this.opts = parseOptions(options);
    this.label = this.opts.label ?? `Zigbee ${this.opts.adapterType} adapter at ${this.opts.serialPath}`;
    this.installLogging();
  }

  private installLogging(): void {
    installLogging(this.opts.log, [this.opts.networkKey], (message) => this.joining.onErrorLog(message));
  }

  /** The stick and network this adapter uses (never the key). */
  get link(): Omit<ZigbeeLinkOptions, 'networkKey'> {
    return linkOf(this.opts);
  }

  status(): AdapterStatus {
    return this.current;
  }

  devices(): AdapterDevice[] {
    return this.registry.all().map((e) => DeviceRegistry.toAdapterDevice(e));
  }

  subscribe(listener: AdapterListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pairing progress, permit-join window and network-scan progress. */
  subscribeZigbee(listener: ZigbeeListener): () => void {
    this.zigbeeListeners.add(listener);
    return () => this.zigbeeListeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.current.state === 'ready' || this.current.state === 'starting') return;
    this.setStatus({ state: 'starting', detail: `Opening ${this.opts.serialPath}` });
    mkdirSync(this.opts.dataDir, { recursive: true, mode: 0o700 });
    const controller = new Controller(controllerOptions(this.opts));
    this.controller = controller;
    this.wire(controller);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        controller.start(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer from the adapter within ${this.opts.startTimeoutMs} ms`)), this.opts.startTimeoutMs);
        }),
      ]);
    } catch (e) {
      await this.teardown(controller);
      const err = startError(this.opts.serialPath, e);
      this.setStatus({ state: 'failed', message: err.message, next: err.next });
      throw err;
    } finally {
      clearTimeout(timer);
    }
    this.protectBackupFile();
    for (const device of controller.getDevicesIterator((d) => d.type !== 'Coordinator')) {
      const entry = await this.registry.refresh(device, device.interviewState === 'SUCCESSFUL' ? initialHealth(device, this.opts) : 'unknown');
      this.emit({ type: 'device', device: DeviceRegistry.toAdapterDevice(entry) });
      if (entry.definition && needsConfigure(device)) void this.joining.configure(entry);
      else if (entry.definition && device.type === 'Router') void this.joining.readState(entry);
    }
    const version = await controller.getCoordinatorVersion().catch(() => undefined);
    this.every(this.opts.availabilityCheckMs, () => void this.checkAvailability());
    this.setStatus({ state: 'ready', detail: version ? `${version.type} ${String(version.meta.revision ?? '')}`.trim() : undefined });
  }

  async stop(): Promise<void> {
    const controller = this.controller;
    this.clearTimers();
    if (controller) await this.teardown(controller);
    this.registry.clear();
    this.setStatus({ state: 'stopped' });
  }

  async command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void> {
    const entry = this.entry(nativeId);
    const binding = entry.bindings.find((b) => b.capability.id === capabilityId);
    const name = DeviceRegistry.displayName(entry);
    if (!binding || !binding.toNative || !binding.capability.writable || !entry.definition) {
      throw new HearthError('UNSUPPORTED', `${name} cannot change ${capabilityId}.`, 'Pick a control this device offers.');
    }
    const parsed = commandValueSchema(binding.capability).safeParse(value);
    if (!parsed.success) throw new HearthError('BAD_REQUEST', `${String(value)} is not a valid value for ${binding.capability.label ?? capabilityId}.`);
    const nativeValue = binding.toNative(parsed.data);
    const sentAt = Date.now();
    let outcome;
    try {
      outcome = await toZigbee(entry.definition, entry.device, binding.property, nativeValue, entry.native, binding.endpoint);
    } catch (e) {
      const err = commandError(name, e);
      if (err.code === 'DEVICE_UNREACHABLE') this.setHealth(entry, 'offline');
      throw err;
    }
    if (!outcome.ok) throw new HearthError('UNSUPPORTED', `${name} has no way to set ${capabilityId}.`);
    this.setHealth(entry, 'online');
    this.scheduleReadBack(entry, binding.capability.id, binding.property, binding.endpoint, sentAt);
  }

  // ---- Zigbee-specific operations ----

  async permitJoin(seconds: number): Promise<void> {
    const s = Math.max(0, Math.min(254, Math.round(seconds)));
    await this.ready().permitJoin(s);
  }

  async stopJoin(): Promise<void> {
    await this.ready().permitJoin(0);
  }

  /** Removes a device: asks it to leave, or (force) only forgets it when it cannot be reached. */
  async remove(nativeId: string, opts: { force?: boolean } = {}): Promise<void> {
    const entry = this.entry(nativeId);
    try {
      if (opts.force) entry.device.removeFromDatabase();
      else await entry.device.removeFromNetwork();
    } catch (e) {
      throw new HearthError(
        'DEVICE_UNREACHABLE',
        `${DeviceRegistry.displayName(entry)} did not confirm that it left the network.`,
        'Wake the device (press a button) and try again, or remove it with "force" and factory-reset it before pairing it again.',
        { detail: describeError(e) },
      );
    }
    this.forget(nativeId);
  }

  /** Names the device (and its room) in herdsman's database; Hearth takes them as the device's suggestions. */
  async rename(nativeId: string, name: string, area?: string): Promise<void> {
    const entry = this.entry(nativeId);
    const trimmed = name.trim().slice(0, 64);
    if (trimmed.length === 0) throw new HearthError('BAD_REQUEST', 'A device name cannot be empty.');
    entry.device.meta.hearthName = trimmed;
    if (area !== undefined) entry.device.meta.hearthArea = area.trim().slice(0, 64);
    entry.device.save();
    this.emit({ type: 'device', device: DeviceRegistry.toAdapterDevice(entry) });
  }

  /** Writes a coordinator backup (Open Coordinator Backup JSON; it contains the network key) to `filePath`. */
  async backup(filePath: string): Promise<BackupResult> {
    await this.ready().backup();
    const source = dataPaths(this.opts.dataDir).coordinatorBackup;
    copyFileSync(source, filePath);
    chmodSync(filePath, 0o600);
    this.protectBackupFile();
    const json = JSON.parse(readFileSync(filePath, 'utf8')) as { devices?: unknown[]; metadata?: { internal?: { date?: string } } };
    return { path: filePath, devices: json.devices?.length ?? 0, createdAt: json.metadata?.internal?.date ?? new Date().toISOString() };
  }

  /** Asks a device whose interview failed all pairing questions again (battery devices must be awake). */
  async retryInterview(nativeId: string): Promise<void> {
    await this.joining.retry(this.ready().getDeviceByIeeeAddr(nativeId.toLowerCase()), nativeId);
  }

  async details(nativeId: string): Promise<DeviceDetails> {
    return deviceDetails(this.entry(nativeId));
  }

  /** Asks the device which firmware it runs and looks for a newer image in the configured OTA index. */
  async checkFirmware(nativeId: string, ota: OtaOptions = {}): Promise<FirmwareCheck> {
    const entry = this.entry(nativeId);
    return await checkFirmware(entry.device, entry.definition, { indexPath: this.opts.otaIndexPath, ...ota });
  }

  /**
   * Changes stick or network settings while stopped (a new stick, a restored network). The next
   * start uses them.
   */
  reconfigure(patch: Partial<ZigbeeLinkOptions>): void {
    if (this.current.state === 'ready' || this.current.state === 'starting') {
      throw new HearthError('CONFLICT', 'Stop the Zigbee radio before changing its stick or network.');
    }
    this.opts = withLink(this.opts, patch);
    this.label = `Zigbee ${this.opts.adapterType} adapter at ${this.opts.serialPath}`;
    this.installLogging();
  }

  /**
   * Prepares a restore: the backup becomes herdsman's coordinator backup and its network the
   * configuration. On the next start herdsman writes it into a factory-new stick. Returns the backup read.
   */
  prepareRestore(file: string, link: Partial<Pick<ZigbeeLinkOptions, 'serialPath' | 'adapterType' | 'baudRate' | 'rtscts'>> = {}): CoordinatorBackup {
    const backup = readCoordinatorBackup(file);
    this.reconfigure({ ...link, channel: backup.channel, panId: backup.panId, extendedPanId: backup.extendedPanId, networkKey: backup.networkKey });
    copyFileSync(file, dataPaths(this.opts.dataDir).coordinatorBackup);
    this.protectBackupFile();
    return backup;
  }

  /** Reads neighbour tables from the coordinator outwards; bounded in devices and time, cancellable. */
  async scanNetwork(opts: Omit<ScanOptions, 'onProgress'> = {}): Promise<NetworkMap> {
    const devices = [...this.ready().getDevicesIterator()];
    return await scanNetwork(devices, { ...opts, onProgress: (done, total, current) => this.emitZigbee({ type: 'scan', done, total, current }) });
  }

  // ---- herdsman events ----

  private wire(c: Controller): void {
    c.on('deviceJoined', (e) => void this.joining.onJoined(e));
    c.on('deviceInterview', (e) => void this.joining.onInterview(e));
    c.on('message', (e) => void this.onMessage(e));
    c.on('deviceAnnounce', (e) => this.markSeen(e.device));
    c.on('lastSeenChanged', (e) => this.markSeen(e.device));
    c.on('deviceLeave', (e) => this.forget(e.ieeeAddr));
    c.on('permitJoinChanged', (e) => {
      const endsAt = e.permitted && e.time ? Date.now() + e.time * 1000 : undefined;
      this.emitZigbee({ type: 'permitJoin', open: e.permitted, seconds: e.time, endsAt });
    });
    c.on('adapterDisconnected', () => void this.onDisconnected(c));
  }

  private async onMessage(e: Events.MessagePayload): Promise<void> {
    if (e.device.type === 'Coordinator') return;
    let entry = this.registry.get(e.device.ieeeAddr);
    if (!entry || (!entry.definition && e.device.interviewState === 'SUCCESSFUL')) entry = await this.registry.refresh(e.device);
    if (!entry.definition) return;
    let payload: Record<string, unknown>;
    try {
      payload = await fromZigbee(entry.definition, e, entry.native);
    } catch {
      return; // a converter choking on one odd frame must not take the adapter down
    }
    Object.assign(entry.native, payload);
    const at = Date.now();
    for (const [capabilityId, value] of readPayload(entry.bindings, payload)) {
      entry.state[capabilityId] = value;
      entry.stateAt[capabilityId] = at;
      this.readBacks.cancel(`${entry.device.ieeeAddr}|${capabilityId}`);
      this.emit({ type: 'state', nativeId: entry.device.ieeeAddr, capabilityId, value, at });
    }
  }

  private markSeen(device: Models.Device): void {
    const entry = this.registry.get(device.ieeeAddr);
    if (entry && entry.health !== 'interviewing') this.setHealth(entry, 'online');
  }

  private forget(ieee: string): void {
    if (!this.registry.get(ieee)) return;
    this.registry.delete(ieee);
    this.emit({ type: 'deviceRemoved', nativeId: ieee });
    this.emitZigbee({ type: 'left', nativeId: ieee });
  }

  private async onDisconnected(c: Controller): Promise<void> {
    if (this.controller !== c) return;
    this.clearTimers();
    for (const entry of this.registry.all()) this.setHealth(entry, 'unknown');
    await this.teardown(c);
    this.setStatus({
      state: 'failed',
      message: 'The Zigbee adapter stopped responding (its connection closed).',
      next: 'Check that the adapter is plugged in (or reachable on the network), then restart the Zigbee radio in Settings → Radios.',
    });
  }

  // ---- helpers ----

  /** Reads the value back unless the device reports it (after `sentAt`) within readBackAfterMs. */
  private scheduleReadBack(entry: DeviceEntry, capabilityId: string, key: string, endpoint: string | undefined, sentAt: number): void {
    if (this.opts.readBackAfterMs === 0 || !entry.definition) return;
    const definition = entry.definition;
    this.readBacks.schedule(`${entry.device.ieeeAddr}|${capabilityId}`, this.opts.readBackAfterMs, () => {
      if ((entry.stateAt[capabilityId] ?? 0) >= sentAt) return;
      readBack(definition, entry.device, key, entry.native, endpoint).catch(() => undefined);
    });
  }

  private async checkAvailability(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const entry of this.registry.all()) {
        if (entry.health === 'interviewing') continue;
        const health = await checkAvailability(entry.device, this.opts);
        if (health) this.setHealth(entry, health);
      }
    } finally {
      this.checking = false;
    }
  }

  private setHealth(entry: DeviceEntry, health: DeviceHealth): void {
    if (entry.health === health) return;
    entry.health = health;
    this.emit({ type: 'health', nativeId: entry.device.ieeeAddr, health });
  }

  private entry(nativeId: string): DeviceEntry {
    this.ready();
    const entry = this.registry.get(nativeId.toLowerCase());
    if (!entry) throw new HearthError('NOT_FOUND', `There is no Zigbee device ${nativeId}.`, 'Refresh the device list; it may have been removed.');
    return entry;
  }

  private ready(): Controller {
    if (this.current.state !== 'ready' || !this.controller) {
      throw new HearthError('RADIO_UNAVAILABLE', 'The Zigbee radio is not running.', 'Start the Zigbee radio in Settings → Radios.');
    }
    return this.controller;
  }

  private async teardown(c: Controller): Promise<void> {
    if (this.controller === c) this.controller = undefined;
    this.readBacks.clear();
    await teardownController(c);
  }

  private protectBackupFile(): void {
    protectBackupFile(this.opts.dataDir);
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(fn, ms);
    t.unref();
    this.timers.add(t);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
  }

  private setStatus(status: AdapterStatus): void {
    this.current = status;
    this.emit({ type: 'status', status });
  }

  private emit(event: AdapterEvent): void {
    fanOut(this.listeners, event);
  }

  private emitZigbee(event: ZigbeeEvent): void {
    fanOut(this.zigbeeListeners, event);
  }
}
