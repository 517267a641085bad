// A resolved step → service calls, one per entity, in the contract's units (°C, %, kelvin), with timing.
import type { NlEntity, NlHome } from './home';
import type { Frame, Schedule } from './frame';
import { concreteOp, inverseOp, serviceCall } from './ops';
import { robotPlace21b } from './doubt-21b';

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
      out.push({ entity: e.id, service: call.service, data: call.data ?? {}, delay_s: (delay ?? 0) + timing.durationS });
    }
  }
  return out;
}

/** Services that undo each other. */
const OPPOSITE: Readonly<Record<string, string>> = {
  turn_on: 'turn_off', turn_off: 'turn_on', open: 'close', close: 'open', lock: 'unlock', unlock: 'lock', mute: 'unmute', unmute: 'mute',
  media_play: 'media_pause', media_pause: 'media_play',
};

/** Two things said for one device at the same moment that can't both be meant ("set both thermostats to 68 and the
 *  office one off", "… to 40% and … to 60%"): the device's name, or null. (A value and "on" go together.) */
export function conflictingActions(actions: readonly NlAction[], momentOf: ReadonlyMap<NlAction, number>): string | null {
  // (One pass, grouped by device and moment: a home-wide "turn off the lights" may be thousands of actions.)
  const byMoment = new Map<string, NlAction[]>();
  for (const a of actions) {
    if (a.service.endsWith('_step')) continue;
    const key = `${a.entity}\u0000${a.delay_s}\u0000${momentOf.get(a) ?? 0}\u0000${a.schedule ? JSON.stringify(a.schedule) : ''}`;
    const list = byMoment.get(key);
    if (list) list.push(a);
    else byMoment.set(key, [a]);
  }
  for (const list of byMoment.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      for (const b of list) {
        if (b === a) continue;
        // ("go on and flip it" read as "on" and "flip": a toggle beside any other change of the same device is two things.)
        const opposite = OPPOSITE[a.service] === b.service || (a.service === 'turn_off' && b.service.startsWith('set_')) || (a.service === 'toggle' && b.service !== 'toggle');
        const twoValues = a.service === b.service && a.service.startsWith('set_') && JSON.stringify(a.data) !== JSON.stringify(b.data);
        if (opposite || twoValues) return a.entity;
      }
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
