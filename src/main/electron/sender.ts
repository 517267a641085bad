// Which IPC senders are trusted: only the main frame of a page loaded from our own app:// origin.
// Kept free of Electron imports so it is tested under plain Node.
export const APP_SCHEME = 'app';
const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface SenderInfo {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

export function isTrustedSender(s: SenderInfo): boolean {
  if (!s.isMainFrame || !s.frameUrl) return false;
  try {
    const u = new URL(s.frameUrl);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation inside the window may only stay on our own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isTrustedSender({ frameUrl: url, isMainFrame: true });
}
