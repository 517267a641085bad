import type { ValueRequestName } from '../../shared/contract';
import type { ValueService } from '../subscriptions/value/service';
import type { HandlersFor } from '../transport/dispatch';

export function valueHandlers({ value }: { value: ValueService }): HandlersFor<ValueRequestName> {
  return {
    'value.report': (i) => value.report(i.days),
    'value.settings.set': (i) => value.setSettings(i),
    'value.minutesPerRun.set': (i) => value.setMinutesPerRun(i.ruleId, i.minutes),
    'value.rating.status': () => value.ratingStatus(),
    'value.rating.submit': (i) => value.ratings.submit(i.rating),
    'value.rating.dismiss': () => value.ratings.dismiss(),
  };
}
