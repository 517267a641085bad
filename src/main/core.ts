// The core: storage, event bus, services and radios, in plain Node. Both hosts (Electron, hub) create one
// Core and put a transport in front of its dispatcher.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProtocolAdapter } from '../shared/adapter';
import type { AdapterState, SystemInfo } from '../shared/contract';
import { createHandlers } from './api';
import { EventBus, type Logger } from './bus';
import { RadioServices } from './radios/services';
import { DeviceService } from './services/devices';
import { serialPortLister, type PortLister } from './sticks/list';
import { StickWatcher } from './sticks/watcher';
import { AuditLog } from './storage/audit';
import { openDatabase, type Db } from './storage/db';
import { StateWriter } from './storage/state-writer';
import { createDispatcher, type Dispatch } from './transport/dispatch';

export interface CoreOptions {
  dataDir: string;
  host: SystemInfo['host'];
  version: string;
  log: Logger;
  now?: () => number;
  sqliteNativeBinding?: string;
  /** Where USB sticks are listed from (tests pass a fake list). */
  listPorts?: PortLister;
}

export class Core {
  readonly db: Db;
  readonly bus: EventBus;
  readonly writer: StateWriter;
  readonly audit: AuditLog;
  readonly devices: DeviceService;
  readonly radios: RadioServices;
  readonly sticks: StickWatcher;
  readonly dispatch: Dispatch;
  readonly log: Logger;
  readonly #opts: CoreOptions;
  readonly #adapters: ProtocolAdapter[] = [];
  readonly #startedAt: number;
  #stopped = false;
  #demo = false;

  constructor(opts: CoreOptions) {
    this.#opts = opts;
    this.log = opts.log;
    const now = opts.now ?? Date.now;
    this.#startedAt = now();
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    const dbOpts = opts.sqliteNativeBinding ? { nativeBinding: opts.sqliteNativeBinding } : {};
    this.db = openDatabase(join(opts.dataDir, 'hearth.db'), dbOpts);
    this.bus = new EventBus(opts.log);
    this.writer = new StateWriter(this.db, opts.log);
    this.audit = new AuditLog(this.db, now);
    this.devices = new DeviceService({ db: this.db, bus: this.bus, writer: this.writer, audit: this.audit, log: opts.log, now });
    this.radios = new RadioServices(this.bus, now);
    this.sticks = new StickWatcher(this.bus, opts.listPorts ?? serialPortLister);
    this.dispatch = createDispatcher(createHandlers(this), opts.log);
  }

  /**
   * Attaches and starts radios (created by the caller, see radios.ts). A radio that fails to start is
   * reported in system.health; the core keeps running.
   */
  async startAdapters(adapters: ProtocolAdapter[], opts: { demo?: boolean } = {}): Promise<void> {
    this.#demo = opts.demo ?? false;
    for (const a of adapters) {
      this.#adapters.push(a);
      this.devices.attach(a);
      this.radios.attach(a);
      a.subscribe((e) => {
        if (e.type === 'status') this.bus.emit('system.health', { adapters: this.adapterStates() });
      });
    }
    await Promise.all(
      adapters.map((a) =>
        a.start().catch((err: unknown) => {
          this.log.error(`${a.protocol} radio failed to start`, err);
          this.bus.emit('system.health', { adapters: this.adapterStates() });
        }),
      ),
    );
  }

  adapterStates(): AdapterState[] {
    return this.#adapters.map((a) => {
      const s = a.status();
      const base: AdapterState = { protocol: a.protocol, label: a.label, state: s.state };
      if (s.state === 'failed') {
        base.message = s.message;
        if (s.next) base.next = s.next;
      } else if ('detail' in s && s.detail) base.message = s.detail;
      return base;
    });
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
    this.sticks.stop();
    await this.radios.beforeStop().catch((err: unknown) => this.log.warn('radio services did not stop cleanly', err));
    const results = await Promise.allSettled(this.#adapters.map((a) => a.stop()));
    for (const r of results) if (r.status === 'rejected') this.log.warn('radio did not stop cleanly', r.reason);
    this.devices.detachAll();
    this.radios.detachAll();
    this.writer.flush();
    this.db.close();
  }
}

export function createCore(opts: CoreOptions): Core {
  return new Core(opts);
}
