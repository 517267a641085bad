// Step 2: the radio. The USB sticks plugged into this computer, live (one plugged in now shows up within
// a couple of seconds), each with what it is, which protocol and which driver/adapter it needs; a test
// that opens the chosen one and asks it whether it is a coordinator; and, without a stick, the demo home.
// A chosen stick is saved (radios.configure) and used from Hearth's next start; so is what an integration sets up
// here without a stick (MQTT: a broker, from integrations/<stack>'s `setup`).
import { Clock, FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { ZigbeeAdapterName } from '../../../../shared/contract';
import { StickPicker, type StickChoice } from '../../../components/StickPicker';
import { configureRadio } from '../../../api/radios';
import { integrations } from '../../../integrations';
import { useCall } from '../../../api/useCall';
import { useHome } from '../../../store/context';
import { StepActions, type StepProps } from '../Wizard';

type Choice = 'stick' | 'demo' | 'later';
const KIND = { zigbee: 'Zigbee', zwave: 'Z-Wave' } as const;

export function RadioStep({ state, next, back, skip, busy }: StepProps) {
  const demo = useHome((s) => s.info?.demo ?? false);
  const configure = useCall(configureRadio);
  const saving = configure.busy;
  const [choice, setChoice] = useState<Choice>(state.radioChoice ?? 'demo');
  const [stick, setStick] = useState<StickChoice | null>(null);
  const pickStick = (c: StickChoice | null) => {
    setStick(c);
    if (c) setChoice('stick');
  };
  const pick = (c: Choice) => {
    setChoice(c);
    if (c !== 'stick') setStick(null);
  };
  const carryOn = async () => {
    if (choice !== 'stick') return next({ radioChoice: choice });
    // Back here after saving a stick: it stays saved unless another is picked.
    if (!stick) return state.radioChoice === 'stick' ? next({ radioChoice: 'stick' }) : undefined;
    const parsed = ZigbeeAdapterName.safeParse(stick.driver);
    const adapter = parsed.success ? parsed.data : undefined;
    const saved = await configure.run({ protocol: stick.protocol, port: stick.path, ...(stick.protocol === 'zigbee' && adapter ? { adapter } : {}) });
    if (saved) await next({ radioChoice: 'stick' });
  };
  return (
    <>
      <h1>Connect a radio</h1>
      <p className="lead">
        Hearth talks to your devices through a USB radio stick, such as a Z-Wave or Zigbee stick. Plug yours in: it shows up here by
        itself. Pick it, then test it.
      </p>
      <StickPicker value={choice === 'stick' ? stick : null} onChange={pickStick} />
      {choice === 'stick' && stick && (
        <p className="banner" role="note">
          Hearth will use this {KIND[stick.protocol]} stick ({stick.path}) from its next start: restart Hearth after setup to connect
          it. Until then the demo home keeps running.
        </p>
      )}
      <fieldset className="choice-list">
        <legend>No stick?</legend>
        <label className={`choice ${choice === 'demo' ? 'selected' : ''}`}>
          <input type="radio" name="radio-choice" value="demo" checked={choice === 'demo'} onChange={() => pick('demo')} />
          <FlaskConical size={22} aria-hidden="true" />
          <span>
            <strong>Try the demo home</strong>
            <span className="muted">
              Simulated Z-Wave and Zigbee sticks and Matter devices (on this computer only) with lights, plugs, thermostats and sensors, driven exactly like real ones.
              {demo ? ' It is running now.' : ''}
            </span>
          </span>
        </label>
        <label className={`choice ${choice === 'later' ? 'selected' : ''}`}>
          <input type="radio" name="radio-choice" value="later" checked={choice === 'later'} onChange={() => pick('later')} />
          <Clock size={22} aria-hidden="true" />
          <span>
            <strong>I’ll add a stick later</strong>
            <span className="muted">Carry on with setup; Hearth keeps the demo home until a stick is configured (Settings → Radios).</span>
          </span>
        </label>
      </fieldset>
      {integrations
        .filter((i) => i.setup)
        .map((i) => {
          const { title, component: Setup } = i.setup!;
          return (
            <details key={i.protocol} className="radio-step-extra">
              <summary>{title}</summary>
              <p className="muted small">Saved here, Hearth runs your home with it from its next start instead of the demo home.</p>
              <Setup />
            </details>
          );
        })}
      <StepActions busy={busy} onBack={() => void back()} onSkip={() => void skip()}>
        <button
          type="button"
          className="button primary"
          onClick={() => void carryOn()}
          disabled={busy || saving || (choice === 'stick' && !stick && state.radioChoice !== 'stick')}
        >
          {choice === 'stick' ? 'Use this stick and continue' : 'Continue'}
        </button>
      </StepActions>
    </>
  );
}
