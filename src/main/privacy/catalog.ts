// Every table of the database, declared once with the category of personal data it holds (or why it holds
// none). Export, erasure, retention and the privacy screen all work from this list, and a test fails when a
// table exists that is not declared here: a feature adding a table adds one line below.
import type { DataCategoryId, DataCategoryReport } from '../../shared/contract';
import type { Db } from '../storage/db';

export interface TableDecl {
  table: string;
  /** The category of personal data the table holds; null when it holds none (then say why in `reason`). */
  category: DataCategoryId | null;
  reason?: string;
  /** Column with each record's time (ms since epoch): "oldest record", and retention for categories that have one. */
  at?: string;
  /** Retention removes old rows from this table (only tables of categories with a retention period). */
  retained?: boolean;
  /** Content shipped with Hearth (not the user's): left in place by erasure. */
  shipped?: boolean;
}

export const tableCatalog: TableDecl[] = [
  { table: 'areas', category: 'home', at: 'created_at' },
  { table: 'settings', category: 'home', at: 'updated_at' },
  { table: 'devices', category: 'devices', at: 'created_at' },
  { table: 'device_state', category: 'devices', at: 'at' },
  { table: 'state_history', category: 'history', at: 'at', retained: true },
  { table: 'command_history', category: 'commands', at: 'at', retained: true },
  { table: 'plans', category: 'commands', at: 'created_at', retained: true },
  { table: 'automations', category: 'automations', at: 'created_at' },
  { table: 'scenes', category: 'automations', at: 'created_at' },
  { table: 'traces', category: 'history', at: 'at', retained: true },
  { table: 'consent_events', category: 'consents', at: 'at' },
  // Retention of the audit log goes through AuditLog.prune, which keeps the chain verifiable.
  { table: 'audit_log', category: 'audit', at: 'at' },
  { table: 'health_alerts', category: null, reason: 'Which health alerts you dismissed or snoozed, and until when: no personal data.' },
  { table: 'audit_anchor', category: null, reason: 'The hash of the last audit entry removed by retention, a count, and whether the chain is sealed: no personal data.' },
  // Support tickets: the person's own description of a problem, kept on this computer until sent or erased.
  { table: 'tickets', category: 'home', at: 'created_at' },
  // Satisfaction ratings (Value screen): kept only with the usage-statistics consent, on this computer.
  { table: 'satisfaction_ratings', category: 'home', at: 'at' },
  // Business analytics (Enterprise): the subscription ledger the person imported (their customers), and its file name.
  { table: 'business_ledger', category: 'home', at: 'imported_at' },
  { table: 'business_ledger_file', category: 'home', at: 'imported_at' },
  // Local API tokens: their names, scopes, roles and a guest's rooms; the secret only as a hash. Erasure revokes them.
  { table: 'api_tokens', category: 'home', at: 'created_at' },
  // The household: the names and roles (a guest's rooms) of the people invited to sign in. Erasure removes them (their sessions then open nothing).
  { table: 'household_members', category: 'home', at: 'invited_at' },
  // Which devices each voice assistant may see and control (Settings → Voice assistants).
  { table: 'assistant_exposure', category: 'devices', at: 'exposed_at' },
  // The last weather forecast (for the home's rounded location) and each calendar's last events, kept so a restart
  // without network still has the last known value with its age; replaced at each read.
  { table: 'weather_last', category: 'home', at: 'fetched_at' },
  { table: 'calendar_last', category: 'home', at: 'fetched_at' },
  { table: 'help_kb', category: null, shipped: true, reason: 'The hash of the help articles last indexed: no personal data.' },
  ...['help_fts', 'help_fts_data', 'help_fts_idx', 'help_fts_content', 'help_fts_docsize', 'help_fts_config'].map((table) => ({ table, category: null, shipped: true, reason: 'The search index of the help articles shipped with Hearth: no personal data.' })),
];

export interface CategoryDecl {
  label: string;
  what: string;
  purpose: string;
  legalBasis: string;
  /** Default retention in days; null: kept until the user changes or erases it. */
  retentionDays: number | null;
  retentionNote: string;
  retentionRange: { min: number; max: number } | null;
}

