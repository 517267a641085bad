// Step 2: the radio. Finding and test-opening USB sticks comes with Hearth's radio discovery (a separate
// feature); until it is part of Hearth this step offers the demo home or adding a stick later, and says so.
import { FlaskConical, Clock } from 'lucide-react';
import { useState } from 'react';
import { useHome } from '../../../store/context';
import { StepActions, type StepProps } from '../Wizard';

type Choice = 'demo' | 'later';

export function RadioStep({ state, next, back, skip, busy }: StepProps) {
  const demo = useHome((s) => s.info?.demo ?? false);
  const [choice, setChoice] = useState<Choice>(state.radioChoice === 'later' ? 'later' : 'demo');
  return (
    <>
      <h1>Connect a radio</h1>
      <p className="lead">Hearth talks to your devices through a USB radio stick, such as a Z-Wave or Zigbee stick.</p>
      <div className="banner" role="note">
        Finding sticks plugged into this computer is not part of this version of Hearth yet. You can already use a Z-Wave stick by
        starting Hearth with <code>--zwave-port</code> (for example <code>/dev/ttyUSB0</code> or <code>COM3</code>).
      </div>
      <fieldset className="choice-list">
        <legend className="visually-hidden">How do you want to start?</legend>
        <label className={`choice ${choice === 'demo' ? 'selected' : ''}`}>
          <input type="radio" name="radio-choice" value="demo" checked={choice === 'demo'} onChange={() => setChoice('demo')} />
          <FlaskConical size={22} aria-hidden="true" />
          <span>
            <strong>Try the demo home</strong>
            <span className="muted">
              A simulated Z-Wave stick with a few lights, a plug and a thermostat, driven exactly like real ones.
              {demo ? ' It is running now.' : ''}
            </span>
          </span>
        </label>
        <label className={`choice ${choice === 'later' ? 'selected' : ''}`}>
          <input type="radio" name="radio-choice" value="later" checked={choice === 'later'} onChange={() => setChoice('later')} />
          <Clock size={22} aria-hidden="true" />
          <span>
            <strong>I’ll add a stick later</strong>
            <span className="muted">No stick yet? Carry on with setup; Hearth keeps the demo home until a stick is configured.</span>
          </span>
        </label>
      </fieldset>
      <StepActions busy={busy} onBack={() => void back()} onSkip={() => void skip()}>
        <button type="button" className="button primary" onClick={() => void next({ radioChoice: choice })} disabled={busy}>
          Continue
        </button>
      </StepActions>
    </>
  );
}
