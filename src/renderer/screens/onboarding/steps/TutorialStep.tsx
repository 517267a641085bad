// Step 5: the first command, with the real command bar and plan preview. The user types (or lets us type)
// a sentence, sees the plan, approves it, and watches the device change; then the step is done.
import { CheckCircle2, MessageSquareText } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Device } from '../../../../shared/model';
import { useHome, usePlans } from '../../../store/context';
import { StepActions, type StepProps } from '../Wizard';

/** A first command that works in this home: turn on something that can be switched and is off. */
function suggestion(devices: Device[]): string | null {
  const switchable = devices.filter((d) => d.capabilities.some((c) => c.kind === 'onOff' && c.writable) && d.health === 'online');
  const pick = switchable.find((d) => d.state['onOff'] === false) ?? switchable[0];
  if (!pick) return null;
  return `turn ${pick.state['onOff'] === true ? 'off' : 'on'} the ${pick.name}`;
}

export function TutorialStep({ next, back, busy }: StepProps) {
  const devices = useHome((s) => s.devices);
  const preview = usePlans((s) => s.preview);
  const plans = usePlans((s) => s.plans);
  // Plans that existed before this step opened don't count.
  const [before] = useState(() => new Set(Object.keys(plans)));
  const done = Object.values(plans).find((p) => !before.has(p.id) && p.source.kind === 'command' && p.status === 'done');
  const sentence = useMemo(() => suggestion(Object.values(devices)), [devices]);

  return (
    <>
      <h1>Your first command</h1>
      <p className="lead">
        Tell Hearth what you want in plain English in the bar at the top of the window. Hearth shows a preview of exactly what will
        happen, and nothing moves until you approve it.
      </p>
      {done ? (
        <div className="banner ok" role="status">
          <CheckCircle2 size={18} aria-hidden="true" /> Done: “{done.title}”. That is all there is to it. You can undo a plan for 24 hours
          from its preview.
        </div>
      ) : sentence ? (
        <div className="tutorial-try">
          <p>
            <MessageSquareText size={18} aria-hidden="true" /> Try typing <q className="example">{sentence}</q> and press Enter, then
            approve the preview.
          </p>
          <button type="button" className="button" onClick={() => void preview(sentence)} disabled={busy}>
            Show me with “{sentence}”
          </button>
        </div>
      ) : (
        <div className="banner" role="note">
          No device is ready yet. Once a device is online you can try a command here, or skip this step and use the command bar later.
        </div>
      )}
      <StepActions busy={busy} onBack={() => void back()}>
        {done ? (
          <button type="button" className="button primary" onClick={() => void next()} disabled={busy}>
            Continue
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void next({ tutorialSkipped: true })} disabled={busy}>
            Skip this step
          </button>
        )}
      </StepActions>
    </>
  );
}
