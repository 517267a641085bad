// How a Hearth device looks to Google Assistant: its device type and traits (from its capabilities, never from its
// protocol), the SYNC attributes, and the QUERY states. Traits: OnOff, Brightness, ColorSetting (spectrumRGB and/or
// temperatureK), TemperatureSetting (Celsius values, the home's unit for display), OpenClose (covers), LockUnlock.
// A device with none of these (a sensor, a meter) is not offered to Google.
import convert from 'color-convert';
import type { GoogleSyncDevice } from '../../../shared/contract';
import type { Capability, CapabilityKind, Device, HueSat } from '../../../shared/model';

export const TRAIT = {
  onOff: 'action.devices.traits.OnOff',
  brightness: 'action.devices.traits.Brightness',
  color: 'action.devices.traits.ColorSetting',
  temperature: 'action.devices.traits.TemperatureSetting',
  openClose: 'action.devices.traits.OpenClose',
  lock: 'action.devices.traits.LockUnlock',
} as const;
export type Trait = (typeof TRAIT)[keyof typeof TRAIT];

const TYPE = (t: string) => `action.devices.types.${t}`;
/** Colour temperature range when a capability does not say its own (typical white-tunable bulbs). */
const KELVIN = { min: 2000, max: 6500 };

/** The first writable capability of a kind: the one Google's commands set. */
export function control(device: Device, kind: CapabilityKind): Capability | undefined {
  return device.capabilities.find((c) => c.kind === kind && c.writable);
}

/** A read-only sensor measuring `measure` (the thermostat's room temperature, humidity). */
function sensor(device: Device, measure: string): Capability | undefined {
  return device.capabilities.find((c) => c.kind === 'sensor' && c.measure === measure);
}

const named = (device: Device, words: RegExp) => words.test(device.name.toLowerCase());

/** Google's device type, from what the device can do (and, where that leaves a choice, what it is called). */
export function deviceType(device: Device): string | null {
  if (control(device, 'lock')) return TYPE('LOCK');
  if (control(device, 'setpoint')) return TYPE('THERMOSTAT');
  if (control(device, 'cover')) {
    if (named(device, /\bgarage\b/)) return TYPE('GARAGE');
    if (named(device, /\b(curtain|drape)s?\b/)) return TYPE('CURTAIN');
    if (named(device, /\bshutters?\b/)) return TYPE('SHUTTER');
    if (named(device, /\b(shade|awning)s?\b/)) return TYPE('SHADE');
    return TYPE('BLINDS');
  }
  if (control(device, 'color') || control(device, 'colorTemp') || control(device, 'level')) return TYPE('LIGHT');
  if (control(device, 'onOff')) {
    if (named(device, /\b(lamp|light|bulb|led|sconce|chandelier)s?\b/)) return TYPE('LIGHT');
    if (named(device, /\bfans?\b/)) return TYPE('FAN');
    if (named(device, /\b(plug|socket|outlet)s?\b/) || device.capabilities.some((c) => c.kind === 'meter')) return TYPE('OUTLET');
    return TYPE('SWITCH');
  }
  return null;
}

/** Thermostat modes Hearth can honour: heating to the setpoint, and off when the device also switches. */
export function thermostatModes(device: Device): string[] {
  return control(device, 'onOff') ? ['off', 'heat'] : ['heat'];
}

