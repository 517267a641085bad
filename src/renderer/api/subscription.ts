// Subscription: the tier in force, its licence, usage against the limits; activating and removing a licence;
// the vendor's checkout address (bought in the system browser, never in Hearth).
import type { Client } from './client';

export const subscriptionStatus = (c: Client) => c.call('subscription.status', {});
export const activateLicence = (c: Client, licence: string) => c.call('subscription.activate', { licence });
export const removeLicence = (c: Client) => c.call('subscription.deactivate', {});
export const checkout = (c: Client) => c.call('subscription.checkout', {});
