// A virtual Matter device: a real matter.js ServerNode on loopback with fixed test pairing data, its storage
// in a given directory (or vault), so the demo home and tests commission it exactly like real hardware.
import { environmentFor, releaseEnvironment } from '../environment';
import type { MatterNetworkScope } from '../home-network';
import { ManualPairingCodeCodec, QrPairingCodeCodec, Seconds, ServerNode, VendorId } from '../matterjs';
import type { Endpoint, Environment } from '../matterjs';
import { LOOPBACK_IPV6 } from '../loopback-address';
import { directoryVault } from '../vault';
import type { MatterVault } from '../vault';
import { KINDS } from './kinds';
import { rootEndpointFor } from './network-diagnostics';
import type { SimulatedNetwork } from './network-diagnostics';
import type { VirtualDeviceKind } from './kinds';

export interface VirtualDeviceOptions {
  kind: VirtualDeviceKind;
  /** Stable id, also the storage name ("kitchen-light"). */
  id: string;
  /** Directory for the device's Matter storage, or a vault. */
  storage: string | MatterVault;
  /** UDP port (IPv6 ::1 and IPv4 127.0.0.1). 0 or absent: any free port. */
  port?: number;
  passcode?: number;
  discriminator?: number;
  /** Shown as the device's NodeLabel. */
  label?: string;
  /** How many controllers (fabrics) may add this device; Matter's minimum is 5, lower values are for tests. */
  supportedFabrics?: number;
  serialNumber?: string;
  /**
   * Longest silence on a subscription before the device sends a keep-alive report. Controllers notice a device that
   * went away after about this long; the matter.js default is minutes, tests use a few seconds.
   */
  subscriptionMaxIntervalSeconds?: number;
  /**
   * Which network it is reachable on: loopback (default; the demo home, always) or the given interfaces (tests
   * across network namespaces).
   */
  reachableOn?: MatterNetworkScope;
  /** Network the device pretends to be on (adds that diagnostics cluster); absent: it does not say. */
  network?: SimulatedNetwork;
}

export interface VirtualDevicePairing {
  passcode: number;
  discriminator: number;
  manualPairingCode: string;
  qrPairingCode: string;
}

/** Plain snapshot of what the device itself currently shows. */
export interface VirtualDeviceState {
  onOff?: boolean;
  level?: number;
  colorTemperatureMireds?: number;
  heatingSetpoint?: number;
  localTemperature?: number | null;
  contact?: boolean;
  commissioned: boolean;
  fabrics: number;
}

type StateBag = Record<string, Record<string, unknown> | undefined>;

export class VirtualMatterDevice {
  /** While powered off: the port it boots on again. */
  private offPort: number | undefined;

  private constructor(
    private readonly options: VirtualDeviceOptions,
    private readonly vault: MatterVault,
    private node: ServerNode,
    private device: Endpoint,
    private env: Environment,
  ) {}

  get id(): string {
    return this.options.id;
  }

  get kind(): VirtualDeviceKind {
    return this.options.kind;
  }

  static async start(options: VirtualDeviceOptions): Promise<VirtualMatterDevice> {
    const vault = typeof options.storage === 'string' ? directoryVault(options.storage) : options.storage;
    const { node, device, env } = await VirtualMatterDevice.boot(options, vault);
    return new VirtualMatterDevice(options, vault, node, device, env);
  }

  private static async boot(options: VirtualDeviceOptions, vault: MatterVault) {
    const def = KINDS[options.kind];
    const { root, state: rootState } = rootEndpointFor(options.network);
    const env = environmentFor(`device-${options.id}`, vault, options.reachableOn);
    const node = await ServerNode.create(root, {
      ...rootState,
      id: options.id,
      environment: env,
      network: {
        port: options.port ?? 0,
        ...(options.subscriptionMaxIntervalSeconds
          ? {
              subscriptionOptions: {
                maxInterval: Seconds(options.subscriptionMaxIntervalSeconds),
                minInterval: Seconds(2),
                randomizationWindow: Seconds(0),
              },
            }
          : {}),
      },
      commissioning: {
        passcode: options.passcode ?? def.passcode,
        discriminator: options.discriminator ?? def.discriminator,
      },
      productDescription: { name: def.productName, deviceType: def.endpoint.deviceType },
      basicInformation: {
        vendorName: 'Hearth Virtual Devices',
        vendorId: VendorId(0xfff1), // Matter test vendor id
        productName: def.productName,
        productId: def.productId,
        nodeLabel: options.label ?? def.productName,
        hardwareVersion: 1,
        softwareVersion: 1,
        softwareVersionString: '1.0.0-virtual',
        serialNumber: options.serialNumber ?? `virtual-${options.id}`,
      },
      ...(options.supportedFabrics ? { operationalCredentials: { supportedFabrics: options.supportedFabrics } } : {}),
    });
    const device = await node.add(def.endpoint, { id: 'device', ...def.state });
    await node.start();
    return { node, device, env };
  }