/** SYNC: the device as Google should know it, or null when it has nothing Google can use. */
export function syncDevice(device: Device, unit: 'C' | 'F', roomHint: string | null): GoogleSyncDevice | null {
  const type = deviceType(device);
  if (!type) return null;
  const traits: Trait[] = [];
  const attributes: Record<string, unknown> = {};
  if (control(device, 'onOff')) traits.push(TRAIT.onOff);
  if (control(device, 'level')) traits.push(TRAIT.brightness);
  const color = control(device, 'color');
  const ct = control(device, 'colorTemp');
  if (color || ct) {
    traits.push(TRAIT.color);
    if (color) attributes.colorModel = 'rgb';
    if (ct) attributes.colorTemperatureRange = { temperatureMinK: Math.round(ct.min ?? KELVIN.min), temperatureMaxK: Math.round(ct.max ?? KELVIN.max) };
  }
  const setpoint = control(device, 'setpoint');
  if (setpoint) {
    traits.push(TRAIT.temperature);
    attributes.availableThermostatModes = thermostatModes(device);
    attributes.thermostatTemperatureUnit = unit;
    if (setpoint.min !== undefined && setpoint.max !== undefined) {
      attributes.thermostatTemperatureRange = { minThresholdCelsius: setpoint.min, maxThresholdCelsius: setpoint.max };
    }
  }
  if (control(device, 'cover')) {
    traits.push(TRAIT.openClose);
    attributes.discreteOnlyOpenClose = false;
  }
  if (control(device, 'lock')) traits.push(TRAIT.lock);
  return {
    id: device.id,
    type,
    traits,
    name: { name: device.name, defaultNames: [`${device.manufacturer} ${device.model}`.trim()].filter(Boolean) },
    willReportState: false,
    ...(roomHint ? { roomHint } : {}),
    deviceInfo: { manufacturer: device.manufacturer, model: device.model, ...(device.firmware ? { swVersion: device.firmware } : {}) },
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

/** Hue/saturation → Google's spectrumRGB (0xRRGGBB as an integer), at full value. */
export function spectrumRgb(c: HueSat): number {
  const [r, g, b] = convert.hsv.rgb([c.hue, c.saturation, 100]);
  return (r << 16) | (g << 8) | b;
}

/** Google's spectrumRGB → Hearth's hue/saturation (brightness is Brightness's business). */
export function hueSatOf(rgb: number): HueSat {
  const [h, s] = convert.rgb.hsv([(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff]);
  return { hue: h % 360, saturation: s };
}

/** Whether Google may consider the device reachable: anything but a device Hearth knows to be offline. */
export const isOnline = (device: Device): boolean => device.health !== 'offline';

/** QUERY / EXECUTE: the device's trait states as Google names them (values it has not reported yet are left out). */
export function traitStates(device: Device): Record<string, unknown> {
  const s = device.state;
  const out: Record<string, unknown> = { online: isOnline(device) };
  const num = (cap: Capability | undefined) => (cap && typeof s[cap.id] === 'number' ? (s[cap.id] as number) : undefined);
  const onOff = control(device, 'onOff');
  if (onOff && typeof s[onOff.id] === 'boolean') out.on = s[onOff.id];
  const level = num(control(device, 'level'));
  if (level !== undefined) out.brightness = Math.round(level);
  const color = control(device, 'color');
  const ct = control(device, 'colorTemp');
  const hs = color ? s[color.id] : null;
  const kelvin = num(ct);
  // A light is in one colour mode at a time: the one it reported last.
  const useKelvin = kelvin !== undefined && (!hs || typeof hs !== 'object' || (device.stateAt[ct!.id] ?? 0) > (device.stateAt[color!.id] ?? 0));
  if (useKelvin) out.color = { temperatureK: Math.round(kelvin) };
  else if (hs && typeof hs === 'object') out.color = { spectrumRgb: spectrumRgb(hs) };
  const setpoint = num(control(device, 'setpoint'));
  if (control(device, 'setpoint')) {
    out.thermostatMode = onOff && s[onOff.id] === false ? 'off' : 'heat';
    if (setpoint !== undefined) out.thermostatTemperatureSetpoint = setpoint;
    const ambient = num(sensor(device, 'temperature'));
    if (ambient !== undefined) out.thermostatTemperatureAmbient = ambient;
    const humidity = num(sensor(device, 'humidity'));
    if (humidity !== undefined) out.thermostatHumidityAmbient = humidity;
  }
  const open = num(control(device, 'cover'));
  if (open !== undefined) out.openPercent = Math.round(open);
  const lock = control(device, 'lock');
  if (lock && typeof s[lock.id] === 'boolean') out.isLocked = s[lock.id];
  return out;
}
