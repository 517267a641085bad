// The subscription: which tier is in force, the licence behind it, usage against the tier's limits and what is
// read-only because it is over them. Licences are verified offline in the core; buying happens on the vendor's
// web checkout in the system browser — the app never sees card data.
import { z } from 'zod';
import { Tier } from '../tiers';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';

export const LicenceInfo = z.object({
  id: z.string(),
  customer: z.string(),
  tier: Tier,
  homes: z.number(),
  trial: z.boolean(),
  /** Verified with the test key (HEARTH_TEST_LICENCES=1): not a licence that was sold. */
  test: z.boolean(),
  issuedAt: z.number(),
  expiresAt: z.number(),
  /** active; grace: expired but still working for a few days; expired: Hearth is back on Free. */
  state: z.enum(['active', 'grace', 'expired']),
  /** When it stops working altogether (ms since epoch). */
  endsAt: z.number(),
  daysLeft: z.number(),
});
export type LicenceInfo = z.infer<typeof LicenceInfo>;

const Limit = z.number().nullable();

export const SubscriptionStatus = z.object({
  /** The tier in force. */
  tier: Tier,
  licence: LicenceInfo.nullable(),
  /** The demo home is exempt from limits (it says so). */
  demoExempt: z.boolean(),
  /** The computer's clock is behind a time Hearth has already seen (licence dates use the later time). */
  clockMovedBack: z.boolean(),
  limits: z.object({ devices: Limit, automations: Limit }),
  usage: z.object({ devices: z.number(), automations: z.number() }),
  /** Items over the tier's limits: kept, shown, but not usable until the tier allows them again. */
  readOnly: z.object({ devices: z.array(z.string()), automations: z.array(z.string()) }),
  /**
   * How many days of device history the tier shows (null: all that is kept — the demo home, or no tier limit). Older
   * readings are kept, not shown, until the person's privacy retention removes them; an upgrade shows them again.
   */
  historyDays: z.number().int().positive().nullable(),
  /** The vendor's checkout page (opened in the system browser). */
  checkoutUrl: z.string(),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

export const subscriptionRequests = defineRequests({
  'subscription.status': { input: NoInput, output: SubscriptionStatus, personal: 'none' },
  /** A licence key as pasted, or a licence file's text. */
  'subscription.activate': {
    input: z.object({ licence: z.string().max(4096) }).strict(),
    output: SubscriptionStatus,
    personal: 'none',
    audit: { action: 'subscription.activate', target: 'tier' },
  },
  'subscription.deactivate': { input: NoInput, output: SubscriptionStatus, personal: 'none', audit: { action: 'subscription.deactivate' } },
  /**
   * Buy or upgrade: the vendor's checkout page (https only, from the setting). The desktop app opens it in the
   * system browser itself (opened: true); in hub mode the page opens it (opened: false). No card data reaches Hearth.
   */
  'subscription.checkout': { input: NoInput, output: z.object({ url: z.string(), opened: z.boolean() }), personal: 'none' },
});
export type SubscriptionRequestName = keyof typeof subscriptionRequests;

export const subscriptionEvents = defineEvents({
  'subscription.changed': SubscriptionStatus,
});
