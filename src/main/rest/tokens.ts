// The local API's bearer tokens. A token is `hearth_<id>_<secret>`: the id finds its row, the secret (32 random
// bytes) is checked against the SHA-256 kept there, compared in constant time. The secret is returned once, by
// `create`, and stored nowhere. The subscription's tier decides whether tokens work at all and how many: past the
// limit the newest stop working (nothing is deleted) until the tier allows them again.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiToken } from '../../shared/contract';
import type { Grant, Role, Scope } from '../../shared/access';
import { HearthError } from '../../shared/errors';
import type { Db } from '../storage/db';

export interface TokenPolicy {
  /** The tier includes the API (the demo home always does). */
  allowed: boolean;
  /** Tokens the tier allows; null: any number. */
  limit: number | null;
  /** Why not, in words, with the way to upgrade (when not allowed or at the limit). */
  why: string;
}

export interface VerifiedToken {
  id: string;
  name: string;
  grant: Grant;
}

export type TokenCheck = { ok: true; token: VerifiedToken } | { ok: false; status: 401 | 403; reason: string };

interface Row {
  id: string;
  name: string;
  scope: Scope;
  role: Role;
  rooms: string;
  hash: string;
  created_at: number;
  last_used_at: number | null;
}

const PREFIX = 'hearth_';
const SHAPE = /^hearth_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();
/** Compared against when the id is unknown, so a wrong id costs the same time as a wrong secret. */
const DUMMY = sha256('no such token');
/** Last use is written at most this often per token. */
const TOUCH_MS = 60_000;

export class ApiTokens {
  readonly #db: Db;
  readonly #now: () => number;
  readonly #policy: () => TokenPolicy;

  constructor(d: { db: Db; now: () => number; policy: () => TokenPolicy }) {
    this.#db = d.db;
    this.#now = d.now;
    this.#policy = d.policy;
  }

  #rows(): Row[] {
    return this.#db.prepare('SELECT * FROM api_tokens ORDER BY created_at, rowid').all() as Row[];
  }

  /** Ids of the tokens that work under the tier now: all, none, or the oldest up to its limit. */
  #usable(rows: readonly Row[]): Set<string> {
    const p = this.#policy();
    if (!p.allowed) return new Set();
    return new Set((p.limit === null ? rows : rows.slice(0, p.limit)).map((r) => r.id));
  }

  #view(r: Row, usable: Set<string>): ApiToken {
    return { id: r.id, name: r.name, scope: r.scope, role: r.role, rooms: JSON.parse(r.rooms) as string[], createdAt: r.created_at, lastUsedAt: r.last_used_at, usable: usable.has(r.id) };
  }

  list(): ApiToken[] {
    const rows = this.#rows();
    const usable = this.#usable(rows);
    return rows.map((r) => this.#view(r, usable));
  }

  count(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM api_tokens').get() as { n: number }).n;
  }

  create(input: { name: string; scope: Scope; role: Role; rooms: readonly string[] }): { token: ApiToken; secret: string } {
    const p = this.#policy();
    if (!p.allowed) throw new HearthError('PLAN_LIMIT', p.why, 'Upgrade in Subscription (a licence key unlocks it at once).');
    const have = this.count();
    if (p.limit !== null && have >= p.limit) throw new HearthError('PLAN_LIMIT', p.why, 'Revoke a token you no longer use, or upgrade in Subscription.', { kind: 'apiTokens', limit: p.limit, have });
    if (input.role === 'guest' && input.rooms.length === 0) throw new HearthError('BAD_REQUEST', 'A guest token needs at least one room.', 'Choose the rooms this guest may control.');
    const rooms = input.role === 'guest' ? [...new Set(input.rooms)] : [];
    if (this.#db.prepare('SELECT 1 FROM api_tokens WHERE name = ?').get(input.name)) {
      throw new HearthError('CONFLICT', `A token named “${input.name}” exists already.`, 'Give this one another name (the audit log tells tokens apart by name).');
    }
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const at = this.#now();
    this.#db
      .prepare('INSERT INTO api_tokens (id, name, scope, role, rooms, hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, input.scope, input.role, JSON.stringify(rooms), sha256(secret).toString('hex'), at);
    const row = this.#db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(id) as Row;
    return { token: this.#view(row, this.#usable(this.#rows())), secret: `${PREFIX}${id}_${secret}` };
  }

  revoke(id: string): void {
    const r = this.#db.prepare('DELETE FROM api_tokens WHERE id = ?').run(id);
    if (r.changes === 0) throw new HearthError('NOT_FOUND', 'There is no such token (it may have been revoked already).', 'Refresh the list in Settings → API.');
  }

  /** A presented bearer token: who it is, or why it opens nothing. */
  verify(presented: string | null): TokenCheck {
    if (!presented) return { ok: false, status: 401, reason: 'no token' };
    const m = SHAPE.exec(presented);
    if (!m) return { ok: false, status: 401, reason: 'malformed token' };
    const row = this.#db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(m[1]!) as Row | undefined;
    const given = sha256(m[2]!);
    const same = timingSafeEqual(given, row ? Buffer.from(row.hash, 'hex') : DUMMY);
    if (!row || !same) return { ok: false, status: 401, reason: 'unknown token' };
    const rows = this.#rows();
    if (!this.#usable(rows).has(row.id)) return { ok: false, status: 403, reason: this.#policy().why };
    const now = this.#now();
    if (row.last_used_at === null || now - row.last_used_at > TOUCH_MS) this.#db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, row.id);
    return { ok: true, token: { id: row.id, name: row.name, grant: { role: row.role, scope: row.scope, rooms: JSON.parse(row.rooms) as string[] } } };
  }
}
