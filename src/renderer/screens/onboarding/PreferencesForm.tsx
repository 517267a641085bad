// Home name, location (typed city or coordinates: Hearth never asks the system where you are) and units.
import { useState } from 'react';
import { HomePreferences } from '../../../shared/contract';

type LocationKind = HomePreferences['location']['kind'];

export interface PreferencesDraft {
  value: HomePreferences | null;
  error: string | null;
}

/** Returns the form and a function reading its current, validated value (null + error when invalid). */
export function usePreferencesForm(initial: HomePreferences) {
  const [name, setName] = useState(initial.name);
  const [kind, setKind] = useState<LocationKind>(initial.location.kind);
  const [city, setCity] = useState(initial.location.kind === 'city' ? initial.location.city : '');
  const [lat, setLat] = useState(initial.location.kind === 'coords' ? String(initial.location.latitude) : '');
  const [lon, setLon] = useState(initial.location.kind === 'coords' ? String(initial.location.longitude) : '');
  const [temperature, setTemperature] = useState(initial.units.temperature);
  const [clock, setClock] = useState(initial.units.clock);
  const [error, setError] = useState<string | null>(null);

  const read = (): HomePreferences | null => {
    const location =
      kind === 'city' ? { kind, city } : kind === 'coords' ? { kind, latitude: Number(lat.replace(',', '.')), longitude: Number(lon.replace(',', '.')) } : { kind };
    if (kind === 'coords' && (lat.trim() === '' || lon.trim() === '')) {
      setError('Enter both latitude and longitude, or choose another way to give your location.');
      return null;
    }
    const parsed = HomePreferences.safeParse({ name, location, units: { temperature, clock } });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      setError(
        field.includes('latitude')
          ? 'Latitude is a number from -90 to 90.'
          : field.includes('longitude')
            ? 'Longitude is a number from -180 to 180.'
            : field.includes('city')
              ? 'Type the name of your city or town.'
              : `Check ${field || 'the form'}: ${issue.message}`,
      );
      return null;
    }
    setError(null);
    return parsed.data;
  };

  const form = (
    <div className="form">
      <label className="field">
        <span>Home name</span>
        <input value={name} maxLength={64} placeholder="e.g. Maple Cottage" onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="field">
        <legend>Location, for sunrise and sunset</legend>
        <div className="segmented">
          {(
            [
              ['none', 'Not now'],
              ['city', 'City or town'],
              ['coords', 'Coordinates'],
            ] as const
          ).map(([k, label]) => (
            <label key={k}>
              <input
                type="radio"
                name="location-kind"
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setError(null);
                }}
              />
              {label}
            </label>
          ))}
        </div>
        {kind === 'city' && (
          <label className="field">
            <span>City or town</span>
            <input value={city} maxLength={100} placeholder="e.g. Bergen" onChange={(e) => setCity(e.target.value)} />
          </label>
        )}
        {kind === 'coords' && (
          <div className="row">
            <label className="field">
              <span>Latitude</span>
              <input inputMode="decimal" value={lat} placeholder="60.39" onChange={(e) => setLat(e.target.value)} />
            </label>
            <label className="field">
              <span>Longitude</span>
              <input inputMode="decimal" value={lon} placeholder="5.32" onChange={(e) => setLon(e.target.value)} />
            </label>
          </div>
        )}
        <p className="muted small">Typed by you; Hearth never asks your computer or the internet where you are.</p>
      </fieldset>
      <div className="row">
        <fieldset className="field">
          <legend>Temperature</legend>
          <div className="segmented">
            {(['C', 'F'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name="temperature" checked={temperature === t} onChange={() => setTemperature(t)} />°{t}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Clock</legend>
          <div className="segmented">
            {(['24h', '12h'] as const).map((c) => (
              <label key={c}>
                <input type="radio" name="clock" checked={clock === c} onChange={() => setClock(c)} />
                {c === '24h' ? '24-hour' : '12-hour'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
  return { form, read };
}
