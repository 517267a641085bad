// Zigbee-only services: coordinator backups (on start, every 24 h, on shutdown, on demand; restore to
// a new stick), the network map scan, and the firmware check. Everything else goes through the
// generic adapter facets.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterStatus } from '../../shared/adapter';
import type { BackupInfo, NetworkMap, RadioInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { EventBus, Logger } from '../bus';
import { deviceId, type DeviceService } from '../services/devices';
import { BackupStore, type BackupReason } from './backups';
import type { ZigbeeRadio } from './index';
import type { ZigbeeAdapterType, ZigbeeNetwork } from './zigbee-config';

export const DAY_MS = 24 * 3_600_000;
const ROLES = { Coordinator: 'coordinator', Router: 'router', EndDevice: 'endDevice', Unknown: 'unknown' } as const;

export interface ZigbeeServiceOptions {
  radio: ZigbeeRadio;
  bus: EventBus;
  devices: DeviceService;
  log: Logger;
  keepBackups?: number;
  backupEveryMs?: number;
  now?: () => number;
  /** Keeps a network taken over from a backup for later starts (real sticks; the demo's is fixed). */
  rememberNetwork?: (network: ZigbeeNetwork, stick: { port: string; adapter: ZigbeeAdapterType }) => void;
}

export class ZigbeeService {
  readonly backups: BackupStore;
  readonly #o: ZigbeeServiceOptions;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: Array<() => void> = [];
  #startedOnce = false;
  #scan: AbortController | undefined;
  #restoring = false;

  constructor(o: ZigbeeServiceOptions) {
    this.#o = o;
    this.backups = new BackupStore(o.radio.backupsDir, o.keepBackups ?? 10, o.now);
  }

  get adapter() {
    return this.#o.radio.adapter;
  }

  start(): void {
    const onStatus = (s: AdapterStatus) => {
      if (s.state !== 'ready' || this.#startedOnce || this.#restoring) return;
      this.#startedOnce = true;
      void this.#afterFirstStart();
    };
    this.#unsubscribe.push(this.adapter.subscribe((e) => e.type === 'status' && onStatus(e.status)));
    this.#unsubscribe.push(
      this.adapter.subscribeZigbee((e) => {
        if (e.type === 'scan') this.#o.bus.emit('zigbee.networkMap.progress', { done: e.done, total: e.total, ...(e.current ? { current: e.current } : {}) });
      }),
    );
    onStatus(this.adapter.status());
    this.#timer = setInterval(() => void this.#backupQuietly('daily'), this.#o.backupEveryMs ?? DAY_MS);
    this.#timer.unref();
  }

  async #afterFirstStart(): Promise<void> {
    try {
      await this.#o.radio.seed?.();
    } catch (err) {
      this.#o.log.warn('demo Zigbee devices did not all join', err);
    }
    await this.#backupQuietly('start');
  }

  /** Last backup before the radio stops. Call before the adapter is stopped. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#scan?.abort();
    for (const u of this.#unsubscribe.splice(0)) u();
    await this.#backupQuietly('shutdown');
  }

  info(): NonNullable<RadioInfo['zigbee']> {
    const l = this.adapter.link;
    return { port: l.serialPath, adapter: l.adapterType, channel: l.channel, panId: l.panId, extendedPanId: Buffer.from(l.extendedPanId).toString('hex') };
  }

  list(): BackupInfo[] {
    return this.backups.list();
  }

  async createBackup(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    if (this.adapter.status().state !== 'ready') {
      throw new HearthError('RADIO_UNAVAILABLE', 'The Zigbee radio is not running, so its stick cannot be backed up now.', 'Start the Zigbee radio, then try again.');
    }
    mkdirSync(this.backups.dir, { recursive: true, mode: 0o700 });
    const tmp = join(this.backups.dir, `.incoming-${process.pid}.json`);
    try {
      await this.adapter.backup(tmp);
      const info = this.backups.save(readFileSync(tmp, 'utf8'), reason);
      this.#o.bus.emit('zigbee.backups.changed', { backups: this.list() });
      return info;
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  async #backupQuietly(reason: BackupReason): Promise<void> {
    if (this.adapter.status().state !== 'ready') return;
    await this.createBackup(reason).catch((err: unknown) => this.#o.log.warn(`Zigbee ${reason} backup failed`, err));
  }

  /**
   * Restores a backup onto a (new) stick: herdsman writes the network (PAN, key, frame counters,
   * device table) into a factory-new stick on start. The old stick must not run at the same time.
   */
  async restore(id: string, target: { port?: string | undefined; adapter?: ZigbeeAdapterType | undefined }): Promise<BackupInfo> {
    const file = this.backups.path(id);
    const chosen = this.list().find((b) => b.id === id)!;
    if (this.#restoring) throw new HearthError('CONFLICT', 'A restore is already running.');
    this.#restoring = true;
    try {
      if (this.adapter.status().state === 'ready') await this.createBackup('restore').catch(() => undefined);
      await this.adapter.stop();
      const backup = this.adapter.prepareRestore(file, { ...(target.port ? { serialPath: target.port } : {}), ...(target.adapter ? { adapterType: target.adapter } : {}) });
      const link = this.adapter.link;
      this.#o.rememberNetwork?.(
        { channel: backup.channel, panId: backup.panId, extendedPanId: backup.extendedPanId, networkKey: backup.networkKey },
        { port: link.serialPath, adapter: link.adapterType },
      );
      await this.adapter.start();
      return chosen;
    } finally {
      this.#restoring = false;
    }
  }

  async scanNetwork(opts: { timeoutMs: number; maxDevices: number }): Promise<NetworkMap> {
    if (this.#scan) throw new HearthError('CONFLICT', 'A network scan is already running.', 'Wait for it to finish or cancel it.');
    const controller = new AbortController();
    this.#scan = controller;
    try {
      const map = await this.adapter.scanNetwork({ signal: controller.signal, timeoutMs: opts.timeoutMs, maxDevices: opts.maxDevices });
      return {
        nodes: map.nodes.map((n) => {
          const id = deviceId('zigbee', n.nativeId);
          const known = this.#o.devices.list().find((d) => d.id === id);
          return {
            nativeId: n.nativeId,
            deviceId: known ? id : null,
            name: n.type === 'Coordinator' ? 'Zigbee stick' : (known?.name ?? n.nativeId),
            role: ROLES[n.type] ?? 'unknown',
            networkAddress: n.networkAddress,
          };
        }),
        links: map.links,
        failures: map.failures,
        partial: map.partial,
        cancelled: controller.signal.aborted,
        durationMs: map.durationMs,
      };
    } finally {
      this.#scan = undefined;
    }
  }

  cancelScan(): void {
    this.#scan?.abort();
  }
}
