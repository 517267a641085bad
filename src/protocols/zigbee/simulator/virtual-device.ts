// A simulated Zigbee end node: endpoints/descriptors, ZCL attribute state, Read/Write Attributes,
// Configure Reporting, cluster commands, attribute reports. ZCL frames are parsed and built with
// zigbee-herdsman's own Zcl.Frame / Zcl.Header.
import { Zcl } from '../herdsman';
import { normalizeIeee } from './bytes';
import { type AttrKey, type AttrRecord, type AttrValue, type ReportConfig, ZclAttributeStore, attrKey, clusterId } from './zcl-state';

/** A device's non-volatile memory, as saved by the demo home between runs. */
export interface DeviceMemory {
  attributes: Record<string, AttrValue>;
  bindings: string[];
  reporting: Record<string, ReportConfig>;
}

export interface EndpointDef {
  id: number;
  profileId: number;
  deviceId: number;
  inClusters: Array<string | number>;
  outClusters: Array<string | number>;
}

export interface CommandContext {
  device: VirtualDevice;
  ep: number;
  payload: Record<string, unknown>;
}
/** Returns a ZCL status (default SUCCESS). */
export type CommandHandler = (ctx: CommandContext) => number | void;

export interface DeviceBlueprint {
  /** What it imitates, for logs ("IKEA LED1545G12"). */
  label: string;
  ieee: string;
  nwk: number;
  logicalType: 'router' | 'endDevice';
  manufacturerCode: number;
  mainsPowered: boolean;
  endpoints: EndpointDef[];
  /** Initial attribute values: endpoint → cluster name → attribute name → value. */
  attributes: Record<number, Record<string, Record<string, AttrValue>>>;
  /** Cluster-specific command handlers: cluster name → command name → handler. */
  commands?: Record<string, Record<string, CommandHandler>>;
  /** Xiaomi-style devices report to the coordinator without any binding or Configure Reporting. */
  reportsUnsolicited?: Array<[ep: number, cluster: string]>;
  /** The firmware image it runs, told when the coordinator asks (OTA Upgrade cluster, client side). */
  ota?: { imageType: number; fileVersion: number };
  /** Periodic simulation step (sensor drift, energy counting), every `tickMs`. */
  tick?: (device: VirtualDevice) => void;
  tickMs?: number;
}

export interface ZclOut {
  srcEp: number;
  dstEp: number;
  clusterId: number;
  data: Buffer;
}

export interface ReceivedCommand {
  ep: number;
  cluster: string;
  command: string;
  payload: unknown;
}

const COORDINATOR_EP = 1;

export class VirtualDevice {
  readonly ieee: string;
  readonly nwk: number;
  readonly store = new ZclAttributeStore();
  /** Every cluster command and global command the device received (for tests and diagnostics). */
  readonly received: ReceivedCommand[] = [];
  /** Reports the device sent (cluster name + attribute ids). */
  readonly sentReports: Array<{ ep: number; cluster: string; attrs: number[]; at: number }> = [];
  private readonly bindings = new Set<string>();
  private readonly pending = new Map<string, Set<number>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly reportTimers = new Map<string, NodeJS.Timeout>();
  private tsn = 0;
  /** How well the coordinator hears the device: the LQI its frames arrive with (0–255). */
  linkQuality: number;
  private output: ((out: ZclOut) => void) | undefined;

  constructor(readonly blueprint: DeviceBlueprint) {
    this.ieee = normalizeIeee(blueprint.ieee);
    this.nwk = blueprint.nwk;
    this.linkQuality = blueprint.logicalType === 'router' ? 200 : 150;
    for (const [ep, clusters] of Object.entries(blueprint.attributes)) {
      for (const [cluster, attrs] of Object.entries(clusters)) {
        for (const [name, value] of Object.entries(attrs)) this.store.define(Number(ep), cluster, name, value);
      }
    }
    this.store.onChange((ep, cluster, rec, previous) => this.onAttributeChange(ep, cluster, rec, previous));
  }

  get isRouter(): boolean {
    return this.blueprint.logicalType === 'router';
  }

