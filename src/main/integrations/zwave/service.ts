// Z-Wave on Hearth's side: device ids ↔ the integration's native ids, its inclusion/exclusion stages on the bus
// (with the device they concern), names and rooms (SmartStart devices get the one given when provisioned; a
// replacement keeps the replaced device's), and the controller's NVM backups in the one backup store. Everything
// zwave-js does happens behind the integration's facets (src/protocols/zwave).
import type {
  DemoLabel,
  FirmwareUpdateResult,
  HealthCheckResult,
  InclusionState,
  InclusionStrategy,
  NvmBackupInfo,
  ProvisioningEntry,
  RebuildRoutesProgress,
  ZWaveNodeStatus,
  ZWaveSecurityClass,
} from '../../../shared/contract';
import { StickGeneration } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { ZWaveEvent, ZWaveIntegration, ZWaveRebuildProgress } from '../../../protocols/zwave';
import type { EventBus } from '../../bus';
import type { Logger } from '../../../shared/logger';
import { deviceId, type DeviceService } from '../../services/devices';
import { BackupStore, type StoredBackup } from '../backups';
import type { StackService } from '../registry';

export interface ZWaveDemo {
  /** The printed labels of the simulated spares (DSK, PIN, SmartStart code). */
  labels(): Promise<DemoLabel[]>;
  /** Breaks a simulated device (to try "replace failed"), or repairs it. */
  fail(nodeId: number, failed: boolean): void;
}

export interface ZWaveServiceDeps {
  integration: ZWaveIntegration;
  bus: EventBus;
  devices: DeviceService;
  log: Logger;
  /** Where NVM backups are kept (0700 folder, 0600 files). */
  nvmDir: string;
  /** Demo home only. */
  demo?: ZWaveDemo;
  now?: () => number;
}

export class ZWaveService implements StackService {
  readonly nvm: BackupStore;
  readonly #d: ZWaveServiceDeps;
  readonly #unsubscribe: Array<() => void> = [];
  /** Name and room of devices being replaced (by native id), given back to the device that takes their place. */
  readonly #replacing = new Map<string, { name: string; areaId: string | null }>();

  constructor(deps: ZWaveServiceDeps) {
    this.#d = deps;
    const file = deps.integration.facets.backups.file;
    this.nvm = new BackupStore({ dir: deps.nvmDir, file, keep: 10, ...(deps.now ? { now: deps.now } : {}) });
  }

  get integration(): ZWaveIntegration {
    return this.#d.integration;
  }

