// The privacy screen's backend: what is stored and why, export, erasure, retention (automatic and on demand),
// the audit log, and a preview of what diagnostics would share.
import type { AdapterState, AuditEntryView, DataCategoryId, DataCategoryReport, PrivacyOverview } from '../../shared/contract';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { DeviceService } from '../services/devices';
import type { AppSettings } from '../settings';
import type { AuditLog } from '../storage/audit';
import type { Db } from '../storage/db';
import type { StateWriter } from '../storage/state-writer';
import { categoryReports, RECORD_OF_PROCESSING } from './catalog';
import { recentCommands } from './commands';
import type { ConsentService } from './consent';
import { erasePersonalData } from './erase';
import { exportPersonalData } from './export';
import { diagnosticsReport } from './minimise';
import { applyRetention, retentionPolicies, setRetention } from './retention';

export interface PrivacyDeps {
  db: Db;
  settings: AppSettings;
  bus: EventBus;
  audit: AuditLog;
  devices: Pick<DeviceService, 'list' | 'areas' | 'reload'>;
  writer: Pick<StateWriter, 'flush'>;
  consents: Pick<ConsentService, 'has'>;
  dataDir: string;
  version: string;
  host: string;
  adapters: () => AdapterState[];
  /** What holds personal data in memory or runs on it (rules and their timers, scenes, timed plans, the
   * last command's context): erasure stops and empties it first, so nothing runs or writes it back. */
  live: readonly { eraseAll(): void }[];
  /** Writes waiting in memory (device state, run traces): flushed before erasure, so none lands after it. */
  pending: readonly { flush(): void }[];
  /** Files that are copies of the database (automatic backups, damaged files moved aside): removed by erasure. */
  databaseCopies: () => string[];
  log: Logger;
  now: () => number;
}

const DAY_MS = 86_400_000;

export class PrivacyService {
  readonly #d: PrivacyDeps;
  #timer: NodeJS.Timeout | null = null;

  constructor(deps: PrivacyDeps) {
    this.#d = deps;
  }

  overview(): PrivacyOverview {
    this.#d.writer.flush();
    return { categories: categoryReports(this.#d.db, retentionPolicies(this.#d.settings)), record: RECORD_OF_PROCESSING };
  }

  export() {
    this.#d.writer.flush();
    const { fileName, zip } = exportPersonalData(this.#d.db, {
      version: this.#d.version,
      now: this.#d.now(),
      policies: retentionPolicies(this.#d.settings),
      settings: this.#d.settings.report({ all: true }),
    });
    return { fileName, mimeType: 'application/zip' as const, bytes: zip.byteLength, base64: Buffer.from(zip).toString('base64') };
  }

  /** Removes all personal data; devices are then taken again from the radios, as on a first start. */
  erase(): void {
    for (const l of this.#d.live) l.eraseAll();
    for (const p of this.#d.pending) p.flush();
    const { rows, files } = erasePersonalData(this.#d.db, this.#d.dataDir, this.#d.audit, this.#d.databaseCopies());
    this.#d.log.info(`erased all personal data (${rows} records, ${files} copies of the database)`);
    this.#d.devices.reload();
    this.#d.bus.emit('privacy.erased', { at: this.#d.now() });
  }

  applyRetention(): Record<string, number> {
    this.#d.writer.flush();
    const removed = applyRetention(this.#d.db, this.#d.audit, retentionPolicies(this.#d.settings), this.#d.now());
    const total = Object.values(removed).reduce((a, b) => a + b, 0);
    if (total > 0) this.#d.log.info('retention removed old records', removed);
    return removed;
  }

  setRetention(category: DataCategoryId, days: number): DataCategoryReport {
    setRetention(this.#d.settings, category, days);
    this.applyRetention();
    return this.overview().categories.find((c) => c.id === category)!;
  }

  /** The audit log for the privacy screen (request privacy.audit): newest entries and whether the chain holds. */
  auditView(limit: number): { entries: AuditEntryView[]; total: number; intact: boolean; brokenAt: number | null; problem: string | null } {
    const problem = this.#d.audit.verify();
    const entries = this.#d.audit.recent(limit).map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, target: r.target }));
    return { entries, total: this.#d.audit.count(), intact: problem === null, brokenAt: problem?.brokenAt ?? null, problem: problem?.message ?? null };
  }

  diagnosticsPreview(): { includesPersonalData: boolean; json: string } {
    const consented = this.#d.consents.has('diagnostics');
    const report = diagnosticsReport(
      {
        version: this.#d.version,
        host: this.#d.host,
        adapters: this.#d.adapters(),
        devices: this.#d.devices.list(),
        areas: this.#d.devices.areas(),
        commands: recentCommands(this.#d.db, 20),
      },
      consented,
    );
    return { includesPersonalData: consented, json: JSON.stringify(report, null, 2) };
  }

  /** Applies retention now and then once a day. */
  startRetention(): void {
    const run = () => {
      try {
        this.applyRetention();
      } catch (err) {
        this.#d.log.error('retention failed; will try again tomorrow', err);
      }
    };
    run();
    this.#timer = setInterval(run, DAY_MS);
    this.#timer.unref?.();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
