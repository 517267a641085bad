// Z-Wave services beyond the generic adapter facets: secure inclusion/exclusion/replacement (events to the
// UI), SmartStart, node maintenance, firmware updates and controller NVM backups. Maps Hearth device ids to
// node ids and turns adapter callbacks into bus events.
import type { DemoLabel, FirmwareUpdateResult, HealthCheckResult, InclusionState, NvmBackupInfo, ProvisioningEntry, ZWaveNodeStatus } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { ZWaveAdapter } from '../../protocols/zwave/adapter';
import { abortFirmware, updateFirmware } from '../../protocols/zwave/firmware';
import { backupNvm, describeNvm, generationWarning, restoreNvm, stickMeta } from '../../protocols/zwave/nvm';
import { classNames, nodeSecurityClasses } from '../../protocols/zwave/security-text';
import { entryOf, listProvisioned, parseSmartStart, provision, unprovision } from '../../protocols/zwave/smart-start';
import type { EventBus, Logger } from '../bus';
import { deviceId, type DeviceService } from '../services/devices';
import { NvmStore } from './zwave-nvm-store';

export interface ZWaveServiceOptions {
  adapter: ZWaveAdapter;
  bus: EventBus;
  devices: DeviceService;
  log: Logger;
  /** Where NVM backups are kept (0700 folder, 0600 files). */
  nvmDir: string;
  /** Demo home only: the printed labels of the simulated devices, and breaking one (to try "replace failed"). */
  demo?: { labels(): Promise<DemoLabel[]>; fail(nodeId: number, failed: boolean): void };
  now?: () => number;
}

export class ZWaveService {
  readonly nvm: NvmStore;
  readonly #o: ZWaveServiceOptions;
  #unsubscribe: Array<() => void> = [];
  /** Name and room of devices being replaced (by node id), given back to the device that takes their place. */
  readonly #replacing = new Map<number, { name: string; areaId: string | null }>();
  #nvmBusy = false;

  constructor(o: ZWaveServiceOptions) {
    this.#o = o;
    this.nvm = new NvmStore(o.nvmDir, 10, o.now);
  }

  get adapter(): ZWaveAdapter {
    return this.#o.adapter;
  }

