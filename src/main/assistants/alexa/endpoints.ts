// Hearth's devices as Alexa endpoints: which Alexa interfaces a device's capabilities give it (shared/model.ts →
// Smart Home Skill API v3), its display category, its endpoint id, and its Discover.Response entry.
//
//   onOff (writable)          → Alexa.PowerController          powerState ON/OFF
//   level (writable)          → Alexa.BrightnessController     brightness 0–100
//   color (writable)          → Alexa.ColorController          hue 0–360, saturation 0–1 (Hearth: 0–100)
//   colorTemp (writable)      → Alexa.ColorTemperatureController  kelvin
//   setpoint (writable)       → Alexa.ThermostatController     targetSetpoint in the home's unit (Hearth keeps °C);
//                               with a writable onOff also thermostatMode HEAT / OFF
//   lock (writable)           → Alexa.LockController           lockState LOCKED/UNLOCKED
//   cover (writable)          → Alexa.RangeController "Blind.Lift"  0–100 % open, with Open/Close/Raise/Lower
//   sensor measuring temperature → Alexa.TemperatureSensor
//   sensor measuring contact (door, window) → Alexa.ContactSensor   detectionState DETECTED = open (Hearth: true)
//   sensor measuring motion (occupancy, presence) → Alexa.MotionSensor  detectionState DETECTED = motion
//   every endpoint            → Alexa.EndpointHealth connectivity, and the Alexa interface itself
// A device with none of these (a motion sensor, a meter) is not offered to Alexa.
import { createHash } from 'node:crypto';
import type { Capability, Device } from '../../../shared/model';

export interface AlexaTraits {
  power?: Capability;
  brightness?: Capability;
  color?: Capability;
  colorTemp?: Capability;
  setpoint?: Capability;
  lock?: Capability;
  cover?: Capability;
  temperature?: Capability;
  contact?: Capability;
  motion?: Capability;
}

/** The RangeController instance a cover's position is. */
export const COVER_INSTANCE = 'Blind.Lift';

const writable = (d: Device, kind: Capability['kind']) => d.capabilities.find((c) => c.kind === kind && c.writable);

export function traitsOf(d: Device): AlexaTraits {
  const t: AlexaTraits = {};
  const power = writable(d, 'onOff');
  if (power) t.power = power;
  const brightness = writable(d, 'level');
  if (brightness) t.brightness = brightness;
  const color = writable(d, 'color');
  if (color) t.color = color;
  const colorTemp = writable(d, 'colorTemp');
  if (colorTemp) t.colorTemp = colorTemp;
  const setpoint = writable(d, 'setpoint');
  if (setpoint) t.setpoint = setpoint;
  const lock = writable(d, 'lock');
  if (lock) t.lock = lock;
  const cover = writable(d, 'cover');
  if (cover) t.cover = cover;
  const temperature = d.capabilities.find((c) => c.kind === 'sensor' && c.measure === 'temperature');
  if (temperature) t.temperature = temperature;
  const contact = d.capabilities.find((c) => c.kind === 'sensor' && CONTACT.has(c.measure ?? ''));
  if (contact) t.contact = contact;
  const motion = d.capabilities.find((c) => c.kind === 'sensor' && MOTION.has(c.measure ?? ''));
  if (motion) t.motion = motion;
  return t;
}

const CONTACT = new Set(['contact', 'door', 'window', 'opening']);
const MOTION = new Set(['motion', 'occupancy', 'presence']);

export const hasTraits = (t: AlexaTraits): boolean => Object.keys(t).length > 0;

