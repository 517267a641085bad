// Signing in to a hub without a lasting secret in the address. The hub prints an address with a one-time
// sign-in code; the page exchanges it for a session (kept in the tab's sessionStorage and sent in the
// WebSocket's subprotocol, never in a URL). A code is single use and expires after minutes, so what browsers
// keep of the address (History, cache, tab files) opens nothing. Codes are minted from the hub's owner key
// (the secret 'hub.token', never shown): `npx hearth signin-code` mints one from the data folder whether the hub
// runs or not. Rotating the owner key ("sign out everywhere") ends every session and every unused code.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretStore } from '../secrets';

export const OWNER_KEY_SECRET = 'hub.token';
const SESSIONS_SECRET = 'hub.sessions';
/** How long a printed sign-in code may be used. */
export const CODE_TTL_MS = 10 * 60_000;
/** A session unused this long ends; and every session ends this long after sign-in. */
export const SESSION_IDLE_MS = 7 * 86_400_000;
export const SESSION_MAX_MS = 30 * 86_400_000;

export function ownerKey(secrets: SecretStore): Buffer {
  return secrets.getOrCreate(OWNER_KEY_SECRET, 24);
}

const mac = (key: Buffer, exp: string, nonce: string, member?: string) =>
  createHmac('sha256', key).update(`hearth.signin.${exp}.${nonce}${member === undefined ? '' : `.member.${member}`}`).digest('base64url').slice(0, 32);

/** A one-time sign-in code: expiry, a random nonce and a MAC under the owner key. A household member's code also
 *  names the person (`exp.nonce.member.mac`, the MAC covering it): its session is theirs, with their role. */
export function mintSignInCode(key: Buffer, now: number, ttlMs = CODE_TTL_MS, member?: string): string {
  const exp = (now + ttlMs).toString(36);
  const nonce = randomBytes(12).toString('base64url');
  return member === undefined ? `${exp}.${nonce}.${mac(key, exp, nonce)}` : `${exp}.${nonce}.${member}.${mac(key, exp, nonce, member)}`;
}

export type Refusal = 'malformed' | 'wrong' | 'expired' | 'used';
export type Redeemed = { ok: true; session: string; expiresAt: number; member: string | null } | { ok: false; reason: Refusal };
/** A live session: the owner's (member null) or a household member's. */
export interface SessionOf {
  member: string | null;
}

interface StoredSession {
  /** SHA-256 of the session secret (the secret itself is only in the browser tab). */
  hash: string;
  createdAt: number;
  lastUsed: number;
  /** A household member's session (their id); absent for the owner's. */
  member?: string;
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export interface HubSessionsDeps {
  secrets: SecretStore;
  now: () => number;
  idleMs?: number;
  maxMs?: number;
}

/** The hub's sign-ins: codes redeemed once, sessions checked, all of it ended by a rotation. */
export class HubSessions {
  readonly #d: Required<HubSessionsDeps>;
  readonly #used = new Map<string, number>();
  #sessions: StoredSession[];
  #lastSaved = 0;

  constructor(deps: HubSessionsDeps) {
    this.#d = { idleMs: SESSION_IDLE_MS, maxMs: SESSION_MAX_MS, ...deps };
    this.#sessions = this.#load();
  }

  #load(): StoredSession[] {
    try {
      const raw = this.#d.secrets.get(SESSIONS_SECRET);
      const list = raw ? (JSON.parse(raw.toString('utf8')) as StoredSession[]) : [];
      return Array.isArray(list) ? list.filter((s) => typeof s?.hash === 'string' && Number.isFinite(s.createdAt) && Number.isFinite(s.lastUsed) && (s.member === undefined || typeof s.member === 'string')) : [];
    } catch {
      return [];
    }
  }

