// The public keys Hearth trusts for licences. The vendor's key signs every licence sold; its private half is kept
// by the vendor, never in this repository. The test key (its private half is in test-keys/, for tests and the
// development script only) is trusted only when HEARTH_TEST_LICENCES=1 — the e2e hub sets it — and a licence it
// verified is shown as a test licence.
import { trustedKey, type TrustedKey } from './licence';

export const VENDOR_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEASsnd9Y2xGQA3gx4phcisl/jKbxEGCePMr1OtbBzr4vY=
-----END PUBLIC KEY-----`;

export const TEST_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAAUc8MCNm/HmI6ru4h3/fcCzu3yPSXf2yn1/RMrwNIa4=
-----END PUBLIC KEY-----`;

export function licenceKeys(env: Readonly<Record<string, string | undefined>> = process.env): TrustedKey[] {
  const keys = [trustedKey('vendor', VENDOR_PUBLIC_KEY)];
  if (env['HEARTH_TEST_LICENCES'] === '1') keys.push(trustedKey('test', TEST_PUBLIC_KEY));
  return keys;
}
