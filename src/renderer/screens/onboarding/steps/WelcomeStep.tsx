import { HardDrive, Radio, ShieldCheck } from 'lucide-react';
import { StepActions, type StepProps } from '../Wizard';

export function WelcomeStep({ next, skip, busy }: StepProps) {
  return (
    <>
      <h1>Welcome to Hearth</h1>
      <p className="lead">Hearth runs your smart home from this computer: lights, plugs, thermostats and sensors, in one window.</p>
      <ul className="feature-list">
        <li>
          <Radio size={20} aria-hidden="true" />
          <span>
            <strong>Z-Wave, Zigbee and Matter</strong> devices through a USB radio stick, side by side.
          </span>
        </li>
        <li>
          <HardDrive size={20} aria-hidden="true" />
          <span>
            <strong>Offline by default.</strong> Your home works without the internet, and your data stays on this computer.
          </span>
        </li>
        <li>
          <ShieldCheck size={20} aria-hidden="true" />
          <span>
            <strong>You decide what is shared.</strong> Everything beyond running your home is off until you turn it on.
          </span>
        </li>
      </ul>
      <p className="muted">Setup takes about two minutes. You can stop at any point and carry on later, even after closing Hearth.</p>
      <StepActions busy={busy} onSkip={() => void skip()}>
        <button type="button" className="button primary" onClick={() => void next()} disabled={busy}>
          Start setup
        </button>
      </StepActions>
    </>
  );
}
