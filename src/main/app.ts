// The composition root: the one place Hearth is built. `buildCore` makes storage, the event bus, the settings
// registry, the services, automations and plans, privacy, the integration registry, the request handlers and
// the dispatcher, each given only what it uses; `startApp` adds what a host needs around it (the data-folder
// lock, the secrets, the radios from src/main/integrations) and stops it all in order. Both hosts (Electron,
// hub) call startApp and put a transport in front of `core.dispatch`; tests call buildCore with their own radio.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import type { AdapterState, SystemInfo, SystemNotice } from '../shared/contract';
import type { AnyIntegration } from '../shared/integration';
import { subsystemLog, type Logger } from '../shared/logger';
import { createHandlers } from './api';
import { VoiceService } from './voice/service';
import { openSecretStore } from './app-secrets';
import { createAutomation } from './automation';
import { createOutside, type Outside, type WeatherClientOptions } from './weather';
import { createDiagnostics, type Diagnostics } from './diagnostics/support/service';
import { createAssistants } from './assistants';
import type { AlexaService } from './assistants/alexa';
import type { ExposureService } from './assistants/exposure';
import type { HomekitService } from './assistants/homekit';
import { createHelp, type Help } from './diagnostics/help/service';
import { logFolder } from './log';
import { DbBackups } from './diagnostics/recovery/db-backups';
import { damagedCopies, openDatabaseWithRecovery, type DatabaseRecovery } from './diagnostics/recovery/db-recovery';
import { storageNotice } from './diagnostics/recovery/full-disk';
import { CommandStats } from './diagnostics/health/commands';
import { HealthService } from './diagnostics/health/service';
import { RadioSupervisor } from './diagnostics/recovery/radio-supervisor';
import { FLUSH_MS, FakePowerSource, HEALTH_EVERY_MS, linuxPowerSource, PowerMode, type PowerSource } from './diagnostics/recovery/power';
import type { PlanService } from './automation/plans/service';
import type { AutomationService } from './automation/service';
import type { TraceStore } from './automation/traces';
import { EventBus } from './bus';
import { createIntegrationRegistry, integrationHandlers, startIntegrations, type IntegrationRegistry } from './integrations';
import { readMqttCredentials } from './integrations/mqtt';
import { savedBroker } from './integrations/mqtt/settings';
import { lockDataDir } from './lock';
import { createMqttBridge, type MqttBridge, type PublishOptions } from './mqtt-bridge';
import { OperationRegistry } from './operations/registry';
import { UploadStore } from './operations/uploads';
import { ConsentService } from './privacy/consent';
import { PrivacyService } from './privacy/service';
import { keyFileCodec } from './secret-codecs';
import { FileSecretStore, type SecretCodec, type SecretStore } from './secrets';
import { AreaService } from './services/areas';
import { DeviceService } from './services/devices';
import { OnboardingService } from './services/onboarding';
import { SecurityService } from './services/security';
import { HouseholdService } from './household/service';
import { createSettings, type AppSettings } from './settings';
import { serialPortLister, type PortLister } from './sticks/list';
import type { Binding } from './sticks/probe';
import { StickWatcher } from './sticks/watcher';
import { licenceKeys } from './subscriptions/keys';
import { BusinessService } from './subscriptions/business';
import { SubscriptionService } from './subscriptions/service';
import { ValueService } from './subscriptions/value/service';
import { AuditLog } from './storage/audit';
import { fileSeal } from './storage/audit-seal';
import { keyPragmas, type Db } from './storage/db';
import { databaseKey } from './storage/db-key';
import { countDevicesByHome } from './storage/repo';
import { StateWriter } from './storage/state-writer';
import { systemClock, type Clock } from './time/clock';
import { createDispatcher, type Dispatch } from './transport/dispatch';
import { roomGuard } from './transport/roles';
import { apiPolicy } from './rest/policy';
import { ApiService } from './rest/service';
import { ApiTokens } from './rest/tokens';

