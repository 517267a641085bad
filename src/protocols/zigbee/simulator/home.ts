// A simulated Zigbee home for the demo: a Z-Stack emulator with a formed network and virtual devices
// that remember their state (and whether they joined) in a JSON file, like real devices keep theirs
// in flash. "Spare" devices stand by and join when the network is opened, as a freshly reset device does.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ZStackEmulator } from './emulator';
import type { NetworkParams } from './network-image';
import { type ModelOptions, aqaraWeather, ikeaBulb, innrPlug, sonoffContact } from './models';
import type { DeviceMemory, VirtualDevice } from './virtual-device';

export const HOME_DEVICE_KINDS = ['ikeaBulb', 'aqaraWeather', 'innrPlug', 'sonoffContact'] as const;
export type HomeDeviceKind = (typeof HOME_DEVICE_KINDS)[number];

const FACTORIES: Record<HomeDeviceKind, (o: ModelOptions) => VirtualDevice> = { ikeaBulb, aqaraWeather, innrPlug, sonoffContact };

export interface HomeDeviceSpec {
  kind: HomeDeviceKind;
  ieee: string;
  nwk: number;
  /** Spare devices are not part of the home until someone pairs them. */
  spare?: boolean;
  /** Falls asleep while being paired: misses the first interview's questions, answers a retry. */
  sleepy?: boolean;
}

export interface ZigbeeHomeOptions {
  devices: HomeDeviceSpec[];
  network: NetworkParams;
  coordinatorIeee?: string;
  /** Where the devices' memory is kept between runs; none = forget on close. */
  statePath?: string;
  /** Sensor drift / energy counting step (0 = still). */
  tickMs?: number;
  /** Simulated radio latency per hop (real pairing takes seconds, not milliseconds). */
  airDelayMs?: number;
  /** How long after the network opens a spare device joins. */
  spareJoinDelayMs?: number;
}

interface SavedHome {
  members: string[];
  memory: Record<string, DeviceMemory>;
}

function readSaved(path: string | undefined): SavedHome {
  if (!path) return { members: [], memory: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<SavedHome>;
    return { members: Array.isArray(parsed.members) ? parsed.members.filter((m) => typeof m === 'string') : [], memory: parsed.memory ?? {} };
  } catch {
    return { members: [], memory: {} };
  }
}

export class ZigbeeHome {
  readonly devices: Array<{ spec: HomeDeviceSpec; device: VirtualDevice }>;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly watcher: NodeJS.Timeout;
  private spareJoinAt = 0;
  private spareOpening = -1;
  /** Spares stay put until the home is set up (the first run's own permit join must not take them). */
  sparesReady = false;
  private closed = false;

  private constructor(
    readonly emulator: ZStackEmulator,
    private readonly opts: ZigbeeHomeOptions,
    saved: SavedHome,
  ) {
    this.devices = opts.devices.map((spec) => ({ spec, device: FACTORIES[spec.kind]({ ieee: spec.ieee, nwk: spec.nwk, tickMs: opts.tickMs }) }));
    for (const { device } of this.devices) {
      if (saved.members.includes(device.ieee)) {
        emulator.resume(device);
        const memory = saved.memory[device.ieee];
        if (memory) device.restoreState(memory);
        this.sayHello(device, 3_000);
      } else {
        emulator.addDevice(device);
      }
      device.onChange(() => this.save());
    }
    this.watcher = setInterval(() => this.joinSpare(), 200);
    this.watcher.unref();
  }

  static async start(opts: ZigbeeHomeOptions): Promise<ZigbeeHome> {
    const emulator = await ZStackEmulator.start({
      network: opts.network,
      ...(opts.coordinatorIeee ? { ieee: opts.coordinatorIeee } : {}),
      ...(opts.airDelayMs !== undefined ? { airDelayMs: opts.airDelayMs } : {}),
    });
    return new ZigbeeHome(emulator, opts, readSaved(opts.statePath));
  }

  get path(): string {
    return this.emulator.path;
  }

  /** Home devices (not spares) that are not in the network yet: they join when it opens. */
  notJoined(): VirtualDevice[] {
    return this.devices.filter((d) => !d.spec.spare && !d.device.online).map((d) => d.device);
  }

  /**
   * Battery sensors send their readings when they power up or have just paired (Aqara sends its
   * temperature, a contact sensor its zone status): the demo's do too, after `delayMs`.
   */
  private sayHello(device: VirtualDevice, delayMs: number): void {
    const t = setTimeout(() => {
      if (!device.online || this.closed) return;
      for (const [ep, cluster] of device.blueprint.reportsUnsolicited ?? []) device.report(ep, cluster);
      if (device.endpoint(1)?.inClusters.includes('ssIasZone') && device.get(1, 'ssIasZone', 'zoneState') === 1) {
        device.sendClusterResponse(1, 'ssIasZone', 'statusChangeNotification', {
          zonestatus: Number(device.get(1, 'ssIasZone', 'zoneStatus') ?? 0), extendedstatus: 0, zoneID: Number(device.get(1, 'ssIasZone', 'zoneId') ?? 0xff), delay: 0,
        });
      }
      if (device.endpoint(1)?.inClusters.includes('genPowerCfg')) device.report(1, 'genPowerCfg');
    }, delayMs);
    t.unref();
  }

  /** Joins the home's devices that are not members yet (the network must be open). */
  async joinHomeDevices(timeoutMs = 10_000): Promise<VirtualDevice[]> {
    const pending = this.notJoined();
    for (const d of pending) await this.emulator.joinWhenPermitted(d, timeoutMs);
    for (const d of pending) this.sayHello(d, 6_000);
    this.save();
    return pending;
  }

  /** While the network is open, one spare device joins per opening (after a short delay). */
  private joinSpare(): void {
    const opening = this.emulator.permitJoinOpenings;
    if (!this.sparesReady || !this.emulator.permitJoinOpen || this.notJoined().length > 0 || opening !== this.spareOpening) {
      // Closed, or closed and opened again between two looks: the next opening gets its own spare.
      this.spareJoinAt = 0;
      this.spareOpening = opening;
      if (!this.sparesReady || !this.emulator.permitJoinOpen || this.notJoined().length > 0) return;
    }
    const spare = this.devices.find((d) => d.spec.spare && !d.device.online);
    if (!spare) return;
    const now = Date.now();
    if (this.spareJoinAt === 0) this.spareJoinAt = now + (this.opts.spareJoinDelayMs ?? 1_500);
    if (now < this.spareJoinAt) return;
    this.spareJoinAt = Number.POSITIVE_INFINITY; // one device per opening
    if (spare.spec.sleepy) this.emulator.failZdo(spare.device, 'activeEndpoints', 2);
    this.emulator.join(spare.device);
    this.save();
  }

  save(): void {
    if (!this.opts.statePath || this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => this.flush(), 300);
    this.saveTimer.unref();
  }

  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const path = this.opts.statePath;
    if (!path) return;
    const state: SavedHome = {
      members: this.devices.filter((d) => d.device.online).map((d) => d.device.ieee),
      memory: Object.fromEntries(this.devices.map((d) => [d.device.ieee, d.device.persistentState()])),
    };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(state));
    renameSync(`${path}.tmp`, path);
  }

  async close(): Promise<void> {
    clearInterval(this.watcher);
    this.flush();
    this.closed = true;
    await this.emulator.stop();
  }
}
