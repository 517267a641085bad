// Matter on the home network through the contract: asking shows the consent text and this computer's connections;
// a connection that does not exist is refused in plain words (nothing recorded); agreeing records the consent and
// the choice, which makes the real home run (matterStack.configured); withdrawing forgets it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatterHomeNetworkView } from '../../../shared/contract';
import { personalHome } from '../../test/personal-home';
import { tempDir } from '../../test/temp';
import { matterStack } from './index';
import { agreeToHomeNetwork, withdrawHomeNetwork } from './home-network';

describe('Matter on the home network (consent and chosen interfaces)', () => {
  const root = tempDir();

  it('asks with the consent text, refuses a connection that does not exist, and records nothing then', async () => {
    const h = await personalHome(join(root, 'a'));
    const view = (await h.call('matter.homeNetwork.get', {})) as MatterHomeNetworkView;
    expect(view.consent).toMatchObject({ granted: false, title: 'Look for Matter devices on your home network', version: '1' });
    expect(view.consent.text).toContain('nothing goes to the internet');
    expect(view.chosen).toEqual([]);
    expect(view.interfaces.map((i) => i.name)).not.toContain('lo');
    expect(view.bluetooth.available).toBe(false);
    await expect(h.call('matter.homeNetwork.set', { interfaces: ['nosuch0'], textVersion: '1' })).rejects.toThrow('This computer has no network connection called nosuch0.');
    expect(h.core.consents.has('matterHomeNetwork')).toBe(false);
    expect(h.core.settings.get('matter.homeNetwork.interfaces')).toEqual([]);
  });

  it('agreeing records the consent and the choice (a real home from the next start); withdrawing forgets both', async () => {
    const h = await personalHome(join(root, 'b'));
    const deps = {
      settings: h.core.settings,
      consents: h.core.consents,
      running: () => ({ active: [] as string[], demo: true }),
    };
    // This test's namespace has only loopback, so no interface can be agreed to here (the LAN test does that for
    // real); the choice is recorded the way agreeing records it, after the guard refused a missing one.
    expect(() => agreeToHomeNetwork(deps, ['eth9'], '1', 'hub:client-1')).toThrow(/no network connection called eth9/);
    h.core.consents.set('matterHomeNetwork', true, '1', 'hub:client-1');
    h.core.settings.set('matter.homeNetwork.interfaces', ['eth9']);
    const ctx = { settings: h.core.settings, options: { listPorts: async () => [] } } as unknown as Parameters<typeof matterStack.configured>[0];
    expect(matterStack.configured(ctx)).toBe(true);
    expect(h.core.consents.history()[0]).toMatchObject({ purpose: 'matterHomeNetwork', granted: true, textVersion: '1', actor: 'hub:client-1' });

    const r = withdrawHomeNetwork(deps, 'hub:client-1');
    expect(r.message).toContain('Withdrawn');
    expect(r.view.chosen).toEqual([]);
    expect(h.core.consents.has('matterHomeNetwork')).toBe(false);
    expect(matterStack.configured(ctx)).toBe(false);
  });
});
