// Zigbee as an Integration (shared/integration.ts) over zigbee-herdsman's Controller and
// zigbee-herdsman-converters. Herdsman objects stay inside this folder; everything emitted is plain data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Controller, type Events, type Models } from './herdsman';
import { HearthError } from '../../shared/errors';
import type { BackupsFacet, IntegrationDevice, LinkQuality, IntegrationEvent, IntegrationFeature, IntegrationListener, IntegrationStatus, NetworkScan } from '../../shared/integration';
import { type CapabilityValue, type DeviceHealth, commandValueSchema } from '../../shared/model';
import { checkAvailability, initialHealth } from './availability';
import { readPayload } from './mapping/capabilities';
import { needsConfigure } from './configure-device';
import { ReadBacks, fanOut, protectBackupFile, teardownController } from './controller-util';
import { fromZigbee, readBack, toZigbee } from './mapping/converters';
import { backupMeta, coordinatorBackupOf } from './backup-file';
import { deviceDetails } from './details';
import { type DeviceEntry, DeviceRegistry } from './device-registry';
import { commandError, describeError, startError } from './errors';
import type { ZigbeeEvent } from './events';
import type { ZigbeeFacets, ZigbeeIntegration } from './facets';
import { Joining } from './joining';
import { checkFirmware } from './ota';
import { createPairingFacet, toPairingEvent } from './pairing';
import { installLogging } from './logging';
import { scanNetwork } from './network-scan';
import { type ZigbeeAdapterOptions, type ZigbeeAdapterOptionsInput, type ZigbeeLinkOptions, controllerOptions, dataPaths, linkOf, parseOptions, withLink } from './options';

export type { ZigbeeAdapterOptionsInput as ZigbeeAdapterOptions } from './options';

const FEATURES: ReadonlySet<IntegrationFeature> = new Set<IntegrationFeature>(['pairing', 'remove', 'details', 'firmwareCheck', 'backups', 'networkMap', 'linkQuality']);
const ROLES = { Coordinator: 'coordinator', Router: 'router', EndDevice: 'endDevice', Unknown: 'unknown' } as const;

