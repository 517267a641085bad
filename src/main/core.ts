// The core: storage, event bus, services and radios, in plain Node. Both hosts (Electron, hub) create one
// Core and put a transport in front of its dispatcher.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyIntegration } from '../shared/integration';
import type { AdapterState, SystemInfo } from '../shared/contract';
import { createHandlers } from './api';
import { createIntegrationRegistry, integrationHandlers, type IntegrationRegistry } from './integrations';
import { systemClock, type Clock } from './time/clock';
import { createAutomation } from './automation';
import type { AutomationService } from './automation/service';
import type { TraceStore } from './automation/traces';
import type { PlanService } from './automation/plans/service';
import { EventBus } from './bus';
import type { Logger } from '../shared/logger';
import { ConsentService } from './privacy/consent';
import { PrivacyService } from './privacy/service';
import { keyFileCodec } from './secret-codecs';
import { FileSecretStore, type SecretStore } from './secrets';
import { AreaService } from './services/areas';
import { DeviceService } from './services/devices';
import { OnboardingService } from './services/onboarding';
import { SecurityService } from './services/security';
import { createSettings, type AppSettings } from './settings';
import { serialPortLister, type PortLister } from './sticks/list';
import { StickWatcher } from './sticks/watcher';
import type { Binding } from './sticks/probe';
import { AuditLog } from './storage/audit';
import { fileSeal } from './storage/audit-seal';
import type { Db } from './storage/db';
import { openKeyedDatabase } from './storage/db-key';
import { StateWriter } from './storage/state-writer';
import { createDispatcher, type Dispatch } from './transport/dispatch';

export interface CoreOptions {
  dataDir: string;
  host: SystemInfo['host'];
  version: string;
  log: Logger;
  now?: () => number;
  /** The clock automations and timed plan steps run on (tests pass a fake one). */
  clock?: Clock;
  sqliteNativeBinding?: string;
  /** Where secrets (the database key among them) are kept; default: secrets.json sealed with a key file in dataDir. */
  secrets?: SecretStore;
  /** Start a first run without the setup wizard (`--skip-onboarding`). */
  skipOnboarding?: boolean;
  /** Where USB sticks are listed from (tests pass a fake list). */
  listPorts?: PortLister;
  /** serialport binding for "test this stick" (tests pass @serialport/binding-mock); default: the real one. */
  probeBinding?: Binding;
  /** Environment variables that may override settings (the host passes process.env; default: none). */
  env?: Readonly<Record<string, string | undefined>>;
}

export class Core {
  readonly db: Db;
  readonly settings: AppSettings;
  readonly bus: EventBus;
  readonly writer: StateWriter;
  readonly audit: AuditLog;
  readonly devices: DeviceService;
  readonly areas: AreaService;
  readonly consents: ConsentService;
  readonly privacy: PrivacyService;
  readonly onboarding: OnboardingService;
  readonly security: SecurityService;
  readonly secrets: SecretStore;
  readonly traces: TraceStore;
  readonly plans: PlanService;
  readonly automations: AutomationService;
  readonly integrations: IntegrationRegistry;
  readonly sticks: StickWatcher;
  /** serialport binding "test this stick" opens ports with (undefined: the real serial ports). */
  readonly probeBinding: Binding | undefined;
  readonly dispatch: Dispatch;
  readonly log: Logger;
  readonly #opts: CoreOptions;
  readonly #startedAt: number;
  #stopped = false;
  #demo = false;