  get online(): boolean {
    return this.output !== undefined;
  }

  /** Connects the device's radio; frames it sends go to `output`. Starts its simulation timer. */
  attach(output: (out: ZclOut) => void): void {
    this.output = output;
    const { tick, tickMs } = this.blueprint;
    if (tick && tickMs && tickMs > 0) this.every(tickMs, () => tick(this));
  }

  /**
   * Disconnects the radio. Leaving the network forgets bindings and reporting; losing the
   * coordinator (`keepMemory`) does not: a real device keeps them in flash and reports again once a
   * coordinator of its network (e.g. a restored one) is back.
   */
  detach(opts: { keepMemory?: boolean } = {}): void {
    this.output = undefined;
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
    this.reportTimers.clear();
    if (opts.keepMemory) return;
    this.bindings.clear();
    this.store.reporting.clear();
  }

  get(ep: number, cluster: string, attr: string): AttrValue | undefined {
    return this.store.get(ep, cluster, attr);
  }

  /** Changes an attribute as the device itself would (button press, sensor reading...). */
  set(ep: number, cluster: string, attr: string, value: AttrValue): void {
    this.store.set(ep, cluster, attr, value);
  }

  endpoint(id: number): EndpointDef | undefined {
    return this.blueprint.endpoints.find((e) => e.id === id);
  }

  /** What a real device keeps in its own flash: attribute values, bindings and reporting settings. */
  persistentState(): DeviceMemory {
    return {
      attributes: this.store.snapshot(),
      bindings: [...this.bindings],
      reporting: Object.fromEntries(this.store.reporting.entries()),
    };
  }

  /** Powers up with remembered state (call after attach: reporting timers start again). */
  restoreState(memory: DeviceMemory): void {
    this.bindings.clear();
    this.store.reporting.clear();
    this.store.load(memory.attributes);
    for (const b of memory.bindings) this.bindings.add(b);
    for (const [key, cfg] of Object.entries(memory.reporting)) {
      const [ep, cluster, attr] = key.split(':').map(Number) as [number, number, number];
      const rec = this.store.record(ep, cluster, attr);
      if (!rec) continue;
      this.store.reporting.set(attrKey(ep, cluster, attr), cfg);
      if (cfg.max > 0 && cfg.max < 0xffff) this.reportEvery(key, cfg.max * 1000, () => this.store.reporting.has(key as AttrKey) && this.report(ep, cluster, [rec.id]));
    }
  }

  /** Restarts the periodic reports of the reporting it kept (after powering up again). */
  resumeReporting(): void {
    this.restoreState(this.persistentState());
  }

  /** Called after every attribute change (e.g. to save the device's state). */
  onChange(listener: () => void): void {
    this.store.onChange(() => listener());
  }

  bind(ep: number, cluster: number): void {
    this.bindings.add(`${ep}:${cluster}`);
  }

  unbind(ep: number, cluster: number): void {
    this.bindings.delete(`${ep}:${cluster}`);
  }

  /** Sends a cluster-specific command from the device (e.g. IAS Zone status change notification). */
  sendClusterResponse(ep: number, cluster: string, command: string, payload: Record<string, unknown>): void {
    const frame = Zcl.Frame.create(Zcl.FrameType.SPECIFIC, Zcl.Direction.SERVER_TO_CLIENT, true, undefined, this.nextTsn(), command, cluster, payload, {});
    this.emit({ srcEp: ep, dstEp: COORDINATOR_EP, clusterId: frame.cluster.ID, data: frame.toBuffer() });
  }

  /** Sends an attribute report for the given attributes now (all attributes of the cluster when omitted). */
  report(ep: number, cluster: string | number, attrIds?: number[]): void {
    const cid = clusterId(cluster);
    const recs = this.store.clusterRecords(ep, cid).filter((r) => !attrIds || attrIds.includes(r.id));
    if (recs.length === 0) return;
    const payload = recs.map((r) => ({ attrId: r.id, dataType: r.type, attrData: r.value }));
    const frame = Zcl.Frame.create(Zcl.FrameType.GLOBAL, Zcl.Direction.SERVER_TO_CLIENT, true, undefined, this.nextTsn(), 'report', cid, payload, {});
    this.sentReports.push({ ep, cluster: frame.cluster.name, attrs: recs.map((r) => r.id), at: Date.now() });
    this.emit({ srcEp: ep, dstEp: COORDINATOR_EP, clusterId: cid, data: frame.toBuffer() });
  }