export const VERSION = version;

export interface CoreOptions {
  dataDir: string;
  host: SystemInfo['host'];
  version: string;
  log: Logger;
  now?: () => number;
  /** The clock automations and timed plan steps run on (tests pass a fake one). */
  clock?: Clock;
  /** Tests only: where the weather services are (recorded answers on 127.0.0.1). */ weatherClient?: WeatherClientOptions;
  sqliteNativeBinding?: string;
  /** Where secrets (the database key among them) are kept; default: secrets.json sealed with a key file in dataDir. */
  secrets?: SecretStore;
  /** Why secrets are not in the system keychain (diagnostics/recovery/secret-backend.ts); shown in Settings. */
  secretsNote?: string | undefined;
  /** Start a first run without the setup wizard (`--skip-onboarding`). */
  skipOnboarding?: boolean;
  /** Where USB sticks are listed from (tests pass a fake list). */
  listPorts?: PortLister;
  /** Battery or mains (diagnostics/recovery/power.ts); default: always mains. */
  power?: PowerSource | undefined;
  /** serialport binding for "test this stick" (tests pass @serialport/binding-mock); default: the real one. */
  probeBinding?: Binding;
  /** Environment variables that may override settings (startApp passes process.env; default: none). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Publishing this home on MQTT (hub --mqtt-publish…), and the broker MQTT devices are read from (--mqtt-url). */
  mqttPublish?: { publish?: PublishOptions | undefined; consumer?: { url: string; credentialsFile?: string | undefined } | undefined };
  /** A file being sent up in pieces is dropped after this long without a piece (default 2 minutes). */
  uploadIdleMs?: number;
}

/** The built core as hosts and tests see it: its services, the dispatcher, and starting and stopping it. */
export interface Core {
  readonly db: Db;
  readonly settings: AppSettings;
  readonly bus: EventBus;
  readonly writer: StateWriter;
  readonly audit: AuditLog;
  readonly secrets: SecretStore;
  readonly devices: DeviceService;
  readonly areas: AreaService;
  readonly consents: ConsentService;
  readonly privacy: PrivacyService;
  readonly onboarding: OnboardingService;
  readonly security: SecurityService;
  /** The people invited to sign in to the hub, with their roles (src/main/household). */
  readonly household: HouseholdService;
  /** Weather and calendars for automations (src/main/weather, src/main/calendars). */
  readonly outside: Outside;
  readonly traces: TraceStore;
  readonly plans: PlanService;
  readonly automations: AutomationService;
  readonly integrations: IntegrationRegistry;
  readonly sticks: StickWatcher;
  /** Logs, the support bundle and support links (diagnostics/support). */
  readonly diagnostics: Diagnostics;
  /** Automatic database copies (diagnostics/recovery). */
  readonly backups: DbBackups;
  /** The knowledge base, guided troubleshooting and support tickets (diagnostics/help). */
  readonly help: Help;
  /** The tier in force, its licence and limits (subscriptions). */
  readonly subscription: SubscriptionService;
  /** System and device health, sent as 'system.health' on an interval (diagnostics/health). */
  readonly health: HealthService;
  /** Set when the database was found damaged at start-up and restored from a backup. */
  readonly recovery: DatabaseRecovery | null;
  /** Restarts a failed radio by itself, with backoff (diagnostics/recovery/radio-supervisor.ts). */
  readonly radioSupervisor: RadioSupervisor;
  /** Low-power mode on battery (diagnostics/recovery/power.ts). */
  readonly power: PowerMode;
  /** This home's devices published on an MQTT broker, when turned on (src/main/mqtt-bridge). */
  readonly mqttBridge: MqttBridge;
  /** The local API's switch and tokens (src/main/rest); the host serves it. */
  readonly api: ApiService;
  /** Which devices each voice assistant may see and control (src/main/assistants). */
  readonly exposure: ExposureService;
  /** Alexa Smart Home directives and change reports (src/main/assistants/alexa). */
  readonly alexa: AlexaService;
  /** Apple Home's bridge (src/main/assistants/homekit). */
  readonly homekit: HomekitService;
  /** Offline voice: push-to-talk recognition with the home's names, spoken replies (src/main/voice). */
  readonly voice: VoiceService;
  /** Long operations (firmware updates, network maps) and the files sent up for them in pieces (src/main/operations). */
  readonly operations: OperationRegistry;
  readonly uploads: UploadStore;
  readonly dispatch: Dispatch;
  /**
   * Attaches and starts integrations (built by startApp through src/main/integrations, or a test's own radio).
   * A radio that fails to start is reported in system.health; the core keeps running. Timed plan steps and
   * automations resume once the radios have started, so their devices can be reached.
   */
  startAdapters(integrations: AnyIntegration[], opts?: { demo?: boolean }): Promise<void>;
  adapterStates(): AdapterState[];
  info(): SystemInfo;
  stop(): Promise<void>;
}

