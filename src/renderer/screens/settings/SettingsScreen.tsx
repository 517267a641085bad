// Settings: the home's preferences, rooms and floors, the demo home or yours, integrations (MQTT), weather and calendars, setup,
// encryption at rest, the local API with its tokens, and which devices voice assistants may see.
import { useState } from 'react';
import { setHomePreferences, updateOnboarding } from '../../api/onboarding';
import { useCall } from '../../api/useCall';
import { useHome } from '../../store/context';
import { DEFAULT_PREFERENCES } from '../onboarding/defaults';
import { usePreferencesForm } from '../onboarding/PreferencesForm';
import { RoomsEditor } from '../onboarding/RoomsEditor';
import { AllSettings } from './AllSettings';
import { ApiSection } from './ApiSection';
import { AssistantsSection } from './AssistantsSection';
import { HomeSection } from './HomeSection';
import { HouseholdSection } from './HouseholdSection';
import { mayCall } from '../../api/household';
import { IntegrationsSection } from './IntegrationsSection';
import { SecuritySection } from './SecuritySection';
import { WeatherCalendarsSection } from './WeatherCalendarsSection';

function PreferencesSection() {
  const initial = useHome((s) => s.preferences) ?? DEFAULT_PREFERENCES;
  const { form, read } = usePreferencesForm(initial);
  const setPreferences = useCall(setHomePreferences);
  const [saved, setSaved] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const p = read();
        if (p && (await setPreferences.run(p))) setSaved(true);
      }}
    >
      {form}
      <div className="wizard-actions">
        <span role="status" className="muted small">
          {saved ? 'Saved.' : ''}
        </span>
        <span className="spacer" />
        <button type="submit" className="button primary">
          Save
        </button>
      </div>
    </form>
  );
}

export function SettingsScreen() {
  const onboarding = useCall(updateOnboarding);
  const loaded = useHome((s) => s.loaded);
  const session = useHome((s) => s.session);
  // A member sees what it may change; the owner's administration (people, tokens, setup) is the owner's.
  const owner = mayCall(session, 'household.list');
  return (
    <div className="settings">
      <h1 className="screen-title">Settings</h1>
      <section aria-labelledby="home-title">
        <h2 id="home-title">Your home</h2>
        {loaded && <PreferencesSection />}
        <RoomsEditor />
      </section>
      <section aria-labelledby="which-home-title">
        <h2 id="which-home-title">Demo home or your home</h2>
        <HomeSection />
      </section>
      <section aria-labelledby="integrations-title">
        <h2 id="integrations-title">Integrations</h2>
        <IntegrationsSection />
      </section>
      {mayCall(session, 'calendars.list') && (
        <section aria-labelledby="weather-calendars-title">
          <h2 id="weather-calendars-title">Weather &amp; calendars</h2>
          <WeatherCalendarsSection />
        </section>
      )}
      <section aria-labelledby="security-title">
        <h2 id="security-title">Encryption</h2>
        <SecuritySection />
      </section>
      {owner && (
        <section aria-labelledby="household-title">
          <h2 id="household-title">Household</h2>
          <HouseholdSection />
        </section>
      )}
      {owner && (
        <section aria-labelledby="api-title">
          <h2 id="api-title">API</h2>
          <ApiSection />
        </section>
      )}
      <section aria-labelledby="assistants-title">
        <h2 id="assistants-title">Voice assistants</h2>
        <AssistantsSection />
      </section>
      <section aria-labelledby="all-settings-title">
        <h2 id="all-settings-title">All settings</h2>
        <AllSettings />
      </section>
      {owner && <section aria-labelledby="setup-title">
        <h2 id="setup-title">Setup</h2>
        <div className="action-row">
          <p>Go through the first-run setup again: radio, privacy choices, your home.</p>
          <button type="button" className="button" onClick={() => void onboarding.run({ status: 'inProgress', step: 'welcome' })}>
            Run setup again
          </button>
        </div>
      </section>}
    </div>
  );
}
