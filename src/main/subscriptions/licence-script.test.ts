// The development script (scripts/issue-licence.ts) issues a licence file that Hearth's own import accepts — only
// with the test key trusted — and refuses to sign with any key but the test key pair.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../app';
import { quietLog, tempDir } from '../test/temp';
import { licenceKeys } from './keys';
import { verifyLicence } from './licence';

const DAY = 86_400_000;
const dir = tempDir('hearth-licence-script-');
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/issue-licence.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

let core: Core | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

describe('npm run licence:issue (test key pair only)', () => {
  it('writes a licence file the Subscription screen imports: Premium for 30 days, for the named customer, shown as a test licence', async () => {
    const out = join(dir, 'ada.licence');
    const before = Date.now();
    const r = run('--tier', 'premium', '--days', '30', '--customer', 'Ada Lovelace', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`to ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const file = readFileSync(out, 'utf8');

    // The app's verifier: refused unless the test key is trusted (as in a real install), accepted with it.
    expect(() => verifyLicence(file, licenceKeys({}))).toThrow(/signature does not match/);
    const v = verifyLicence(file, licenceKeys({ HEARTH_TEST_LICENCES: '1' }));
    expect(v).toMatchObject({ key: 'test', terms: { tier: 'premium', customer: 'Ada Lovelace', homes: 1, trial: false } });
    expect(v.terms.expiresAt - v.terms.issuedAt).toBe(30 * DAY);
    expect(v.terms.issuedAt).toBeGreaterThanOrEqual(before);

    // The same text through the core's import (what "Import licence file…" sends) unlocks Premium.
    core = buildCore({ dataDir: join(dir, 'home'), host: 'hub', version: 'test', log: quietLog, env: { HEARTH_TEST_LICENCES: '1' } });
    const res = await core.dispatch('subscription.activate', { licence: file }, { actor: 'test' });
    expect(res).toMatchObject({ ok: true });
    expect(core.subscription.status()).toMatchObject({ tier: 'premium', licence: { customer: 'Ada Lovelace', test: true, state: 'active', daysLeft: 30 } });
  }, 180_000);

  it('prints the licence on stdout without --out; a trial of Enterprise for several homes', () => {
    const r = run('--tier', 'enterprise', '--days', '14', '--homes', '5', '--trial', '--customer', 'Installer Ltd');
    expect(r.status, r.stderr).toBe(0);
    const v = verifyLicence(r.stdout, licenceKeys({ HEARTH_TEST_LICENCES: '1' }));
    expect(v.terms).toMatchObject({ tier: 'enterprise', homes: 5, trial: true, customer: 'Installer Ltd' });
  }, 120_000);

  it('refuses any key but the test key, a free or unknown tier, and wrong numbers — writing nothing', () => {
    const other = join(dir, 'other.pem');
    writeFileSync(other, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const out = join(dir, 'never.licence');
    const refused = run('--tier', 'premium', '--key', other, '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not the test key pair's private half/);
    expect(refused.stdout).toBe('');
    expect(() => statSync(out)).toThrow();

    const testKey = run('--tier', 'premium', '--key', 'src/main/subscriptions/test-keys/test-private.pem');
    expect(testKey.status, testKey.stderr).toBe(0);
    expect(verifyLicence(testKey.stdout, licenceKeys({ HEARTH_TEST_LICENCES: '1' })).key).toBe('test');

    for (const args of [['--tier', 'free'], ['--tier', 'gold'], ['--tier', 'premium', '--days', '0'], ['--customer', 'x']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  }, 240_000);
});
