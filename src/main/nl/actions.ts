// A resolved step → service calls, one per entity, in the contract's units (°C, %, kelvin), with timing.
import type { NlEntity, NlHome } from './home';
import type { Frame, Schedule } from './frame';
import { concreteOp, inverseOp, serviceCall } from './ops';
import { robotPlace21b } from './doubt-21b';
import { repeatsUndo } from './wrong-27w';

/** One service call. Always carries `data` ({} when the service takes none) and `delay_s` (0 = now). */
export interface NlAction {
  entity: string;
  service: string;
  data: Record<string, unknown>;
  delay_s: number;
  schedule?: Schedule;
}

/** °F → °C when the speaker said °F, or said no unit and the number only makes sense in °F (a room is
 *  never set to 40 °C, nor to 30 °F); steps without a unit are in the home's unit. */
function toCelsius(value: number, unit: Frame['unit'], home: NlHome, step: boolean): number {
  const guessF = step ? home.temperatureUnit === 'F' : value >= 40 || (value > 35 && home.temperatureUnit === 'F');
  const fahrenheit = unit === 'F' || (unit !== 'C' && guessF);
  if (!fahrenheit) return value;
  return step ? (value * 5) / 9 : ((value - 32) * 5) / 9;
}

function numberAttr(e: NlEntity, ...keys: string[]): number | null {
  for (const k of keys) {
    const v = Number(e.attributes[k]);
    if (e.attributes[k] !== undefined && e.attributes[k] !== null && Number.isFinite(v)) return v;
  }
  return null;
}

/** Relative changes the contract has no service for become absolute ones when the current value is known. */
function absoluteFromStep(e: NlEntity, op: string, step: number): { op: Frame['op']; value: number } | null {
  const clamp = (n: number): number => Math.min(100, Math.max(0, n));
  if (op === 'position_step') {
    const cur = numberAttr(e, 'current_position', 'position') ?? (e.state === 'open' ? 100 : e.state === 'closed' ? 0 : null);
    return cur === null ? null : { op: 'position', value: clamp(cur + step) };
  }
  if (op === 'fan_speed_step') {
    const cur = numberAttr(e, 'percentage') ?? (e.state === 'off' ? 0 : null);
    return cur === null ? null : { op: 'fan_speed', value: clamp(cur + step) };
  }
  if (op === 'color_temp_step') {
    const cur = numberAttr(e, 'color_temp_kelvin', 'color_temp');
    return cur === null ? null : { op: 'color_temp', value: Math.min(6500, Math.max(1500, cur + step)) };
  }
  return null;
}

/** `place`: the rooms or floors a robot should clean (HassVacuumCleanArea), passed on as data. */
export function buildActions(frame: Frame, entities: readonly NlEntity[], home: NlHome, place: { areas: readonly string[]; floors: readonly string[] } = { areas: [], floors: [] }): NlAction[] {
  const out: NlAction[] = [];
  const timing = frame.timing;
  const delay = timing?.delayS;
  for (const e of entities) {
    let op = concreteOp(frame.op, e.domain);
    let value = frame.value;
    if (typeof value === 'number' && (op === 'temperature' || op === 'temperature_step')) {
      value = toCelsius(value, frame.unit, home, op === 'temperature_step');
    }
    if (op === 'volume_step' && typeof value !== 'number') value = frame.stepWord === 'down' ? -10 : 10;
    if (typeof value === 'number') {
      const abs = absoluteFromStep(e, op, value);
      if (abs) {
        op = abs.op;
        value = abs.value;
      }
    }
    const call = serviceCall(e, op, value);
    if (!call) continue;
    const action: NlAction = { entity: e.id, service: call.service, data: call.data ?? {}, delay_s: delay ?? 0 };
    if (op === 'clean_area' || op === 'vacuum_start') place = robotPlace21b(frame, place);
    if ((op === 'clean_area' || op === 'vacuum_start') && place.areas.length + place.floors.length > 0) {
      action.data = place.areas.length > 0 ? { area: place.areas.length === 1 ? place.areas[0] : [...place.areas] } : { floor: place.floors.length === 1 ? place.floors[0] : [...place.floors] };
    }
    if (timing?.schedule) action.schedule = timing.schedule;
    out.push(action);
  }
  const inverse = timing?.durationS ? inverseOp(frame.op) : null;
  if (inverse && timing?.durationS) {
    for (const e of entities) {
      const call = serviceCall(e, inverse, undefined);
      if (!call) continue;
      const again = repeatsUndo(timing); // (round 27w: a repeating step's undo repeats with it — wrong-27w.ts)
      out.push({ entity: e.id, service: call.service, data: call.data ?? {}, delay_s: (delay ?? 0) + timing.durationS, ...(timing.until ? { schedule: timing.until } : again ? { schedule: again } : {}) });
    }
  }
  return out;
}