  #save(): void {
    this.#lastSaved = this.#d.now();
    this.#d.secrets.set(SESSIONS_SECRET, Buffer.from(JSON.stringify(this.#sessions), 'utf8'));
  }

  #alive(s: StoredSession, now: number): boolean {
    return now - s.lastUsed < this.#d.idleMs && now - s.createdAt < this.#d.maxMs;
  }

  /** Exchanges a sign-in code for a session; a code works once, before it expires. */
  redeem(code: unknown): Redeemed {
    const spent = this.#spend(code);
    if (typeof spent === 'string') return { ok: false, reason: spent };
    const now = this.#d.now();
    const session = randomBytes(32).toString('base64url');
    this.#sessions = this.#sessions.filter((s) => this.#alive(s, now));
    this.#sessions.push({ hash: hashOf(session), createdAt: now, lastUsed: now, ...(spent.member === null ? {} : { member: spent.member }) });
    this.#save();
    return { ok: true, session, expiresAt: now + this.#d.maxMs, member: spent.member };
  }

  /** Uses up one of the owner's codes without opening a session (it proves the owner asked, e.g. for a rotation);
   *  null when it was good. A household member's code is no proof of that: it is refused as 'wrong' (and not used up). */
  spend(code: unknown): Refusal | null {
    const parts = typeof code === 'string' ? code.split('.') : [];
    if (parts.length === 4) return 'wrong';
    const spent = this.#spend(code);
    return typeof spent === 'string' ? spent : null;
  }

  #spend(code: unknown): Refusal | { member: string | null } {
    const now = this.#d.now();
    for (const [nonce, exp] of this.#used) if (exp < now) this.#used.delete(nonce);
    const parts = typeof code === 'string' && code.length < 200 ? code.split('.') : [];
    if ((parts.length !== 3 && parts.length !== 4) || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return 'malformed';
    const [exp, nonce] = parts as [string, string];
    const member = parts.length === 4 ? parts[2]! : undefined;
    const given = parts.at(-1)!;
    const expected = Buffer.from(mac(ownerKey(this.#d.secrets), exp, nonce, member));
    const got = Buffer.from(given);
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return 'wrong';
    const expiresAt = parseInt(exp, 36);
    // A code minted for longer than any code lives was not minted by Hearth's rules: refuse it too.
    if (!(expiresAt > now) || expiresAt - now > CODE_TTL_MS * 6) return 'expired';
    if (this.#used.has(nonce)) return 'used';
    this.#used.set(nonce, expiresAt);
    return { member: member ?? null };
  }

  /** True when `session` is a live session (and marks it used). */
  check(session: string | null | undefined): boolean {
    return this.lookup(session) !== null;
  }

  /** Whose live session `session` is (and marks it used); null when it is none. */
  lookup(session: string | null | undefined): SessionOf | null {
    if (!session || session.length > 200) return null;
    const now = this.#d.now();
    const hash = Buffer.from(hashOf(session));
    const s = this.#sessions.find((x) => {
      const h = Buffer.from(x.hash);
      return h.length === hash.length && timingSafeEqual(h, hash);
    });
    if (!s || !this.#alive(s, now)) return null;
    s.lastUsed = now;
    // "Last used" only decides idle expiry (days): writing it at most once an hour is plenty.
    if (now - this.#lastSaved > 3_600_000) this.#save();
    return { member: s.member ?? null };
  }

  /** A household member was removed: their sessions end (returns how many). Their unused codes open nothing either,
   *  since a session is let in only while its person is in the household. */
  endMember(member: string): number {
    const now = this.#d.now();
    const ended = this.#sessions.filter((s) => s.member === member && this.#alive(s, now)).length;
    this.#sessions = this.#sessions.filter((s) => s.member !== member);
    this.#save();
    return ended;
  }

  /** A live session of this household member exists. */
  signedIn(member: string): boolean {
    const now = this.#d.now();
    return this.#sessions.some((s) => s.member === member && this.#alive(s, now));
  }

  get count(): number {
    const now = this.#d.now();
    return this.#sessions.filter((s) => this.#alive(s, now)).length;
  }

  /** Sign out everywhere: a new owner key (old codes stop working) and no sessions. Returns how many ended. */
  rotate(): number {
    const ended = this.count;
    this.#d.secrets.set(OWNER_KEY_SECRET, randomBytes(24));
    this.#sessions = [];
    this.#used.clear();
    this.#save();
    return ended;
  }
}
