// Who may use the hub: a Host header naming this server (no DNS rebinding: on loopback a loopback name, beyond
// it one of the names in the hub's certificate), from browsers an Origin equal to the server's own with the
// scheme in use, and a credential — a session (or a support link's token) sent in the WebSocket subprotocol
// `hearth-auth.<credential>`, never in the address, where browsers would keep it.
import type { IncomingMessage } from 'node:http';

export type AccessResult = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export const WS_PROTOCOL = 'hearth';
export const AUTH_PROTOCOL_PREFIX = 'hearth-auth.';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface Place {
  /** Bound to loopback only: Host must be a loopback name. */
  loopbackOnly: boolean;
  /** Beyond loopback: the host names and addresses the certificate names (Host must be one of them). */
  names?: readonly string[];
  scheme: 'http' | 'https';
}

/** The host part of a Host header ("[::1]:8080" → "::1", "example:80" → "example"). */
export function hostName(header: string): string {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (m) return m[1]!.toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

/** Host and Origin: the request names this server and, from a browser, comes from its own page. */
export function checkPlace(req: IncomingMessage, place: Place): AccessResult {
  const host = req.headers.host ?? '';
  const name = hostName(host);
  const allowed = place.loopbackOnly ? LOOPBACK_NAMES.has(name) || LOOPBACK_NAMES.has(`[${name}]`) : (place.names ?? []).some((n) => n.toLowerCase() === name);
  if (!allowed) return { ok: false, status: 403, reason: 'Host not allowed' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${place.scheme}://${host}`) {
    return { ok: false, status: 403, reason: 'Origin not allowed' };
  }
  return { ok: true };
}

/** The credential a WebSocket client offers in its subprotocol list, if any. */
export function offeredCredential(req: IncomingMessage): string | null {
  const header = req.headers['sec-websocket-protocol'];
  if (typeof header !== 'string') return null;
  for (const p of header.split(',')) {
    const t = p.trim();
    if (t.startsWith(AUTH_PROTOCOL_PREFIX)) return t.slice(AUTH_PROTOCOL_PREFIX.length) || null;
  }
  return null;
}