  constructor(opts: CoreOptions) {
    this.#opts = opts;
    this.log = opts.log;
    const now = opts.now ?? Date.now;
    this.#startedAt = now();
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    this.secrets = opts.secrets ?? new FileSecretStore({ file: join(opts.dataDir, 'secrets.json'), codec: keyFileCodec(join(opts.dataDir, 'secrets.key')) });
    const dbOpts = opts.sqliteNativeBinding ? { nativeBinding: opts.sqliteNativeBinding } : {};
    this.db = openKeyedDatabase(join(opts.dataDir, 'hearth.db'), this.secrets, dbOpts);
    this.settings = createSettings({ db: this.db, log: opts.log, now, ...(opts.env ? { env: opts.env } : {}) });
    this.bus = new EventBus(opts.log);
    this.writer = new StateWriter({ db: this.db, log: opts.log });
    this.audit = new AuditLog({ db: this.db, seal: fileSeal(join(opts.dataDir, 'audit.seal'), this.secrets), now });
    this.devices = new DeviceService({ db: this.db, bus: this.bus, writer: this.writer, audit: this.audit, log: opts.log, now });
    this.areas = new AreaService({ db: this.db, bus: this.bus, devices: this.devices, now });
    this.consents = new ConsentService({ db: this.db, bus: this.bus, now });
    this.onboarding = new OnboardingService({ settings: this.settings, bus: this.bus, now });
    this.security = new SecurityService({ db: this.db, secrets: this.secrets, writer: this.writer, settings: this.settings, now });
    const clock = opts.clock ?? systemClock;
    ({ automations: this.automations, plans: this.plans, traces: this.traces } = createAutomation({
      db: this.db,
      settings: this.settings,
      bus: this.bus,
      log: opts.log,
      clock,
      devices: this.devices,
    }));
    this.privacy = new PrivacyService({
      db: this.db,
      settings: this.settings,
      bus: this.bus,
      audit: this.audit,
      devices: this.devices,
      writer: this.writer,
      consents: this.consents,
      dataDir: opts.dataDir,
      version: opts.version,
      host: opts.host,
      adapters: () => this.adapterStates(),
      live: [this.automations, this.plans],
      pending: [this.writer, this.traces],
      log: opts.log,
      now,
    });
    if (opts.skipOnboarding) this.onboarding.skipIfFirstRun();
    this.privacy.startRetention();
    this.integrations = createIntegrationRegistry({ bus: this.bus, devices: this.devices, log: opts.log, now });
    this.sticks = new StickWatcher({ bus: this.bus, lister: opts.listPorts ?? serialPortLister });
    this.probeBinding = opts.probeBinding;
    this.dispatch = createDispatcher(
      createHandlers({
        info: () => this.info(),
        devices: this.devices,
        areas: this.areas,
        onboarding: this.onboarding,
        consents: this.consents,
        privacy: this.privacy,
        security: this.security,
        settings: this.settings,
        plans: this.plans,
        automations: this.automations,
        traces: this.traces,
        sticks: this.sticks,
        bus: this.bus,
        radios: () => this.integrations.list(),
        probeBinding: opts.probeBinding,
        integrations: integrationHandlers({ registry: this.integrations, devices: this.devices, audit: this.audit, db: this.db }),
      }),
      opts.log,
      this.audit,
    );
  }

  /**
   * Attaches and starts integrations (built by the caller, see integrations/index.ts). A radio that fails to
   * start is reported in system.health; the core keeps running.
   */
  async startAdapters(adapters: AnyIntegration[], opts: { demo?: boolean } = {}): Promise<void> {
    this.#demo = opts.demo ?? false;
    await this.integrations.start(adapters);
    // Timed plan steps and automations resume once the radios have started, so their devices can be reached.
    if (!this.#stopped) {
      this.plans.resume();
      this.automations.start();
    }
  }

  adapterStates(): AdapterState[] {
    return this.integrations.states();
  }

  info(): SystemInfo {
    return {
      version: this.#opts.version,
      host: this.#opts.host,
      demo: this.#demo,
      dataDir: this.#opts.dataDir,
      startedAt: this.#startedAt,
      adapters: this.adapterStates(),
    };
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.automations.stop();
    this.plans.executor.stopAll();
    this.sticks.stop();
    await this.integrations.beforeStop();
    await this.integrations.stop();
    this.devices.detachAll();
    this.integrations.detachAll();
    this.privacy.stop();
    this.writer.flush();
    this.traces.flush();
    this.db.close();
  }
}
