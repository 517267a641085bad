// Links that leave Hearth (window.open, target=_blank): only https, opened in the user's browser — at once for
// Hearth's own sites (checkout, help), after asking for any other host, never for other schemes (file:, smb:,
// custom protocol handlers could start programs). Kept free of Electron imports so it is tested under plain Node.

/** Hosts Hearth itself links to (the vendor's checkout and web pages), and their subdomains. */
export const KNOWN_HOSTS = ['hearth-home.app'];

export type ExternalDecision = { action: 'open'; url: string } | { action: 'ask'; url: string; host: string } | { action: 'refuse'; reason: string };

export function decideExternal(raw: string, known: readonly string[] = KNOWN_HOSTS): ExternalDecision {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { action: 'refuse', reason: 'not an address' };
  }
  if (u.protocol !== 'https:') return { action: 'refuse', reason: `${u.protocol} links are not opened` };
  if (u.username || u.password) return { action: 'refuse', reason: 'addresses with a user name or password are not opened' };
  const host = u.hostname.toLowerCase();
  if (known.some((k) => host === k || host.endsWith(`.${k}`))) return { action: 'open', url: u.href };
  return { action: 'ask', url: u.href, host };
}
