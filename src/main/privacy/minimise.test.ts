import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zigbeeNetworkKey } from '../radio-keys';
import { fillPersonalData, PERSONAL, personalHome } from '../test/personal-home';
import { tempDir } from '../test/temp';

describe('data minimisation in diagnostics', () => {
  const root = tempDir();

  it('leaves out names, rooms and commands unless the user consented to sharing diagnostics; network keys never', async () => {
    const h = await personalHome(join(root, 'a'));
    await fillPersonalData(h, Date.now()); // grants diagnostics
    const key = Buffer.from(zigbeeNetworkKey(h.core.secrets));
    const keyForms = [key.toString('hex'), key.toString('base64'), [...key].join(',')];
    await h.call('consent.set', { purpose: 'diagnostics', granted: false, textVersion: '1' });
    const without = (await h.call('privacy.diagnosticsPreview', {})) as { includesPersonalData: boolean; json: string };
    expect(without.includesPersonalData).toBe(false);
    for (const s of [...Object.values(PERSONAL), 'Floor Lamp', ...keyForms]) expect(without.json).not.toContain(s);
    expect(JSON.parse(without.json).devices[0]).toMatchObject({ ref: 'device-1', model: 'ZEN77', capabilities: ['onOff', 'level', 'meter'] });

    await h.call('consent.set', { purpose: 'diagnostics', granted: true, textVersion: '1' });
    const withConsent = (await h.call('privacy.diagnosticsPreview', {})) as { includesPersonalData: boolean; json: string };
    expect(withConsent.includesPersonalData).toBe(true);
    expect(withConsent.json).toContain(PERSONAL.deviceName);
    expect(withConsent.json).toContain(PERSONAL.command);
    for (const s of keyForms) expect(withConsent.json).not.toContain(s);
    await h.core.stop();
  });
});
