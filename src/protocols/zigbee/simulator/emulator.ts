// Z-Stack (ZNP) coordinator emulator: a TCP endpoint on 127.0.0.1 that zigbee-herdsman's real
// `zstack` adapter can open as `tcp://127.0.0.1:<port>`, with virtual devices and fault switches.
import { normalizeIeee } from './bytes';
import { ZnpCoordinator } from './coordinator';
import { Zdo as ZdoRsp } from './mt';
import { type NetworkParams, seedFactoryNv, writeFormedNetwork } from './network-image';
import { NvStore } from './nv';
import { type Direction, type FrameFilter, type TransportStats, ZnpTcpServer } from './server';
import type { VirtualDevice } from './virtual-device';

export interface EmulatorOptions {
  /** Coordinator IEEE address ("0x" + 16 hex digits). */
  ieee?: string;
  /** Start with this network already formed (herdsman then resumes instead of commissioning). */
  network?: NetworkParams;
  /** Simulated radio latency per hop in ms. */
  airDelayMs?: number;
  log?: (message: string) => void;
}

export class ZStackEmulator {
  readonly coordinator: ZnpCoordinator;
  private readonly server: ZnpTcpServer;
  private port = 0;

  private constructor(opts: EmulatorOptions) {
    const log = opts.log ?? (() => undefined);
    const nv = new NvStore();
    const ieee = normalizeIeee(opts.ieee ?? '0x00124b00deadbeef');
    seedFactoryNv(nv, ieee);
    if (opts.network) writeFormedNetwork(nv, opts.network, true);
    this.coordinator = new ZnpCoordinator({ ieee, nv, airDelayMs: opts.airDelayMs ?? 5, log: (m) => log(`[znp] ${m}`) });
    this.server = new ZnpTcpServer(this.coordinator, (m) => log(`[tcp] ${m}`));
  }

  static async start(opts: EmulatorOptions = {}): Promise<ZStackEmulator> {
    const emu = new ZStackEmulator(opts);
    emu.port = await emu.server.listen(0);
    return emu;
  }

  /** Serial path for zigbee-herdsman. */
  get path(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  get ieee(): string {
    return this.coordinator.ieee;
  }

  get stats(): TransportStats {
    return this.server.stats;
  }

  get hostConnected(): boolean {
    return this.server.connected;
  }

  get permitJoinOpen(): boolean {
    return this.coordinator.joinPermitted;
  }

  /** Counts the network's openings (closed → open), so a stop followed at once by a reopen is seen. */
  get permitJoinOpenings(): number {
    return this.coordinator.permitJoinOpenings;
  }

  /** Makes a device known to the emulator (powered on, not yet joined). */
  addDevice<T extends VirtualDevice>(device: T): T {
    this.coordinator.devices.set(device.ieee, device);
    return device;
  }

  device(ieee: string): VirtualDevice | undefined {
    return this.coordinator.devices.get(normalizeIeee(ieee));
  }

  /** The device tries to join; throws when the network does not permit joining. */
  join(device: VirtualDevice): void {
    if (!this.coordinator.joinPermitted) throw new Error(`${device.blueprint.label} cannot join: permit join is closed`);
    this.addDevice(device);
    this.coordinator.join(device);
  }

  /** Waits until permit join opens (the host asked for it), then joins. */
  async joinWhenPermitted(device: VirtualDevice, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.coordinator.joinPermitted) {
      if (Date.now() > until) throw new Error(`permit join did not open within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
    this.join(device);
  }

  /**
   * A device that is already a member of this network (same PAN, key) comes back after a power cycle,
   * or after its coordinator was replaced by a restored one: no join, no announce.
   */
  resume(device: VirtualDevice): void {
    this.coordinator.resume(device);
  }

  /**
   * Fault switch: the device answers the next `count` requests of a kind with a ZDO error status
   * (0x85 TIMEOUT by default), as a sleepy device behind a busy parent does.
   */
  failZdo(device: VirtualDevice, request: 'nodeDescriptor' | 'activeEndpoints' | 'simpleDescriptor', count = 1, status = 0x85): void {
    const command = { nodeDescriptor: ZdoRsp.nodeDescRsp, activeEndpoints: ZdoRsp.activeEpRsp, simpleDescriptor: ZdoRsp.simpleDescRsp }[request];
    this.coordinator.zdoFaults.push({ ieee: device.ieee, command, remaining: count, status });
  }

  /** The formed network's PAN id, extended PAN id and channel (undefined while factory-new). */
  get network(): { panId: number; extendedPanId: string; channel: number } | undefined {
    const n = this.coordinator.network();
    return n ? { panId: n.panId, extendedPanId: n.extendedPanId, channel: n.channel } : undefined;
  }

  /** The device leaves on its own (announcing it). */
  leave(device: VirtualDevice): void {
    this.coordinator.leave(device, true);
  }

  /** Powers a device off (true) or on again: frames to and from it are lost. */
  setUnreachable(device: VirtualDevice, unreachable: boolean): void {
    if (unreachable) this.coordinator.unreachable.add(device.ieee);
    else this.coordinator.unreachable.delete(device.ieee);
  }

  // ---- fault switches ----

  /** Drops the next `count` frames in `direction` (optionally only those matching `filter`). */
  dropNextFrames(count: number, direction: Direction = 'toHost', filter: FrameFilter = {}): void {
    this.server.dropNext(count, direction, filter);
  }

  /** Adds latency to every frame sent to the host. */
  setDelay(ms: number): void {
    this.server.delayMs = Math.max(0, ms);
  }

  /**
   * Simulates a coordinator reset. 'soft': the ZNP restarts and announces SYS_RESET_IND
   * (registered endpoints and the running network state are lost, NV is kept).
   * 'disconnect': the link drops as well, as when the USB stick is unplugged and replugged.
   */
  simulateReset(kind: 'soft' | 'disconnect'): void {
    this.coordinator.reset('simulated', kind === 'soft');
    if (kind === 'disconnect') this.server.disconnect();
  }

  /** The stick is pulled out: the connection drops and its port stops listening (the coordinator keeps its NV). */
  async unplug(): Promise<void> {
    await this.server.close();
  }

  /** The stick is plugged back in: the same port listens again. */
  async replug(): Promise<void> {
    await this.server.listen(this.port);
  }

  async stop(): Promise<void> {
    this.coordinator.dispose();
    await this.server.close();
  }
}