  get #f() {
    return this.#d.integration.facets;
  }

  start(): void {
    this.#unsubscribe.push(this.#d.integration.subscribe((e) => e.type === 'stack' && this.#onStack(e.event)));
  }

  stop(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
  }

  #onStack(e: ZWaveEvent): void {
    const { bus } = this.#d;
    if (e.type === 'exclusion') {
      const s = e.state;
      bus.emit('zwave.exclusion', s.stage === 'done' && e.nativeId ? { ...s, deviceId: deviceId('zwave', e.nativeId) } : s);
      return;
    }
    const s = this.#withDevice(e.state, e.nativeId);
    bus.emit('zwave.inclusion', s);
    if (s.stage === 'done' && e.nativeId && s.operation === 'smartStart') this.#applyProvisionedPlace(e.nativeId);
    if (s.stage === 'done' && e.nativeId && s.operation === 'replace') this.#keepReplacedPlace(e.nativeId);
    if (s.stage === 'done' || s.stage === 'interviewing') bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
  }

  /** The native id behind a Hearth device id; refuses a device of another radio. */
  nativeId(id: string): string {
    const { protocol, nativeId } = this.#d.devices.locate(id);
    if (protocol !== 'zwave') throw new HearthError('BAD_REQUEST', 'That is not a Z-Wave device.');
    this.#f.nodes.nodeIdOf(nativeId); // NOT_FOUND for a device of another Z-Wave network
    return nativeId;
  }

  #deviceIdOf(nodeId: number): string {
    return deviceId('zwave', this.#f.nodes.nativeIdOf(nodeId));
  }

  inclusionState(): InclusionState {
    return this.#withDevice(this.#f.inclusion.state());
  }

  async startInclusion(strategy: InclusionStrategy): Promise<InclusionState> {
    return this.#withDevice(await this.#f.inclusion.start(strategy));
  }

  async stopInclusion(): Promise<InclusionState> {
    return this.#withDevice(await this.#f.inclusion.stop());
  }

  /** Replaces a failed node; the new device keeps the old one's name and room in Hearth (its own name does not win). */
  async replace(id: string, strategy: InclusionStrategy): Promise<InclusionState> {
    const nativeId = this.nativeId(id);
    const old = this.#d.devices.get(id);
    this.#replacing.set(nativeId, { name: old.name, areaId: old.areaId });
    try {
      return this.#withDevice(await this.#f.inclusion.replace(nativeId, strategy));
    } catch (err) {
      this.#replacing.delete(nativeId);
      throw err;
    }
  }

  #keepReplacedPlace(nativeId: string): void {
    const place = this.#replacing.get(nativeId);
    this.#replacing.delete(nativeId);
    const id = deviceId('zwave', nativeId);
    if (!place || !this.#d.devices.find(id)) return;
    try {
      this.#d.devices.rename(id, place.name, 'replace');
      if (place.areaId) this.#d.devices.setArea(id, place.areaId, 'replace');
    } catch (err) {
      this.#d.log.warn("could not keep the replaced device's name and room", err);
    }
  }

  async nodeStatus(id: string): Promise<ZWaveNodeStatus> {
    return { deviceId: id, ...(await this.#f.nodes.status(this.nativeId(id))) };
  }

  async healthCheck(id: string, rounds: number): Promise<HealthCheckResult> {
    const nativeId = this.nativeId(id);
    const nodeId = this.#f.nodes.nodeIdOf(nativeId);
    const r = await this.#f.maintenance.healthCheck(nativeId, rounds, (round) => this.#d.bus.emit('zwave.healthCheck.progress', { ...round, deviceId: id, nodeId }));
    return { ...r, deviceId: id };
  }

  /** Sends a firmware file to the device and waits until it runs again; each step of progress goes on the bus too
   * ('zwave.firmware.progress') and to `onProgress`. */
  async firmwareUpdate(
    id: string,
    file: { data: Uint8Array<ArrayBuffer>; filename: string; target?: number | undefined },
    onProgress?: (p: { sentFragments: number; totalFragments: number; percent: number }) => void,
  ): Promise<FirmwareUpdateResult> {
    const r = await this.#f.firmware.update(this.nativeId(id), { filename: file.filename, data: file.data, target: file.target }, (p) => {
      this.#d.bus.emit('zwave.firmware.progress', { deviceId: id, ...p });
      onProgress?.(p);
    });
    return { ...r, deviceId: id };
  }

  async abortFirmware(id: string): Promise<void> {
    await this.#f.firmware.abort(this.nativeId(id));
  }

  /** Starts a network-wide rebuild; progress goes on the bus. */
  rebuildNetwork(): RebuildRoutesProgress {
    return withDevices(this.#f.maintenance.rebuildNetwork((p) => this.#d.bus.emit('zwave.rebuildRoutes.progress', withDevices(p))));
  }

  cancelRebuild(): RebuildRoutesProgress {
    return withDevices(this.#f.maintenance.cancelRebuild());
  }

  parseQr(qr: string) {
    return this.#f.smartStart.parse(qr);
  }

  async provision(qr: string, granted: ZWaveSecurityClass[], place: { name?: string | undefined; areaId?: string | undefined }): Promise<ProvisioningEntry> {
    const entry = await this.#f.smartStart.provision(qr, granted, place);
    this.#d.bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
    return entry;
  }

  /** The SmartStart list; a device that joined shows the name and room it has in Hearth (zwave-js keeps neither). */
  listProvisioned(): ProvisioningEntry[] {
    return this.#f.smartStart.list().map((e) => {
      const device = e.nodeId === undefined ? undefined : this.#d.devices.find(this.#deviceIdOf(e.nodeId));
      if (!device) return e;
      return { ...e, name: device.name, ...(device.areaId ? { areaId: device.areaId } : {}) };
    });
  }

  unprovision(dsk: string): void {
    this.#f.smartStart.unprovision(dsk);
    this.#d.bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
  }

  listBackups(): NvmBackupInfo[] {
    return this.nvm.list().map(nvmInfo);
  }

  async backup(): Promise<NvmBackupInfo> {
    const image = await this.#f.backups.create((p) => this.#d.bus.emit('zwave.nvm.progress', { operation: p.operation, bytesDone: p.done, bytesTotal: p.total }));
    const info = nvmInfo(this.nvm.save(image, 'manual'));
    this.#d.bus.emit('zwave.nvm.changed', { backups: this.listBackups() });
    return info;
  }

  async restore(id: string, confirmGeneration: boolean): Promise<{ restored: NvmBackupInfo; converted: boolean; message: string }> {
    const { data, backup } = this.nvm.read(id);
    const info = nvmInfo(backup);
    const { converted } = await this.#f.backups.restore(data, {
      confirmed: confirmGeneration,
      onProgress: (p) => this.#d.bus.emit('zwave.nvm.progress', { operation: p.operation, bytesDone: p.done, bytesTotal: p.total }),
    });
    this.#d.bus.emit('zwave.nvm.changed', { backups: this.listBackups() });
    return {
      restored: info,
      converted,
      message: `The stick now holds the network of ${info.createdAt.slice(0, 16).replace('T', ' ')} (${info.nodes} nodes).${converted ? ' It was converted for this stick generation; rebuild routes once all devices are back.' : ''}`,
    };
  }

  async demoLabels(): Promise<DemoLabel[]> {
    return this.#demo().labels();
  }

  demoFail(id: string, failed: boolean): void {
    this.#demo().fail(this.#f.nodes.nodeIdOf(this.nativeId(id)), failed);
  }

  #demo(): ZWaveDemo {
    if (!this.#d.demo) throw new HearthError('UNSUPPORTED', 'This only exists in the demo home (simulated devices).', 'Real devices have their label printed on them or their box.');
    return this.#d.demo;
  }

  #withDevice(s: InclusionState, nativeId?: string): InclusionState {
    if ((s.stage === 'interviewing' || s.stage === 'done') && s.deviceId === undefined) {
      return { ...s, deviceId: nativeId ? deviceId('zwave', nativeId) : this.#deviceIdOf(s.nodeId) };
    }
    return s;
  }

  #safeList(): ProvisioningEntry[] {
    try {
      return this.listProvisioned();
    } catch {
      return [];
    }
  }

  /** A SmartStart device that joined gets the name and room given when it was provisioned; then only Hearth keeps them. */
  #applyProvisionedPlace(nativeId: string): void {
    try {
      const place = this.#f.smartStart.placeOf(nativeId);
      const id = deviceId('zwave', nativeId);
      if (!place || !this.#d.devices.find(id)) return;
      if (place.name) this.#d.devices.rename(id, place.name, 'smartStart');
      if (place.areaId) this.#d.devices.setArea(id, place.areaId, 'smartStart');
      // The name now lives in Hearth's database (exported, erased with the rest), not in the radio's files.
      this.#f.smartStart.forgetPlace(nativeId);
    } catch (err) {
      this.#d.log.warn('could not name the SmartStart device', err);
    }
  }
}

/** Rebuild progress with Hearth's device ids. */
function withDevices(p: ZWaveRebuildProgress): RebuildRoutesProgress {
  return { ...p, nodes: p.nodes.map(({ nativeId, ...n }) => ({ ...n, deviceId: deviceId('zwave', nativeId) })) };
}

/** An NVM image in the backup store, as the contract lists it. */
function nvmInfo(b: StoredBackup): NvmBackupInfo {
  const fact = (k: string) => (typeof b.meta.facts[k] === 'string' ? (b.meta.facts[k] as string) : null);
  const generation = StickGeneration.safeParse(b.meta.facts.generation);
  return {
    id: b.id,
    createdAt: b.createdAt,
    sizeBytes: b.sizeBytes,
    generation: generation.success ? generation.data : 'unknown',
    sdkVersion: fact('sdkVersion'),
    stickModel: fact('stickModel'),
    homeId: fact('homeId'),
    nodes: b.meta.devices,
  };
}
