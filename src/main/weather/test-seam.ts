// TEST SEAM — where a hub started by an end-to-end test fetches the weather: a server the test runs on this
// computer serving a recorded answer, instead of Open-Meteo and MET Norway. Nothing in normal use reaches this:
// the hub honours it only when ALL of these hold, and says so loudly in its log:
//   - the environment variable HEARTH_TEST_WEATHER_URL is an http:// address on 127.0.0.1 (or localhost),
//   - the data folder lies inside the system's temporary folder (e2e tests use throwaway folders there).
// The server answers Open-Meteo's path (/v1/forecast) and MET Norway's (/weatherapi/locationforecast/2.0/compact).
// Calendars need no seam: a test adds its ICS address (http://127.0.0.1:…) as a person would.
import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Logger } from '../../shared/logger';
import type { WeatherClientOptions } from './client';

export const TEST_WEATHER_ENV = 'HEARTH_TEST_WEATHER_URL';

const inside = (dir: string, path: string): boolean => {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

function loopback(value: string): URL | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost') ? u : null;
  } catch {
    return null;
  }
}

/** The weather services' addresses for this run, or undefined (with a warning when the variable is set but not honoured). */
export function weatherClientFromEnv(env: NodeJS.ProcessEnv, dataDir: string, log: Logger): WeatherClientOptions | undefined {
  const value = env[TEST_WEATHER_ENV];
  if (!value) return undefined;
  const base = loopback(value);
  if (!base || !inside(tmpdir(), dataDir)) {
    log.warn(`${TEST_WEATHER_ENV} is ignored: it is a test seam, honoured only for an http:// address on 127.0.0.1 and a data folder inside ${tmpdir()}.`);
    return undefined;
  }
  const root = base.origin;
  log.warn(`TEST SEAM: the weather is fetched from ${root} (${TEST_WEATHER_ENV}), not from Open-Meteo or MET Norway. Never use this outside tests.`);
  return { openMeteoUrl: `${root}/v1/forecast`, metNorwayUrl: `${root}/weatherapi/locationforecast/2.0/compact`, timeoutMs: 5_000 };
}
