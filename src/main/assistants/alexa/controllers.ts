// What each Alexa controller directive asks of a device, as the Hearth commands that carry it out (pure: the handler
// sends them through the core). Each directive's payload is checked with zod; what does not fit is an Alexa
// INVALID_VALUE, a value beyond the device's range VALUE_OUT_OF_RANGE (TEMPERATURE_VALUE_OUT_OF_RANGE for a setpoint),
// a directive the device cannot do INVALID_DIRECTIVE.
import { z } from 'zod';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import { COVER_INSTANCE, type AlexaTraits } from './endpoints';
import { AlexaError } from './messages';
import { clampInt, deltaToCelsius, fromCelsius, SCALE, toCelsius, type TempUnit } from './properties';

export interface Planned {
  capabilityId: string;
  value: CapabilityValue;
}

export interface Target {
  device: Device;
  traits: AlexaTraits;
  unit: TempUnit;
  /** The directive header's instance (RangeController). */
  instance: string | undefined;
}

type Controller = (name: string, payload: unknown, t: Target) => Planned[];

/** How far "warmer" / "cooler" moves a light's colour temperature. */
export const KELVIN_STEP = 500;

function parse<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const r = schema.safeParse(payload);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  throw new AlexaError('INVALID_VALUE', `The ${what} directive's payload does not fit: ${where}${issue?.message ?? 'invalid'}.`);
}

function need<C extends Capability>(cap: C | undefined, t: Target, what: string): C {
  if (!cap) throw new AlexaError('INVALID_DIRECTIVE', `${t.device.name} cannot ${what}.`);
  return cap;
}

function unknownDirective(namespace: string, name: string): never {
  throw new AlexaError('INVALID_DIRECTIVE', `Hearth does not handle ${namespace}.${name}.`);
}

const current = (t: Target, cap: Capability): number | null => {
  const v = t.device.state[cap.id];
  return typeof v === 'number' ? v : null;
};

const bounds = (cap: Capability, lo: number, hi: number) => ({ min: cap.min ?? lo, max: cap.max ?? hi });

function outOfRange(t: Target, what: string, min: number, max: number): AlexaError {
  return new AlexaError('VALUE_OUT_OF_RANGE', `${t.device.name}'s ${what} goes from ${min} to ${max}.`, { validRange: { minimumValue: min, maximumValue: max } });
}

const power: Controller = (name, _payload, t) => {
  const cap = need(t.traits.power, t, 'be turned on or off');
  if (name === 'TurnOn') return [{ capabilityId: cap.id, value: true }];
  if (name === 'TurnOff') return [{ capabilityId: cap.id, value: false }];
  return unknownDirective('Alexa.PowerController', name);
};

const brightness: Controller = (name, payload, t) => {
  const cap = need(t.traits.brightness, t, 'be dimmed');
  const { min, max } = bounds(cap, 0, 100);
  if (name === 'SetBrightness') {
    const p = parse(z.object({ brightness: z.number().int().min(0).max(100) }), payload, name);
    return [{ capabilityId: cap.id, value: clampInt(p.brightness, min, max) }];
  }
  if (name === 'AdjustBrightness') {
    const p = parse(z.object({ brightnessDelta: z.number().int().min(-100).max(100) }), payload, name);
    return [{ capabilityId: cap.id, value: clampInt((current(t, cap) ?? 0) + p.brightnessDelta, min, max) }];
  }
  return unknownDirective('Alexa.BrightnessController', name);
};

const color: Controller = (name, payload, t) => {
  const cap = need(t.traits.color, t, 'change colour');
  if (name !== 'SetColor') return unknownDirective('Alexa.ColorController', name);
  const p = parse(z.object({ color: z.object({ hue: z.number().min(0).max(360), saturation: z.number().min(0).max(1), brightness: z.number().min(0).max(1) }) }), payload, name);
  return [{ capabilityId: cap.id, value: { hue: p.color.hue, saturation: Math.round(p.color.saturation * 1000) / 10 } }];
};

const colorTemp: Controller = (name, payload, t) => {
  const cap = need(t.traits.colorTemp, t, 'change its white');
  const { min, max } = bounds(cap, 1000, 10000);
  if (name === 'SetColorTemperature') {
    const p = parse(z.object({ colorTemperatureInKelvin: z.number().int().min(1000).max(10000) }), payload, name);
    if (p.colorTemperatureInKelvin < min || p.colorTemperatureInKelvin > max) throw outOfRange(t, 'colour temperature (kelvin)', min, max);
    return [{ capabilityId: cap.id, value: p.colorTemperatureInKelvin }];
  }
  if (name === 'IncreaseColorTemperature' || name === 'DecreaseColorTemperature') {
    const from = current(t, cap) ?? Math.round((min + max) / 2);
    const to = from + (name === 'IncreaseColorTemperature' ? KELVIN_STEP : -KELVIN_STEP);
    return [{ capabilityId: cap.id, value: clampInt(to, min, max) }];
  }
  return unknownDirective('Alexa.ColorTemperatureController', name);
};

const Temperature = z.object({ value: z.number().finite(), scale: z.enum(['CELSIUS', 'FAHRENHEIT', 'KELVIN']) });

