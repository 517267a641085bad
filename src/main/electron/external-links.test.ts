import { describe, expect, it } from 'vitest';
import { decideExternal } from './external-links';

describe('links leaving the Electron window', () => {
  it('opens Hearth\'s own https sites, asks for other hosts, refuses everything else', () => {
    expect(decideExternal('https://hearth-home.app/buy?tier=premium')).toEqual({ action: 'open', url: 'https://hearth-home.app/buy?tier=premium' });
    expect(decideExternal('https://docs.hearth-home.app/x')).toMatchObject({ action: 'open' });
    expect(decideExternal('https://hearth-home.app.evil.example/')).toEqual({ action: 'ask', url: 'https://hearth-home.app.evil.example/', host: 'hearth-home.app.evil.example' });
    expect(decideExternal('https://example.org/page')).toMatchObject({ action: 'ask', host: 'example.org' });
    for (const bad of ['http://hearth-home.app/', 'file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'not a url', 'https://user:pw@hearth-home.app/']) {
      expect(decideExternal(bad).action, bad).toBe('refuse');
    }
  });
});
