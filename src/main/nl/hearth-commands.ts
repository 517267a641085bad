// The way back for homeFromHearth: a parser action on a Hearth device → capability commands
// (ProtocolAdapter.command(nativeId, capabilityId, value)). Relative steps are applied to the device's
// current state. Returns null when the device has no capability for the service.
import cssColors from 'color-name';
import { rgbToHueSat } from '../../shared/color';
import type { Capability, CapabilityValue, Device, HueSat } from '../../shared/model';
import type { Trigger } from '../../shared/automation';
import type { NlAction } from './actions';
import type { Schedule } from './frame';

export interface CapabilityCommand {
  capabilityId: string;
  value: CapabilityValue;
}

function cap(device: Device, kind: Capability['kind']): Capability | undefined {
  return device.capabilities.find((c) => c.kind === kind && c.writable);
}

function clampTo(c: Capability, value: number, lo: number, hi: number): number {
  return Math.min(c.max ?? hi, Math.max(c.min ?? lo, value));
}

/** CSS colour name → hue (0–360) and saturation (0–100). */
export function cssToHueSat(name: string): HueSat | null {
  const rgb = (cssColors as Readonly<Record<string, readonly [number, number, number]>>)[name];
  if (!rgb) return null;
  const { hue, saturation } = rgbToHueSat(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255);
  return { hue: Math.round(hue) % 360, saturation: Math.round(saturation) };
}

export function commandsForAction(action: NlAction, device: Device): CapabilityCommand[] | null {
  const data = action.data ?? {};
  const n = (k: string): number => Number(data[k]);
  const current = (c: Capability): number => (typeof device.state[c.id] === 'number' ? (device.state[c.id] as number) : 0);
  const set = (c: Capability | undefined, value: CapabilityValue): CapabilityCommand[] | null => (c ? [{ capabilityId: c.id, value }] : null);
  const onOff = cap(device, 'onOff');
  const level = cap(device, 'level');
  switch (action.service) {
    case 'turn_on':
      return onOff ? set(onOff, true) : set(level, 100);
    case 'turn_off':
      return onOff ? set(onOff, false) : set(level, 0);
    case 'toggle':
      return onOff ? set(onOff, device.state[onOff.id] !== true) : null;
    case 'set_brightness':
    case 'set_fan_speed':
      return level ? set(level, clampTo(level, n(action.service === 'set_brightness' ? 'brightness' : 'percentage'), 0, 100)) : null;
    case 'brightness_step':
    case 'fan_speed_step':
      return level ? set(level, clampTo(level, current(level) + n('step'), 0, 100)) : null;
    case 'set_color': {
      const hs = cssToHueSat(String(data['color']));
      return hs ? set(cap(device, 'color'), hs) : null;
    }
    case 'set_color_temp': {
      const ct = cap(device, 'colorTemp');
      return ct ? set(ct, clampTo(ct, n('kelvin'), 1000, 10000)) : null;
    }
    case 'color_temp_step': {
      const ct = cap(device, 'colorTemp');
      return ct ? set(ct, clampTo(ct, current(ct) + n('step'), 1000, 10000)) : null;
    }
    case 'set_temperature': {
      const sp = cap(device, 'setpoint');
      return sp ? set(sp, clampTo(sp, n('temperature'), -50, 100)) : null;
    }
    case 'temperature_step': {
      const sp = cap(device, 'setpoint');
      return sp ? set(sp, clampTo(sp, current(sp) + n('step'), -50, 100)) : null;
    }
    case 'open':
      return set(cap(device, 'cover'), 100);
    case 'close':
      return set(cap(device, 'cover'), 0);
    case 'set_position': {
      const cv = cap(device, 'cover');
      return cv ? set(cv, clampTo(cv, n('position'), 0, 100)) : null;
    }
    case 'position_step': {
      const cv = cap(device, 'cover');
      return cv ? set(cv, clampTo(cv, current(cv) + n('step'), 0, 100)) : null;
    }
    case 'lock':
      return set(cap(device, 'lock'), true);
    case 'unlock':
      return set(cap(device, 'lock'), false);
    default:
      return null;
  }
}

type StateSchedule = Extract<Schedule, { kind: 'state' }>;

/** A device reaching a state (HA-style, from a "when …" sentence) → the trigger on its capability. */
function stateTrigger(entity: string, state: string, device: Device): Trigger | null {
  const capId = entity.includes('#') ? entity.slice(entity.indexOf('#') + 1) : null;
  const ref = (c: Capability): { deviceId: string; capabilityId: string } => ({ deviceId: device.id, capabilityId: c.id });
  const byId = capId ? device.capabilities.find((c) => c.id === capId) : undefined;
  const sensor = byId ?? (device.capabilities.length === 1 && device.capabilities[0]!.kind === 'sensor' ? device.capabilities[0] : undefined);
  if (sensor) {
    if (state === 'on' || state === 'off') return { type: 'state', ...ref(sensor), to: state === 'on' };
    return null;
  }
  const lock = device.capabilities.find((c) => c.kind === 'lock');
  if (lock && (state === 'locked' || state === 'unlocked')) return { type: 'state', ...ref(lock), to: state === 'locked' };
  const cover = device.capabilities.find((c) => c.kind === 'cover');
  if (cover && (state === 'open' || state === 'closed')) return state === 'open' ? { type: 'numeric', ...ref(cover), above: 0 } : { type: 'state', ...ref(cover), to: 0 };
  const onOff = device.capabilities.find((c) => c.kind === 'onOff');
  if (onOff && (state === 'on' || state === 'off')) return { type: 'state', ...ref(onOff), to: state === 'on' };
  const level = device.capabilities.find((c) => c.kind === 'level');
  if (level && (state === 'on' || state === 'off')) return state === 'on' ? { type: 'numeric', ...ref(level), above: 0 } : { type: 'state', ...ref(level), to: 0 };
  return null;
}

/** The triggers of a "when …" schedule on Hearth devices, or what is wrong (a device gone, a state it has no
 *  capability for). */
export function triggersForState(schedule: StateSchedule, lookup: (deviceId: string) => Device | undefined): Trigger[] | string {
  const out: Trigger[] = [];
  for (const t of schedule.triggers) {
    const device = lookup(t.entity.split('#')[0]!);
    if (!device) return 'That device is no longer in the home.';
    const trigger = stateTrigger(t.entity, t.state, device);
    if (!trigger) return `Hearth can't watch ${device.name} for being ${t.state.replace(/_/g, ' ')}.`;
    out.push(trigger);
  }
  return out;
}
