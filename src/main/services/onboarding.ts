// First-run setup progress and the home's preferences, kept in settings so they survive a restart.
// A fresh data folder (or one just erased) has no progress: the wizard shows.
import type { HomePreferences, OnboardingState, OnboardingStep } from '../../shared/contract';
import type { EventBus } from '../bus';
import type { AppSettings } from '../settings';

export interface OnboardingChange {
  step?: OnboardingStep | undefined;
  status?: 'inProgress' | 'skipped' | 'done' | undefined;
  radioChoice?: 'demo' | 'later' | 'stick' | undefined;
  tutorialSkipped?: boolean | undefined;
}

export class OnboardingService {
  readonly #settings: AppSettings;
  readonly #bus: EventBus;
  readonly #now: () => number;

  constructor(deps: { settings: AppSettings; bus: EventBus; now: () => number }) {
    this.#settings = deps.settings;
    this.#bus = deps.bus;
    this.#now = deps.now;
  }

  state(): OnboardingState {
    return this.#settings.get('onboarding');
  }

  update(change: OnboardingChange): OnboardingState {
    const cur = this.state();
    const next: OnboardingState = {
      status: change.status ?? (cur.status === 'new' ? 'inProgress' : cur.status),
      step: change.step ?? cur.step,
      radioChoice: change.radioChoice ?? cur.radioChoice,
      tutorialSkipped: change.tutorialSkipped ?? cur.tutorialSkipped,
      updatedAt: this.#now(),
    };
    this.#settings.set('onboarding', next);
    this.#bus.emit('onboarding.changed', next);
    return next;
  }

  /** `--skip-onboarding`: a first run goes straight to the home (scripted set-ups, tests). */
  skipIfFirstRun(): void {
    if (this.state().status === 'new') this.update({ status: 'skipped' });
  }

  preferences(): HomePreferences {
    return this.#settings.get('home.preferences');
  }

  setPreferences(p: HomePreferences): HomePreferences {
    this.#settings.set('home.preferences', p);
    this.#bus.emit('home.preferences', p);
    return p;
  }
}
