import { setHomePreferences } from '../../../api/onboarding';
import { useCall } from '../../../api/useCall';
import { useHome } from '../../../store/context';
import { usePreferencesForm } from '../PreferencesForm';
import { RoomsEditor } from '../RoomsEditor';
import { StepActions, type StepProps } from '../Wizard';
import { DEFAULT_PREFERENCES } from '../defaults';

export function PreferencesStep(props: StepProps) {
  const initial = useHome((s) => s.preferences) ?? DEFAULT_PREFERENCES;
  const { form, read } = usePreferencesForm(initial);
  const setPreferences = useCall(setHomePreferences);
  const save = async () => {
    const prefs = read();
    if (!prefs) return;
    if (await setPreferences.run(prefs)) await props.next();
  };
  return (
    <>
      <h1>Your home</h1>
      <p className="lead">A few details so Hearth shows things your way. All of it stays on this computer.</p>
      {form}
      <RoomsEditor />
      <StepActions busy={props.busy} onBack={() => void props.back()} onSkip={() => void props.skip()}>
        <button type="button" className="button primary" onClick={() => void save()} disabled={props.busy}>
          Continue
        </button>
      </StepActions>
    </>
  );
}
