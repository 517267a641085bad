import type { SubscriptionRequestName } from '../../shared/contract';
import type { SubscriptionService } from '../subscriptions/service';
import type { HandlersFor } from '../transport/dispatch';

export function subscriptionHandlers({ subscription }: { subscription: SubscriptionService }): HandlersFor<SubscriptionRequestName> {
  return {
    'subscription.status': () => subscription.status(),
    'subscription.activate': (i) => subscription.activate(i.licence),
    'subscription.deactivate': () => subscription.deactivate(),
    'subscription.checkout': () => subscription.checkout(),
  };
}
