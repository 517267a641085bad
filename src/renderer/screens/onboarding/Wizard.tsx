// First-run setup: one step at a time, every move saved in the core so a restart resumes where it stopped.
// "Skip for now" closes it; Settings → "Run setup again" reopens it.
import { Check } from 'lucide-react';
import { ONBOARDING_STEPS, type OnboardingState, type OnboardingStep, type RequestInput } from '../../../shared/contract';
import { updateOnboarding } from '../../api/onboarding';
import { useCall } from '../../api/useCall';
import { ConsentStep } from './steps/ConsentStep';
import { DoneStep } from './steps/DoneStep';
import { PreferencesStep } from './steps/PreferencesStep';
import { RadioStep } from './steps/RadioStep';
import { TutorialStep } from './steps/TutorialStep';
import { WelcomeStep } from './steps/WelcomeStep';

export const STEP_LABELS: Record<OnboardingStep, string> = {
  welcome: 'Welcome',
  radio: 'Radio',
  consent: 'Privacy choices',
  preferences: 'Your home',
  tutorial: 'First command',
  done: 'Done',
};

/** What each step gets: where it is, and how to move on. `before` runs (and may refuse) before leaving. */
export interface StepProps {
  state: OnboardingState;
  next(change?: { radioChoice?: 'demo' | 'later' | 'stick'; tutorialSkipped?: boolean }): Promise<void>;
  back(): Promise<void>;
  skip(): Promise<void>;
  finish(): Promise<void>;
  busy: boolean;
}

const STEPS: Record<OnboardingStep, (p: StepProps) => React.JSX.Element> = {
  welcome: WelcomeStep,
  radio: RadioStep,
  consent: ConsentStep,
  preferences: PreferencesStep,
  tutorial: TutorialStep,
  done: DoneStep,
};

export function Wizard({ state }: { state: OnboardingState }) {
  const update = useCall(updateOnboarding);
  const busy = update.busy;
  const index = ONBOARDING_STEPS.indexOf(state.step);
  const go = async (change: RequestInput<'onboarding.update'>) => {
    await update.run(change);
  };
  const props: StepProps = {
    state,
    busy,
    next: (change = {}) => go({ step: ONBOARDING_STEPS[Math.min(index + 1, ONBOARDING_STEPS.length - 1)]!, ...change }),
    back: () => go({ step: ONBOARDING_STEPS[Math.max(index - 1, 0)]! }),
    skip: () => go({ status: 'skipped' }),
    finish: () => go({ status: 'done' }),
  };
  const Step = STEPS[state.step];
  return (
    <div className="wizard">
      <nav aria-label="Setup progress">
        <ol className="wizard-steps">
          {ONBOARDING_STEPS.map((s, i) => (
            <li key={s} aria-current={s === state.step ? 'step' : undefined} className={i < index ? 'done' : s === state.step ? 'current' : ''}>
              <span className="wizard-num" aria-hidden="true">
                {i < index ? <Check size={14} /> : i + 1}
              </span>
              <span>{STEP_LABELS[s]}</span>
              {i < index && <span className="visually-hidden"> (done)</span>}
            </li>
          ))}
        </ol>
      </nav>
      <main className="wizard-panel" aria-label={`Setup: ${STEP_LABELS[state.step]}`}>
        <Step {...props} />
      </main>
    </div>
  );
}

/** The row of buttons at the bottom of a step. */
export function StepActions({ children, onBack, onSkip, busy }: { children: React.ReactNode; onBack?: () => void; onSkip?: () => void; busy: boolean }) {
  return (
    <div className="wizard-actions">
      {onBack && (
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          Back
        </button>
      )}
      <span className="spacer" />
      {onSkip && (
        <button type="button" className="button link" onClick={onSkip} disabled={busy}>
          Skip for now
        </button>
      )}
      {children}
    </div>
  );
}
