// First-run setup progress and the home's preferences, kept in settings so they survive a restart.
// A fresh data folder (or one just erased) has no progress: the wizard shows.
import { HomePreferences, OnboardingState, type OnboardingStep } from '../../shared/contract';
import type { EventBus } from '../bus';
import type { Db } from '../storage/db';
import { getSetting, setSetting } from '../storage/settings';

const STATE = 'onboarding';
const PREFS = 'home.preferences';

export const FIRST_RUN: OnboardingState = { status: 'new', step: 'welcome', radioChoice: null, tutorialSkipped: false, updatedAt: null };
export const DEFAULT_PREFERENCES: HomePreferences = { name: '', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } };

export interface OnboardingChange {
  step?: OnboardingStep | undefined;
  status?: 'inProgress' | 'skipped' | 'done' | undefined;
  radioChoice?: 'demo' | 'later' | 'stick' | undefined;
  tutorialSkipped?: boolean | undefined;
}

export class OnboardingService {
  readonly #db: Db;
  readonly #bus: EventBus;
  readonly #now: () => number;

  constructor(db: Db, bus: EventBus, now: () => number) {
    this.#db = db;
    this.#bus = bus;
    this.#now = now;
  }

  state(): OnboardingState {
    return getSetting(this.#db, STATE, OnboardingState) ?? FIRST_RUN;
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
    setSetting(this.#db, STATE, next, next.updatedAt!);
    this.#bus.emit('onboarding.changed', next);
    return next;
  }

  /** `--skip-onboarding`: a first run goes straight to the home (scripted set-ups, tests). */
  skipIfFirstRun(): void {
    if (this.state().status === 'new') this.update({ status: 'skipped' });
  }

  preferences(): HomePreferences {
    return getSetting(this.#db, PREFS, HomePreferences) ?? DEFAULT_PREFERENCES;
  }

  setPreferences(p: HomePreferences): HomePreferences {
    setSetting(this.#db, PREFS, p, this.#now());
    this.#bus.emit('home.preferences', p);
    return p;
  }
}
