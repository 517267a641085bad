// Settings of the subscription, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { defineSetting } from '../settings/registry';

export const subscriptionSettings = [
  defineSetting({
    key: 'subscription.licence',
    schema: z.string().max(4096).nullable(),
    default: null,
    description: 'The licence that unlocks a paid tier on this computer (verified offline).',
    userVisible: false,
  }),
  defineSetting({
    key: 'subscription.latestSeen',
    schema: z.number().int().nonnegative(),
    default: 0,
    description: 'The latest time Hearth has seen, so a clock moved back does not stretch a licence.',
    userVisible: false,
  }),
  defineSetting({
    key: 'subscription.checkoutUrl',
    schema: z.url({ protocol: /^https$/ }),
    default: 'https://hearth-home.app/buy',
    description: 'The vendor page where a subscription is bought (opened in the system browser).',
    userVisible: false,
    env: 'HEARTH_CHECKOUT_URL',
  }),
] as const;
