// Settings → Weather & calendars: what automations' weather and calendar parts read. The "Online services" consent
// first, in plain words (what is sent, to whom; give or withdraw it here or on the Privacy screen); then the home's
// location as it is sent (rounded), the forecast with its age and source, Refresh; then the calendars (CalendarSources).
import { useEffect, useMemo, useState } from 'react';
import { useClient } from '../../api/context';
import { mayCall } from '../../api/household';
import { useEvent } from '../../api/useEvent';
import { navigate } from '../../nav/router';
import { useStore } from 'zustand';
import { ageText } from '../../../shared/outside';
import { useAutomations, useHome, useNotices } from '../../store/context';
import { createOutsideStore, type OutsideState } from '../../store/outside';
import { CalendarSources } from './CalendarSources';
import './weather-calendars.css';

/** The time now, again every 30 s, so ages ("12 min old") keep up while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function Location({ rounded, onSaved }: { rounded: { lat: number; lon: number } | null; onSaved(): void }) {
  const setLocation = useAutomations((s) => s.setLocation);
  const [editing, setEditing] = useState(false);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const valid = lat.trim() !== '' && lon.trim() !== '' && Math.abs(Number(lat)) <= 90 && Math.abs(Number(lon)) <= 180;
  if (!editing)
    return (
      <p className="wx-line">
        <span>
          <strong>Location: </strong>
          {rounded ? `${rounded.lat.toFixed(2)}, ${rounded.lon.toFixed(2)} — sent rounded like this (about 1 km), never more exactly` : 'not set. The weather needs your home’s location (it is also used for sunrise and sunset).'}
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => {
            setLat(rounded ? String(rounded.lat) : '');
            setLon(rounded ? String(rounded.lon) : '');
            setEditing(true);
          }}
        >
          {rounded ? 'Change location' : 'Set location'}
        </button>
      </p>
    );
  return (
    <form
      className="row wx-location"
      aria-label="Home location"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        await setLocation({ lat: Number(lat), lon: Number(lon) });
        setEditing(false);
        onSaved();
      }}
    >
      <label className="field">
        <span>Latitude</span>
        <input type="number" step="any" min={-90} max={90} placeholder="e.g. 59.91" value={lat} onChange={(e) => setLat(e.target.value)} />
      </label>
      <label className="field">
        <span>Longitude</span>
        <input type="number" step="any" min={-180} max={180} placeholder="e.g. 10.75" value={lon} onChange={(e) => setLon(e.target.value)} />
      </label>
      <button type="submit" className="button small primary" disabled={!valid}>
        Save location
      </button>
      <button type="button" className="button small" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

function ConsentNotice({ state, may }: { state: OutsideState; may: boolean }) {
  const on = state.consent?.granted ?? state.weather?.consent ?? false;
  return (
    <div className={`wx-consent${on ? ' on' : ''}`} role="note" aria-label="Online services consent">
      <p>
        <strong>Online services: {on ? 'on' : 'off'}.</strong>{' '}
        {on
          ? 'Hearth fetches the weather and reads the calendar addresses you add below.'
          : 'Hearth fetches no weather and reads no calendar address until you turn this on. A calendar file on this computer still works.'}
      </p>
      <p className="muted small">
        Weather and calendar addresses are fetched from the internet only with this consent. What is sent: your home’s location rounded to two decimals
        (about 1 km) to Open-Meteo (api.open-meteo.com), or to MET Norway (api.met.no) when Open-Meteo fails; and each calendar’s address to its own
        server, with its user name and password for CalDAV. Nothing else about your home is sent.
      </p>
      <div className="row">
        {may && state.consent && (
          <button type="button" className={`button small${on ? '' : ' primary'}`} onClick={() => void state.setConsent(!on)}>
            {on ? 'Withdraw consent' : 'Give consent for Online services'}
          </button>
        )}
        <button type="button" className="button link small" onClick={() => navigate('privacy')}>
          All consents (Privacy)
        </button>
      </div>
    </div>
  );
}

export function WeatherCalendarsSection() {
  const client = useClient();
  const report = useNotices((s) => s.report);
  const session = useHome((s) => s.session);
  const store = useMemo(() => createOutsideStore({ client, report }), [client, report]);
  const state = useStore(store);
  const now = useNow();
  useEffect(() => void store.getState().load(), [store]);
  useEvent('consent.changed', () => void store.getState().load());
  const w = state.weather;
  if (!w) return <p className="muted">Loading…</p>;
  const on = state.consent?.granted ?? w.consent;
  const age = w.lastFetchAt !== null ? ageText(now - w.lastFetchAt) : null;
  return (
    <>
      <p>
        Automations can use the forecast for your home and your calendars: “when it will rain today, close the skylight”, “only if my calendar does
        not say Vacation”. Each rule’s editor shows what they say right now.
      </p>
      <ConsentNotice state={state} may={mayCall(session, 'consent.set')} />
      <h3>Weather</h3>
      <Location rounded={w.location} onSaved={() => void store.getState().load()} />
      <div className="wx-forecast" aria-label="Forecast" role="status">
        {w.summary ? (
          <>
            <p className="wx-summary">{w.summary.charAt(0).toUpperCase() + w.summary.slice(1)}.</p>
            <p className="muted small">
              Forecast from {w.provider}, {age}
              {w.lastAttemptAt !== null && w.lastAttemptAt !== w.lastFetchAt ? `; last tried ${ageText(now - w.lastAttemptAt).replace(' old', ' ago')}` : ''}.
            </p>
          </>
        ) : (
          <p className="muted">{!on ? 'No forecast: Online services are off.' : !w.location ? 'No forecast: set the location first.' : 'No forecast yet.'}</p>
        )}
        {/* Consent off and no location are said above, where they are put right. */}
        {w.error && on && w.location && <p className="wx-warn small">{w.error}</p>}
      </div>
      <div className="row">
        <button type="button" className="button small" disabled={!on || !w.location || state.weatherBusy} onClick={() => void state.refreshWeather()}>
          {state.weatherBusy ? 'Fetching…' : 'Refresh forecast'}
        </button>
        <span className="muted small">Fetched at most every 30 min; when it cannot be reached, rules use the last forecast while it is recent enough for them.</span>
      </div>
      <h3>Calendars</h3>
      <CalendarSources state={state} consent={on} now={now} />
    </>
  );
}
