// Where a support bundle's contents come from. `personalTexts` and `storedSecrets` read the same data folder
// either way; `bundleFromCore` adds what only the running app knows (live radio status, interview data),
// `bundleFromDataDir` (the command line, Hearth not running) reads the database read-only.
import { join } from 'node:path';
import type { RadioInfo, SystemInfo } from '../../../shared/contract';
import type { Logger } from '../../../shared/logger';
import { Device, type Area } from '../../../shared/model';
import { createSettings, type SettingReport } from '../../settings';
import type { SecretStore } from '../../secrets';
import type { Db } from '../../storage/db';
import type { BundleSources } from './bundle';
import { databaseSize } from './bundle';

/** Every secret Hearth keeps in the store (names as written by radio-keys.ts, hub/main.ts, storage/db-key.ts, hub/tls.ts). */
const SECRET_NAMES = [
  'hub.token',
  'hub.tlsKey',
  'db.key',
  'db.key.next',
  'zigbee.networkKey',
  'zigbee.demo.networkKey',
  'matter.vaultKey',
  'mqtt.password',
  ...['zwave', 'zwave.demo'].flatMap((p) => ['S0_Legacy', 'S2_Unauthenticated', 'S2_Authenticated', 'S2_AccessControl'].map((k) => `${p}.${k}`)),
];

export function storedSecrets(secrets: SecretStore): Uint8Array[] {
  return SECRET_NAMES.map((n) => secrets.get(n)).filter((b): b is Buffer => b !== null && b.length > 0).map((b) => new Uint8Array(b));
}

const TEXT_KEYS = new Set(['text', 'command', 'title', 'summary', 'said', 'utterance', 'name', 'ruleName', 'sceneName']);

function stringsAt(v: unknown, out: string[], key?: string): void {
  if (typeof v === 'string') {
    if (key && TEXT_KEYS.has(key)) out.push(v);
  } else if (Array.isArray(v)) for (const x of v) stringsAt(x, out, key);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stringsAt(x, out, k);
}

/** Text people wrote that may turn up in logs: commands, plan titles, automation and scene names, the home's name and place. */
export function personalTexts(db: Db): string[] {
  const out: string[] = [];
  const rows = (sql: string) => {
    try {
      return db.prepare(sql).all() as Record<string, string>[];
    } catch {
      return [];
    }
  };
  for (const r of rows('SELECT text FROM command_history')) out.push(r.text!);
  for (const r of rows('SELECT name FROM automations UNION SELECT name FROM scenes')) out.push(r.name!);
  for (const r of rows('SELECT body FROM plans UNION ALL SELECT body FROM automations')) {
    try {
      stringsAt(JSON.parse(r.body!), out);
    } catch {
      // not JSON: nothing to take
    }
  }
  for (const r of rows("SELECT value FROM settings WHERE key IN ('home.preferences', 'home.location')")) {
    try {
      const v = JSON.parse(r.value!) as unknown;
      const all: string[] = [];
      (function walk(x: unknown) {
        if (typeof x === 'string' && x.length > 2) all.push(x);
        else if (typeof x === 'number') all.push(String(x));
        else if (x && typeof x === 'object') for (const y of Object.values(x)) walk(y);
      })(v);
      out.push(...all.filter((s) => !/^(none|C|F|12h|24h|auto|manual|fixed|coordinates)$/.test(s)));
    } catch {
      // not JSON
    }
  }
  return out.filter((s) => s.trim().length >= 3);
}

export interface CoreParts {
  db: Db;
  settings: { report(o?: { all?: boolean }): SettingReport[] };
  secrets: SecretStore;
  devices: { list(): Device[] };
  areas(): Area[];
  info(): SystemInfo;
  radios(): RadioInfo[];
  details(device: Device): Promise<unknown>;
  /** The health service's snapshot, when there is one (src/main/diagnostics/health); else system info is used. */
  health?: () => unknown;
}

export function bundleFromCore(c: CoreParts, o: { dataDir: string; logDir: string | undefined; now: number }): BundleSources {
  const info = c.info();
  return {
    version: info.version,
    host: info.host,
    madeFrom: 'running app',
    settings: c.settings.report({ all: true }),
    health: c.health
      ? { about: 'Health snapshot from the health service', snapshot: c.health() }
      : {
          about: 'System information (no health service in this version): radio states, uptime, memory, database size',
          snapshot: { radios: info.adapters, demo: info.demo, uptimeMs: o.now - info.startedAt, database: databaseSize(join(o.dataDir, 'hearth.db')), memory: process.memoryUsage() },
        },
    devices: c.devices.list(),
    areas: c.areas(),
    details: async (d) => (await c.details(d)) as Awaited<ReturnType<BundleSources['details']>>,
    radios: c.radios(),
    logDir: o.logDir,
    secrets: storedSecrets(c.secrets),
    personal: personalTexts(c.db),
    now: o.now,
  };
}

/** From the data folder alone (Hearth may be running or not; the database is only read). */
export function bundleFromDataDir(o: { dataDir: string; db: Db; secrets: SecretStore; log: Logger; now: number; version: string }): BundleSources {
  const settings = createSettings({ db: o.db, log: o.log, now: () => o.now });
  const areas = (o.db.prepare('SELECT id, name, floor, sort_order AS sortOrder FROM areas ORDER BY sort_order').all() as Area[]) ?? [];
  const rows = o.db.prepare('SELECT id, protocol, name, area_id AS areaId, manufacturer, model, firmware, capabilities FROM devices').all() as Array<Record<string, unknown>>;
  const devices = rows.map((r) =>
    Device.parse({ ...r, capabilities: JSON.parse(String(r.capabilities)) as unknown, state: {}, stateAt: {}, health: 'unknown', lastSeen: null }),
  );
  return {
    version: o.version,
    host: 'hub',
    madeFrom: 'data folder, read from disk (no live radio status or interview data: make the bundle in the app for those)',
    settings: settings.report({ all: true }),
    health: { about: 'From the data folder only: database size (Hearth was not asked)', snapshot: { database: databaseSize(join(o.dataDir, 'hearth.db')) } },
    devices,
    areas,
    details: async () => undefined,
    radios: [],
    logDir: join(o.dataDir, 'logs'),
    secrets: storedSecrets(o.secrets),
    personal: personalTexts(o.db),
    now: o.now,
  };
}