  start(): void {
    this.#unsubscribe.push(
      this.adapter.subscribeZWave((e) => {
        if (e.type === 'exclusion') {
          const s = e.state;
          this.#o.bus.emit('zwave.exclusion', s.stage === 'done' ? { ...s, deviceId: this.#deviceId(s.nodeId) } : s);
          return;
        }
        const s = this.#withDevice(e.state);
        this.#o.bus.emit('zwave.inclusion', s);
        if (s.stage === 'done' && s.operation === 'smartStart') this.#applyProvisionedName(s.nodeId);
        if (s.stage === 'done' && s.operation === 'replace') this.#keepReplacedPlace(s.nodeId);
        if (s.stage === 'done' || s.stage === 'interviewing') this.#o.bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
      }),
    );
  }

  stop(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
  }

  inclusionState(): InclusionState {
    try {
      return this.#withDevice(this.adapter.inclusion.state());
    } catch {
      return { stage: 'idle', operation: 'inclusion', at: Date.now() };
    }
  }

  /** Replaces a failed node; the new device keeps the old one's name and room in Hearth (its own name does not win). */
  async replace(deviceId: string, strategy: Parameters<ZWaveAdapter['inclusion']['replace']>[1]): Promise<InclusionState> {
    const nodeId = this.nodeId(deviceId);
    const old = this.#o.devices.get(deviceId);
    this.#replacing.set(nodeId, { name: old.name, areaId: old.areaId });
    try {
      return this.#withDevice(await this.adapter.inclusion.replace(nodeId, strategy));
    } catch (err) {
      this.#replacing.delete(nodeId);
      throw err;
    }
  }

  #keepReplacedPlace(nodeId: number): void {
    const place = this.#replacing.get(nodeId);
    this.#replacing.delete(nodeId);
    const id = this.#deviceId(nodeId);
    if (!place || !this.#o.devices.find(id)) return;
    try {
      this.#o.devices.rename(id, place.name, 'replace');
      if (place.areaId) this.#o.devices.setArea(id, place.areaId, 'replace');
    } catch (err) {
      this.#o.log.warn('could not keep the replaced device\'s name and room', err);
    }
  }

  withDevice(s: InclusionState): InclusionState {
    return this.#withDevice(s);
  }

  nodeId(id: string): number {
    const { protocol, nativeId } = this.#o.devices.locate(id);
    if (protocol !== 'zwave') throw new HearthError('BAD_REQUEST', 'That is not a Z-Wave device.');
    const nodeId = this.adapter.nodeIdOf(nativeId);
    if (!Number.isInteger(nodeId)) throw new HearthError('NOT_FOUND', 'That device belongs to another Z-Wave network.', 'Remove it from Hearth.');
    return nodeId;
  }

  async nodeStatus(id: string): Promise<ZWaveNodeStatus> {
    const nodeId = this.nodeId(id);
    const node = this.adapter.ctx.driver().controller.nodes.get(nodeId);
    if (!node) throw new HearthError('NOT_FOUND', `There is no node ${nodeId} in the Z-Wave network.`);
    const statuses = ['unknown', 'asleep', 'awake', 'dead', 'alive'] as const;
    const failed = await this.adapter.maintenance.isFailed(nodeId).catch(() => false);
    return {
      deviceId: id,
      nodeId,
      status: statuses[node.status] ?? 'unknown',
      failed,
      securityClasses: classNames(nodeSecurityClasses(node)),
      firmwareVersion: node.firmwareVersion ?? null,
      supportsFirmwareUpdate: node.supportsCC(0x7a),
    };
  }

  async healthCheck(id: string, rounds: number): Promise<HealthCheckResult> {
    const nodeId = this.nodeId(id);
    const r = await this.adapter.maintenance.healthCheck(nodeId, rounds, (round) => this.#o.bus.emit('zwave.healthCheck.progress', { ...round, deviceId: id, nodeId }));
    return { ...r, deviceId: id };
  }

  async firmwareUpdate(id: string, file: { base64: string; filename: string; target?: number | undefined }): Promise<FirmwareUpdateResult> {
    const nodeId = this.nodeId(id);
    const data = new Uint8Array(Buffer.from(file.base64, 'base64'));
    if (data.length === 0) throw new HearthError('BAD_REQUEST', 'The firmware file is empty.', 'Pick the file again.');
    const { reInterview, ...r } = await updateFirmware(this.adapter.ctx, nodeId, { filename: file.filename, data, target: file.target }, (p) =>
      this.#o.bus.emit('zwave.firmware.progress', { deviceId: id, ...p }),
    );
    const node = this.adapter.ctx.driver().controller.nodes.get(nodeId);
    if (r.success && node) {
      // The device restarts into the new firmware (after waitTime) and zwave-js asks it again what it runs.
      if (!reInterview) void node.refreshInfo({ waitForWakeup: false }).catch(() => undefined);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t);
          node.off('ready', done);
          resolve();
        };
        const t = setTimeout(done, ((r.waitTimeSeconds ?? 0) + 60) * 1000);
        t.unref();
        node.once('ready', done);
      });
    }
    return { ...r, deviceId: id, firmwareVersion: node?.firmwareVersion ?? null };
  }

  async abortFirmware(id: string): Promise<void> {
    await abortFirmware(this.adapter.ctx, this.nodeId(id));
  }

  parseQr(qr: string) {
    let ctx;
    try {
      this.adapter.ctx.driver();
      ctx = this.adapter.ctx;
    } catch {
      ctx = undefined;
    }
    return parseSmartStart(ctx, qr);
  }

  async provision(qr: string, granted: Parameters<typeof provision>[2], extra: { name?: string | undefined; areaId?: string | undefined }): Promise<ProvisioningEntry> {
    const entry = await provision(this.adapter.ctx, qr, granted, extra);
    this.#o.bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
    return entry;
  }

  /** The SmartStart list; a device that joined shows the name and room it has in Hearth (zwave-js keeps neither). */
  listProvisioned(): ProvisioningEntry[] {
    return listProvisioned(this.adapter.ctx).map((e) => {
      const device = e.nodeId === undefined ? undefined : this.#o.devices.find(this.#deviceId(e.nodeId));
      if (!device) return e;
      return { ...e, name: device.name, ...(device.areaId ? { areaId: device.areaId } : {}) };
    });
  }

  unprovision(dsk: string): void {
    unprovision(this.adapter.ctx, dsk);
    this.#o.bus.emit('zwave.smartStart.changed', { entries: this.#safeList() });
  }

  async backup(): Promise<NvmBackupInfo> {
    return this.#exclusive(async () => {
      const { data, meta } = await backupNvm(this.adapter.ctx, (done, total) => this.#o.bus.emit('zwave.nvm.progress', { operation: 'backup', bytesDone: done, bytesTotal: total }));
      const info = this.nvm.save(data, meta);
      this.#o.bus.emit('zwave.nvm.changed', { backups: this.nvm.list() });
      return info;
    });
  }

  async restore(id: string, confirmGeneration: boolean): Promise<{ restored: NvmBackupInfo; converted: boolean; message: string }> {
    const { data, info } = this.nvm.read(id);
    const stick = stickMeta(this.adapter.ctx);
    const actual = await describeNvm(data);
    const warning = generationWarning(actual.generation, stick.generation);
    if (warning && !confirmGeneration) {
      throw new HearthError('CONFLICT', warning, 'Read the warning, then confirm to convert and restore anyway.', { backupGeneration: actual.generation, stickGeneration: stick.generation });
    }
    return this.#exclusive(async () => {
      let converted = false;
      await this.adapter.restartAfter(() =>
        restoreNvm(this.adapter.ctx, data, !!warning, (operation, done, total) => {
          if (operation === 'convert') converted = true;
          this.#o.bus.emit('zwave.nvm.progress', { operation, bytesDone: done, bytesTotal: total });
        }),
      );
      this.#o.bus.emit('zwave.nvm.changed', { backups: this.nvm.list() });
      return {
        restored: info,
        converted: converted || !!warning,
        message: `The stick now holds the network of ${info.createdAt.slice(0, 16).replace('T', ' ')} (${info.nodes} nodes).${warning ? ' It was converted for this stick generation; rebuild routes once all devices are back.' : ''}`,
      };
    });
  }

  async demoLabels(): Promise<DemoLabel[]> {
    return this.#demo().labels();
  }

  demoFail(id: string, failed: boolean): void {
    this.#demo().fail(this.nodeId(id), failed);
  }

  #demo() {
    if (!this.#o.demo) throw new HearthError('UNSUPPORTED', 'This only exists in the demo home (simulated devices).', 'Real devices have their label printed on them or their box.');
    return this.#o.demo;
  }

  async #exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.#nvmBusy) throw new HearthError('CONFLICT', 'A Z-Wave backup or restore is already running.', 'Wait for it to finish.');
    this.#nvmBusy = true;
    try {
      return await work();
    } finally {
      this.#nvmBusy = false;
    }
  }

  #deviceId(nodeId: number): string {
    return deviceId('zwave', this.adapter.nativeIdOf(nodeId));
  }

  #withDevice(s: InclusionState): InclusionState {
    if ((s.stage === 'interviewing' || s.stage === 'done') && s.deviceId === undefined) return { ...s, deviceId: this.#deviceId(s.nodeId) };
    return s;
  }

  #safeList(): ProvisioningEntry[] {
    try {
      return this.listProvisioned();
    } catch {
      return [];
    }
  }

  /** A SmartStart device that joined gets the name and room given when it was provisioned. */
  #applyProvisionedName(nodeId: number): void {
    try {
      const entry = this.adapter.ctx.driver().controller.getProvisioningEntry(nodeId);
      if (!entry) return;
      const e = entryOf(entry);
      const id = this.#deviceId(nodeId);
      if (!this.#o.devices.find(id)) return;
      if (e.name) this.#o.devices.rename(id, e.name, 'smartStart');
      if (e.areaId) this.#o.devices.setArea(id, e.areaId, 'smartStart');
      // The name now lives in Hearth's database (exported, erased with the rest); zwave-js's cache keeps only
      // what the radio needs, so "Erase my data" leaves no name behind in the radio's files.
      if (e.name || e.areaId) {
        const { name: _n, areaId: _a, ...rest } = entry as typeof entry & { name?: unknown; areaId?: unknown };
        this.adapter.ctx.driver().controller.provisionSmartStartNode(rest);
      }
    } catch (err) {
      this.#o.log.warn('could not name the SmartStart device', err);
    }
  }
}
