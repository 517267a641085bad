import { PartyPopper } from 'lucide-react';
import type { HomePreferences } from '../../../../shared/contract';
import { navigate } from '../../../nav/router';
import { useHome } from '../../../store/context';
import { useConsents } from '../../privacy/useConsents';
import { StepActions, type StepProps } from '../Wizard';

function locationText(p: HomePreferences | null): string {
  if (!p || p.location.kind === 'none') return 'Not set';
  return p.location.kind === 'city' ? p.location.city : `${p.location.latitude}, ${p.location.longitude}`;
}

export function DoneStep({ state, back, finish, busy }: StepProps) {
  const prefs = useHome((s) => s.preferences);
  const areas = useHome((s) => s.areas);
  const devices = useHome((s) => Object.keys(s.devices).length);
  const { purposes } = useConsents();
  const shared = (purposes ?? []).filter((c) => c.granted && !c.required).map((c) => c.title);
  return (
    <>
      <h1>
        <PartyPopper size={24} aria-hidden="true" /> You’re all set
      </h1>
      <dl className="summary" aria-label="Setup summary">
        <dt>Home</dt>
        <dd>{prefs?.name || 'No name yet'}</dd>
        <dt>Location</dt>
        <dd>{locationText(prefs)}</dd>
        <dt>Units</dt>
        <dd>
          °{prefs?.units.temperature ?? 'C'}, {prefs?.units.clock === '12h' ? '12-hour' : '24-hour'} clock
        </dd>
        <dt>Rooms</dt>
        <dd>{areas.length ? areas.map((a) => (a.floor ? `${a.name} (${a.floor})` : a.name)).join(', ') : 'None yet'}</dd>
        <dt>Radio</dt>
        <dd>
          {state.radioChoice === 'later'
            ? 'Adding a stick later; the demo home runs meanwhile'
            : state.radioChoice === 'stick'
              ? 'Your USB stick is saved: restart Hearth to connect it (the demo home runs until then)'
              : `Demo home, ${devices} devices`}
        </dd>
        <dt>Shared beyond this computer</dt>
        <dd>{shared.length ? shared.join(', ') : 'Nothing'}</dd>
      </dl>
      <h2>Next steps</h2>
      <ul className="next-steps">
        <li>Switch and dim devices from their cards on the Home screen.</li>
        <li>Rename devices and move them to rooms on the Devices screen.</li>
        <li>See, download or erase what Hearth stores about you on the Privacy screen.</li>
      </ul>
      <StepActions busy={busy} onBack={() => void back()}>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            navigate('');
            void finish();
          }}
        >
          Go to my home
        </button>
      </StepActions>
    </>
  );
}
