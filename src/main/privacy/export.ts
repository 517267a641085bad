// Data portability and access (GDPR art. 15, 20): every table holding personal data, as JSON, in one zip,
// with a manifest saying what each file is, why it is kept and for how long.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DataCategoryId } from '../../shared/contract';
import type { SettingReport } from '../settings';
import type { Db } from '../storage/db';
import { categoryReports, presentTables, quoteIdent, RECORD_OF_PROCESSING } from './catalog';

export interface ExportMeta {
  version: string;
  now: number;
  /** The retention period in force for each category. */
  policies: Record<DataCategoryId, number | null>;
  /** Every setting with what it means and its value in force (from the settings registry). */
  settings: SettingReport[];
}

const README = `Your data from Hearth
=====================

manifest.json   what this export holds: each category of data, why Hearth keeps it, for how long,
                and which file holds it.
settings.json   every setting: what it changes, its value and its default.
data/*.json     one file per database table, every row, as Hearth stores it (times are milliseconds
                since 1 January 1970 UTC; some columns hold JSON text).

Radio network keys and access tokens are not personal data and are not included: they would let anyone
holding this file control your devices.
`;

function jsonSafe(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { base64: v.toString('base64') } : typeof v === 'bigint' ? String(v) : v;
  return out;
}

export function exportPersonalData(db: Db, meta: ExportMeta): { fileName: string; zip: Uint8Array; tables: Record<string, number> } {
  const files: Zippable = { 'README.txt': strToU8(README) };
  const tables: Record<string, number> = {};
  const manifestTables: { table: string; category: string; file: string; rows: number }[] = [];
  db.transaction(() => {
    for (const t of presentTables(db)) {
      if (t.category === null) continue;
      const rows = (db.prepare(`SELECT * FROM ${quoteIdent(t.table)}`).all() as Record<string, unknown>[]).map(jsonSafe);
      const file = `data/${t.table}.json`;
      files[file] = strToU8(JSON.stringify(rows, null, 2));
      tables[t.table] = rows.length;
      manifestTables.push({ table: t.table, category: t.category, file, rows: rows.length });
    }
  })();
  const manifest = {
    app: 'Hearth',
    version: meta.version,
    exportedAt: new Date(meta.now).toISOString(),
    recordOfProcessing: RECORD_OF_PROCESSING,
    categories: categoryReports(db, meta.policies).map(({ tables: _t, ...c }) => c),
    tables: manifestTables,
  };
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  files['settings.json'] = strToU8(JSON.stringify(meta.settings, null, 2));
  const stamp = new Date(meta.now).toISOString().slice(0, 10);
  return { fileName: `hearth-my-data-${stamp}.zip`, zip: zipSync(files, { level: 6, mtime: meta.now }), tables };
}
