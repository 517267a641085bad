// Settings → Demo home or your home: which home Hearth runs, what each keeps, and switching (from the next start).
import { useEffect, useState } from 'react';
import type { HomesView } from '../../../shared/contract';
import { chooseHome, homes } from '../../api/homes';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';

type Choice = HomesView['chosen'];

const count = (n: number) => (n === 1 ? '1 device' : `${n} devices`);

export function HomeSection() {
  const load = useCall(homes).run;
  const choose = useCall(chooseHome);
  const [view, setView] = useState<HomesView | null>(null);
  const [choice, setChoice] = useState<Choice>('auto');
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => void load().then((v) => v && (setView(v), setChoice(v.chosen)));
  useEffect(refresh, [load]);
  useEvent('homes.changed', (v) => setView(v));
  useEvent('device.added', () => void load().then((v) => v && setView(v)));
  if (!view) return <p className="muted">Loading…</p>;
  const options: { value: Choice; title: string; text: string }[] = [
    {
      value: 'auto',
      title: 'Automatic',
      text:
        view.configured.length > 0
          ? `Your home, since ${view.configured.join(' and ')} ${view.configured.length === 1 ? 'is' : 'are'} set up.`
          : 'The demo home until you set up a stick, an MQTT broker or Matter on your home network; then your home.',
    },
    { value: 'real', title: 'Your home', text: `Your own devices (${count(view.devices.real)} kept).` },
    { value: 'demo', title: 'The demo home', text: `Simulated devices to try Hearth with; nothing reaches a real device (${count(view.devices.demo)} kept).` },
  ];
  return (
    <form
      className="home-switch"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await choose.run(choice);
        if (!r) return;
        setView(r.homes);
        setMessage(r.message);
      }}
    >
      <p>
        Hearth is running <strong>{view.running === 'demo' ? 'the demo home' : 'your home'}</strong>
        {view.next !== view.running ? <> and runs {view.next === 'demo' ? 'the demo home' : 'your home'} from its next start</> : null}.
        Each home keeps its own devices, with their names and rooms: switching deletes nothing, and you can come back. Rooms,
        automations and settings are shared by both.
      </p>
      {view.commandLine && (
        <p className="banner" role="note">
          Hearth was started with a stick or broker on its command line, so it runs your home until it starts without them.
        </p>
      )}
      <fieldset className="choice-list" aria-label="Which home Hearth runs">
        {options.map((o) => (
          <label key={o.value} className={`choice${choice === o.value ? ' selected' : ''}`}>
            <input type="radio" name="home-choice" value={o.value} checked={choice === o.value} onChange={() => setChoice(o.value)} />
            <span>
              <strong>{o.title}</strong>
              <span className="muted small">{o.text}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="wizard-actions">
        <span role="status" className="small">
          {message ?? ''}
        </span>
        <span className="spacer" />
        <button type="submit" className="button primary" disabled={choose.busy || choice === view.chosen}>
          Save
        </button>
      </div>
    </form>
  );
}
