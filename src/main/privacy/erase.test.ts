import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../app';
import { filesContaining, fillPersonalData, PERSONAL, personalHome } from '../test/personal-home';
import { quietLog, tempDir } from '../test/temp';

describe('erasure (GDPR art. 17)', () => {
  const root = tempDir();

  it('removes all personal data from the database file and the data folder, and returns to first run', async () => {
    const dataDir = join(root, 'home');
    const h = await personalHome(dataDir);
    await fillPersonalData(h, Date.now());
    await h.call('privacy.export', {});
    // A log file that mentions the user's device (e.g. a radio library's log).
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    writeFileSync(join(dataDir, 'logs', 'zwave_2026-01-01.log'), `renamed to ${PERSONAL.deviceName}\n`);
    // A damaged database moved aside at an earlier start, and an automatic backup: both copies of the data.
    writeFileSync(join(dataDir, 'hearth.db.corrupt-20250101T000000000Z'), `device ${PERSONAL.deviceName}\n`);
    h.core.backups.backupNow();
    // Before: the strings are there (so the scan below can fail).
    for (const s of Object.values(PERSONAL)) expect(filesContaining(dataDir, s), s).not.toEqual([]);

    await h.call('privacy.erase', { confirm: 'ERASE' });

    // The running app is at first run: setup wizard, default preferences, consents off, no rooms it did not get from a device.
    expect(await h.call('onboarding.state', {})).toMatchObject({ status: 'new', step: 'welcome' });
    expect(await h.call('home.preferences', {})).toMatchObject({ name: '', location: { kind: 'none' } });
    const consents = (await h.call('consent.list', {})) as { purposes: { purpose: string; granted: boolean }[]; history: unknown[] };
    expect(consents.history).toEqual([]);
    expect(consents.purposes.filter((c) => c.granted).map((c) => c.purpose)).toEqual(['necessary']);
    // The device is still in the home, under the name and room it carries itself.
    expect(h.core.devices.list().map((d) => d.name)).toEqual(['Floor Lamp']);
    expect(h.core.devices.areas().map((a) => a.name)).toEqual(['Living Room']);
    // The audit chain starts afresh with the erasure itself, and verifies.
    expect(h.core.audit.verify()).toBeNull();
    expect(h.core.audit.recent(10).map((r) => r.action)).toContain('api.privacy.erase');
    // The help shipped with Hearth is not the user's data: it is still there to search.
    expect(((await h.call('help.search', { query: 'dialout' })) as { id: string }[]).length).toBeGreaterThan(0);
    await h.core.stop();

    for (const s of Object.values(PERSONAL)) expect(filesContaining(dataDir, s), s).toEqual([]);

    // And it starts again as a first run.
    const again = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
    expect(again.onboarding.state().status).toBe('new');
    await again.stop();
  });

  it('refuses without the explicit confirmation', async () => {
    const h = await personalHome(join(root, 'b'));
    const r = await h.core.dispatch('privacy.erase', {}, { actor: 't' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    await h.core.stop();
  });
});
