// Zigbee on Hearth's side: coordinator backups in the one backup store (on start, every 24 h, on shutdown, on
// demand; restore onto a new stick), the network map with Hearth's device names, and the stick in the radio
// list. Everything herdsman does happens behind the integration's facets (src/protocols/zigbee).
import type { BackupInfo, NetworkMap, RadioInfo, ZigbeeAdapterName } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { IntegrationStatus } from '../../../shared/integration';
import type { ZigbeeIntegration } from '../../../protocols/zigbee';
import { describeCoordinatorBackup, type ZigbeeNetworkSettings } from '../../../protocols/zigbee/plain';
import type { EventBus } from '../../bus';
import type { Logger } from '../../../shared/logger';
import { deviceId, type DeviceService } from '../../services/devices';
import { BackupStore, type BackupReason, type StoredBackup } from '../backups';
import type { StackService } from '../registry';

export const DAY_MS = 24 * 3_600_000;

export interface ZigbeeServiceDeps {
  integration: ZigbeeIntegration;
  bus: EventBus;
  devices: Pick<DeviceService, 'list'>;
  log: Logger;
  /** Where Hearth keeps the coordinator backups. */
  backupsDir: string;
  keepBackups?: number;
  backupEveryMs?: number;
  now?: () => number;
  /** Demo only: joins the simulated home's devices the first time. */
  seed?: () => Promise<void>;
  /** Keeps a network taken over from a backup for later starts (real sticks; the demo's is fixed). */
  rememberNetwork?: (network: ZigbeeNetworkSettings) => void;
}

export class ZigbeeService implements StackService {
  readonly backups: BackupStore;
  readonly #d: ZigbeeServiceDeps;
  #timer: NodeJS.Timeout | undefined;
  readonly #unsubscribe: Array<() => void> = [];
  #startedOnce = false;
  #scan: AbortController | undefined;
  #restoring = false;

  constructor(deps: ZigbeeServiceDeps) {
    this.#d = deps;
    this.backups = new BackupStore({
      dir: deps.backupsDir,
      file: deps.integration.facets.backups.file,
      keep: deps.keepBackups ?? 10,
      describe: describeCoordinatorBackup,
      ...(deps.now ? { now: deps.now } : {}),
    });
  }

  get integration(): ZigbeeIntegration {
    return this.#d.integration;
  }

  start(): void {
    const onStatus = (s: IntegrationStatus) => {
      if (s.state !== 'ready' || this.#startedOnce || this.#restoring) return;
      this.#startedOnce = true;
      void this.#afterFirstStart();
    };
    this.#unsubscribe.push(this.integration.subscribe((e) => e.type === 'status' && onStatus(e.status)));
    onStatus(this.integration.status());
    this.#timer = setInterval(() => void this.#backupQuietly('daily'), this.#d.backupEveryMs ?? DAY_MS);
    this.#timer.unref();
  }

  async #afterFirstStart(): Promise<void> {
    try {
      await this.#d.seed?.();
    } catch (err) {
      this.#d.log.warn('demo Zigbee devices did not all join', err);
    }
    await this.#backupQuietly('start');
  }

  /** Last backup before the radio stops. Call before the integration is stopped. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#scan?.abort();
    for (const u of this.#unsubscribe.splice(0)) u();
    await this.#backupQuietly('shutdown');
  }

  info(): Pick<RadioInfo, 'zigbee'> {
    return { zigbee: this.integration.facets.zigbee.link() };
  }

  list(): BackupInfo[] {
    return this.backups.list().map(backupInfo);
  }

  async createBackup(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    if (this.integration.status().state !== 'ready') {
      throw new HearthError('RADIO_UNAVAILABLE', 'The Zigbee radio is not running, so its stick cannot be backed up now.', 'Start the Zigbee radio, then try again.');
    }
    const image = await this.integration.facets.backups.create();
    const info = backupInfo(this.backups.save(image, reason));
    this.#d.bus.emit('zigbee.backups.changed', { backups: this.list() });
    return info;
  }

  async #backupQuietly(reason: BackupReason): Promise<void> {
    if (this.integration.status().state !== 'ready') return;
    await this.createBackup(reason).catch((err: unknown) => this.#d.log.warn(`Zigbee ${reason} backup failed`, err));
  }

  /**
   * Restores a backup onto a (new) stick: herdsman writes the network (PAN, key, frame counters, device table)
   * into a factory-new stick on start. The old stick must not run at the same time.
   */
  async restore(id: string, target: { port?: string | undefined; adapter?: ZigbeeAdapterName | undefined }): Promise<BackupInfo> {
    const { data, backup } = this.backups.read(id);
    if (this.#restoring) throw new HearthError('CONFLICT', 'A restore is already running.');
    this.#restoring = true;
    const before = JSON.stringify(this.integration.facets.zigbee.link());
    try {
      if (this.integration.status().state === 'ready') await this.createBackup('restore').catch(() => undefined);
      await this.integration.facets.backups.restore(data, { confirmed: true, target });
      return backupInfo(backup);
    } finally {
      this.#restoring = false;
      // Remembered even when the new stick did not start: its network and key are the ones in use from now on.
      if (JSON.stringify(this.integration.facets.zigbee.link()) !== before) this.#d.rememberNetwork?.(this.integration.facets.zigbee.network());
    }
  }

  /** Reads who hears whom; progress goes on the bus ('zigbee.networkMap.progress') and to `onProgress`. */
  async scanNetwork(opts: { timeoutMs: number; maxDevices: number }, onProgress?: (p: { done: number; total: number }) => void): Promise<NetworkMap> {
    if (this.#scan) throw new HearthError('CONFLICT', 'A network scan is already running.', 'Wait for it to finish or cancel it.');
    const controller = new AbortController();
    this.#scan = controller;
    try {
      const map = await this.integration.facets.networkMap.scan({
        signal: controller.signal,
        timeoutMs: opts.timeoutMs,
        maxDevices: opts.maxDevices,
        onProgress: (p) => {
          this.#d.bus.emit('zigbee.networkMap.progress', { done: p.done, total: p.total, ...(p.current ? { current: p.current } : {}) });
          onProgress?.(p);
        },
      });
      const devices = this.#d.devices.list();
      return {
        nodes: map.nodes.map((n) => {
          const id = deviceId('zigbee', n.nativeId);
          const known = devices.find((d) => d.id === id);
          return {
            nativeId: n.nativeId,
            deviceId: known ? id : null,
            name: n.role === 'coordinator' ? 'Zigbee stick' : (known?.name ?? n.nativeId),
            role: n.role,
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

/** A coordinator backup in the backup store, as the contract lists it. */
function backupInfo(b: StoredBackup): BackupInfo {
  const num = (k: string) => (typeof b.meta.facts[k] === 'number' ? (b.meta.facts[k] as number) : 0);
  return {
    id: b.id,
    createdAt: b.createdAt,
    reason: b.reason,
    devices: b.meta.devices,
    panId: num('panId'),
    extendedPanId: String(b.meta.facts.extendedPanId ?? ''),
    channel: num('channel'),
    sizeBytes: b.sizeBytes,
  };
}
