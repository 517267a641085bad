import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender } from './sender';

describe('Electron IPC sender check', () => {
  it('trusts only the main frame of our own app:// page', () => {
    expect(isTrustedSender({ frameUrl: 'app://hearth/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ frameUrl: 'app://hearth/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isMainFrame: true })).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://hearth.evil/index.html', 'app://evil/', 'http://hearth/', 'not a url']) {
      expect(isTrustedSender({ frameUrl: url, isMainFrame: true })).toBe(false);
    }
  });

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://hearth/index.html#devices')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
  });
});
