// Read-only support links (hub mode): with the person's explicit consent, a one-time token that opens one
// support session which may only read Diagnostics (health, logs, the redacted bundle). A link expires (default
// 24 h), can be revoked, and opens at most one session: the browser that opens it exchanges the token, once, for
// a support session secret (kept in that tab like an owner's session, see hub/signin.ts), with which it may
// reload and reconnect until the link expires or is revoked. Creating and revoking are audit-logged by the
// contract (support.link.*), opening and refusals by the hub server. Only hashes of the token and of the
// session secret are kept, in memory: a link does not outlive the running hub.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { RequestName, SupportLink } from '../../../shared/contract';
import { requests, SUPPORT_REFUSAL } from '../../../shared/contract';
import type { RequestDef } from '../../../shared/contract/define';
import { HearthError } from '../../../shared/errors';

/** Domains a support session may read from; within them only requests that change nothing. */
const SUPPORT_DOMAINS = new Set(['logs', 'health', 'diagnostics', 'system', 'alerts']);
/** Requests of those domains that write nothing but are still not for support staff. */
const NOT_FOR_SUPPORT = new Set<string>([]);

/** Whether a request may be called from a support session: a diagnostics, health or log read. */
export function supportMayCall(method: RequestName): boolean {
  const domain = method.slice(0, method.indexOf('.'));
  if (!SUPPORT_DOMAINS.has(domain) || NOT_FOR_SUPPORT.has(method)) return false;
  const def: RequestDef = requests[method];
  if (def.personal === 'write') return false;
  // Declared audits are security or administration actions; the bundle is the one read among them.
  return def.audit === undefined || (method as string) === 'diagnostics.bundle';
}

/** Whether a support session may receive an event: health and system state, never devices, rooms or commands. */
export function supportMayReceive(event: string): boolean {
  return /^(system|health|alerts)\./.test(event);
}

export function refusedForSupport(method: string): HearthError {
  return new HearthError(
    'UNAUTHORIZED',
    `${SUPPORT_REFUSAL}; "${method}" is not allowed.`,
    'Ask the person who shared the support link to do this in their own Hearth.',
  );
}

interface Link {
  id: string;
  hash: Buffer;
  createdAt: number;
  expiresAt: number;
  used: boolean;
  revoked: boolean;
  /** SHA-256 of the support session secret the token was exchanged for (null until it was). */
  session: Buffer | null;
}

export type OpenRefusal = 'unknown' | 'expired' | 'revoked' | 'used';
export type OpenResult = { ok: true; id: string; session: string; expiresAt: number } | { ok: false; reason: OpenRefusal };

const DEFAULT_HOURS = 24;
const hashOf = (token: string) => createHash('sha256').update(token).digest();

export class SupportLinks {
  readonly #now: () => number;
  readonly #links = new Map<string, Link>();

  constructor(deps: { now: () => number }) {
    this.#now = deps.now;
  }

  create(o: { hours?: number } = {}): SupportLink & { token: string } {
    const token = randomBytes(24).toString('base64url');
    const now = this.#now();
    const link: Link = { id: randomUUID(), hash: hashOf(token), createdAt: now, expiresAt: now + (o.hours ?? DEFAULT_HOURS) * 3_600_000, used: false, revoked: false, session: null };
    this.#links.set(link.id, link);
    return { ...this.#view(link), token };
  }

  list(): SupportLink[] {
    return [...this.#links.values()].map((l) => this.#view(l)).sort((a, b) => b.createdAt - a.createdAt);
  }

  revoke(id: string): SupportLink {
    const link = this.#links.get(id);
    if (!link) throw new HearthError('NOT_FOUND', 'There is no such support link.', 'Refresh the list of support links.');
    link.revoked = true;
    return this.#view(link);
  }

  /**
   * Opens the link's one session with `token`: once, before it expires, unless revoked. Answers the session's
   * secret, which the browser keeps and presents from then on (reloads, reconnections) instead of the spent token.
   */
  open(token: string): OpenResult {
    const given = hashOf(token);
    const link = [...this.#links.values()].find((l) => timingSafeEqual(l.hash, given));
    if (!link) return { ok: false, reason: 'unknown' };
    if (link.revoked) return { ok: false, reason: 'revoked' };
    if (this.#now() >= link.expiresAt) return { ok: false, reason: 'expired' };
    if (link.used) return { ok: false, reason: 'used' };
    link.used = true;
    const session = randomBytes(32).toString('base64url');
    link.session = hashOf(session);
    return { ok: true, id: link.id, session, expiresAt: link.expiresAt };
  }

  /** The link whose session `secret` is, while it may go on (not revoked, not expired); null otherwise. */
  session(secret: string): string | null {
    const given = hashOf(secret);
    const link = [...this.#links.values()].find((l) => l.session !== null && timingSafeEqual(l.session, given));
    return link && this.active(link.id) ? link.id : null;
  }

  /** Whether a session opened with link `id` may go on (not revoked, not expired). */
  active(id: string): boolean {
    const link = this.#links.get(id);
    return link !== undefined && !link.revoked && this.#now() < link.expiresAt;
  }

  #view(l: Link): SupportLink {
    return { id: l.id, createdAt: l.createdAt, expiresAt: l.expiresAt, used: l.used, revoked: l.revoked };
  }
}
