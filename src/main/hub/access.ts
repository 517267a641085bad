// Who may use the hub's API: the right token, a Host header naming this server (no DNS rebinding),
// and, from browsers, an Origin equal to the server's own.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type AccessResult = { ok: true } | { ok: false; status: 401 | 403; reason: string };

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkAccess(req: IncomingMessage, token: string, opts: { loopbackOnly: boolean }): AccessResult {
  const host = req.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '');
  if (opts.loopbackOnly && !LOOPBACK_NAMES.has(hostname)) {
    return { ok: false, status: 403, reason: 'Host not allowed' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`) {
    return { ok: false, status: 403, reason: 'Origin not allowed' };
  }
  const url = new URL(req.url ?? '/', 'http://x');
  if (!tokenMatches(token, url.searchParams.get('token'))) {
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { ok: true };
}
