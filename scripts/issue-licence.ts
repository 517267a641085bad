// Development only: issues a Hearth licence signed with the TEST key pair (src/main/subscriptions/test-keys), so the
// Subscription screen's "Import licence file…" or licence field can be tried without the vendor. The app trusts such
// a licence only when started with HEARTH_TEST_LICENCES=1, and shows it as a test licence. It never signs with any
// other key: --key is accepted only when it is the test key's private half, and refused otherwise.
//
//   npm run licence:issue -- --tier premium --days 30 --customer "Ada Lovelace" --out /tmp/ada.licence
//
// The licence line goes to stdout (or, with --out, to that file; a line on stderr says where it went).
import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TEST_PUBLIC_KEY } from '../src/main/subscriptions/keys';
import { issueLicence, type LicenceTerms } from '../src/main/subscriptions/licence';
import { testPrivateKey } from '../src/main/subscriptions/test-keys';
import { PaidTier } from '../src/shared/tiers';

const DAY = 86_400_000;
const USAGE = `usage: npm run licence:issue -- --tier premium|professional|enterprise [--days 30] [--customer NAME]
                            [--homes 1] [--trial] [--id ID] [--out FILE] [--key test-private.pem]
  Signs with the test key pair only; Hearth trusts it only with HEARTH_TEST_LICENCES=1.`;

const Args = z.object({
  tier: PaidTier,
  days: z.coerce.number().int().min(1).max(3650).default(30),
  customer: z.string().min(1).max(200).default('Test customer'),
  homes: z.coerce.number().int().min(1).max(100_000).default(1),
  trial: z.boolean().default(false),
  id: z.string().min(1).max(100).optional(),
  out: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
});

const spki = (k: KeyObject): string => (k.type === 'public' ? k : createPublicKey(k)).export({ type: 'spki', format: 'der' }).toString('base64');

/** The test key's private half, or a refusal for any other key (a production key is never used here). */
function signingKey(path: string | undefined): KeyObject {
  if (path === undefined) return testPrivateKey();
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(path));
  } catch (e) {
    throw new Error(`${path} is not a private key this script can read (${(e as Error).message}).`);
  }
  if (key.asymmetricKeyType !== 'ed25519' || spki(key) !== spki(createPublicKey(TEST_PUBLIC_KEY))) {
    throw new Error(`${path} is not the test key pair's private half. This script signs with the test key only; real licences are issued by the vendor.`);
  }
  return key;
}

function main(argv: readonly string[]): number {
  let args: z.infer<typeof Args>;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        tier: { type: 'string' }, days: { type: 'string' }, customer: { type: 'string' }, homes: { type: 'string' },
        trial: { type: 'boolean' }, id: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const parsed = Args.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`--${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}`);
    }
    args = parsed.data;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let key: KeyObject;
  try {
    key = signingKey(args.key);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const now = Date.now();
  const terms: LicenceTerms = {
    v: 1, id: args.id ?? `TEST-${args.tier.toUpperCase()}-${randomUUID().slice(0, 8)}`, customer: args.customer, tier: args.tier,
    homes: args.homes, issuedAt: now, expiresAt: now + args.days * DAY, trial: args.trial,
  };
  const text = issueLicence(terms, key);
  if (args.out === undefined) {
    process.stdout.write(`${text}\n`);
  } else {
    writeFileSync(args.out, `${text}\n`, { mode: 0o600 });
    process.stderr.write(`Wrote a test licence (${terms.tier}, ${terms.id}, until ${new Date(terms.expiresAt).toISOString().slice(0, 10)}) to ${args.out}. Hearth accepts it only with HEARTH_TEST_LICENCES=1.\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
