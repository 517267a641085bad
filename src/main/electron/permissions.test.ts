import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permissions';

describe('window permissions: only the microphone, for push-to-talk', () => {
  const app = 'app://hearth/index.html';
  it('grants the microphone to our own page', () => {
    expect(isPermissionAllowed({ permission: 'media', url: app, isMainFrame: true, mediaTypes: ['audio'] })).toBe(true);
  });
  it('refuses the camera, a mixed request, or an unknown one', () => {
    expect(isPermissionAllowed({ permission: 'media', url: app, isMainFrame: true, mediaTypes: ['video'] })).toBe(false);
    expect(isPermissionAllowed({ permission: 'media', url: app, isMainFrame: true, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(isPermissionAllowed({ permission: 'media', url: app, isMainFrame: true, mediaTypes: [] })).toBe(false);
  });
  it('refuses other origins, frames and permissions', () => {
    expect(isPermissionAllowed({ permission: 'media', url: 'https://example.com/', isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
    expect(isPermissionAllowed({ permission: 'media', url: app, isMainFrame: false, mediaTypes: ['audio'] })).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'display-capture', 'clipboard-read']) {
      expect(isPermissionAllowed({ permission, url: app, isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
    }
  });
});
