import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/db';
import { fillPersonalData, PERSONAL, personalHome } from '../test/personal-home';
import { tempDir } from '../test/temp';
import { presentTables, quoteIdent, tableCatalog, tableNames, undeclaredTables } from './catalog';

describe('data catalog and export (GDPR art. 15, 20, 30)', () => {
  const dir = tempDir();

  it('every table of the database is declared with its category of personal data (or why it holds none)', () => {
    const db = openDatabase(join(dir, 'schema.db'));
    expect(undeclaredTables(db)).toEqual([]);
    for (const t of tableCatalog) if (t.category === null) expect(t.reason, t.table).toBeTruthy();
    // A feature that adds a table without declaring it is caught.
    db.exec('CREATE TABLE automations_future (id INTEGER PRIMARY KEY, name TEXT)');
    expect(undeclaredTables(db)).toEqual(['automations_future']);
    db.close();
  });

  it('exports every row of every table holding personal data as JSON in a zip, with a manifest', async () => {
    const h = await personalHome(join(dir, 'home'));
    await fillPersonalData(h, Date.now());
    const r = await h.core.dispatch('privacy.export', {}, { actor: 'hub:client-1' });
    if (!r.ok) throw new Error(r.error.message);
    const out = r.result as { fileName: string; base64: string; bytes: number };
    expect(out.fileName).toMatch(/^hearth-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(Buffer.from(out.base64, 'base64'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'manifest.json']));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { tables: { table: string; file: string; rows: number }[] };

    const db = h.core.db;
    expect(undeclaredTables(db)).toEqual([]);
    const personalTables = presentTables(db).filter((t) => t.category !== null);
    for (const t of personalTables) {
      const rows = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(t.table)}`).get() as { n: number }).n;
      const file = files[`data/${t.table}.json`];
      expect(file, `export lacks ${t.table}`).toBeDefined();
      // The export itself is audited after it is built; every other table must match exactly.
      const exported = (JSON.parse(strFromU8(file!)) as unknown[]).length;
      if (t.table === 'audit_log') expect(exported).toBe(rows - 1);
      else expect(exported, t.table).toBe(rows);
      expect(manifest.tables.find((m) => m.table === t.table)?.rows).toBe(exported);
    }
    // Every table that holds any rows and is not declared personal must say why (nothing escapes silently).
    for (const name of tableNames(db)) expect(tableCatalog.some((t) => t.table === name), name).toBe(true);
    // And the user's own words are in it: names, rooms, floors, home, location, commands, consents, audit.
    const all = Object.values(files).map((f) => strFromU8(f)).join('\n');
    for (const s of Object.values(PERSONAL)) expect(all).toContain(s);
    for (const table of ['devices', 'areas', 'state_history', 'command_history', 'consent_events', 'audit_log', 'settings']) {
      expect(JSON.parse(strFromU8(files[`data/${table}.json`]!)).length, table).toBeGreaterThan(0);
    }
    // Every setting is there with what it changes and its value in force (from the settings registry).
    const settings = JSON.parse(strFromU8(files['settings.json']!)) as { key: string; description: string; value: unknown }[];
    expect(settings.map((x) => x.key)).toEqual(expect.arrayContaining(['home.preferences', 'plans.autoRunSimple', 'privacy.retention']));
    expect(settings.find((x) => x.key === 'home.preferences')?.value).toEqual(h.core.onboarding.preferences());
    for (const x of settings) expect(x.description, x.key).not.toBe('');
    // Network keys and tokens are not personal data and stay out.
    expect(all).not.toMatch(/zwave\.S2|hub\.token|networkKey/);
    await h.core.stop();
  });
});