/** A setpoint in °C, on the device's step (0.5 °C when it says none), within its range. */
function setpointValue(t: Target, cap: Capability, celsius: number): number {
  const step = cap.step ?? 0.5;
  const v = Math.round(Math.round(celsius / step) * step * 100) / 100;
  const { min, max } = bounds(cap, -50, 100);
  if (v < min || v > max) {
    const scale = SCALE[t.unit];
    throw new AlexaError('TEMPERATURE_VALUE_OUT_OF_RANGE', `${t.device.name} can be set from ${fromCelsius(min, t.unit)} to ${fromCelsius(max, t.unit)} °${t.unit}.`, {
      validRange: { minimumValue: { value: fromCelsius(min, t.unit), scale }, maximumValue: { value: fromCelsius(max, t.unit), scale } },
    });
  }
  return v;
}

const thermostat: Controller = (name, payload, t) => {
  if (name === 'SetThermostatMode') {
    const p = parse(z.object({ thermostatMode: z.object({ value: z.string().min(1).max(64) }) }), payload, name);
    const mode = p.thermostatMode.value;
    const on = t.traits.setpoint && t.traits.power ? t.traits.power : undefined;
    if (!t.traits.setpoint) throw new AlexaError('INVALID_DIRECTIVE', `${t.device.name} is not a thermostat.`);
    if (!on || (mode !== 'HEAT' && mode !== 'OFF')) {
      throw new AlexaError('UNSUPPORTED_THERMOSTAT_MODE', `${t.device.name} ${on ? 'can only heat or be off' : 'has no modes Hearth can set'}; ${mode} is not one of them.`);
    }
    return [{ capabilityId: on.id, value: mode === 'HEAT' }];
  }
  const cap = need(t.traits.setpoint, t, 'be set to a temperature');
  if (name === 'SetTargetTemperature') {
    const p = parse(z.object({ targetSetpoint: Temperature.optional(), lowerSetpoint: Temperature.optional(), upperSetpoint: Temperature.optional() }), payload, name);
    const bounded = Number(p.lowerSetpoint !== undefined) + Number(p.upperSetpoint !== undefined);
    if (p.targetSetpoint && bounded === 2) throw new AlexaError('TRIPLE_SETPOINTS_UNSUPPORTED', `${t.device.name} keeps one target temperature.`);
    if (bounded > 0) throw new AlexaError('DUAL_SETPOINTS_UNSUPPORTED', `${t.device.name} keeps one target temperature, not a range.`);
    if (!p.targetSetpoint) throw new AlexaError('INVALID_VALUE', 'SetTargetTemperature needs a targetSetpoint.');
    return [{ capabilityId: cap.id, value: setpointValue(t, cap, toCelsius(p.targetSetpoint.value, p.targetSetpoint.scale)) }];
  }
  if (name === 'AdjustTargetTemperature') {
    const p = parse(z.object({ targetSetpointDelta: Temperature }), payload, name);
    const now = current(t, cap);
    if (now === null) throw new AlexaError('INVALID_VALUE', `${t.device.name} has not reported its target temperature yet, so Hearth cannot change it by an amount; say the temperature to set instead.`);
    return [{ capabilityId: cap.id, value: setpointValue(t, cap, now + deltaToCelsius(p.targetSetpointDelta.value, p.targetSetpointDelta.scale)) }];
  }
  return unknownDirective('Alexa.ThermostatController', name);
};

const lock: Controller = (name, _payload, t) => {
  const cap = need(t.traits.lock, t, 'be locked or unlocked');
  if (name === 'Lock') return [{ capabilityId: cap.id, value: true }];
  if (name === 'Unlock') return [{ capabilityId: cap.id, value: false }];
  return unknownDirective('Alexa.LockController', name);
};

const range: Controller = (name, payload, t) => {
  const cap = need(t.traits.cover, t, 'be opened or closed');
  if (t.instance !== COVER_INSTANCE) throw new AlexaError('INVALID_DIRECTIVE', `${t.device.name} has no range "${t.instance ?? ''}"; its position is ${COVER_INSTANCE}.`);
  const { min, max } = bounds(cap, 0, 100);
  if (name === 'SetRangeValue') {
    const p = parse(z.object({ rangeValue: z.number().finite() }), payload, name);
    if (p.rangeValue < min || p.rangeValue > max) throw outOfRange(t, 'position (% open)', min, max);
    return [{ capabilityId: cap.id, value: p.rangeValue }];
  }
  if (name === 'AdjustRangeValue') {
    const p = parse(z.object({ rangeValueDelta: z.number().finite(), rangeValueDeltaDefault: z.boolean().optional() }), payload, name);
    return [{ capabilityId: cap.id, value: Math.min(max, Math.max(min, (current(t, cap) ?? min) + p.rangeValueDelta)) }];
  }
  return unknownDirective('Alexa.RangeController', name);
};

/** The controllers Hearth answers, by namespace. */
export const CONTROLLERS: Readonly<Record<string, Controller>> = {
  'Alexa.PowerController': power,
  'Alexa.BrightnessController': brightness,
  'Alexa.ColorController': color,
  'Alexa.ColorTemperatureController': colorTemp,
  'Alexa.ThermostatController': thermostat,
  'Alexa.LockController': lock,
  'Alexa.RangeController': range,
};
