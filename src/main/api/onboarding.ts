import type { AreaService } from '../services/areas';
import type { OnboardingService } from '../services/onboarding';
import type { HandlersFor } from '../transport/dispatch';

type OnboardingRequests = 'onboarding.state' | 'onboarding.update' | 'home.preferences' | 'home.setPreferences' | 'areas.create' | 'areas.update' | 'areas.remove';

export function onboardingHandlers({ onboarding, areas }: { onboarding: OnboardingService; areas: AreaService }): HandlersFor<OnboardingRequests> {
  return {
    'onboarding.state': () => onboarding.state(),
    'onboarding.update': (i) => onboarding.update(i),
    'home.preferences': () => onboarding.preferences(),
    'home.setPreferences': (i) => onboarding.setPreferences(i),
    'areas.create': (i) => areas.create(i.name, i.floor),
    'areas.update': (i) => areas.update(i.id, { name: i.name, floor: i.floor }),
    'areas.remove': (i) => {
      areas.remove(i.id);
      return { ok: true as const };
    },
  };
}