const ENDPOINT_ID = /^[a-zA-Z0-9_\-=#;:?@&]{1,256}$/;

/**
 * The endpoint id Alexa knows a device by: its Hearth id where Alexa's alphabet allows it (`zwave:5`), else its
 * base64url form (`b64=…`), else (too long) a hash (`h=…`). Hearth ids start with their protocol, so none of these
 * can be mistaken for another; directives are matched by computing it for each exposed device.
 */
export function endpointIdOf(deviceId: string): string {
  if (ENDPOINT_ID.test(deviceId)) return deviceId;
  const b64 = `b64=${Buffer.from(deviceId, 'utf8').toString('base64url')}`;
  if (b64.length <= 256) return b64;
  return `h=${createHash('sha256').update(deviceId).digest('hex')}`;
}

const LIGHT_NAME = /\b(lamps?|lights?|lighting|bulbs?|lanterns?|sconces?|chandeliers?|pendants?|spotlights?|downlights?|uplights?)\b/i;

/** What the Alexa app shows the device as. */
export function displayCategory(d: Device, t: AlexaTraits): string {
  if (t.lock) return 'SMARTLOCK';
  if (t.cover) return /\b(awning|shutter|exterior|outdoor)\b/i.test(d.name) ? 'EXTERIOR_BLIND' : 'INTERIOR_BLIND';
  if (t.setpoint) return 'THERMOSTAT';
  if (/\bfans?\b/i.test(d.name) && (t.power || t.brightness)) return 'FAN';
  if (t.brightness || t.color || t.colorTemp) return 'LIGHT';
  if (t.power && LIGHT_NAME.test(d.name)) return 'LIGHT';
  if (t.power && d.capabilities.some((c) => c.kind === 'meter')) return 'SMARTPLUG';
  if (t.power) return 'SWITCH';
  if (t.contact) return 'CONTACT_SENSOR';
  if (t.motion) return 'MOTION_SENSOR';
  if (t.temperature) return 'TEMPERATURE_SENSOR';
  return 'OTHER';
}

const clip = (s: string, max: number, fallback: string) => {
  const v = s.trim() || fallback;
  return v.length > max ? v.slice(0, max - 1) + '…' : v;
};

const iface = (name: string, supported: string[], extra: Record<string, unknown> = {}) => ({
  type: 'AlexaInterface',
  interface: name,
  version: '3',
  properties: { supported: supported.map((n) => ({ name: n })), proactivelyReported: true, retrievable: true },
  ...extra,
});

const text = (t: string) => ({ '@type': 'text', value: { text: t, locale: 'en-US' } });

function coverInterface(cap: Capability) {
  const min = cap.min ?? 0;
  const max = cap.max ?? 100;
  return iface('Alexa.RangeController', ['rangeValue'], {
    instance: COVER_INSTANCE,
    capabilityResources: { friendlyNames: [{ '@type': 'asset', value: { assetId: 'Alexa.Setting.Opening' } }, text('Position')] },
    configuration: { supportedRange: { minimumValue: min, maximumValue: max, precision: 1 }, unitOfMeasure: 'Alexa.Unit.Percent' },
    semantics: {
      actionMappings: [
        { '@type': 'ActionsToDirective', actions: ['Alexa.Actions.Close'], directive: { name: 'SetRangeValue', payload: { rangeValue: min } } },
        { '@type': 'ActionsToDirective', actions: ['Alexa.Actions.Open'], directive: { name: 'SetRangeValue', payload: { rangeValue: max } } },
        { '@type': 'ActionsToDirective', actions: ['Alexa.Actions.Lower'], directive: { name: 'AdjustRangeValue', payload: { rangeValueDelta: -10, rangeValueDeltaDefault: false } } },
        { '@type': 'ActionsToDirective', actions: ['Alexa.Actions.Raise'], directive: { name: 'AdjustRangeValue', payload: { rangeValueDelta: 10, rangeValueDeltaDefault: false } } },
      ],
      stateMappings: [
        { '@type': 'StatesToValue', states: ['Alexa.States.Closed'], value: min },
        { '@type': 'StatesToRange', states: ['Alexa.States.Open'], range: { minimumValue: Math.min(min + 1, max), maximumValue: max } },
      ],
    },
  });
}

/** The Alexa interfaces the device offers, as Discover.Response lists them. */
export function interfacesOf(t: AlexaTraits): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ type: 'AlexaInterface', interface: 'Alexa', version: '3' }];
  if (t.power) out.push(iface('Alexa.PowerController', ['powerState']));
  if (t.brightness) out.push(iface('Alexa.BrightnessController', ['brightness']));
  if (t.color) out.push(iface('Alexa.ColorController', ['color']));
  if (t.colorTemp) out.push(iface('Alexa.ColorTemperatureController', ['colorTemperatureInKelvin']));
  if (t.setpoint) {
    const modes = t.power ? { supportedModes: ['HEAT', 'OFF'] } : {};
    out.push(iface('Alexa.ThermostatController', t.power ? ['targetSetpoint', 'thermostatMode'] : ['targetSetpoint'], { configuration: { supportsScheduling: false, ...modes } }));
  }
  if (t.temperature) out.push(iface('Alexa.TemperatureSensor', ['temperature']));
  if (t.contact) out.push(iface('Alexa.ContactSensor', ['detectionState']));
  if (t.motion) out.push(iface('Alexa.MotionSensor', ['detectionState']));
  if (t.lock) out.push(iface('Alexa.LockController', ['lockState']));
  if (t.cover) out.push(coverInterface(t.cover));
  out.push(iface('Alexa.EndpointHealth', ['connectivity']));
  return out;
}

/** The device's entry in Discover.Response, or null when Alexa could do nothing with it. */
export function discoveryEndpoint(d: Device, room: string | null): Record<string, unknown> | null {
  const t = traitsOf(d);
  if (!hasTraits(t)) return null;
  const maker = clip(d.manufacturer, 128, 'Hearth');
  const what = [d.manufacturer, d.model].map((s) => s.trim()).filter(Boolean).join(' ');
  return {
    endpointId: endpointIdOf(d.id),
    manufacturerName: maker,
    friendlyName: clip(d.name, 128, 'Device'),
    description: clip(`${what || 'Device'}${room ? ` in ${room}` : ''}, via Hearth`, 128, 'Device via Hearth'),
    displayCategories: [displayCategory(d, t)],
    additionalAttributes: {
      ...(d.manufacturer.trim() ? { manufacturer: clip(d.manufacturer, 256, 'Hearth') } : {}),
      ...(d.model.trim() ? { model: clip(d.model, 256, 'Device') } : {}),
      ...(d.firmware?.trim() ? { firmwareVersion: clip(d.firmware, 256, '0') } : {}),
    },
    capabilities: interfacesOf(t),
  };
}
