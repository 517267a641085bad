// What a stack's folder in src/main/integrations gives the registry (index.ts): its name, whether a radio of it is
// configured, and how to build the running stack (the integration from src/protocols/<stack>, its service, and
// what to close when Hearth stops), for a real stick or for the demo home.
import type { ZigbeeAdapterName } from '../../shared/contract';
import type { Protocol } from '../../shared/model';
import type { AnyIntegration } from '../../shared/integration';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { SecretStore } from '../secrets';
import type { AreaService } from '../services/areas';
import type { DeviceService } from '../services/devices';
import type { AppSettings } from '../settings';
import type { PortLister } from '../sticks/list';
import type { StackService } from './registry';

/** What the command line says about the radios (it wins over the saved settings). */
export interface IntegrationOptions {
  zwavePort?: string | undefined;
  zigbeePort?: string | undefined;
  zigbeeAdapter?: string | undefined;
  /** Run the Matter controller (and the demo's virtual Matter devices); default true. */
  matter?: boolean | undefined;
  /** The MQTT broker from the command line (--mqtt-url / HEARTH_MQTT_URL), its credentials file, and adoption. */
  mqtt?: { url: string; credentialsFile?: string | undefined; adopt: 'all' | 'none' } | undefined;
  /** Where USB sticks are listed from (to tell which kind of Zigbee stick a port is). */
  listPorts: PortLister;
}

export interface StackContext {
  dataDir: string;
  secrets: SecretStore;
  log: Logger;
  settings: AppSettings;
  bus: EventBus;
  devices: DeviceService;
  areas: AreaService;
  options: IntegrationOptions;
  /** The subscription's room for more devices (stacks that add devices by themselves ask it first). */
  gate?: { assertRoom(kind: 'devices'): void } | undefined;
}

export interface RunningStack {
  integration: AnyIntegration;
  service: StackService;
  /** Closes what the stack needed besides the integration (the demo's simulated devices); after the integration stopped. */
  shutdown(): Promise<void>;
}

export interface StackModule {
  protocol: Protocol;
  /** As a person says it: "Z-Wave". */
  name: string;
  /**
   * Something real of this stack is set up (a stick's port, a broker, Matter on the home network): then Hearth runs
   * the real home, not the demo (unless the person chose the demo home in Settings → Home; see homes.ts).
   */
  configured(ctx: StackContext): boolean;
  /** Builds the stack for a real radio, or undefined when there is none to run. */
  real(ctx: StackContext): Promise<RunningStack | undefined>;
  /** Builds the demo home's part of this stack, or undefined when it has none (or it is turned off). */
  demo(ctx: StackContext): Promise<RunningStack | undefined>;
  /** Remembers the stick Settings → Radios chose (radios.configure), for stacks that have one. */
  configure?(settings: AppSettings, stick: StickChoice): void;
}

/** A stick chosen in Settings → Radios (contract radios.configure). */
export interface StickChoice {
  port: string;
  adapter?: ZigbeeAdapterName | undefined;
  channel?: number | undefined;
}