  /** Handles a ZCL frame addressed to one of the device's endpoints. */
  handleZcl(srcEp: number, dstEp: number, cluster: number, data: Buffer): void {
    const header = Zcl.Header.fromBuffer(data);
    const epDef = this.endpoint(dstEp);
    if (!header || !epDef) return; // malformed or no such endpoint: a real node drops it
    const reply = (frameType: Zcl.FrameType, command: string, payload: unknown): void => {
      const frame = Zcl.Frame.create(frameType, Zcl.Direction.SERVER_TO_CLIENT, true, header.manufacturerCode, header.transactionSequenceNumber, command, cluster, payload, {});
      this.emit({ srcEp: dstEp, dstEp: srcEp, clusterId: cluster, data: frame.toBuffer() });
    };
    const defaultRsp = (status: number): void => reply(Zcl.FrameType.GLOBAL, 'defaultRsp', { cmdId: header.commandIdentifier, statusCode: status });
    if (header.frameControl.direction === Zcl.Direction.SERVER_TO_CLIENT && epDef.outClusters.map((c) => clusterId(c)).includes(cluster)) {
      return this.handleAsClient(srcEp, dstEp, cluster, header, data);
    }
    if (!epDef.inClusters.map((c) => clusterId(c)).includes(cluster)) return defaultRsp(Zcl.Status.UNSUPPORTED_CLUSTER);
    let frame: Zcl.Frame;
    try {
      frame = Zcl.Frame.fromBuffer(cluster, header, data, {});
    } catch {
      return defaultRsp(header.isGlobal ? Zcl.Status.MALFORMED_COMMAND : Zcl.Status.UNSUP_COMMAND);
    }
    this.received.push({ ep: dstEp, cluster: frame.cluster.name, command: frame.command.name, payload: frame.payload });
    if (header.isGlobal) {
      const rsp = this.handleGlobal(dstEp, cluster, frame.command.name, frame.payload);
      if (rsp) reply(Zcl.FrameType.GLOBAL, rsp.command, rsp.payload);
      else defaultRsp(Zcl.Status.UNSUP_GENERAL_COMMAND);
      return;
    }
    const handler = this.blueprint.commands?.[frame.cluster.name]?.[frame.command.name];
    if (!handler) return defaultRsp(Zcl.Status.UNSUP_COMMAND);
    const status = handler({ device: this, ep: dstEp, payload: frame.payload as Record<string, unknown> }) ?? Zcl.Status.SUCCESS;
    if (!header.frameControl.disableDefaultResponse || status !== Zcl.Status.SUCCESS) defaultRsp(status);
  }

  /** Frames for a cluster the device uses as a client: the OTA server telling it an image may exist. */
  private handleAsClient(srcEp: number, dstEp: number, cluster: number, header: Zcl.Header, data: Buffer): void {
    let frame: Zcl.Frame;
    try {
      frame = Zcl.Frame.fromBuffer(cluster, header, data, {});
    } catch {
      return;
    }
    this.received.push({ ep: dstEp, cluster: frame.cluster.name, command: frame.command.name, payload: frame.payload });
    const ota = this.blueprint.ota;
    if (frame.cluster.name !== 'genOta' || frame.command.name !== 'imageNotify' || !ota) return;
    const query = Zcl.Frame.create(Zcl.FrameType.SPECIFIC, Zcl.Direction.CLIENT_TO_SERVER, true, undefined, this.nextTsn(), 'queryNextImageRequest', 'genOta', {
      fieldControl: 0, manufacturerCode: this.blueprint.manufacturerCode, imageType: ota.imageType, fileVersion: ota.fileVersion,
    }, {});
    this.emit({ srcEp: dstEp, dstEp: srcEp, clusterId: cluster, data: query.toBuffer() });
  }

