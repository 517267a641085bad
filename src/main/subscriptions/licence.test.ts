// Licences are checked offline: forged, tampered, wrong-key, expired and clock-moved-back licences are all refused.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { licenceKeys, TEST_PUBLIC_KEY } from './keys';
import { GRACE_DAYS, issueLicence, licenceStatus, trustedKey, verifyLicence, type LicenceTerms } from './licence';
import { testPrivateKey } from './test-keys';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const TERMS: LicenceTerms = { v: 1, id: 'L-1', customer: 'Ada', tier: 'premium', homes: 1, issuedAt: T0, expiresAt: T0 + 365 * DAY, trial: false };
const test = [trustedKey('test', TEST_PUBLIC_KEY)];
const good = issueLicence(TERMS, testPrivateKey());

describe('licences, offline', () => {
  it('a licence from the test key verifies, pasted with line breaks or as a licence file', () => {
    expect(verifyLicence(good, test)).toMatchObject({ terms: TERMS, key: 'test' });
    const wrapped = `\n  ${good.slice(0, 40)}\n${good.slice(40)}  \n`;
    expect(verifyLicence(wrapped, test).terms.id).toBe('L-1');
    expect(verifyLicence(JSON.stringify({ licence: good }), test).terms.customer).toBe('Ada');
  });

  it('the test key is trusted only when HEARTH_TEST_LICENCES=1', () => {
    expect(() => verifyLicence(good, licenceKeys({}))).toThrow(/signature does not match/);
    expect(verifyLicence(good, licenceKeys({ HEARTH_TEST_LICENCES: '1' })).key).toBe('test');
  });

  it('refuses a tampered licence (a better tier written into it)', () => {
    const [p, body, sig] = good.split('.');
    const terms = JSON.parse(Buffer.from(body!, 'base64url').toString()) as LicenceTerms;
    const tampered = `${p}.${Buffer.from(JSON.stringify({ ...terms, tier: 'enterprise' })).toString('base64url')}.${sig}`;
    expect(() => verifyLicence(tampered, test)).toThrow(/signature does not match/);
  });

  it('refuses a forged licence (signed by someone else) and one signed by a key Hearth does not trust', () => {
    const forger = generateKeyPairSync('ed25519').privateKey;
    expect(() => verifyLicence(issueLicence(TERMS, forger), test)).toThrow(/not issued for Hearth/);
    const [p, body] = good.split('.');
    expect(() => verifyLicence(`${p}.${body}.${Buffer.alloc(64, 7).toString('base64url')}`, test)).toThrow(/signature does not match/);
    expect(() => verifyLicence(good, licenceKeys({}))).toThrow(/signature does not match/);
  });

  it('refuses text that is not a licence, with a plain message', () => {
    for (const junk of ['', 'hello', 'HEARTH1.a.b', 'HEARTH2.x.y', 'HEARTH1.<script>.x', 'x'.repeat(5000), '{"licence": 5}']) {
      expect(() => verifyLicence(junk, test)).toThrow(/licence/i);
    }
  });

  it('refuses signed terms this version does not know', () => {
    expect(() => issueLicence({ ...TERMS, tier: 'free' } as unknown as LicenceTerms, testPrivateKey())).toThrow();
  });

  it('a paid licence has a grace period after expiry; then it has expired', () => {
    const end = TERMS.expiresAt;
    expect(licenceStatus(TERMS, end - 3 * DAY, 0)).toMatchObject({ state: 'active', daysLeft: 3 });
    expect(licenceStatus(TERMS, end + DAY, 0)).toMatchObject({ state: 'grace', daysLeft: GRACE_DAYS - 1 });
    expect(licenceStatus(TERMS, end + GRACE_DAYS * DAY, 0)).toMatchObject({ state: 'expired', daysLeft: 0 });
  });

  it('a trial ends on its day, with no grace', () => {
    const trial = { ...TERMS, trial: true, expiresAt: T0 + 14 * DAY };
    expect(licenceStatus(trial, T0 + 13 * DAY, 0).state).toBe('active');
    expect(licenceStatus(trial, T0 + 14 * DAY, 0).state).toBe('expired');
  });

  it('moving the clock back does not bring an expired licence back', () => {
    const seen = TERMS.expiresAt + (GRACE_DAYS + 1) * DAY;
    expect(licenceStatus(TERMS, T0 + 10 * DAY, seen)).toMatchObject({ state: 'expired', clockMovedBack: true });
    expect(licenceStatus(TERMS, seen + DAY, seen)).toMatchObject({ state: 'expired', clockMovedBack: false });
  });
});
