// What a stack gives the conformance suite (src/protocols/conformance.test.ts): its integration over its own
// simulator, and the few things only the simulator can do or tell — what a simulated device itself holds, making
// one stop answering, pressing a spare's button, whether the simulated stick still has a host connected. Each
// stack implements it in src/protocols/<stack>/test/harness.ts; the suite asks the same of all of them.
import type { AnyIntegration } from '../../shared/integration';
import type { CapabilityValue } from '../../shared/model';

export interface ConformanceHarness {
  /** "Z-Wave" */
  readonly name: string;
  /** Why the stack cannot run here (Matter outside a loopback-only network namespace), or null. */
  skipReason(): string | null;
  /** Starts the simulated network with its devices already in it (nothing of the integration runs yet). */
  setUp(): Promise<SimulatedNetwork>;
}

export interface SimulatedNetwork {
  /** A new integration over the simulated network and the data it keeps (not started); a restart is a new one. */
  create(): AnyIntegration;
  /** The devices in the network at the start, by native id. */
  readonly devices: readonly string[];
  /** A writable capability of one of them and a value it does not have now. */
  readonly command: { nativeId: string; capabilityId: string; value(current: CapabilityValue | undefined): CapabilityValue };
  /** What the simulated device itself holds for a capability, as Hearth spells it (its truth, not the integration's). */
  deviceValue(nativeId: string, capabilityId: string): CapabilityValue | undefined;
  /** A device that can stop answering (lose power, go out of range), with a command to send it while it does. */
  readonly unreachable: { nativeId: string; capabilityId: string; value: CapabilityValue };
  setAnswering(nativeId: string, answering: boolean): Promise<void>;
  /**
   * How well the simulated radio hears a device from now on, in the stack's own measure (Zigbee LQI 0–255, Z-Wave
   * RSSI in dBm), for stacks that declare 'linkQuality'.
   */
  setLinkQuality?(nativeId: string, value: number): void;
  /** The spare misses the questions of its next interview (asleep while being paired), if the simulator can. */
  failNextInterview?(): void;
  /** Adding a device the stack's way: open the window, make the spare join (its native id), close the window. */
  readonly pairing: {
    open(integration: AnyIntegration): Promise<void>;
    join(integration: AnyIntegration): Promise<string>;
    close(integration: AnyIntegration): Promise<void>;
  };
  /** Takes a device out of the network the stack's way (Z-Wave: exclusion with the device's button). */
  remove(integration: AnyIntegration, nativeId: string): Promise<void>;
  /** Someone uses a device by itself (a wall switch, a door): it reports a change without a command. */
  act(nativeId: string): Promise<void>;
  /** Links the simulated network still has open to the integration (a host on the simulated stick, controller sessions). */
  openLinks(): number;
  tearDown(): Promise<void>;
}
