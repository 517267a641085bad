// Settings plans and automations depend on: auto-run for simple commands, the longest chain of automations, the home's location for sun times.
import { useEffect, useState } from 'react';
import { useAutomations, usePlans } from '../../store/context';

export function Settings() {
  const settings = usePlans((s) => s.settings);
  const setSettings = usePlans((s) => s.setSettings);
  const loadPlanSettings = usePlans((s) => s.loadSettings);
  const location = useAutomations((s) => s.location);
  const setLocation = useAutomations((s) => s.setLocation);
  const automationSettings = useAutomations((s) => s.settings);
  const loadAutomationSettings = useAutomations((s) => s.loadSettings);
  const setAutomationSettings = useAutomations((s) => s.setSettings);
  useEffect(() => {
    void loadPlanSettings();
    void loadAutomationSettings();
  }, [loadPlanSettings, loadAutomationSettings]);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  useEffect(() => {
    setLat(location ? String(location.lat) : '');
    setLon(location ? String(location.lon) : '');
  }, [location]);
  const valid = lat !== '' && lon !== '' && Math.abs(Number(lat)) <= 90 && Math.abs(Number(lon)) <= 180;
  return (
    <section className="panel" aria-labelledby="plan-settings">
      <h2 id="plan-settings">Settings</h2>
      <label className="inline">
        <input type="checkbox" checked={settings.autoRunSimple} onChange={(e) => void setSettings({ autoRunSimple: e.target.checked })} />
        Run simple commands at once (up to 3 devices, no locks or covers, nothing timed); everything else is always previewed.
      </label>
      {automationSettings && (
        <label className="inline">
          Longest chain: stop a chain of automations, each set off by the one before, after
          <input
            aria-label="Longest chain of automations"
            type="number"
            min={2}
            max={1000}
            defaultValue={automationSettings.chainLimit}
            key={automationSettings.chainLimit}
            onBlur={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 2 && n <= 1000 && n !== automationSettings.chainLimit) void setAutomationSettings({ chainLimit: n });
            }}
          />
          automations. (A loop is always stopped once it goes round twice.)
        </label>
      )}
      <form className="row location" onSubmit={(e) => { e.preventDefault(); if (valid) void setLocation({ lat: Number(lat), lon: Number(lon) }); }}>
        <span>Home location, for sunrise and sunset:</span>
        <input aria-label="Latitude" type="number" step="any" placeholder="latitude" value={lat} onChange={(e) => setLat(e.target.value)} />
        <input aria-label="Longitude" type="number" step="any" placeholder="longitude" value={lon} onChange={(e) => setLon(e.target.value)} />
        <button type="submit" className="button small" disabled={!valid}>
          Save location
        </button>
        {!location && <span className="muted small">Not set: sun triggers wait until it is.</span>}
      </form>
    </section>
  );
}