export function buildCore(opts: CoreOptions): Core {
  const { log, dataDir } = opts;
  const now = opts.now ?? Date.now;
  const startedAt = now();
  let demo = false;
  let stopped = false;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  // Storage
  const secrets = opts.secrets ?? new FileSecretStore({ file: join(dataDir, 'secrets.json'), codec: keyFileCodec(join(dataDir, 'secrets.key')) });
  const backupsDir = join(dataDir, 'backups', 'database');
  const { db, recovery } = openDatabaseWithRecovery(join(dataDir, 'hearth.db'), secrets, opts.sqliteNativeBinding ? { nativeBinding: opts.sqliteNativeBinding } : {}, { backupsDir, now, log });
  const settings = createSettings({ db, log, now, ...(opts.env ? { env: opts.env } : {}) });
  const bus = new EventBus(log);
  const writer = new StateWriter({ db, log, onTrouble: (t) => bus.emit('system.notice', storageNotice(t, now())) });
  const audit = new AuditLog({ db, seal: fileSeal(join(dataDir, 'audit.seal'), secrets), now });
  if (recovery) {
    audit.resealAfterRestore({ actor: 'system', action: 'system.database.restored', target: recovery.movedTo, detail: { reason: recovery.reason, backupAt: recovery.restoredFrom.at } });
  }
  const backups = new DbBackups({
    db, dir: backupsDir, log, clock: opts.clock ?? systemClock,
    keep: () => settings.get('diagnostics.dbBackups.keep'),
    everyHours: () => settings.get('diagnostics.dbBackups.everyHours'),
  });
  backups.start();

  // Services
  const commandStats = new CommandStats();
  const subscription = new SubscriptionService({ db, settings, bus, now, keys: licenceKeys(opts.env ?? {}), demo: () => demo });
  const business = new BusinessService({ db, now, tier: () => subscription.tier() });
  const devices = new DeviceService({ db, bus, writer, audit, log, now, commands: commandStats, gate: subscription });
  const areas = new AreaService({ db, bus, devices, now });
  const consents = new ConsentService({ db, bus, now });
  const onboarding = new OnboardingService({ settings, bus, now });
  const afterKeyChange = () => {
    try {
      backups.backupNow();
    } catch (err) {
      log.error('could not back up the database after its key changed', err);
    }
  };
  const security = new SecurityService({ db, secrets, writer, settings, now, secretsNote: opts.secretsNote, afterKeyChange });
  const household = new HouseholdService({ db, now, areaIds: () => devices.areas().map((a) => a.id) });
  const outside = createOutside({ settings, secrets, db, bus, clock: opts.clock ?? systemClock, log: subsystemLog(log, 'automation'), consent: () => consents.has('cloudServices'), client: opts.weatherClient });
  const { automations, plans, traces } = createAutomation({
    db, settings, bus, log: subsystemLog(log, 'automation'), clock: opts.clock ?? systemClock, devices, gate: subscription, outside: outside.reader,
    traceThread: { file: join(dataDir, 'hearth.db'), nativeBinding: opts.sqliteNativeBinding, pragmas: () => keyPragmas(databaseKey(secrets)) },
  });
  outside.feed(automations.engine);
  const value = new ValueService({ db, settings, devices, subscription, analyticsConsent: () => consents.has('analytics'), now, flush: () => (writer.flush(), traces.flush()) });
  const integrations = createIntegrationRegistry({ bus, devices, log, now });
  const mqttBridge = createMqttBridge({
    bus, devices, plans, audit, settings, log, version: opts.version, options: opts.mqttPublish, readCredentials: readMqttCredentials,
    tier: () => subscription.tier(), demo: () => demo, savedBroker: () => savedBroker(settings, secrets),
  });
  const health = new HealthService({ db, dbFile: join(dataDir, 'hearth.db'), dataDir, bus, clock: opts.clock ?? systemClock, devices, radios: () => integrations.states(), commands: commandStats, flush: () => writer.flush(),
    link: (id) => {
      const { protocol, nativeId } = devices.locate(id);
      return integrations.linkQuality(protocol, nativeId);
    },
    offlineReason: (id) => {
      const { protocol, nativeId } = devices.locate(id);
      return integrations.offlineReason(protocol, nativeId);
    },
  });
  health.start();
  const privacy = new PrivacyService({
    db, settings, bus, audit, devices, writer, consents, log, now,
    dataDir, version: opts.version, host: opts.host,
    adapters: () => integrations.states(),
    live: [automations, plans],
    pending: [writer, traces],
    databaseCopies: () => [...backups.list().map((b) => b.file), ...damagedCopies(join(dataDir, 'hearth.db'))],
  });
  const sticks = new StickWatcher({ bus, lister: opts.listPorts ?? serialPortLister });
  const radioSupervisor = new RadioSupervisor({ log, now });
  bus.on('sticks.changed', 'radio-supervisor', () => radioSupervisor.retryNow());
  const power = new PowerMode({
    source: opts.power ?? new FakePowerSource(),
    log,
    apply: (low) => {
      writer.flushMs = low ? FLUSH_MS.lowPower : FLUSH_MS.normal;
      health.setEvery(low ? HEALTH_EVERY_MS.lowPower : HEALTH_EVERY_MS.normal);
      bus.emit('system.power', { lowPower: low });
    },
  });
  if (opts.skipOnboarding) onboarding.skipIfFirstRun();
  privacy.startRetention();

  const notices: SystemNotice[] = recovery
    ? [{ kind: 'database.restored', level: 'warning', at: recovery.at, message: recovery.message, next: `The damaged file is kept as ${recovery.movedTo} for support.` }]
    : [];
  if (opts.secretsNote) notices.push({ kind: 'secrets.unprotected', level: 'warning', at: startedAt, message: opts.secretsNote });
  for (const n of notices) health.notice(n);
  const info = (): SystemInfo => ({ version: opts.version, host: opts.host, demo, dataDir, startedAt, adapters: integrations.states(), notices, lowPower: power.lowPower });

  const diagnostics = createDiagnostics({
    core: {
      db, settings, secrets, devices, info,
      areas: () => devices.areas(),
      radios: () => integrations.list(),
      health: () => ({ system: health.system(), devices: health.devices() }),
      details: async (d) => {
        const { protocol, nativeId } = devices.locate(d.id);
        const integration = integrations.all().find((i) => i.protocol === protocol);
        return integration?.features.has('details') ? integration.facets.details?.details(nativeId) : undefined;
      },
    },
    dataDir,
    logDir: logFolder(dataDir),
    now,
  });

  const help = createHelp({
    db, dataDir, now, log: subsystemLog(log, 'core'),
    bundle: () => diagnostics.bundle(),
    checks: {
      devices, now,
      integrations: () => integrations.all(),
      sticks: () => sticks.list(0),
      configuredPort: (p) => settings.get(p === 'zwave' ? 'radios.zwave.port' : 'radios.zigbee.port'),
      rules: automations,
      traces,
      lastHeard: (device) => health.lastHeard(device),
    },
  });

  const api = new ApiService({
    settings,
    policy: () => apiPolicy(subscription.tier(), demo),
    tokens: new ApiTokens({ db, now, policy: () => apiPolicy(subscription.tier(), demo) }),
  });

  // Alexa, Google Assistant and Apple Home; their writes go through the dispatcher's devices.command (declared below).
  const assistants = createAssistants({
    db, bus, devices, now, settings, consents, secrets, dataDir, log: subsystemLog(log, 'core'),
    tier: () => subscription.tier(), demo: () => demo, unit: () => onboarding.preferences().units.temperature,
    command: (input, ctx) => dispatch('devices.command', input, ctx),
  });
  const { exposure, alexa, google, homekit } = assistants;

  // Offline voice hears with the running home's names: its devices, rooms, floors and scenes.
  const voice = new VoiceService({
    names: () => {
      const rooms = devices.areas();
      return {
        devices: devices.list().map((d) => d.name),
        areas: rooms.map((a) => a.name),
        floors: rooms.map((a) => a.floor).filter((f): f is string => !!f),
        scenes: automations.scenes().map((s) => s.name),
      };
    },
  });

  const operations = new OperationRegistry({ bus, log: subsystemLog(log, 'core'), now });
  const uploads = new UploadStore({ dir: join(dataDir, 'uploads'), log: subsystemLog(log, 'core'), now, ...(opts.uploadIdleMs ? { idleMs: opts.uploadIdleMs } : {}) });

  // Requests
  const dispatch = createDispatcher(
    createHandlers({
      info, devices, areas, onboarding, consents, privacy, security, settings, plans, automations, traces, sticks, bus, diagnostics, help, health, subscription, value, business, api, operations, uploads, exposure, google, alexa, homekit,
      voice, household, outside,
      radios: () => integrations.list(),
      probeBinding: opts.probeBinding,
      integrations: integrationHandlers({ registry: integrations, devices, audit, settings, secrets, bus, consents, operations, uploads, homeDevices: () => countDevicesByHome(db) }),
    }),
    log,
    audit,
    subscription,
    roomGuard({ devices, plans }),
  );

  return {
    db, settings, bus, writer, audit, secrets, devices, areas, consents, privacy, onboarding, security, traces, plans,
    automations, integrations, sticks, dispatch, info, subscription, backups, recovery, radioSupervisor, power, health, help, diagnostics, mqttBridge, api, exposure, alexa, homekit, operations, uploads,
    voice, household, outside,
    adapterStates: () => integrations.states(),
    async startAdapters(started, o = {}) {
      demo = o.demo ?? false;
      devices.useHome(demo ? 'demo' : 'real');
      homekit.start().catch((err: unknown) => log.error('Apple Home bridge: could not start', err));
      await integrations.start(started);
      if (!stopped) for (const i of started) radioSupervisor.watch(i);
      if (!stopped) {
        plans.resume();
        automations.start();
        outside.start();
        mqttBridge.apply().catch((err: unknown) => log.error('MQTT bridge: could not start', err));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await mqttBridge.stop();
      await assistants.stop();
      await operations.stop();
      uploads.stop();
      automations.stop();
      outside.stop();
      plans.executor.stopAll();
      sticks.stop();
      radioSupervisor.stop();
      power.stop();
      health.stop();
      await integrations.beforeStop();
      await integrations.stop();
      devices.detachAll();
      integrations.detachAll();
      privacy.stop();
      voice.close();
      backups.stop();
      writer.flush();
      traces.close();
      db.close();
    },
  };
}

export interface StartOptions {
  dataDir: string;
  host: SystemInfo['host'];
  zwavePort?: string | undefined;
  zigbeePort?: string | undefined;
  /** herdsman adapter type of the Zigbee stick (zstack, ember, deconz, zigate, zboss). */
  zigbeeAdapter?: string | undefined;
  /** MQTT broker (hub --mqtt-url), its credentials file and whether to adopt every announced device. */
  mqtt?: { url: string; credentialsFile?: string | undefined; adopt: 'all' | 'none' } | undefined;
  /** Publish this home on MQTT for this run (hub --mqtt-publish, --mqtt-publish-url, --mqtt-home-id). */
  mqttPublish?: PublishOptions | undefined;
  log: Logger;
  secretCodec?: SecretCodec;
  /** Codecs an existing secrets file may have been written with, and why the host chose its codec (secret-backend.ts). */
  secretReaders?: SecretCodec[];
  secretsNote?: string;
  /** Hub mode: key file or passphrase sealing the secrets (see app-secrets.ts). */
  keyFile?: string | undefined;
  passphraseFile?: string | undefined;
  sqliteNativeBinding?: string;
  skipOnboarding?: boolean;
  listPorts?: PortLister;
  /** serialport binding for "test this stick" (the e2e test seam, sticks/test-seam.ts). */
  probeBinding?: Binding;
  /** Where the weather services are (the e2e test seam, weather/test-seam.ts). */
  weatherClient?: WeatherClientOptions | undefined;
  /** Run the Matter controller (and the demo's virtual Matter devices); default true. */
  matter?: boolean;
  /** Battery or mains: Electron's powerMonitor; default on Linux: /sys/class/power_supply. */
  power?: PowerSource;
}

export interface RunningApp {
  core: Core;
  secrets: FileSecretStore;
  /** Resolves once the radios have started (or failed, which system.health reports). */
  radiosStarted: Promise<void>;
  stop(): Promise<void>;
}

/** Starts the core with its radios for either host; returns one function that stops it all in order. */
export async function startApp(o: StartOptions): Promise<RunningApp> {
  const unlock = lockDataDir(o.dataDir);
  try {
    const secrets = openSecretStore({
      dataDir: o.dataDir,
      codec: o.secretCodec,
      keyFile: o.keyFile,
      passphraseFile: o.passphraseFile,
      passphrase: process.env.HEARTH_PASSPHRASE,
      readers: o.secretReaders,
    });
    const listPorts = o.listPorts ?? serialPortLister;
    const core = buildCore({
      dataDir: o.dataDir,
      host: o.host,
      version,
      log: o.log,
      secrets,
      skipOnboarding: o.skipOnboarding ?? false,
      secretsNote: o.secretsNote,
      listPorts,
      power: o.power ?? (process.platform === 'linux' ? linuxPowerSource() : undefined),
      env: process.env,
      mqttPublish: { publish: o.mqttPublish, consumer: o.mqtt },
      ...(o.probeBinding ? { probeBinding: o.probeBinding } : {}),
      ...(o.weatherClient ? { weatherClient: o.weatherClient } : {}),
      ...(o.sqliteNativeBinding ? { sqliteNativeBinding: o.sqliteNativeBinding } : {}),
    });
    const radios = await startIntegrations(core.integrations, {
      dataDir: o.dataDir,
      secrets,
      log: o.log,
      settings: core.settings,
      bus: core.bus,
      devices: core.devices,
      areas: core.areas,
      options: { zwavePort: o.zwavePort, zigbeePort: o.zigbeePort, zigbeeAdapter: o.zigbeeAdapter, mqtt: o.mqtt, matter: o.matter ?? true, listPorts },
      gate: core.subscription,
    }).catch(async (err: unknown) => {
      await core.stop();
      throw err;
    });
    const radiosStarted = core.startAdapters(radios.integrations, { demo: radios.demo });
    let stopping: Promise<void> | null = null;
    return {
      core,
      secrets,
      radiosStarted,
      stop() {
        stopping ??= (async () => {
          await radiosStarted.catch(() => undefined);
          await core.stop();
          await radios.shutdown();
          unlock();
        })();
        return stopping;
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
