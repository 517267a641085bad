// Step 5: the first command. The tutorial uses the real command bar and plan preview, which come with a
// separate feature; until then the step says so and can be skipped.
import { MessageSquareText } from 'lucide-react';
import { StepActions, type StepProps } from '../Wizard';

export function TutorialStep({ next, back, busy }: StepProps) {
  return (
    <>
      <h1>Your first command</h1>
      <p className="lead">
        In Hearth you can type what you want, like “dim the living room lights to 30%”, see a preview of exactly what will happen,
        and approve it.
      </p>
      <div className="banner" role="note">
        <MessageSquareText size={18} aria-hidden="true" /> This tutorial is available once the command bar is part of Hearth. Until then,
        control devices from their cards on the Home screen.
      </div>
      <StepActions busy={busy} onBack={() => void back()}>
        <button type="button" className="button primary" onClick={() => void next({ tutorialSkipped: true })} disabled={busy}>
          Skip this step
        </button>
      </StepActions>
    </>
  );
}
