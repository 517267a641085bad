import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../storage/db';
import { fillPersonalData, personalHome } from '../test/personal-home';
import { tempDir } from '../test/temp';
import { recordCommand } from './commands';

const DAY = 86_400_000;
const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('retention, with a fake clock', () => {
  const root = tempDir();

  it('deletes history after 365 days, command text after 90, audit entries after 2 years; keeps the rest and the audit chain', async () => {
    let clock = Date.UTC(2024, 0, 1);
    const h = await personalHome(join(root, 'a'), { now: () => clock });
    await fillPersonalData(h, clock); // history, a command and audit entries, all "today"
    const { db } = h.core;
    const start = { history: count(db, 'state_history'), audit: count(db, 'audit_log') };
    expect(start.history).toBeGreaterThan(0);

    clock += 91 * DAY; // commands are past 90 days; history and audit are not
    recordCommand(db, { text: 'a newer command', actor: 't', outcome: 'done', at: clock });
    h.adapter.emit({ type: 'state', nativeId: 'h-2', capabilityId: 'level', value: 55, at: clock });
    expect(await h.call('privacy.applyRetention', {})).toEqual({ removed: { history: 0, commands: 1, audit: 0 } });
    expect((db.prepare('SELECT text FROM command_history').all() as { text: string }[]).map((r) => r.text)).toEqual(['a newer command']);

    clock += 300 * DAY; // the first history entries are 391 days old, the newer one 300
    const removed = ((await h.call('privacy.applyRetention', {})) as { removed: Record<string, number> }).removed;
    expect(removed.history).toBe(start.history);
    expect(count(db, 'state_history')).toBe(1);

    clock += 400 * DAY; // 791 days: the first audit entries go; the chain still verifies from its anchor
    const before = count(db, 'audit_log');
    const r3 = ((await h.call('privacy.applyRetention', {})) as { removed: Record<string, number> }).removed;
    expect(r3.audit).toBe(start.audit);
    expect(count(db, 'audit_log')).toBe(before - start.audit + 1); // + the entry for this call
    expect(h.core.audit.verify()).toBeNull();
    // Tampering with what is left still shows after pruning.
    const first = db.prepare('SELECT min(id) AS id FROM audit_log').get() as { id: number };
    db.prepare('DELETE FROM audit_log WHERE id = ?').run(first.id);
    expect(h.core.audit.verify()).toMatchObject({ brokenAt: first.id + 1 });

    // Devices, rooms, preferences and consents have no period: still there.
    expect(h.core.devices.list()).toHaveLength(1);
    expect(count(db, 'consent_events')).toBe(1);
    await h.core.stop();
  });

  it('applies retention on start, and lets the user change a period within its bounds', async () => {
    let clock = Date.UTC(2024, 0, 1);
    const dir = join(root, 'b');
    const h = await personalHome(dir, { now: () => clock });
    recordCommand(h.core.db, { text: 'old command', actor: 't', outcome: 'done', at: clock - 40 * DAY });
    await h.core.stop();

    const h2 = await personalHome(dir, { now: () => clock });
    expect(count(h2.core.db, 'command_history')).toBe(1); // 40 days < 90
    await expect(h2.call('privacy.setRetention', { category: 'commands', days: 0 })).rejects.toThrow();
    await expect(h2.call('privacy.setRetention', { category: 'commands', days: 400 })).rejects.toThrow('between 1 and 365');
    await expect(h2.call('privacy.setRetention', { category: 'devices', days: 30 })).rejects.toThrow('no retention period');
    const report = (await h2.call('privacy.setRetention', { category: 'commands', days: 30 })) as { retentionDays: number; rows: number };
    expect(report).toMatchObject({ retentionDays: 30, rows: 0 });
    await h2.core.stop();

    clock += DAY;
    const h3 = await personalHome(dir, { now: () => clock });
    const overview = (await h3.call('privacy.overview', {})) as { categories: { id: string; retentionDays: number | null }[] };
    expect(overview.categories.find((c) => c.id === 'commands')?.retentionDays).toBe(30);
    expect(overview.categories.find((c) => c.id === 'history')?.retentionDays).toBe(365);
    await h3.core.stop();
  });
});
