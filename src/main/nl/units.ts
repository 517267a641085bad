// Temperatures said without a unit are in the home's unit. A setpoint that only makes sense in the other unit
// ("22" in a °F home is −5.6 °C; "72" in a °C home is hotter than any room) is asked about, never guessed.
import type { NlEntity, NlHome } from './home';
import type { Frame } from './frame';
import type { NlError } from './errors';
import { concreteOp } from './ops';

/** Numbers that could be a room's temperature, per unit (to tell a temperature from a level). */
const ROOM_RANGE: Readonly<Record<'C' | 'F', readonly [number, number]>> = { C: [5, 35], F: [40, 99] };
/** Setpoints a thermostat is sent, per unit: Home Assistant's default thermostat limits (7–35 °C, 45–95 °F); a setpoint
 *  outside them ("thermostat to 99 F") is asked about, never sent. */
const SETPOINT_RANGE: Readonly<Record<'C' | 'F', readonly [number, number]>> = { C: [7, 35], F: [45, 95] };

const inRange = (v: number, unit: 'C' | 'F'): boolean => v >= ROOM_RANGE[unit][0] && v <= ROOM_RANGE[unit][1];
const setpoint = (v: number, unit: 'C' | 'F'): boolean => v >= SETPOINT_RANGE[unit][0] && v <= SETPOINT_RANGE[unit][1];
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The question to ask before setting `entities` to the frame's temperature, or null when it is clear. */
export function temperatureQuestion(frame: Frame, entities: readonly NlEntity[], home: NlHome): NlError | null {
  const unit = home.temperatureUnit;
  const v = frame.value;
  if (typeof v !== 'number' || !entities.some((e) => concreteOp(frame.op, e.domain) === 'temperature')) return null;
  // (Round 14b: "70 degrees celsius", "10 fahrenheit" — a unit said with a setpoint no room is set to is asked too, never
  // sent as said.)
  if (frame.unit === 'C' || frame.unit === 'F') {
    return setpoint(v, frame.unit) ? null : { code: 'BAD_INPUT', message: `${v} °${frame.unit} is not a temperature a room is set to. What temperature should it be?`, next: `Say it like "set the thermostat to ${frame.unit === 'F' ? 70 : 21} °${frame.unit}".` };
  }
  if (!unit) return null;
  if (setpoint(v, unit)) return null;
  const other = unit === 'F' ? 'C' : 'F';
  const asHome = unit === 'F' ? `${v} °F is ${round1(((v - 32) * 5) / 9)} °C` : `${v} °C is hotter than a room is ever set to`;
  if (!setpoint(v, other)) {
    return { code: 'BAD_INPUT', message: `${asHome}, and ${v} °${other} is not a room temperature either. What temperature should it be?`, next: `Say it like "set the thermostat to ${unit === 'F' ? 70 : 21}".` };
  }
  return {
    code: 'AMBIGUOUS',
    message: `This home uses °${unit}, and ${asHome}. Did you mean ${v} °${other}?`,
    options: [`${v} °${other}`, `${v} °${unit}`],
    subject: String(v),
  };
}

/** The most a thermostat is moved in one step, in °C: "up by 20 degrees" in a °C home (a room at 21 to 41 °C) is
 *  not a step anyone means — asked, never sent. */
const MOST_STEP_C = 10;

/** The question before stepping `entities`' temperature by more than a room is ever moved at once, or null. */
export function temperatureStepQuestion(frame: Frame, entities: readonly NlEntity[], home: NlHome): NlError | null {
  const v = frame.value;
  // ("much brighter in the bedroom": a step said with no size — how much is asked, never guessed.)
  if (frame.sizeless && typeof v === 'number' && frame.op !== 'temperature_step') {
    return { code: 'AMBIGUOUS', message: `How much ${v > 0 ? 'higher' : 'lower'} should ${entities.map((e) => e.name).join(' and ') || 'it'} go? Say it in percent.`, next: `Say it like "${v > 0 ? 'up' : 'down'} by 20%", or the level to set.` };
  }
  if (typeof v !== 'number' || !entities.some((e) => concreteOp(frame.op, e.domain) === 'temperature_step')) return null;
  // ("turn the heat up a touch in the office": no number of degrees said — how many is asked, never guessed.)
  if (frame.sizeless) {
    return {
      code: 'AMBIGUOUS',
      message: `By how many degrees should ${entities.filter((e) => e.domain === 'climate').map((e) => e.name).join(' and ') || 'the temperature'} go ${v > 0 ? 'up' : 'down'}?`,
      next: `Say it like "${v > 0 ? 'up' : 'down'} by 1 degree", or the temperature to set.`,
    };
  }
  const unit = frame.unit === 'C' || frame.unit === 'F' ? frame.unit : home.temperatureUnit ?? 'C';
  const stepC = unit === 'F' ? (v * 5) / 9 : v;
  if (Math.abs(stepC) <= MOST_STEP_C) return null;
  return {
    code: 'BAD_INPUT',
    message: `${v > 0 ? 'Up' : 'Down'} by ${Math.abs(v)} °${unit} is more than a room is ever changed at once. How many degrees should it be?`,
    subject: `${Math.abs(v)} degrees`,
    next: 'Say a smaller step, like "up by 2 degrees", or the temperature to set.',
  };
}

