// For the parser's tests: what a sentence does, as short strings, and "Hearth asks" as one check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { NlHome } from './home';
import { homeFromHaFixture } from './home-ha';
import { createParser, type NlContext, type NlParser, type NlResult } from './parser';
import { testHome } from './test-home';

/** "light.porch turn_on", "light.office_lamp set_brightness 30", "light.porch turn_off +600s" */
export function acts(r: NlResult): string[] {
  return r.actions.map((a) => [a.entity, a.service, ...Object.values(a.data).map(String), ...(a.delay_s ? [`+${a.delay_s}s`] : [])].join(' '));
}

/** `read` gives what a sentence does; `asks` checks it does nothing and says why. Both at `now`, by `parser` unless given another. */
export function readers(parser: NlParser, now: Date) {
  return {
    read(text: string, context: NlContext = {}, p: NlParser = parser): string[] {
      return acts(p.parse(text, { now, ...context }));
    },
    asks(text: string, context: NlContext = {}, p: NlParser = parser): void {
      const r = p.parse(text, { now, ...context });
      expect(acts(r), text).toEqual([]);
      expect(r.error, text).toBeDefined();
    },
  };
}

/** The wrong-action tests' setting: the parser's small test home in °C and °F, read on Wednesday 2025-03-05 at 09:00. */
export function testSetting() {
  const home = (unit: 'C' | 'F'): NlHome => ({ ...testHome(), temperatureUnit: unit });
  const celsius = createParser(home('C'));
  const fahrenheit = createParser(home('F'));
  const now = new Date(2025, 2, 5, 9, 0, 0);
  return { home, celsius, fahrenheit, now, ...readers(celsius, now) };
}

/**
 * The own sets' setting: their fixture home (bench/data/nl/ha-fixtures-en.json) in °F and °C, read on Wednesday
 * 2025-06-11 at 09:00 on a 24-hour clock, as the sets are scored. `read`/`asks` take the unit last (°F unless 'C').
 */
export function fixtureSetting() {
  const file = fileURLToPath(new URL('../../../bench/data/nl/ha-fixtures-en.json', import.meta.url));
  const fixture = homeFromHaFixture(JSON.parse(readFileSync(file, 'utf8')));
  const parsers = { F: createParser({ ...fixture, temperatureUnit: 'F' }), C: createParser({ ...fixture, temperatureUnit: 'C' }) };
  const now = new Date(2025, 5, 11, 9, 0, 0);
  return {
    fixture,
    parsers,
    now,
    read(text: string, context: NlContext = {}, unit: 'F' | 'C' = 'F'): string[] {
      return acts(parsers[unit].parse(text, { now, clock: '24h', ...context }));
    },
    asks(text: string, context: NlContext = {}, unit: 'F' | 'C' = 'F'): void {
      const r = parsers[unit].parse(text, { now, clock: '24h', ...context });
      expect(acts(r), text).toEqual([]);
      expect(r.error, text).toBeDefined();
    },
  };
}
