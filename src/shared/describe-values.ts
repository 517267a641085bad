// Plain-English words for capability values and steps: "on", "50 %", "22 °C", "locked", "open 30 %".
import type { Capability, CapabilityValue, Device } from './model';

/** A value in words whatever control it is meant for: "75", "on", "a colour (hue 30°, 50 % saturation)". */
export function describeValue(value: CapabilityValue): string {
  if (value === null) return 'no value';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(value);
  return `a colour (hue ${value.hue}°, ${value.saturation} % saturation)`;
}

/** Does the value have the shape this kind of control takes (yes/no, a number, a colour)? */
function fitsKind(kind: Capability['kind'], value: CapabilityValue): boolean {
  if (kind === 'onOff' || kind === 'lock') return typeof value === 'boolean';
  if (kind === 'color') return typeof value === 'object';
  if (kind === 'level' || kind === 'cover' || kind === 'colorTemp' || kind === 'setpoint') return typeof value === 'number';
  return typeof value !== 'object'; // readings: numbers, or yes/no for some sensors
}

export function formatValue(kind: Capability['kind'], value: CapabilityValue, unit?: string): string {
  if (value === null) return 'unknown';
  // A value of the wrong shape (a colour on a brightness step, 75 on a switch) is said as it is, never squeezed into the kind's words.
  if (!fitsKind(kind, value)) return describeValue(value);
  switch (kind) {
    case 'onOff':
      return value === true ? 'on' : 'off';
    case 'lock':
      return value === true ? 'locked' : 'unlocked';
    case 'cover':
      return value === 0 ? 'closed' : value === 100 ? 'open' : `${String(value)} % open`;
    case 'level':
      return `${String(value)} %`;
    case 'colorTemp':
      return `${String(value)} K`;
    case 'setpoint':
      return typeof value === 'number' ? `${Math.round(value * 10) / 10} °C` : String(value);
    case 'color':
      return typeof value === 'object' ? `hue ${value.hue}°, ${value.saturation} % saturation` : String(value);
    default:
      return typeof value === 'number' ? `${value}${unit ? ` ${unit}` : ''}` : String(value);
  }
}

/** "Turn on Floor Lamp", "Set Ceiling Light brightness to 50 %", "Lock Back Door". */
export function stepLabel(device: Pick<Device, 'name'>, kind: Capability['kind'], value: CapabilityValue): string {
  const name = device.name;
  if (value !== null && !fitsKind(kind, value)) return `Set ${name} to ${describeValue(value)}`;
  switch (kind) {
    case 'onOff':
      return `Turn ${value === true ? 'on' : 'off'} ${name}`;
    case 'lock':
      return `${value === true ? 'Lock' : 'Unlock'} ${name}`;
    case 'cover':
      return value === 100 ? `Open ${name}` : value === 0 ? `Close ${name}` : `Set ${name} to ${formatValue(kind, value)}`;
    case 'level':
      return `Set ${name} brightness to ${formatValue(kind, value)}`;
    case 'colorTemp':
      return `Set ${name} colour temperature to ${formatValue(kind, value)}`;
    case 'color':
      return `Change ${name} colour`;
    case 'setpoint':
      return `Set ${name} to ${formatValue(kind, value)}`;
    default:
      return `Set ${name} to ${formatValue(kind, value)}`;
  }
}

export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function sameValue(a: CapabilityValue | undefined, b: CapabilityValue | undefined): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') return a.hue === b.hue && a.saturation === b.saturation;
  return false;
}
