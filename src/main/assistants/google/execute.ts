// EXECUTE: one Google command (action.devices.commands.*) on one device → the Hearth capability writes it means,
// or the Google errorCode saying why not. Each command's params are checked with zod here, so a malformed or
// unexpected one is answered per device (protocolError / notSupported / valueOutOfRange), never with an HTTP error.
import { z } from 'zod';
import type { CapabilityValue, Device } from '../../../shared/model';
import type { ErrorCode } from '../../../shared/errors';
import { control, hueSatOf, thermostatModes } from './traits';

/** One capability write, in Hearth's units. */
export interface Write {
  capabilityId: string;
  value: CapabilityValue;
}

/** Why a command cannot run, as Google's errorCode and a line for its debugString. */
export interface Refusal {
  errorCode: string;
  debugString: string;
}

export type Plan = { ok: true; writes: Write[] } | { ok: false; refusal: Refusal };

const refuse = (errorCode: string, debugString: string): Plan => ({ ok: false, refusal: { errorCode, debugString } });
const PREFIX = 'action.devices.commands.';

const Percent = z.number().finite();
const PARAMS = {
  OnOff: z.object({ on: z.boolean() }),
  BrightnessAbsolute: z.object({ brightness: Percent }),
  BrightnessRelative: z.union([z.object({ brightnessRelativePercent: Percent }), z.object({ brightnessRelativeWeight: z.number().int().min(-5).max(5) })]),
  ColorAbsolute: z.object({
    color: z.object({
      name: z.string().optional(),
      spectrumRGB: z.number().int().min(0).max(0xffffff).optional(),
      spectrumHSV: z.object({ hue: z.number().min(0).max(360), saturation: z.number().min(0).max(1), value: z.number().min(0).max(1).optional() }).optional(),
      temperature: z.number().finite().positive().optional(),
    }),
  }),
  ThermostatTemperatureSetpoint: z.object({ thermostatTemperatureSetpoint: z.number().finite() }),
  ThermostatSetMode: z.object({ thermostatMode: z.string().min(1).max(32) }),
  TemperatureRelative: z.union([z.object({ thermostatTemperatureRelativeDegree: z.number().finite() }), z.object({ thermostatTemperatureRelativeWeight: z.number().int().min(-5).max(5) })]),
  OpenClose: z.object({ openPercent: Percent }),
  OpenCloseRelative: z.object({ openRelativePercent: Percent }),
  LockUnlock: z.object({ lock: z.boolean() }),
} as const;
type CommandName = keyof typeof PARAMS;

/** The commands Hearth answers (without the 'action.devices.commands.' prefix). */
export const COMMANDS = Object.keys(PARAMS) as CommandName[];

/** A value set against the capability's own range: valueOutOfRange when it does not fit. */
function ranged(device: Device, kind: 'level' | 'cover' | 'setpoint' | 'colorTemp', value: number, lo: number, hi: number): Plan {
  const cap = control(device, kind);
  if (!cap) return refuse('functionNotSupported', `${device.name} has no ${kind} control.`);
  const min = cap.min ?? lo;
  const max = cap.max ?? hi;
  if (value < min || value > max) return refuse('valueOutOfRange', `${device.name} takes ${min}–${max}${cap.unit ?? ''}; asked ${value}.`);
  return { ok: true, writes: [{ capabilityId: cap.id, value }] };
}

/** A relative change from the value the device reported last, kept inside its range. */
function relative(device: Device, kind: 'level' | 'cover' | 'setpoint', delta: number, lo: number, hi: number): Plan {
  const cap = control(device, kind);
  if (!cap) return refuse('functionNotSupported', `${device.name} has no ${kind} control.`);
  const now = device.state[cap.id];
  if (typeof now !== 'number') return refuse('transientError', `${device.name} has not reported its ${kind} yet.`);
  const min = cap.min ?? lo;
  const max = cap.max ?? hi;
  return { ok: true, writes: [{ capabilityId: cap.id, value: Math.min(max, Math.max(min, now + delta)) }] };
}

