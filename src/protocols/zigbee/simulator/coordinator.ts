// The emulated Z-Stack 3.x.0 ZNP: dispatches MT requests from the host, keeps the coordinator's
// volatile state (device state, registered endpoints, permit-join window) and bridges the host
// to the virtual devices "on air".
import { ByteReader, ByteWriter, MtParseError, normalizeIeee } from './bytes';
import { handleAf } from './af-handlers';
import { DevState, NvId, RpcError, StartupOption, Subsystem, Sys, Zdo } from './mt';
import { commissioningParams, clearNetworkState, readNib, rememberChild, forgetChild, writeFormedNetwork } from './network-image';
import type { NvStore } from './nv';
import { handleAppCnf, handleSys } from './sys-handlers';
import { MsgType, type UnpiFrame } from './unpi';
import { handleUtil } from './util-handlers';
import type { VirtualDevice, ZclOut } from './virtual-device';
import { endDeviceAnnceInd, leaveInd, tcDeviceInd } from './zdo-frames';
import { handleZdo, nodeInfo } from './zdo-handlers';

export interface RegisteredEndpoint {
  endpoint: number;
  profileId: number;
  deviceId: number;
  inClusters: number[];
  outClusters: number[];
}

export interface CoordinatorOptions {
  ieee: string;
  nv: NvStore;
  /** Simulated over-the-air latency for device traffic (ms). */
  airDelayMs: number;
  log: (message: string) => void;
}

/** A handler returns the SRSP payload, or undefined when it does not know the command. */
export type Handler = (c: ZnpCoordinator, command: number, r: ByteReader) => Buffer | undefined;

const HANDLERS: Partial<Record<number, Handler>> = {
  [Subsystem.SYS]: handleSys,
  [Subsystem.AF]: handleAf,
  [Subsystem.ZDO]: handleZdo,
  [Subsystem.UTIL]: handleUtil,
  [Subsystem.APP_CNF]: handleAppCnf,
};

