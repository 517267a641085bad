import type { BusinessRequestName } from '../../shared/contract';
import type { BusinessService } from '../subscriptions/business';
import type { HandlersFor } from '../transport/dispatch';

export function businessHandlers({ business }: { business: BusinessService }): HandlersFor<BusinessRequestName> {
  return {
    'business.ledger': () => business.summary(),
    'business.import': (i) => business.import(i.name, i.csv),
    'business.clear': () => business.clear(),
    'business.figures': (i) => business.figures(i.month),
  };
}