/** Services that undo each other. */
const OPPOSITE: Readonly<Record<string, string>> = {
  turn_on: 'turn_off', turn_off: 'turn_on', open: 'close', close: 'open', lock: 'unlock', unlock: 'lock', mute: 'unmute', unmute: 'mute',
  media_play: 'media_pause', media_pause: 'media_play',
};
/** Services that move a device to one place: two different ones at one moment contradict each other ("close the bedroom
 *  curtain and set it to 50%", "start the vacuum and send it home"). */
const SETTLES: ReadonlyArray<ReadonlySet<string>> = [new Set(['open', 'close', 'set_position']), new Set(['start', 'return_to_base'])];
/** The kind of setting a service sets or steps ("set_brightness" and "brightness_step" are both the brightness). */
function settingKind(service: string): string | null {
  const m = /^set_(.+)$/.exec(service) ?? /^(.+)_step$/.exec(service);
  return m ? m[1]! : null;
}

/** Two actions for one device, at one moment, that can't both be meant. */
function clashes(a: NlAction, b: NlAction): boolean {
  if (a.service === b.service) {
    // (one setting, or one step, said twice with two values: "2 degrees warmer … and 1 cooler"; the same step said twice
    // is done twice)
    return settingKind(a.service) !== null && JSON.stringify(a.data) !== JSON.stringify(b.data);
  }
  if (OPPOSITE[a.service] === b.service) return true;
  // ("go on and flip it" read as "on" and "flip": a toggle beside any other change of the same device is two things.)
  if (a.service === 'toggle' || b.service === 'toggle') return true;
  // (switched off, and given a value or a step)
  if ((a.service === 'turn_off' && settingKind(b.service)) || (b.service === 'turn_off' && settingKind(a.service))) return true;
  if (SETTLES.some((s) => s.has(a.service) && s.has(b.service))) return true;
  // (a setting and a step of the same kind: "make it 2 degrees warmer in the office and set it to 70")
  const kind = settingKind(a.service);
  return kind !== null && kind === settingKind(b.service);
}

/** Two things said for one device at the same moment that can't both be meant ("set both thermostats to 68 and the
 *  office one off", "… to 40% and … to 60%", "open the left curtain and close it", "close the bedroom curtain and set it
 *  to 50%", "start the vacuum and send it home", "turn it 2 degrees warmer and 1 cooler"): the device's name, or null.
 *  (A value and "on" go together.) One moment is one delay, one schedule and one part of the sentence between "then"s:
 *  "open the left curtain and then close it", "… off, wait 5 minutes, then set it to 40%" are done in turn. */
export function conflictingActions(actions: readonly NlAction[], momentOf: ReadonlyMap<NlAction, number>): string | null {
  // (One pass, grouped by device and moment: a home-wide "turn off the lights" may be thousands of actions.)
  const byMoment = new Map<string, NlAction[]>();
  for (const a of actions) {
    const key = `${a.entity}\u0000${a.delay_s}\u0000${momentOf.get(a) ?? 0}\u0000${a.schedule ? JSON.stringify(a.schedule) : ''}`;
    const list = byMoment.get(key);
    if (list) list.push(a);
    else byMoment.set(key, [a]);
  }
  for (const list of byMoment.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (clashes(list[i]!, list[j]!)) return list[i]!.entity;
    }
  }
  return null;
}

/** "keep the lamp on for two hours": true for the action now that the device is already doing (nothing to change). */
export function alreadySo(a: NlAction, entities: readonly NlEntity[], at: number): boolean {
  const e = entities.find((x) => x.id === a.entity);
  if (!e || a.delay_s !== at) return false;
  return (a.service === 'turn_on' && e.state === 'on') || (a.service === 'turn_off' && e.state === 'off');
}