export class ZnpCoordinator {
  readonly ieee: string;
  readonly nv: NvStore;
  deviceState: number = DevState.HOLD;
  readonly registered = new Map<number, RegisteredEndpoint>();
  readonly groups = new Set<string>();
  permitJoinUntil = 0;
  /** How many times the network went from closed to open (a quick stop + reopen is a new opening). */
  permitJoinOpenings = 0;
  /** All virtual devices the emulator knows, joined or not, by IEEE address. */
  readonly devices = new Map<string, VirtualDevice>();
  /** Devices currently unreachable (powered off / out of range). */
  readonly unreachable = new Set<string>();
  /** Fault switch: ZDO answers (by response command) a device gives with an error status instead. */
  readonly zdoFaults: Array<{ ieee: string; command: number; remaining: number; status: number }> = [];
  private link: ((frame: UnpiFrame) => void) | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly opts: CoordinatorOptions) {
    this.ieee = normalizeIeee(opts.ieee);
    this.nv = opts.nv;
  }

  get airDelayMs(): number {
    return this.opts.airDelayMs;
  }

  log(message: string): void {
    this.opts.log(message);
  }

  /** Where frames for the host go (the TCP connection, through the fault layer). */
  connect(link: ((frame: UnpiFrame) => void) | undefined): void {
    this.link = link;
  }

  /** Handles one frame from the host. */
  handle(frame: UnpiFrame): void {
    if (frame.type === MsgType.AREQ && frame.subsystem === Subsystem.SYS && frame.command === Sys.resetReq) {
      this.reset('host request');
      return;
    }
    if (frame.type !== MsgType.SREQ) return; // the host only ever sends SREQs and SYS_RESET_REQ
    const handler = HANDLERS[frame.subsystem];
    if (!handler) return this.rpcError(RpcError.INVALID_SUBSYSTEM, frame);
    let payload: Buffer | undefined;
    try {
      payload = handler(this, frame.command, new ByteReader(frame.data));
    } catch (e) {
      if (e instanceof MtParseError) return this.rpcError(RpcError.INVALID_LENGTH, frame);
      throw e;
    }
    if (payload === undefined) return this.rpcError(RpcError.INVALID_COMMAND_ID, frame);
    this.send({ type: MsgType.SRSP, subsystem: frame.subsystem, command: frame.command, data: payload });
  }

  /** Queues an AREQ to the host; it always goes out after the SRSP being built. */
  areq(subsystem: number, command: number, data: Buffer, delayMs = 0): void {
    this.later(delayMs, () => this.send({ type: MsgType.AREQ, subsystem, command, data }));
  }

  later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  /** Starts (or forms, from the commissioning NV items) the network and becomes coordinator. */
  startNetwork(delayMs: number, commissioning: boolean): boolean {
    let nib = this.nv.get(NvId.NIB);
    if (!nib) {
      const params = commissioningParams(this.nv, 11);
      if (!params) return false;
      writeFormedNetwork(this.nv, params, false);
      nib = this.nv.get(NvId.NIB);
      this.log(`formed network PAN 0x${params.panId.toString(16)} on channel ${params.channel}`);
    }
    this.deviceState = DevState.COORD_STARTING;
    this.areq(Subsystem.ZDO, Zdo.stateChangeInd, Buffer.from([DevState.COORD_STARTING]), delayMs / 2);
    this.later(delayMs, () => {
      this.deviceState = DevState.ZB_COORD;
      this.send({ type: MsgType.AREQ, subsystem: Subsystem.ZDO, command: Zdo.stateChangeInd, data: Buffer.from([DevState.ZB_COORD]) });
      if (commissioning) this.send({ type: MsgType.AREQ, subsystem: Subsystem.APP_CNF, command: 0x80, data: Buffer.from([0x00, 0x04, 0x00]) });
    });
    return true;
  }

  network(): ReturnType<typeof readNib> {
    const nib = this.nv.get(NvId.NIB);
    return nib ? readNib(nib) : undefined;
  }

  /** A ZNP reset: volatile state is lost, startup options are applied, SYS_RESET_IND follows. */
  reset(reason: string, notify = true): void {
    this.log(`reset (${reason})`);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.deviceState = DevState.HOLD;
    this.registered.clear();
    this.groups.clear();
    this.permitJoinUntil = 0;
    const option = this.nv.get(NvId.STARTUP_OPTION)?.[0] ?? 0;
    if (option & (StartupOption.CLEAR_STATE | StartupOption.CLEAR_CONFIG)) {
      clearNetworkState(this.nv);
      for (const d of this.devices.values()) d.detach();
    }
    if (notify) {
      // reason 0x00 = power-up; transport rev 2, product 1 (Z-Stack 3.x.0), version 2.7.1, hw rev 1
      this.areq(Subsystem.SYS, Sys.resetInd, Buffer.from([0x00, 0x02, 0x01, 0x02, 0x07, 0x01]), 50);
    }
  }

  get joinPermitted(): boolean {
    return this.deviceState === DevState.ZB_COORD && Date.now() < this.permitJoinUntil;
  }

  joinedDevices(): VirtualDevice[] {
    return [...this.devices.values()].filter((d) => d.online);
  }

  deviceByNwk(nwk: number): VirtualDevice | undefined {
    return this.joinedDevices().find((d) => d.nwk === nwk);
  }

  /** Association + announce, as Z-Stack reports a new child: TC device indication, then device announce. */
  join(device: VirtualDevice): void {
    this.devices.set(device.ieee, device);
    device.attach((out) => this.fromDevice(device, out));
    rememberChild(this.nv, device.ieee, device.nwk);
    this.log(`${device.blueprint.label} ${device.ieee} joined as 0x${device.nwk.toString(16)}`);
    this.areq(Subsystem.ZDO, Zdo.tcDeviceInd, tcDeviceInd(device.nwk, device.ieee), this.airDelayMs);
    this.areq(Subsystem.ZDO, Zdo.endDeviceAnnceInd, endDeviceAnnceInd(nodeInfo(device)), this.airDelayMs * 2 + 20);
  }

  /**
   * A device that already belongs to this network powers up (or follows a restored coordinator):
   * it talks again without associating or announcing itself.
   */
  resume(device: VirtualDevice): void {
    this.devices.set(device.ieee, device);
    device.attach((out) => this.fromDevice(device, out));
    device.resumeReporting();
    rememberChild(this.nv, device.ieee, device.nwk);
    this.log(`${device.blueprint.label} ${device.ieee} is back as 0x${device.nwk.toString(16)}`);
  }

  /** Takes (and uses up) a configured ZDO fault for this answer, if any. */
  zdoFault(device: VirtualDevice, command: number): number | undefined {
    const f = this.zdoFaults.find((x) => x.ieee === device.ieee && x.command === command && x.remaining > 0);
    if (!f) return undefined;
    f.remaining--;
    return f.status;
  }

  leave(device: VirtualDevice, announce: boolean): void {
    device.detach();
    forgetChild(this.nv, device.ieee);
    if (announce) this.areq(Subsystem.ZDO, Zdo.leaveInd, leaveInd(device.nwk, device.ieee), this.airDelayMs);
  }

  /**
   * Delivers a ZCL frame to a device. Returns the MAC/NWK status the data confirm will carry.
   */
  toDevice(nwk: number, dstEp: number, srcEp: number, cluster: number, data: Buffer): number {
    const device = this.deviceByNwk(nwk);
    if (!device) return 0xcd; // NWK_NO_ROUTE
    if (this.unreachable.has(device.ieee)) return 0xe9; // MAC_NO_ACK
    this.later(this.airDelayMs, () => device.handleZcl(srcEp, dstEp, cluster, data));
    return 0x00;
  }

  /** A device transmitted something: the ZNP hands it to the host as AF_INCOMING_MSG if the endpoint is registered. */
  private fromDevice(device: VirtualDevice, out: ZclOut): void {
    if (this.unreachable.has(device.ieee)) return;
    if (!this.registered.has(out.dstEp)) {
      this.log(`dropped frame from ${device.ieee} to unregistered endpoint ${out.dstEp}`);
      return;
    }
    const msg = new ByteWriter()
      .u16(0) // group id
      .u16(out.clusterId).u16(device.nwk).u8(out.srcEp).u8(out.dstEp)
      .u8(0) // was broadcast
      .u8(Math.max(0, Math.min(255, Math.round(device.linkQuality)))) // link quality
      .u8(0) // security use
      .u32(Date.now() & 0xffffffff).u8(0) // timestamp, trans seq
      .u8(out.data.length).bytes(out.data)
      .build();
    this.areq(Subsystem.AF, 0x81, msg, this.airDelayMs);
  }

  send(frame: UnpiFrame): void {
    this.link?.(frame);
  }

  private rpcError(code: number, frame: UnpiFrame): void {
    this.log(`RPC error ${code} for subsystem ${frame.subsystem} command 0x${frame.command.toString(16)}`);
    const cmd0 = ((frame.type & 0x07) << 5) | (frame.subsystem & 0x1f);
    this.send({ type: MsgType.SRSP, subsystem: Subsystem.RPC_ERROR, command: 0x00, data: Buffer.from([code, cmd0, frame.command]) });
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const d of this.devices.values()) d.detach({ keepMemory: true });
  }
}
