// The weather test seam is honoured only for a loopback address and a throwaway data folder, and says so.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../shared/logger';
import { TEST_WEATHER_ENV, weatherClientFromEnv } from './test-seam';

function logger() {
  const warnings: string[] = [];
  const log = { debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} } as unknown as Logger;
  return { log, warnings };
}

describe('weather test seam', () => {
  const throwaway = join(tmpdir(), 'hearth-e2e-x');
  it('points both services at the local server for a throwaway data folder, and says so in the log', () => {
    const { log, warnings } = logger();
    expect(weatherClientFromEnv({ [TEST_WEATHER_ENV]: 'http://127.0.0.1:4567/' }, throwaway, log)).toEqual({
      openMeteoUrl: 'http://127.0.0.1:4567/v1/forecast', metNorwayUrl: 'http://127.0.0.1:4567/weatherapi/locationforecast/2.0/compact', timeoutMs: 5000,
    });
    expect(warnings[0]).toMatch(/^TEST SEAM: the weather is fetched from http:\/\/127\.0\.0\.1:4567/);
  });

  it('is ignored (with a warning) for another host or a data folder outside the temporary folder; absent, it is silent', () => {
    const { log, warnings } = logger();
    expect(weatherClientFromEnv({ [TEST_WEATHER_ENV]: 'http://example.com/' }, throwaway, log)).toBeUndefined();
    expect(weatherClientFromEnv({ [TEST_WEATHER_ENV]: 'http://127.0.0.1:4567/' }, '/home/someone/.hearth', log)).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/is ignored: it is a test seam/);
    expect(weatherClientFromEnv({}, throwaway, log)).toBeUndefined();
    expect(warnings).toHaveLength(2);
  });
});
