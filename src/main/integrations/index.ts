// Every way Hearth reaches devices, in one list: the stacks (each a folder beside this file, over its
// src/protocols/<stack>), the registry the core keeps them in, their request handlers, and the one function the
// composition root calls to build and start them: the configured sticks, or else the demo home.
import type { HomeKind, HomesRequestName, MatterRequestName, MqttRequestName, RadioRequestName, ZigbeeRequestName, ZWaveRequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { AnyIntegration } from '../../shared/integration';
import type { Protocol } from '../../shared/model';
import type { EventBus } from '../bus';
import { subsystemLog, type Logger } from '../../shared/logger';
import type { DeviceService } from '../services/devices';
import type { AuditLog } from '../storage/audit';
import type { AppSettings } from '../settings';
import type { ConsentService } from '../privacy/consent';
import type { HandlersFor } from '../transport/dispatch';
import type { OperationRegistry } from '../operations/registry';
import type { UploadStore } from '../operations/uploads';
import { radioHandlers } from './handlers';
import { matterStack } from './matter';
import { chooseHome, decideHome, homesView, type HomesDeps } from './homes';
import { mqttStack } from './mqtt';
import { mqttHandlers } from './mqtt/handlers';
import { MqttService } from './mqtt/service';
import type { SecretStore } from '../secrets';
import { matterHandlers } from './matter/handlers';
import { MatterService } from './matter/service';
import { IntegrationRegistry, type StackService } from './registry';
import type { RunningStack, StackContext, StackModule, StickChoice } from './stack';
import { zigbeeStack } from './zigbee';
import { zigbeeHandlers } from './zigbee/handlers';
import { ZigbeeService } from './zigbee/service';
import { zwaveStack } from './zwave';
import { zwaveHandlers } from './zwave/handlers';
import { ZWaveService } from './zwave/service';

export { IntegrationRegistry } from './registry';
export type { IntegrationOptions, StackContext } from './stack';

/** The stacks Hearth knows, in the order they start. */
export const STACKS: readonly StackModule[] = [zwaveStack, zigbeeStack, matterStack, mqttStack];

export function stackName(protocol: Protocol): string {
  return STACKS.find((s) => s.protocol === protocol)?.name ?? protocol;
}

export function createIntegrationRegistry(deps: { bus: EventBus; devices: DeviceService; log: Logger; now?: () => number }): IntegrationRegistry {
  return new IntegrationRegistry({ ...deps, name: stackName });
}

// ---- requests ----

export type StackRequestName = ZWaveRequestName | ZigbeeRequestName | MatterRequestName | MqttRequestName;

function serviceOf<T extends StackService>(registry: IntegrationRegistry, protocol: Protocol, type: abstract new (...args: never[]) => T, missing: HearthError): () => T {
  return () => {
    const s = registry.service(protocol);
    if (s instanceof type) return s;
    throw missing;
  };
}

const noStick = (name: string) => new HearthError('UNSUPPORTED', `There is no ${name} radio.`, `Plug in a ${name} stick and set it up in Settings → Radios.`);

/** Every stack's own requests (contract/zwave.ts, zigbee.ts, matter.ts, mqtt.ts). */
export function stackHandlers(deps: {
  registry: IntegrationRegistry;
  devices: Pick<DeviceService, 'locate'>;
  audit: Pick<AuditLog, 'append'>;
  settings: AppSettings;
  secrets: SecretStore;
  /** The privacy consents (Matter on the home network is one). */
  consents?: Pick<ConsentService, 'list' | 'set'> | undefined;
  /** Long operations (firmware updates, network maps) and the files sent up for them. */
  operations: Pick<OperationRegistry, 'start' | 'assertFree'>;
  uploads: Pick<UploadStore, 'take'>;
}): HandlersFor<StackRequestName> {
  const { registry, devices, audit } = deps;
  const zwave = serviceOf(registry, 'zwave', ZWaveService, noStick('Z-Wave'));
  const zigbee = serviceOf(registry, 'zigbee', ZigbeeService, noStick('Zigbee'));
  const matter = serviceOf(
    registry,
    'matter',
    MatterService,
    // In the real home the controller waits until Matter is set up on the home network (matter/index.ts).
    new HearthError('UNSUPPORTED', 'The Matter controller is not running.', 'If Matter is set up on your home network, restart Hearth (Add device → Matter asks for it otherwise); Diagnostics shows why it did not start.'),
  );
  return {
    ...zwaveHandlers({ zwave, operations: deps.operations, uploads: deps.uploads }),
    ...zigbeeHandlers({ zigbee, devices, radio: () => registry.list().find((r) => r.protocol === 'zigbee')!, operations: deps.operations }),
    ...matterHandlers({
      matter,
      audit,
      ...(deps.consents
        ? {
            homeNetwork: {
              settings: deps.settings,
              consents: deps.consents,
              running: () => {
                const s = registry.service('matter');
                return { active: s instanceof MatterService ? s.homeNetwork() : [], demo: registry.started?.home === 'demo' };
              },
            },
          }
        : {}),
    }),
    ...mqttHandlers({
      settings: deps.settings,
      secrets: deps.secrets,
      mqtt: () => {
        const s = registry.service('mqtt');
        return s instanceof MqttService ? s : null;
      },
      commandLine: () => registry.started?.ctx.options.mqtt,
      demo: () => registry.started?.home === 'demo',
    }),
  };
}

/** Which home runs and switching it (contract/homes.ts; homes.ts). */
export function homesHandlers(deps: Omit<HomesDeps, 'stacks' | 'started'> & { registry: IntegrationRegistry; bus: Pick<EventBus, 'emit'> }): HandlersFor<HomesRequestName> {
  const d: HomesDeps = { stacks: STACKS, settings: deps.settings, counts: deps.counts, started: () => deps.registry.started };
  return {
    'homes.get': () => homesView(d),
    'homes.choose': ({ home }) => {
      const r = chooseHome(d, home);
      deps.bus.emit('homes.changed', r.homes);
      return r;
    },
  };
}

/** Every radio request: the generic ones (radio list, pairing, removal, details), each stack's own, and the home's. */
export function integrationHandlers(deps: {
  registry: IntegrationRegistry;
  devices: Pick<DeviceService, 'locate' | 'forget'>;
  audit: Pick<AuditLog, 'append'>;
  settings: AppSettings;
  secrets: SecretStore;
  /** Devices each home keeps. */
  homeDevices: () => Record<HomeKind, number>;
  bus: Pick<EventBus, 'emit'>;
  consents?: Pick<ConsentService, 'list' | 'set'> | undefined;
  operations: Pick<OperationRegistry, 'start' | 'assertFree'>;
  uploads: Pick<UploadStore, 'take'>;
}): HandlersFor<RadioRequestName | StackRequestName | HomesRequestName> {
  const homes = homesHandlers({ registry: deps.registry, settings: deps.settings, counts: deps.homeDevices, bus: deps.bus });
  const stacks = stackHandlers(deps);
  // Saving or forgetting a broker changes which home runs next: Settings → Home hears of it.
  const announcing = <A extends unknown[], R>(fn: (...a: A) => R | Promise<R>) => async (...a: A): Promise<R> => {
    const r = await fn(...a);
    deps.bus.emit('homes.changed', homesView({ stacks: STACKS, settings: deps.settings, counts: deps.homeDevices, started: () => deps.registry.started }));
    return r;
  };
  return {
    ...radioHandlers({ ...deps, configure: configureStick }),
    ...stacks,
    'mqtt.broker.save': announcing(stacks['mqtt.broker.save']),
    'mqtt.broker.forget': announcing(stacks['mqtt.broker.forget']),
    'matter.homeNetwork.set': announcing(stacks['matter.homeNetwork.set']),
    'matter.homeNetwork.withdraw': announcing(stacks['matter.homeNetwork.withdraw']),
    ...homes,
  };
}

/** Remembers which stick a radio uses (radios.configure); takes effect when Hearth starts next. */
export function configureStick(settings: AppSettings, input: StickChoice & { protocol: Protocol }): { message: string } {
  const stack = STACKS.find((s) => s.protocol === input.protocol);
  if (!stack?.configure) throw new HearthError('UNSUPPORTED', `The ${stackName(input.protocol)} radio has no stick to choose.`);
  stack.configure(settings, { port: input.port, adapter: input.adapter, channel: input.channel });
  return { message: `Saved: the ${stack.name} radio uses ${input.port} from the next start of Hearth.` };
}

// ---- start ----

export interface StartedIntegrations {
  integrations: AnyIntegration[];
  /** The demo home's simulated radios run (nothing real is set up, or the person chose the demo home; homes.ts). */
  demo: boolean;
  /** Closes what the stacks needed besides their integrations (the demo's simulated devices). Call after the core stopped. */
  shutdown(): Promise<void>;
}

/**
 * Builds the stacks of the home that runs (homes.ts decides): the real home's sticks, broker and Matter, or the
 * demo home's simulated ones. Each stack's service goes into the registry (started before its integration, so it sees it become ready);
 * the caller starts the integrations (IntegrationRegistry.start). If a stack cannot be built, the ones already
 * built are closed and the error is passed on.
 */
export async function startIntegrations(registry: IntegrationRegistry, ctx: StackContext): Promise<StartedIntegrations> {
  const demo = decideHome(STACKS, ctx).home === 'demo';
  registry.started = { ctx, home: demo ? 'demo' : 'real' };
  const running: RunningStack[] = [];
  const shutdown = async () => {
    await Promise.allSettled(running.map((r) => r.shutdown()));
  };
  for (const stack of STACKS) {
    let built: RunningStack | undefined;
    try {
      const own = { ...ctx, log: subsystemLog(ctx.log, stack.protocol) };
      built = demo ? await stack.demo(own) : await stack.real(own);
    } catch (err) {
      await shutdown();
      throw err;
    }
    if (!built) continue;
    running.push(built);
    registry.use(stack.protocol, built.service);
  }
  return { integrations: running.map((r) => r.integration), demo, shutdown };
}
