// The audit log's newest entry is sealed outside the database, so entries removed from its end behind the
// app's back show after a restart, in plain words, through the privacy screen's request (privacy.audit).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestOutput } from '../../shared/contract';
import { keyFileCodec } from '../secret-codecs';
import { FileSecretStore } from '../secrets';
import { openKeyedDatabase } from '../storage/db-key';
import { fillPersonalData, personalHome } from '../test/personal-home';
import { tempDir } from '../test/temp';

type AuditView = RequestOutput<'privacy.audit'>;

/** Opens the data folder's database the way someone with the files (not Hearth) would, and runs `sql`. */
function behindTheAppsBack(dataDir: string, sql: string): number {
  const secrets = new FileSecretStore({ file: join(dataDir, 'secrets.json'), codec: keyFileCodec(join(dataDir, 'secrets.key')) });
  const db = openKeyedDatabase(join(dataDir, 'hearth.db'), secrets);
  const n = db.prepare(sql).run().changes;
  db.close();
  return n;
}

async function homeWithAuditEntries(dataDir: string) {
  const h = await personalHome(dataDir);
  await fillPersonalData(h, Date.now());
  for (let i = 0; i < 5; i++) await h.call('privacy.overview', {});
  const view = (await h.call('privacy.audit', { limit: 100 })) as AuditView;
  expect(view).toMatchObject({ intact: true, brokenAt: null });
  expect(view.total).toBeGreaterThan(8);
  await h.core.stop();
  return view;
}

describe('audit log anchor (truncation shows)', () => {
  const root = tempDir();

  it('reports the newest entries removed behind its back, after a restart and after new entries', async () => {
    const dataDir = join(root, 'newest');
    const before = await homeWithAuditEntries(dataDir);
    expect(behindTheAppsBack(dataDir, 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)')).toBe(3);

    const h = await personalHome(dataDir);
    const view = (await h.call('privacy.audit', { limit: 100 })) as AuditView;
    expect(view.intact).toBe(false);
    expect(view.problem).toMatch(/newest entries .*removed/i);
    // It names the last entry Hearth wrote: the one recording that privacy.audit call, after those it listed.
    expect(view.problem).toMatch(new RegExp(`Hearth last wrote entry ${before.entries[0]!.id + 1}\\.`));
    // New entries written afterwards do not paper over the gap.
    for (let i = 0; i < 3; i++) await h.call('privacy.overview', {});
    const later = (await h.call('privacy.audit', { limit: 100 })) as AuditView;
    expect(later.intact).toBe(false);
    expect(later.problem).toMatch(/removed/i);
    await h.core.stop();
  });

  it('reports a log emptied behind its back', async () => {
    const dataDir = join(root, 'all');
    await homeWithAuditEntries(dataDir);
    expect(behindTheAppsBack(dataDir, 'DELETE FROM audit_log')).toBeGreaterThan(8);

    const h = await personalHome(dataDir);
    // The first thing the restarted app reads is the check: the log is empty of what Hearth wrote.
    expect(h.core.privacy.auditView(100)).toMatchObject({ intact: false, total: 0, problem: expect.stringMatching(/all .*entries .*removed/i) });
    const view = (await h.call('privacy.audit', { limit: 100 })) as AuditView;
    expect(view.intact).toBe(false);
    expect(view.problem).toMatch(/removed/i);
    await h.core.stop();
  });

  it('reports the oldest entries removed even when the record of what retention removed was forged', async () => {
    const dataDir = join(root, 'oldest');
    await homeWithAuditEntries(dataDir);
    behindTheAppsBack(
      dataDir,
      `INSERT INTO audit_anchor (id, hash, removed, at) SELECT 1, hash, 3, at FROM audit_log WHERE id = (SELECT min(id) + 2 FROM audit_log)
       ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, removed = excluded.removed`,
    );
    behindTheAppsBack(dataDir, 'DELETE FROM audit_log WHERE id <= (SELECT min(id) + 2 FROM audit_log)');

    const h = await personalHome(dataDir);
    const view = (await h.call('privacy.audit', { limit: 100 })) as AuditView;
    expect(view.intact).toBe(false);
    expect(view.problem).toMatch(/removed or changed/i);
    await h.core.stop();
  });

  it('erasure starts a fresh log that verifies, also after a restart; truncating it afterwards still shows', async () => {
    const dataDir = join(root, 'erase');
    await homeWithAuditEntries(dataDir);
    const h = await personalHome(dataDir);
    await h.call('privacy.erase', { confirm: 'ERASE' });
    await h.call('privacy.overview', {});
    expect(await h.call('privacy.audit', { limit: 100 })).toMatchObject({ intact: true, brokenAt: null, problem: null });
    await h.core.stop();

    const again = await personalHome(dataDir);
    const view = (await again.call('privacy.audit', { limit: 100 })) as AuditView;
    expect(view).toMatchObject({ intact: true, problem: null });
    expect(view.entries.map((e) => e.action)).toContain('api.privacy.erase');
    await again.core.stop();

    behindTheAppsBack(dataDir, 'DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    const third = await personalHome(dataDir);
    expect(((await third.call('privacy.audit', { limit: 100 })) as AuditView).intact).toBe(false);
    await third.core.stop();
  });
});
