// Round 25a (issue 14, dev19 thermostats/fahrenheit; tests in misses-25a.test.ts):
// "raise the office by 2", "office up 4", "lower the office by five", "turn the office down a degree": a step up or down
//   said of a room with no kind, where nothing in that room has a level (no light, cover, fan, player …) but a thermostat
//   is there, is the room's temperature — as "set the office to 66" already was. It found nothing ("I couldn't find any
//   device in the Office"). Only when the level reading found nothing at all: a room with a light and a thermostat is
//   still asked ("by degrees or by percent?"). A step in percent stays a percent (asked for a thermostat).
import type { Frame } from './frame';
import type { Resolution } from './resolve';
import { namesNoKind } from './continuity';

/** The room's thermostats for an up/down step said of a room where nothing else has a level, or null. Mutates the frame
 *  (the step becomes a temperature step). */
export function roomAir25a(frame: Frame, res: Resolution, saidPercent: boolean, resolve: (f: Frame) => Resolution): Resolution | null {
  if (frame.op !== 'level_step' || saidPercent || frame.query || !namesNoKind(frame)) return null;
  const t = frame.target;
  if (t.pronoun || t.here || t.thisFloor) return null;
  if (t.groups.length === 0 || !t.groups.every((g) => g.areas.length > 0 && g.floors.length === 0)) return null;
  if (!(res.error?.code === 'NO_MATCH' || (!res.error && res.entities.length === 0))) return null;
  const asAir = resolve({ ...frame, op: 'temperature_step', unit: frame.unit === 'percent' ? null : frame.unit ?? null });
  if (asAir.error || asAir.entities.length === 0 || !asAir.entities.every((e) => e.domain === 'climate')) return null;
  frame.op = 'temperature_step';
  if (frame.unit === 'percent') frame.unit = null;
  return asAir;
}