  private handleGlobal(ep: number, cluster: number, command: string, payload: unknown): { command: string; payload: unknown } | undefined {
    const list = Array.isArray(payload) ? (payload as Array<Record<string, unknown>>) : [];
    switch (command) {
      case 'read':
        return {
          command: 'readRsp',
          payload: list.map(({ attrId }) => {
            const rec = this.store.record(ep, cluster, Number(attrId));
            return rec ? { attrId: rec.id, status: Zcl.Status.SUCCESS, dataType: rec.type, attrData: rec.value } : { attrId, status: Zcl.Status.UNSUPPORTED_ATTRIBUTE };
          }),
        };
      case 'write':
        return {
          command: 'writeRsp',
          payload: list.map(({ attrId, dataType, attrData }) => {
            const rec = this.store.record(ep, cluster, Number(attrId));
            if (!rec) return { status: Zcl.Status.UNSUPPORTED_ATTRIBUTE, attrId };
            if (rec.type !== dataType) return { status: Zcl.Status.INVALID_DATA_TYPE, attrId };
            this.store.setById(ep, cluster, rec.id, attrData as AttrValue);
            return { status: Zcl.Status.SUCCESS, attrId };
          }),
        };
      case 'configReport':
        return {
          command: 'configReportRsp',
          payload: list.map((entry) => {
            const rec = this.store.record(ep, cluster, Number(entry.attrId));
            const status = rec ? Zcl.Status.SUCCESS : Zcl.Status.UNSUPPORTED_ATTRIBUTE;
            if (rec) this.configureReporting(ep, cluster, rec, entry);
            return { status, direction: entry.direction, attrId: entry.attrId };
          }),
        };
      default:
        return undefined;
    }
  }

  private configureReporting(ep: number, cluster: number, rec: AttrRecord, entry: Record<string, unknown>): void {
    const key = attrKey(ep, cluster, rec.id);
    const max = Number(entry.maxRepIntval ?? 0xffff);
    if (max === 0xffff) {
      this.store.reporting.delete(key);
      return;
    }
    this.store.reporting.set(key, { min: Number(entry.minRepIntval ?? 0), max, change: Number(entry.repChange ?? 0) });
    // Periodic reports at the maximum interval, as the ZCL requires.
    if (max > 0) this.reportEvery(key, max * 1000, () => this.store.reporting.has(key) && this.report(ep, cluster, [rec.id]));
  }

  private onAttributeChange(ep: number, cluster: number, rec: AttrRecord, previous: AttrValue | undefined): void {
    const cfg = this.store.reporting.get(attrKey(ep, cluster, rec.id));
    const configured = cfg !== undefined && this.bindings.has(`${ep}:${cluster}`) && ZclAttributeStore.passesChange(rec, previous, cfg);
    const unsolicited = (this.blueprint.reportsUnsolicited ?? []).some(([e, c]) => e === ep && clusterId(c) === cluster);
    if (!configured && !unsolicited) return;
    // Coalesce changes made by one command (e.g. level + on/off) into one report per cluster.
    const k = `${ep}:${cluster}`;
    const set = this.pending.get(k) ?? new Set<number>();
    if (set.size === 0) {
      setImmediate(() => {
        this.pending.delete(k);
        if (this.online) this.report(ep, cluster, [...set]);
      });
    }
    set.add(rec.id);
    this.pending.set(k, set);
  }

  /** One periodic-report timer per attribute (configuring again replaces it). */
  private reportEvery(key: string, ms: number, fn: () => void): void {
    const old = this.reportTimers.get(key);
    if (old) {
      clearInterval(old);
      this.timers.delete(old);
    }
    const t = setInterval(fn, ms);
    t.unref();
    this.timers.add(t);
    this.reportTimers.set(key, t);
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(fn, ms);
    t.unref();
    this.timers.add(t);
  }

  private nextTsn(): number {
    this.tsn = (this.tsn + 1) & 0xff;
    return this.tsn;
  }

  private emit(out: ZclOut): void {
    this.output?.(out);
  }
}
