// Read-only support links (hub mode): with the person's explicit consent, a one-time token that opens one
// support session which may only read Diagnostics (health, logs, the redacted bundle). A link expires (default
// 24 h), can be revoked, and opens at most one session; creating and revoking are audit-logged by the contract
// (support.link.*), opening and refusals by the hub server. Only the token's hash is kept, in memory: a link
// does not outlive the running hub.
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
}

export type OpenResult = { ok: true; id: string } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'used' };

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
    const link: Link = { id: randomUUID(), hash: hashOf(token), createdAt: now, expiresAt: now + (o.hours ?? DEFAULT_HOURS) * 3_600_000, used: false, revoked: false };
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

  /** Opens a session with `token`: once, before it expires, unless revoked. */
  open(token: string): OpenResult {
    const given = hashOf(token);
    const link = [...this.#links.values()].find((l) => timingSafeEqual(l.hash, given));
    if (!link) return { ok: false, reason: 'unknown' };
    if (link.revoked) return { ok: false, reason: 'revoked' };
    if (this.#now() >= link.expiresAt) return { ok: false, reason: 'expired' };
    if (link.used) return { ok: false, reason: 'used' };
    link.used = true;
    return { ok: true, id: link.id };
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
