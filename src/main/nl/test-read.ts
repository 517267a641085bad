// For the parser's tests: what a sentence does, as short strings, and "Hearth asks" as one check.
import { expect } from 'vitest';
import type { NlHome } from './home';
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
