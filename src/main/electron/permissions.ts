// Which permission requests the window is granted: only the microphone, for push-to-talk (offline voice), asked by
// the main frame of our own app:// page, audio only. Everything else (camera, screen, location, notifications from
// the page…) stays refused. Free of Electron imports so it is tested under plain Node.
import { isTrustedSender } from './sender';

export interface PermissionAsk {
  permission: string;
  /** The URL of the frame asking (Electron's requestingUrl / requestingOrigin). */
  url: string | null;
  isMainFrame: boolean;
  /** For 'media': what is asked ('audio', 'video'); empty or absent when unknown. */
  mediaTypes?: readonly string[] | undefined;
}

export function isPermissionAllowed(ask: PermissionAsk): boolean {
  if (ask.permission !== 'media') return false;
  if (!isTrustedSender({ frameUrl: ask.url, isMainFrame: ask.isMainFrame })) return false;
  const types = ask.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'audio');
}
