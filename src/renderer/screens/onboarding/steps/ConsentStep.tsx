import { ConsentList } from '../../privacy/ConsentList';
import { useConsents } from '../../privacy/useConsents';
import { StepActions, type StepProps } from '../Wizard';

export function ConsentStep({ next, back, skip, busy }: StepProps) {
  const { purposes, set } = useConsents();
  return (
    <>
      <h1>Your privacy choices</h1>
      <p className="lead">
        Everything is off except what Hearth needs to run your home on this computer. Turn on only what you want; each choice is
        recorded with the text you saw, and you can change it any time on the Privacy screen.
      </p>
      {purposes ? <ConsentList purposes={purposes} onChange={(c, on) => void set(c, on)} /> : <p className="muted">Loading…</p>}
      <StepActions busy={busy} onBack={() => void back()} onSkip={() => void skip()}>
        <button type="button" className="button primary" onClick={() => void next()} disabled={busy}>
          Continue
        </button>
      </StepActions>
    </>
  );
}