export const categories: Record<DataCategoryId, CategoryDecl> = {
  home: {
    label: 'Your home',
    what: 'Home name, location, rooms and floors, units and other settings.',
    purpose: 'Show your home the way you set it up; work out sunrise and sunset for automations.',
    legalBasis: 'Needed to provide the app you chose to use (GDPR art. 6(1)(b)).',
    retentionDays: null,
    retentionNote: 'Kept until you change or erase it.',
    retentionRange: null,
  },
  devices: {
    label: 'Devices',
    what: 'Your devices, the names and rooms you gave them, and their current state.',
    purpose: 'Show and control your devices.',
    legalBasis: 'Needed to provide the app you chose to use (GDPR art. 6(1)(b)).',
    retentionDays: null,
    retentionNote: 'Kept while the device is part of your home.',
    retentionRange: null,
  },
  history: {
    label: 'Device history',
    what: 'Each change of a device’s state, with its time. Together these can show when someone was at home.',
    purpose: 'History charts, explaining why an automation ran, and undo.',
    legalBasis: 'Needed to provide the app you chose to use (GDPR art. 6(1)(b)).',
    retentionDays: 365,
    retentionNote: 'Older entries are deleted automatically every day.',
    retentionRange: { min: 7, max: 3650 },
  },
  commands: {
    label: 'Commands you gave',
    what: 'The text of the commands you typed or said.',
    purpose: 'Run your commands, show recent ones, and undo them.',
    legalBasis: 'Needed to provide the app you chose to use (GDPR art. 6(1)(b)).',
    retentionDays: 90,
    retentionNote: 'Older commands are deleted automatically every day.',
    retentionRange: { min: 1, max: 365 },
  },
  automations: {
    label: 'Automations and scenes',
    what: 'The rules and scenes you made, with the devices, rooms and times they use.',
    purpose: 'Run your automations and scenes.',
    legalBasis: 'Needed to provide the app you chose to use (GDPR art. 6(1)(b)).',
    retentionDays: null,
    retentionNote: 'Kept until you delete them or erase your data.',
    retentionRange: null,
  },
  consents: {
    label: 'Your consents',
    what: 'Each consent you gave or withdrew, with its time and the version of the text you saw.',
    purpose: 'Respect your choices and show what you agreed to, and when.',
    legalBasis: 'Legal obligation to be able to show consent (GDPR art. 6(1)(c) and 7(1)).',
    retentionDays: null,
    retentionNote: 'Kept for as long as Hearth keeps any of your data.',
    retentionRange: null,
  },
  audit: {
    label: 'Audit log',
    what: 'Who read or changed your data through Hearth, and when. Hash-chained, so tampering shows.',
    purpose: 'Security: notice misuse of your data or your home.',
    legalBasis: 'Legitimate interest in keeping your data secure (GDPR art. 6(1)(f) and 32).',
    retentionDays: 730,
    retentionNote: 'Entries older than the period are deleted automatically every day.',
    retentionRange: { min: 30, max: 3650 },
  },
};

export const RECORD_OF_PROCESSING = {
  controller: 'You. Hearth runs on your computer; its makers receive none of this data.',
  recipients: 'Nobody. Nothing leaves this computer unless you turn on a purpose below that needs it.',
  transfers: 'None outside this computer by default.',
  security: [
    'Radio network keys, tokens and licence encrypted at rest (system keychain, key file or passphrase).',
    'Database encryption (AES-256, SQLCipher format) when you turn it on.',
    'Hub mode listens on this computer only; when opened to the network it uses HTTPS and a token.',
    'Every access to personal data is recorded in a hash-chained audit log.',
  ],
};

export function tableNames(db: Db): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Tables in the database that nobody declared: their data would escape export, erasure and retention. */
export function undeclaredTables(db: Db): string[] {
  const declared = new Set(tableCatalog.map((t) => t.table));
  return tableNames(db).filter((t) => !declared.has(t));
}

/** Declared tables that exist in this database (a feature's table may not be created yet). */
export function presentTables(db: Db): TableDecl[] {
  const present = new Set(tableNames(db));
  return tableCatalog.filter((t) => present.has(t.table));
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function categoryReports(db: Db, retention: Record<DataCategoryId, number | null>): DataCategoryReport[] {
  const tables = presentTables(db);
  return (Object.keys(categories) as DataCategoryId[]).map((id) => {
    const c = categories[id];
    const rows = tables
      .filter((t) => t.category === id)
      .map((t) => {
        const r = db.prepare(`SELECT count(*) AS n${t.at ? `, min(${q(t.at)}) AS oldest` : ''} FROM ${q(t.table)}`).get() as { n: number; oldest?: number | null };
        return { table: t.table, rows: r.n, oldest: r.oldest ?? null };
      });
    const oldest = rows.map((r) => r.oldest).filter((o): o is number => o !== null);
    return {
      id,
      label: c.label,
      what: c.what,
      purpose: c.purpose,
      legalBasis: c.legalBasis,
      retentionDays: retention[id],
      retentionNote: c.retentionNote,
      retentionRange: c.retentionRange,
      tables: rows,
      rows: rows.reduce((n, r) => n + r.rows, 0),
      oldest: oldest.length ? Math.min(...oldest) : null,
    };
  });
}

export { q as quoteIdent };