/** "the office one at 50%" after a thermostat: a percent is no temperature — asked, never read as degrees. */
export function percentTemperatureQuestion(frame: Frame, entities: readonly NlEntity[], saidPercent: boolean): NlError | null {
  const v = frame.value;
  if (!saidPercent || typeof v !== 'number' || frame.unit === 'C' || frame.unit === 'F') return null;
  if (!entities.some((e) => concreteOp(frame.op, e.domain) === 'temperature' || concreteOp(frame.op, e.domain) === 'temperature_step')) return null;
  return {
    code: 'BAD_INPUT',
    message: `A thermostat is set in degrees, not in percent: what temperature should it be?`,
    subject: `${v} %`,
    next: 'Say it like "set the office thermostat to 20".',
  };
}

/** "turn the fan to speed 2", "set the fan to 3": a fan speed said as a small number with no "%" is a speed
 *  setting the fan may not have, not 2 % — asked, not guessed. */
export function fanSpeedQuestion(frame: Frame, entities: readonly NlEntity[], saidPercent: boolean): NlError | null {
  const v = frame.value;
  if (saidPercent || typeof v !== 'number' || v < 1 || v > 10 || !Number.isInteger(v)) return null;
  if (!entities.some((e) => concreteOp(frame.op, e.domain) === 'fan_speed')) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Speed ${v}: fans here are set in percent. Did you mean ${v} %?`,
    options: [`${v} %`],
    subject: String(v),
    next: 'Say a percentage ("set the fan to 60%") or low, medium or high.',
  };
}

/** "set the living room to 72": a bare number said of a place, with no kind of device and no "%". Null when
 *  that is not what was said. */
export function bareRoomLevel(frame: Frame, saidPercent: boolean, noKind: boolean): number | null {
  const v = frame.value;
  if (frame.op !== 'level' || saidPercent || typeof v !== 'number' || !noKind || frame.target.pronoun) return null;
  const placed = frame.target.here || frame.target.thisFloor || frame.target.groups.some((g) => g.areas.length + g.floors.length > 0);
  return placed ? v : null;
}

/** Temperatures people keep a room at, per unit: a number said of a room's air outside them is asked about. */
const COMFORT: Readonly<Record<'C' | 'F', readonly [number, number]>> = { C: [16, 28], F: [60, 84] };
export function comfortable(v: number, home: NlHome): boolean {
  const [lo, hi] = COMFORT[home.temperatureUnit ?? 'C'];
  return v >= lo && v <= hi;
}

/** Could `v` be a temperature a room is set to in the home's unit? */
export function roomTemperature(v: number, home: NlHome): boolean {
  return inRange(v, home.temperatureUnit ?? 'C');
}

/** The question for a bare number that may be a temperature or a level (brightness, position, speed). */
export function levelOrTemperature(v: number, place: string, levelDevices: readonly NlEntity[], thermostats: readonly NlEntity[], home: NlHome): NlError {
  const unit = home.temperatureUnit ?? 'C';
  const what = thermostats.length > 0 ? `the temperature (${v} °${unit})` : `a temperature (${v} °${unit}) — ${place} has no thermostat —`;
  const kinds = [...new Set(levelDevices.map((e) => e.domain === 'light' ? 'the lights' : e.name))];
  return {
    code: 'AMBIGUOUS',
    message: `Set ${place} to ${v}: did you mean ${what} or ${kinds.join(', ')} at ${v} %?`,
    options: [...(thermostats.length > 0 ? [`set ${thermostats.map((e) => e.name).join(' and ')} to ${v} °${unit}`] : []),
      `set ${kinds.join(' and ')} in ${place} to ${v}%`],
    subject: String(v),
    next: `Say "degrees" or "%" with the number, or name the device.`,
  };
}

/** Settings said in percent: above 100 % (or below 0) there is no such setting. */
const PERCENT_OPS = new Set(['brightness', 'position', 'fan_speed', 'volume']);
const PERCENT_STEP_OPS = new Set(['brightness_step', 'position_step', 'fan_speed_step', 'volume_step']);

/** "set the fan to 120%": no setting is above 100 %; Hearth asks rather than doing the most it can. */
export function percentOutOfRange(frame: Frame, entities: readonly NlEntity[]): NlError | null {
  const v = frame.value;
  // ("set the lamp to 15000 kelvin": beyond any white a lamp makes, 1,000–10,000 K — asked, never sent.)
  if (frame.op === 'color_temp' && typeof v === 'number' && (v < 1000 || v > 10000)) return { code: 'BAD_INPUT', message: `${v} K is outside the whites a lamp makes (about 1,000 to 10,000 K). What should it be?`, next: 'Say a white, for example "warm white" or "4000 kelvin".' };
  // ("set the volume to 0.3", "the lamp to 0.5": a share of the whole, or under one percent? Asked, never rounded to 0 or 1 %.)
  if (typeof v === 'number' && v > 0 && v < 1 && entities.some((e) => PERCENT_OPS.has(concreteOp(frame.op, e.domain)))) {
    return { code: 'AMBIGUOUS', message: `${v}: did you mean ${Math.round(v * 100)} %?`, options: [`${Math.round(v * 100)} %`], next: 'Say it in percent, for example "to 30%".' };
  }
  // ("brighten the lamp by 200", "turn the fan up by 120 percent": a step of more than the whole range — asked, never
  // made the most a step can be.)
  if (typeof v === 'number' && Math.abs(v) > 100 && entities.some((e) => PERCENT_STEP_OPS.has(concreteOp(frame.op, e.domain)))) {
    return { code: 'BAD_INPUT', message: `A change of ${Math.abs(v)} % is more than the whole range (0 to 100 %). What should it be?`, next: 'Say a change up to 100 %, or a setting, for example "to full".' };
  }
  if (typeof v !== 'number' || (v >= 0 && v <= 100)) return null;
  if (!entities.some((e) => PERCENT_OPS.has(concreteOp(frame.op, e.domain)))) return null;
  return {
    code: 'BAD_INPUT',
    message: `${v} % is ${v > 100 ? 'more than the most (100 %)' : 'less than nothing (0 %)'}. What should it be?`,
    next: 'Say a value from 0 to 100 %, or "full" for the most.',
  };
}

/** "put the lamp on 70 degrees": degrees said of devices none of which is set in degrees — which was meant (the lamp at
 *  70 %? a thermostat?) is asked, never read as a percent. */
export function degreesQuestion(frame: Frame, entities: readonly NlEntity[], said: readonly { text: string }[]): NlError | null {
  const v = frame.value;
  if (typeof v !== 'number' || entities.length === 0) return null;
  if (!said.some((x) => x.text === 'degrees' || x.text === 'degree' || x.text === '°') && frame.unit !== 'C' && frame.unit !== 'F') return null;
  if (entities.some((e) => concreteOp(frame.op, e.domain) === 'temperature' || concreteOp(frame.op, e.domain) === 'temperature_step' || e.domain === 'climate')) return null;
  return {
    code: 'BAD_INPUT',
    message: `${entities[0]!.name} is not set in degrees: did you mean ${v} %, or a thermostat?`,
    subject: `${v} degrees`,
    next: 'Say it like "set the lamp to 70%" or "set the thermostat to 21".',
  };
}

/** "open the left curtain a little" where the curtain is open but how far is not known: a step from an unknown
 *  position is a guess (it was taken as fully open, so it went to 100 %) — asked, never guessed. A closed cover is at 0. */
export function unknownPositionQuestion(frame: Frame, entities: readonly NlEntity[]): NlError | null {
  const unknown = entities.filter((e) => concreteOp(frame.op, e.domain) === 'position_step' && e.state !== 'closed'
    && !['current_position', 'position'].some((k) => e.attributes[k] !== undefined && e.attributes[k] !== null && Number.isFinite(Number(e.attributes[k]))));
  if (unknown.length === 0) return null;
  return {
    code: 'AMBIGUOUS',
    message: `How far ${unknown.map((e) => e.name).join(' and ')} ${unknown.length > 1 ? 'are' : 'is'} open is not known, so "a bit" can't be measured from it. What position should it go to?`,
    next: 'Say a position, like "open it to 30%".',
  };
}