  /**
   * Simulates pulling the plug and plugging it back in: the device stops without saying goodbye (its stored
   * state stays as it was while running, including subscriptions it should resume) and boots again on the same port.
   */
  async powerCycle(offMs = 500): Promise<void> {
    await this.powerOff();
    await new Promise((resolve) => setTimeout(resolve, offMs));
    await this.powerOn();
  }

  /** Pulls the plug (see powerCycle): the device is gone, hearing nothing, until powerOn(). */
  async powerOff(): Promise<void> {
    if (this.offPort !== undefined) return;
    const port = this.address.port;
    const running = await this.vault.read(this.id);
    await this.stop();
    if (running) await this.vault.write(this.id, running);
    this.offPort = port;
  }

  /** Plugs it back in: it boots on the same port and resumes its subscriptions. */
  async powerOn(): Promise<void> {
    if (this.offPort === undefined) return;
    const { node, device, env } = await VirtualMatterDevice.boot({ ...this.options, port: this.offPort }, this.vault);
    this.node = node;
    this.device = device;
    this.env = env;
    this.offPort = undefined;
  }

  /** Where the device listens, for commissioning by known address. */
  get address(): { ip: string; port: number } {
    return { ip: LOOPBACK_IPV6, port: this.node.state.network.operationalPort };
  }

  /** The pairing data a user would find on the device's label. */
  get pairing(): VirtualDevicePairing {
    const { passcode, discriminator } = this.node.state.commissioning;
    return {
      passcode,
      discriminator,
      manualPairingCode: ManualPairingCodeCodec.encode({ discriminator, passcode }),
      qrPairingCode: QrPairingCodeCodec.encode([
        {
          version: 0,
          vendorId: this.node.state.basicInformation.vendorId,
          productId: this.node.state.basicInformation.productId,
          flowType: 0,
          discriminator,
          passcode,
          discoveryCapabilities: 4, // on IP network
        },
      ]),
    };
  }

  read(): VirtualDeviceState {
    const s = this.device.state as unknown as StateBag;
    const fabrics = this.node.state.operationalCredentials.commissionedFabrics;
    const out: VirtualDeviceState = { commissioned: fabrics > 0, fabrics };
    if (s.onOff) out.onOff = s.onOff.onOff as boolean;
    if (s.levelControl) out.level = s.levelControl.currentLevel as number;
    if (s.colorControl) out.colorTemperatureMireds = s.colorControl.colorTemperatureMireds as number;
    if (s.thermostat) {
      out.heatingSetpoint = (s.thermostat.occupiedHeatingSetpoint as number) / 100;
      const t = s.thermostat.localTemperature as number | null;
      out.localTemperature = t === null ? null : t / 100;
    }
    if (s.booleanState) out.contact = s.booleanState.stateValue as boolean;
    return out;
  }

  /** Simulates the physical world: a door opening, a room warming up, someone flipping the switch. */
  async simulate(change: { contact?: boolean; localTemperature?: number; onOff?: boolean }): Promise<void> {
    const patch: StateBag = {};
    if (change.contact !== undefined) patch.booleanState = { stateValue: change.contact };
    if (change.localTemperature !== undefined) {
      patch.thermostat = { localTemperature: Math.round(change.localTemperature * 100) };
    }
    if (change.onOff !== undefined) patch.onOff = { onOff: change.onOff };
    await this.device.set(patch as never);
  }

  /**
   * Changes what the device's network diagnostics report about its link (its Wi-Fi RSSI, or the RSSI and LQI of its
   * Thread parent), as a device moved away from its access point or router would.
   */
  async simulateLink(change: { rssi: number; lqi?: number }): Promise<void> {
    const state = this.node.state as unknown as Record<string, Record<string, unknown> | undefined>;
    if (state.wiFiNetworkDiagnostics) {
      await this.node.set({ wiFiNetworkDiagnostics: { rssi: change.rssi } } as never);
    } else if (state.threadNetworkDiagnostics) {
      const table = (state.threadNetworkDiagnostics.neighborTable as Record<string, unknown>[] | undefined) ?? [];
      const neighborTable = table.map((n) => (n.isChild ? n : { ...n, averageRssi: change.rssi, lastRssi: change.rssi, ...(change.lqi === undefined ? {} : { lqi: change.lqi }) }));
      await this.node.set({ threadNetworkDiagnostics: { neighborTable } } as never);
    } else {
      throw new Error(`${this.id} is not on a simulated Wi-Fi or Thread network: it has no link to change`);
    }
  }

  async stop(): Promise<void> {
    if (this.offPort !== undefined) return; // powered off: already stopped
    try {
      await this.node.close();
    } finally {
      await releaseEnvironment(this.env);
    }
  }
}