export class ZigbeeAdapter implements ZigbeeIntegration {
  readonly protocol = 'zigbee' as const;
  readonly features = FEATURES;
  readonly facets: ZigbeeIntegration['facets'];
  label: string;
  private opts: ZigbeeAdapterOptions;
  private controller: Controller | undefined;
  private current: IntegrationStatus = { state: 'stopped' };
  private readonly listeners = new Set<IntegrationListener<ZigbeeEvent>>();
  private readonly registry = new DeviceRegistry();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly readBacks = new ReadBacks();
  /** The link quality of the last message heard from each device, by IEEE address. */
  private readonly links = new Map<string, LinkQuality>();
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
    this.facets = {
      pairing: createPairingFacet(this),
      remove: { remove: (nativeId, opts) => this.remove(nativeId, opts) },
      details: { details: (nativeId) => this.details(nativeId) },
      firmware: { check: (nativeId) => this.checkFirmware(nativeId) },
      backups: this.backupsFacet(),
      networkMap: { scan: (opts) => this.scanNetwork(opts) },
      linkQuality: { read: (nativeId) => this.links.get(nativeId.toLowerCase()) ?? null },
      zigbee: {
        link: () => {
          const l = this.link;
          return { port: l.serialPath, adapter: l.adapterType, channel: l.channel, panId: l.panId, extendedPanId: Buffer.from(l.extendedPanId).toString('hex') };
        },
        network: () => ({
          port: this.opts.serialPath,
          adapter: this.opts.adapterType,
          channel: this.opts.channel,
          panId: this.opts.panId,
          extendedPanId: this.opts.extendedPanId,
          networkKey: this.opts.networkKey,
        }),
        rename: (nativeId, name, area) => this.rename(nativeId, name, area),
      },
    } satisfies ZigbeeFacets;
  }

  private installLogging(): void {
    installLogging(this.opts.log, [this.opts.networkKey], (message) => this.joining.onErrorLog(message));
  }

  /** The stick and network this adapter uses (never the key). */
  get link(): Omit<ZigbeeLinkOptions, 'networkKey'> {
    return linkOf(this.opts);
  }

  status(): IntegrationStatus {
    return this.current;
  }

  devices(): IntegrationDevice[] {
    return this.registry.all().map((e) => DeviceRegistry.toAdapterDevice(e));
  }

  subscribe(listener: IntegrationListener<ZigbeeEvent>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.current.state === 'ready' || this.current.state === 'starting') return;
    this.installLogging();
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
      if (entry.definition && needsConfigure(device)) this.background(this.joining.configure(entry), 'configure');
      else if (entry.definition && device.type === 'Router') this.background(this.joining.readState(entry), 'read state');
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
    this.links.clear();
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

  /**
   * Coordinator backups: herdsman writes the Open Coordinator Backup (it contains the network key); a restore makes
   * an image herdsman's coordinator backup and its network the configuration, so the next start writes it into a
   * factory-new stick. The old stick must not run at the same time.
   */
  private backupsFacet(): BackupsFacet {
    return {
      file: { prefix: 'coordinator', extension: 'json' },
      create: async () => {
        await this.ready().backup();
        const data = new Uint8Array(readFileSync(dataPaths(this.opts.dataDir).coordinatorBackup));
        this.protectBackupFile();
        return { data, meta: backupMeta(coordinatorBackupOf(data)) };
      },
      describe: async (data) => backupMeta(coordinatorBackupOf(data)),
      restore: async (data, opts) => {
        const backup = coordinatorBackupOf(data);
        await this.stop();
        const target = opts.target ?? {};
        this.reconfigure({
          ...(target.port ? { serialPath: target.port } : {}),
          ...(target.adapter ? { adapterType: target.adapter as ZigbeeAdapterOptions['adapterType'] } : {}),
          channel: backup.channel,
          panId: backup.panId,
          extendedPanId: backup.extendedPanId,
          networkKey: backup.networkKey,
        });
        mkdirSync(this.opts.dataDir, { recursive: true, mode: 0o700 });
        writeFileSync(dataPaths(this.opts.dataDir).coordinatorBackup, data, { mode: 0o600 });
        this.protectBackupFile();
        await this.start();
        return { converted: false };
      },
    };
  }

  /** Asks a device whose interview failed all pairing questions again (battery devices must be awake). */
  async retryInterview(nativeId: string): Promise<void> {
    await this.joining.retry(this.ready().getDeviceByIeeeAddr(nativeId.toLowerCase()), nativeId);
  }

  async details(nativeId: string) {
    return deviceDetails(this.entry(nativeId));
  }

  /** Asks the device which firmware it runs and looks for a newer image in the configured OTA index. */
  async checkFirmware(nativeId: string) {
    const entry = this.entry(nativeId);
    return await checkFirmware(entry.device, entry.definition, { indexPath: this.opts.otaIndexPath });
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
  }

  /** Reads neighbour tables from the coordinator outwards; bounded in devices and time, cancellable. */
  async scanNetwork(opts: Parameters<ZigbeeFacets['networkMap']['scan']>[0] = {}): Promise<NetworkScan> {
    const devices = [...this.ready().getDevicesIterator()];
    const { onProgress, ...limits } = opts;
    const map = await scanNetwork(devices, { ...limits, onProgress: (done, total, current) => onProgress?.({ done, total, current }) });
    return { ...map, nodes: map.nodes.map((n) => ({ nativeId: n.nativeId, networkAddress: n.networkAddress, role: ROLES[n.type] ?? 'unknown' })) };
  }

  // ---- herdsman events ----

  /** Work started by a radio event: a device can leave or be removed half-way, which is logged, never thrown. */
  private background(work: Promise<void>, what: string): void {
    work.catch((e: unknown) => this.opts.log?.warn(`zigbee ${what}: ${describeError(e)}`));
  }

  private wire(c: Controller): void {
    c.on('deviceJoined', (e) => this.background(this.joining.onJoined(e), 'join'));
    c.on('deviceInterview', (e) => this.background(this.joining.onInterview(e), 'interview'));
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
    // Z-Stack gives no RSSI with a message; the route is the mesh's business (the network map shows it).
    if (typeof e.linkquality === 'number') this.links.set(e.device.ieeeAddr, { at: Date.now(), lqi: e.linkquality, rssi: null, route: null });
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
    this.links.delete(ieee);
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

  private setStatus(status: IntegrationStatus): void {
    this.current = status;
    this.emit({ type: 'status', status });
  }

  private emit(event: IntegrationEvent<ZigbeeEvent>): void {
    fanOut(this.listeners, event);
  }

  /** A Zigbee event, and what it means for pairing, in the one stream. */
  private emitZigbee(event: ZigbeeEvent): void {
    this.emit({ type: 'stack', event });
    const pairing = toPairingEvent(event);
    if (pairing) this.emit({ type: 'pairing', event: pairing });
  }
}