/** The writes one Google command means for this device. */
export function planCommand(device: Device, command: string, params: Record<string, unknown>): Plan {
  const name = command.startsWith(PREFIX) ? command.slice(PREFIX.length) : '';
  if (!(name in PARAMS)) return refuse('functionNotSupported', `Hearth does not answer ${command}.`);
  const parsed = PARAMS[name as CommandName].safeParse(params);
  if (!parsed.success) return refuse('protocolError', `${command}: ${parsed.error.issues[0]?.message ?? 'unexpected params'}.`);
  const p = parsed.data as Record<string, unknown>;
  switch (name as CommandName) {
    case 'OnOff': {
      const cap = control(device, 'onOff');
      return cap ? { ok: true, writes: [{ capabilityId: cap.id, value: p.on as boolean }] } : refuse('functionNotSupported', `${device.name} cannot be switched on or off.`);
    }
    case 'BrightnessAbsolute':
      return ranged(device, 'level', p.brightness as number, 0, 100);
    case 'BrightnessRelative':
      return relative(device, 'level', 'brightnessRelativePercent' in p ? (p.brightnessRelativePercent as number) : (p.brightnessRelativeWeight as number) * 10, 0, 100);
    case 'ColorAbsolute': {
      const c = p.color as z.infer<typeof PARAMS.ColorAbsolute>['color'];
      if (c.temperature !== undefined) return ranged(device, 'colorTemp', Math.round(c.temperature), 1000, 10000);
      const cap = control(device, 'color');
      if (!cap) return refuse('functionNotSupported', `${device.name} cannot change colour.`);
      if (c.spectrumRGB !== undefined) return { ok: true, writes: [{ capabilityId: cap.id, value: hueSatOf(c.spectrumRGB) }] };
      if (c.spectrumHSV) return { ok: true, writes: [{ capabilityId: cap.id, value: { hue: c.spectrumHSV.hue % 360, saturation: c.spectrumHSV.saturation * 100 } }] };
      return refuse('protocolError', 'ColorAbsolute names no spectrumRGB, spectrumHSV or temperature.');
    }
    case 'ThermostatTemperatureSetpoint':
      return ranged(device, 'setpoint', p.thermostatTemperatureSetpoint as number, -50, 100);
    case 'TemperatureRelative':
      return relative(device, 'setpoint', 'thermostatTemperatureRelativeDegree' in p ? (p.thermostatTemperatureRelativeDegree as number) : (p.thermostatTemperatureRelativeWeight as number) * 0.5, -50, 100);
    case 'ThermostatSetMode': {
      const mode = p.thermostatMode as string;
      if (!control(device, 'setpoint')) return refuse('functionNotSupported', `${device.name} is not a thermostat.`);
      if (!thermostatModes(device).includes(mode)) return refuse('notSupported', `${device.name} offers the modes ${thermostatModes(device).join(', ')}; asked ${mode}.`);
      const onOff = control(device, 'onOff');
      return { ok: true, writes: onOff ? [{ capabilityId: onOff.id, value: mode !== 'off' }] : [] };
    }
    case 'OpenClose':
      return ranged(device, 'cover', p.openPercent as number, 0, 100);
    case 'OpenCloseRelative':
      return relative(device, 'cover', p.openRelativePercent as number, 0, 100);
    case 'LockUnlock': {
      const cap = control(device, 'lock');
      return cap ? { ok: true, writes: [{ capabilityId: cap.id, value: p.lock as boolean }] } : refuse('functionNotSupported', `${device.name} has no lock.`);
    }
  }
}

/** How Hearth's command refusals read to Google: a status and its errorCode. */
export function googleError(code: ErrorCode): { status: 'OFFLINE' | 'ERROR'; errorCode: string } {
  switch (code) {
    case 'DEVICE_UNREACHABLE':
    case 'RADIO_UNAVAILABLE':
      return { status: 'OFFLINE', errorCode: 'deviceOffline' };
    case 'NOT_FOUND':
      return { status: 'ERROR', errorCode: 'deviceNotFound' };
    case 'BAD_REQUEST':
      return { status: 'ERROR', errorCode: 'valueOutOfRange' };
    case 'UNSUPPORTED':
      return { status: 'ERROR', errorCode: 'functionNotSupported' };
    case 'PLAN_LIMIT': // the device is beyond what the subscription's tier allows
      return { status: 'ERROR', errorCode: 'missingSubscription' };
    case 'FORBIDDEN': // the caller's role does not reach the device
      return { status: 'ERROR', errorCode: 'securityRestriction' };
    case 'UNAUTHORIZED':
      return { status: 'ERROR', errorCode: 'authFailure' };
    case 'TIMEOUT':
    case 'CONFLICT':
    case 'CANCELLED':
      return { status: 'ERROR', errorCode: 'transientError' };
    default:
      return { status: 'ERROR', errorCode: 'hardError' };
  }
}
