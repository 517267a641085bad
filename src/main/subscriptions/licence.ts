// Licences, verified offline: an Ed25519 signature (node:crypto) over the licence's terms, checked against the
// public keys built into the app. A licence reads `HEARTH1.<terms>.<signature>` (base64url); a licence file holds
// that line, alone or as {"licence": "..."} JSON. Nothing here goes online.
import { createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { PaidTier } from '../../shared/tiers';

const PREFIX = 'HEARTH1';
const DAY = 86_400_000;
/** After expiry a paid licence keeps working this long, with a warning, before Hearth falls back to Free. */
export const GRACE_DAYS = 14;
/** A clock more than this far behind the latest time Hearth has seen counts as moved back. */
export const CLOCK_SLACK_MS = 60 * 60 * 1000;
/** Longer than any licence text could be (a key pasted with a whole e-mail around it is refused, not parsed). */
const MAX_LICENCE_CHARS = 4096;

export const LicenceTerms = z
  .object({
    v: z.literal(1),
    /** The vendor's licence id. */
    id: z.string().min(1).max(100),
    customer: z.string().min(1).max(200),
    tier: PaidTier,
    /** How many homes (Hearth installations) it covers. */
    homes: z.number().int().min(1).max(100_000),
    /** ms since epoch. */
    issuedAt: z.number().int().nonnegative(),
    expiresAt: z.number().int().nonnegative(),
    trial: z.boolean(),
  })
  .strict()
  .refine((t) => t.expiresAt > t.issuedAt, 'expires before it was issued');
export type LicenceTerms = z.infer<typeof LicenceTerms>;

export interface TrustedKey {
  /** Which key it is, as shown with a licence it verified ("vendor", "test"). */
  name: string;
  key: KeyObject;
}

export function trustedKey(name: string, publicKeyPem: string): TrustedKey {
  const key = createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${name}: not an Ed25519 public key`);
  return { name, key };
}

const b64 = (b: Buffer): string => b.toString('base64url');

/** Signs terms into licence text (the vendor's issuing side; here for the development script and tests). */
export function issueLicence(terms: LicenceTerms, privateKey: KeyObject): string {
  const body = Buffer.from(JSON.stringify(LicenceTerms.parse(terms)));
  return `${PREFIX}.${b64(body)}.${b64(edSign(null, body, privateKey))}`;
}

const bad = (message: string, next = 'Copy the whole licence again from the e-mail or the account page, or import the licence file.') =>
  new HearthError('BAD_REQUEST', message, next);

/** The licence line in what a person pasted or a file held. */
export function licenceText(input: string): string {
  if (input.length > MAX_LICENCE_CHARS) throw bad('That is too long to be a Hearth licence.');
  let text = input.trim();
  if (text.startsWith('{')) {
    try {
      const json = z.object({ licence: z.string() }).safeParse(JSON.parse(text));
      if (json.success) text = json.data.licence.trim();
    } catch {
      // not JSON: read as it is
    }
  }
  return text.replace(/\s+/g, '');
}

export interface VerifiedLicence {
  text: string;
  terms: LicenceTerms;
  /** The trusted key that verified it. */
  key: string;
}

/** Checks the signature and the terms; the dates are judged by `licenceStatus`. */
export function verifyLicence(input: string, keys: readonly TrustedKey[]): VerifiedLicence {
  const text = licenceText(input);
  const parts = text.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) throw bad('That is not a Hearth licence: it should start with HEARTH1.');
  const [, body64, sig64] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(body64) || !/^[A-Za-z0-9_-]+$/.test(sig64)) throw bad('That licence has characters a licence never holds.');
  const body = Buffer.from(body64, 'base64url');
  const signature = Buffer.from(sig64, 'base64url');
  const key = keys.find((k) => signature.length === 64 && edVerify(null, body, k.key, signature));
  if (!key) {
    throw bad(
      'That licence was not issued for Hearth: its signature does not match.',
      'If you copied it by hand, copy it again; if it came from someone other than Hearth or your reseller, ask them for a real one.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw bad('That licence is signed but unreadable.', 'Ask for the licence to be issued again.');
  }
  const terms = LicenceTerms.safeParse(json);
  if (!terms.success) throw bad(`That licence is signed but its terms are not ones this version of Hearth knows (${terms.error.issues[0]?.message ?? 'invalid'}).`, 'Update Hearth, or ask for the licence to be issued again.');
  return { text, terms: terms.data, key: key.name };
}

export type LicenceState = 'active' | 'grace' | 'expired';

export interface LicenceStatus {
  state: LicenceState;
  /** ms since epoch when the licence stops working altogether (expiry, plus the grace period for a paid licence). */
  endsAt: number;
  daysLeft: number;
  /** The computer's clock is behind a time Hearth has already seen; the later time was used. */
  clockMovedBack: boolean;
}

/**
 * Where a licence stands at `now`, judged by the latest time Hearth has seen (`latestSeen`), so moving the clock
 * back never brings an expired licence back or stretches a trial.
 */
export function licenceStatus(terms: LicenceTerms, now: number, latestSeen: number): LicenceStatus {
  const clockMovedBack = now < latestSeen - CLOCK_SLACK_MS;
  const at = Math.max(now, latestSeen);
  const endsAt = terms.trial ? terms.expiresAt : terms.expiresAt + GRACE_DAYS * DAY;
  const state: LicenceState = at < terms.expiresAt ? 'active' : at < endsAt ? 'grace' : 'expired';
  const daysLeft = Math.max(0, Math.ceil(((state === 'active' ? terms.expiresAt : endsAt) - at) / DAY));
  return { state, endsAt, daysLeft, clockMovedBack };
}
