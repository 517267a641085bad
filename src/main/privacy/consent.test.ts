import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personalHome } from '../test/personal-home';
import { tempDir } from '../test/temp';

describe('consents', () => {
  const root = tempDir();

  it('are off by default except what is strictly necessary; grants and withdrawals are recorded with time and text version', async () => {
    let clock = 1_000;
    const h = await personalHome(join(root, 'a'), { now: () => clock });
    const list = async () => (await h.call('consent.list', {})) as { purposes: { purpose: string; granted: boolean; required: boolean; version: string }[]; history: unknown[] };
    const first = await list();
    expect(first.purposes.map((p) => [p.purpose, p.granted])).toEqual([
      ['necessary', true],
      ['diagnostics', false],
      ['analytics', false],
      ['voiceAssistant', false],
      ['cloudServices', false],
      ['matterHomeNetwork', false],
      ['appleHomeNetwork', false],
    ]);
    await h.call('consent.set', { purpose: 'analytics', granted: true, textVersion: '1' });
    clock = 2_000;
    await h.call('consent.set', { purpose: 'analytics', granted: false, textVersion: '1' }, 'electron:window');
    const after = await list();
    expect(after.purposes.find((p) => p.purpose === 'analytics')?.granted).toBe(false);
    expect(after.history).toEqual([
      { purpose: 'analytics', granted: false, textVersion: '1', at: 2_000, actor: 'electron:window' },
      { purpose: 'analytics', granted: true, textVersion: '1', at: 1_000, actor: 'hub:client-1' },
    ]);
    // The history cannot be rewritten.
    expect(() => h.core.db.prepare('UPDATE consent_events SET granted = 1').run()).toThrow(/append-only/);
    await h.core.stop();
  });

  it('refuses a grant for a text the user did not see, and withdrawing what is strictly necessary', async () => {
    const h = await personalHome(join(root, 'b'));
    await expect(h.call('consent.set', { purpose: 'cloudServices', granted: true, textVersion: '0' })).rejects.toThrow('has changed');
    await expect(h.call('consent.set', { purpose: 'necessary', granted: false, textVersion: '1' })).rejects.toThrow('strictly necessary');
    await h.core.stop();
  });
});
