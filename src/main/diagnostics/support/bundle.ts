// The support bundle: one zip for support staff with versions, settings (secrets removed), a health snapshot,
// recent logs, and the device list with interview data and radio statistics — every file passed through one
// Redactor (redact.ts), so keys, DSKs, tokens, names, places and command text are stable hashes.
import { freemem, platform, release, totalmem, arch } from 'node:os';
import { statSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { SupportBundle } from '../../../shared/contract/logs';
import type { DeviceDetails } from '../../../shared/integration';
import type { Area, Device } from '../../../shared/model';
import type { SettingReport } from '../../settings';
import { newestLines, parseLine } from '../logs/query';
import { Redactor } from './redact';
import pkg from '../../../../package.json';

/** Where the bundle's contents come from: the running core (support/sources.ts) or a data folder read from disk. */
export interface BundleSources {
  version: string;
  host: string;
  /** 'running app' or 'data folder (Hearth was not asked; nothing live)'. */
  madeFrom: string;
  settings: SettingReport[];
  /** Whatever health the source can give, and a sentence saying what it is. */
  health: { about: string; snapshot: unknown };
  devices: Device[];
  areas: Area[];
  /** Interview data per device id, where the radio can describe its devices. */
  details: (device: Device) => Promise<DeviceDetails | undefined>;
  /** Radio statistics and status per radio. */
  radios: unknown[];
  /** Folder of the log files (none: no logs). */
  logDir: string | undefined;
  /** Every secret the data folder holds (network keys, tokens, database key). */
  secrets: Uint8Array[];
  /** Further personal text to hash wherever it appears: command text people typed, automation names, places. */
  personal: string[];
  now: number;
}

/** How much of the log goes in (the newest lines). */
export const BUNDLE_LOG_BYTES = 2 * 1024 * 1024;

export async function buildSupportBundle(s: BundleSources): Promise<SupportBundle & { zip: Uint8Array }> {
  const redactor = new Redactor({
    secrets: s.secrets,
    names: [...s.devices.map((d) => d.name), ...s.areas.flatMap((a) => [a.name, a.floor ?? '']), ...s.personal],
  });
  const json = (v: unknown) => strToU8(JSON.stringify(redactor.value(v), null, 2));
  const files: Record<string, { data: Uint8Array; about: string }> = {};
  const put = (name: string, data: Uint8Array, about: string) => (files[name] = { data, about });

  put(
    'versions.json',
    json({
      hearth: s.version,
      host: s.host,
      madeFrom: s.madeFrom,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      os: { platform: platform(), release: release(), arch: arch() },
      libraries: Object.fromEntries(
        ['zwave-js', 'zigbee-herdsman', 'zigbee-herdsman-converters', '@matter/main', 'better-sqlite3-multiple-ciphers', 'pino'].map((n) => [n, (pkg.dependencies as Record<string, string>)[n] ?? null]),
      ),
      madeAt: new Date(s.now).toISOString(),
    }),
    'Hearth, Node, operating system and radio library versions',
  );
  put('settings.json', json(s.settings.map((r) => ({ ...r, description: undefined }))), 'Settings in force (secret and personal values as hashes)');
  put('health.json', json({ about: s.health.about, system: { freeMemory: freemem(), totalMemory: totalmem() }, snapshot: s.health.snapshot }), s.health.about);
  const devices = [];
  for (const d of s.devices) {
    const details = await s.details(d).catch((err: unknown) => ({ unavailable: (err as Error).message }));
    devices.push({
      id: d.id,
      protocol: d.protocol,
      name: d.name,
      area: s.areas.find((a) => a.id === d.areaId)?.name ?? null,
      manufacturer: d.manufacturer,
      model: d.model,
      firmware: d.firmware,
      health: d.health,
      lastSeen: d.lastSeen,
      capabilities: d.capabilities.map((c) => ({ id: c.id, kind: c.kind })),
      interview: details ?? null,
    });
  }
  put('devices.json', json(devices), `${devices.length} devices with their interview data (names and rooms as hashes)`);
  put('radios.json', json(s.radios), 'Each radio: status, features, network statistics');

  let logText = '';
  let logLines = 0;
  if (s.logDir) {
    const kept: string[] = [];
    let bytes = 0;
    for (const line of newestLines(s.logDir, BUNDLE_LOG_BYTES * 2)) {
      const e = parseLine(line);
      const out = JSON.stringify(e ? redactor.value(e) : { unreadable: redactor.text(line) });
      bytes += out.length + 1;
      if (bytes > BUNDLE_LOG_BYTES) break;
      kept.push(out);
    }
    logLines = kept.length;
    logText = kept.reverse().join('\n');
  }
  put('logs/hearth.jsonl', strToU8(logText), `${logLines} most recent log lines (oldest first), redacted`);
  put(
    'README.txt',
    strToU8(
      [
        'Hearth support bundle',
        `Made ${new Date(s.now).toISOString()} from the ${s.madeFrom}.`,
        'Network keys, DSKs, tokens, device and room names, places and command text appear as #hashes.',
        'The same value has the same hash everywhere in this bundle, and a different one in any other bundle.',
        '',
        ...Object.entries(files).map(([n, f]) => `${n}: ${f.about}`),
      ].join('\n'),
    ),
    'What is in this bundle',
  );
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([n, f]) => [n, f.data])), { level: 6, mtime: new Date(s.now) });
  const stamp = new Date(s.now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    fileName: `hearth-support-${stamp}.zip`,
    base64: Buffer.from(zip).toString('base64'),
    bytes: zip.length,
    contents: Object.entries(files).map(([name, f]) => ({ name, bytes: f.data.length, about: f.about })),
    zip,
  };
}

/** Size of the database and its WAL, for the health snapshot when no health service answers. */
export function databaseSize(dbFile: string): { db: number; wal: number } {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return { db: size(dbFile), wal: size(`${dbFile}-wal`) };
}
