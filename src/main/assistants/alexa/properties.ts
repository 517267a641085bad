// A device's state as Alexa's reported properties (context.properties of a Response or StateReport,
// change.properties of a ChangeReport), and temperatures between Hearth (°C) and the home's unit.
import type { AlexaProperty } from '../../../shared/contract';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import { COVER_INSTANCE, type AlexaTraits } from './endpoints';

export type TempUnit = 'C' | 'F';
export type AlexaScale = 'CELSIUS' | 'FAHRENHEIT' | 'KELVIN';

export const SCALE: Record<TempUnit, AlexaScale> = { C: 'CELSIUS', F: 'FAHRENHEIT' };

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A temperature in °C as the home shows it (°C or °F). */
export function fromCelsius(c: number, unit: TempUnit): number {
  return round1(unit === 'F' ? (c * 9) / 5 + 32 : c);
}

/** A temperature Alexa said, in any scale, in °C. */
export function toCelsius(value: number, scale: AlexaScale): number {
  if (scale === 'FAHRENHEIT') return ((value - 32) * 5) / 9;
  if (scale === 'KELVIN') return value - 273.15;
  return value;
}

/** A temperature difference Alexa said, in any scale, in °C. */
export function deltaToCelsius(value: number, scale: AlexaScale): number {
  return scale === 'FAHRENHEIT' ? (value * 5) / 9 : value;
}

/** A sensor's reading in °C (a sensor may report in °F; its unit says so). */
function sensorCelsius(cap: Capability, v: number): number {
  return cap.unit && /F$/i.test(cap.unit) ? ((v - 32) * 5) / 9 : v;
}

const MAX_UNCERTAINTY = 2_147_483_647;

export interface PropertyContext {
  unit: TempUnit;
  now: number;
}

/** Which Hearth capability ids each reported property comes from (a change to one of them reports it). The two
 *  sensors' detectionState are told apart as 'contact.' and 'motion.'. */
export function sourcesOf(t: AlexaTraits): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const add = (cap: Capability | undefined, name: string) => {
    if (cap) m.set(cap.id, [...(m.get(cap.id) ?? []), name]);
  };
  add(t.power, 'powerState');
  add(t.brightness, 'brightness');
  add(t.color, 'color');
  if (t.color) add(t.brightness, 'color'); // the colour's brightness is the level
  add(t.colorTemp, 'colorTemperatureInKelvin');
  add(t.setpoint, 'targetSetpoint');
  if (t.setpoint) add(t.power, 'thermostatMode');
  add(t.temperature, 'temperature');
  add(t.contact, 'contact.detectionState');
  add(t.motion, 'motion.detectionState');
  add(t.lock, 'lockState');
  add(t.cover, 'rangeValue');
  return m;
}

/**
 * The device's properties Alexa asked about: every one (no `only`), or those named in `only` (property names as in
 * sourcesOf). Values not known yet (null) are left out; EndpointHealth is always reported.
 */
export function propertiesOf(d: Device, t: AlexaTraits, ctx: PropertyContext, only?: ReadonlySet<string>): AlexaProperty[] {
  const out: AlexaProperty[] = [];
  const want = (name: string) => !only || only.has(name);
  const at = (cap: Capability) => d.stateAt[cap.id] ?? ctx.now;
  const prop = (namespace: string, name: string, cap: Capability, value: unknown, instance?: string) => {
    const sampled = at(cap);
    out.push({
      namespace,
      ...(instance ? { instance } : {}),
      name,
      value,
      timeOfSample: new Date(sampled).toISOString(),
      uncertaintyInMilliseconds: Math.min(MAX_UNCERTAINTY, Math.max(0, Math.round(ctx.now - sampled))),
    });
  };
  const num = (cap: Capability | undefined): number | null => {
    const v: CapabilityValue | undefined = cap ? d.state[cap.id] : undefined;
    return typeof v === 'number' ? v : null;
  };
  const bool = (cap: Capability | undefined): boolean | null => {
    const v = cap ? d.state[cap.id] : undefined;
    return typeof v === 'boolean' ? v : null;
  };
  const level = num(t.brightness);
  if (t.power && want('powerState') && bool(t.power) !== null) prop('Alexa.PowerController', 'powerState', t.power, bool(t.power) ? 'ON' : 'OFF');
  if (t.brightness && want('brightness') && level !== null) prop('Alexa.BrightnessController', 'brightness', t.brightness, clampInt(level, 0, 100));
  if (t.color && want('color')) {
    const c = d.state[t.color.id];
    if (c && typeof c === 'object') {
      const brightness = level === null ? 1 : Math.min(1, Math.max(0, level / 100));
      prop('Alexa.ColorController', 'color', t.color, { hue: c.hue, saturation: Math.min(1, c.saturation / 100), brightness });
    }
  }
  const kelvin = num(t.colorTemp);
  if (t.colorTemp && want('colorTemperatureInKelvin') && kelvin !== null) prop('Alexa.ColorTemperatureController', 'colorTemperatureInKelvin', t.colorTemp, clampInt(kelvin, 1000, 10000));
  const setpoint = num(t.setpoint);
  if (t.setpoint && want('targetSetpoint') && setpoint !== null) prop('Alexa.ThermostatController', 'targetSetpoint', t.setpoint, { value: fromCelsius(setpoint, ctx.unit), scale: SCALE[ctx.unit] });
  if (t.setpoint && t.power && want('thermostatMode') && bool(t.power) !== null) prop('Alexa.ThermostatController', 'thermostatMode', t.power, bool(t.power) ? 'HEAT' : 'OFF');
  const temp = num(t.temperature);
  if (t.temperature && want('temperature') && temp !== null) prop('Alexa.TemperatureSensor', 'temperature', t.temperature, { value: fromCelsius(sensorCelsius(t.temperature, temp), ctx.unit), scale: SCALE[ctx.unit] });
  const contact = bool(t.contact);
  if (t.contact && want('contact.detectionState') && contact !== null) prop('Alexa.ContactSensor', 'detectionState', t.contact, contact ? 'DETECTED' : 'NOT_DETECTED');
  const motion = bool(t.motion);
  if (t.motion && want('motion.detectionState') && motion !== null) prop('Alexa.MotionSensor', 'detectionState', t.motion, motion ? 'DETECTED' : 'NOT_DETECTED');
  if (t.lock && want('lockState') && bool(t.lock) !== null) prop('Alexa.LockController', 'lockState', t.lock, bool(t.lock) ? 'LOCKED' : 'UNLOCKED');
  const pos = num(t.cover);
  if (t.cover && want('rangeValue') && pos !== null) prop('Alexa.RangeController', 'rangeValue', t.cover, pos, COVER_INSTANCE);
  if (!only || only.has('connectivity')) out.push(connectivity(d, ctx.now));
  return out;
}

/** EndpointHealth: OK unless Hearth knows the device does not answer. */
export function connectivity(d: Device, now: number): AlexaProperty {
  return {
    namespace: 'Alexa.EndpointHealth',
    name: 'connectivity',
    value: { value: d.health === 'offline' ? 'UNREACHABLE' : 'OK' },
    timeOfSample: new Date(now).toISOString(),
    uncertaintyInMilliseconds: 0,
  };
}

export function clampInt(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(v)));
}
