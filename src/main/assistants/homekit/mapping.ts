// How a Hearth device looks to Apple Home: one accessory with HomeKit services and characteristics, from its
// capabilities (never its protocol). Plain descriptions here; accessory.ts builds hap-nodejs objects from them.
//
//   onOff (+ level, color, colorTemp)  Lightbulb (a dimmable/colour device, or one named lamp, light, bulb…):
//                                      On, Brightness, Hue + Saturation, ColorTemperature (mired)
//   onOff                              Outlet (named plug/socket/outlet, or metering power), else Switch: On
//   setpoint                           Thermostat: TargetTemperature (°C), CurrentTemperature (its sensor, else the
//                                      setpoint), heating/off states (off only where it also switches), display unit
//   lock                               LockMechanism: LockCurrentState, LockTargetState
//   cover                              WindowCovering: CurrentPosition, TargetPosition, PositionState
//   sensor temperature / humidity / contact / motion / illuminance, battery
//                                      TemperatureSensor, HumiditySensor, ContactSensor (open = not detected),
//                                      MotionSensor, LightSensor, Battery
// A device with none of these (a power meter alone) is not offered to Apple Home.
import type { Capability, CapabilityKind, CapabilityValue, Device, HueSat } from '../../../shared/model';

export type HapServiceName =
  | 'Lightbulb' | 'Switch' | 'Outlet' | 'Thermostat' | 'LockMechanism' | 'WindowCovering'
  | 'TemperatureSensor' | 'HumiditySensor' | 'ContactSensor' | 'MotionSensor' | 'LightSensor' | 'Battery';

export type HapCharacteristicName =
  | 'On' | 'Brightness' | 'Hue' | 'Saturation' | 'ColorTemperature'
  | 'CurrentHeatingCoolingState' | 'TargetHeatingCoolingState' | 'CurrentTemperature' | 'TargetTemperature' | 'TemperatureDisplayUnits'
  | 'LockCurrentState' | 'LockTargetState' | 'CurrentPosition' | 'TargetPosition' | 'PositionState'
  | 'CurrentRelativeHumidity' | 'ContactSensorState' | 'MotionDetected' | 'CurrentAmbientLightLevel' | 'BatteryLevel' | 'StatusLowBattery';

export type HapCategory = 'LIGHTBULB' | 'SWITCH' | 'OUTLET' | 'THERMOSTAT' | 'DOOR_LOCK' | 'WINDOW_COVERING' | 'SENSOR';

export type HapValue = boolean | number;
export interface HapProps {
  minValue?: number;
  maxValue?: number;
  minStep?: number;
  validValues?: number[];
}

/** What a write from Apple Home becomes: Hearth commands (devices.command), or a value kept by the bridge alone. */
export type Write = { commands: { capabilityId: string; value: CapabilityValue }[] } | { local: true };

export interface CharacteristicSpec {
  name: HapCharacteristicName;
  /** The value from the device's state; null while the device has not said (the last value stays). */
  read(d: Device): HapValue | null;
  /** Writable characteristics: what a value written by Apple Home becomes. */
  write?(value: HapValue, d: Device): Write;
  props?: HapProps;
}

export interface ServiceSpec {
  service: HapServiceName;
  /** Stable within the accessory (a capability id). */
  subtype: string;
  characteristics: CharacteristicSpec[];
}

export interface AccessorySpec {
  category: HapCategory;
  services: ServiceSpec[];
}

/** HomeKit's colour temperature bounds, in mired (1,000,000 / kelvin). */
const MIRED = { min: 140, max: 500 };
const LOW_BATTERY = 20;

const control = (d: Device, kind: CapabilityKind) => d.capabilities.find((c) => c.kind === kind && c.writable);
const sensor = (d: Device, measure: string) => d.capabilities.find((c) => c.kind === 'sensor' && c.measure === measure);
const named = (d: Device, words: RegExp) => words.test(d.name.toLowerCase());
const num = (v: CapabilityValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: CapabilityValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
const hueSat = (v: CapabilityValue | undefined): HueSat | null => (v && typeof v === 'object' ? v : null);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const send = (capabilityId: string, value: CapabilityValue): Write => ({ commands: [{ capabilityId, value }] });
const asNumber = (v: HapValue) => (typeof v === 'number' ? v : v ? 1 : 0);

function onOffChar(cap: Capability): CharacteristicSpec {
  return { name: 'On', read: (d) => bool(d.state[cap.id]), write: (v) => send(cap.id, v === true || v === 1) };
}

/** Kelvin ↔ mired, within what both the bulb and HomeKit take. */
function colorTempChar(cap: Capability): CharacteristicSpec {
  const lo = clamp(Math.round(1e6 / (cap.max ?? 6500)), MIRED.min, MIRED.max);
  const hi = clamp(Math.round(1e6 / (cap.min ?? 2000)), lo, MIRED.max);
  return {
    name: 'ColorTemperature',
    props: { minValue: lo, maxValue: hi, minStep: 1 },
    read: (d) => {
      const k = num(d.state[cap.id]);
      return k && k > 0 ? clamp(Math.round(1e6 / k), lo, hi) : null;
    },
    write: (v) => send(cap.id, clamp(Math.round(1e6 / Math.max(1, asNumber(v))), cap.min ?? 1000, cap.max ?? 10000)),
  };
}

/** Hue and saturation arrive as two writes: each is sent with the other's value written just before (within 2 s),
 *  else the one the bulb reported. */
function colorChars(cap: Capability): CharacteristicSpec[] {
  let pending: { hue?: number; saturation?: number; at: number } = { at: 0 };
  const current = (d: Device): HueSat => {
    const reported = { hue: 0, saturation: 0, ...hueSat(d.state[cap.id]) };
    if (Date.now() - pending.at >= 2000) return reported;
    return { hue: pending.hue ?? reported.hue, saturation: pending.saturation ?? reported.saturation };
  };
  const written = (d: Device, part: Partial<HueSat>): Write => {
    const value = { ...current(d), ...part };
    pending = { ...value, at: Date.now() };
    return send(cap.id, value);
  };
  return [
    { name: 'Hue', props: { minValue: 0, maxValue: 360 }, read: (d) => hueSat(d.state[cap.id])?.hue ?? null, write: (v, d) => written(d, { hue: clamp(asNumber(v), 0, 360) }) },
    { name: 'Saturation', props: { minValue: 0, maxValue: 100 }, read: (d) => hueSat(d.state[cap.id])?.saturation ?? null, write: (v, d) => written(d, { saturation: clamp(asNumber(v), 0, 100) }) },
  ];
}

function lightOrSwitch(d: Device): ServiceSpec | null {
  const onOff = control(d, 'onOff');
  const level = control(d, 'level');
  const color = control(d, 'color');
  const ct = control(d, 'colorTemp');
  const light = !!(level || color || ct) || named(d, /\b(lamp|light|bulb|led|sconce|chandelier)s?\b/);
  if (light && (onOff || level)) {
    const chars: CharacteristicSpec[] = [];
    if (onOff) chars.push(onOffChar(onOff));
    else if (level) chars.push({ name: 'On', read: (x) => (num(x.state[level.id]) === null ? null : num(x.state[level.id])! > 0), write: (v) => send(level.id, v === true || v === 1 ? 100 : 0) });
    if (level) chars.push({ name: 'Brightness', props: { minValue: 0, maxValue: 100, minStep: 1 }, read: (x) => roundOrNull(num(x.state[level.id])), write: (v) => send(level.id, clamp(Math.round(asNumber(v)), level.min ?? 0, level.max ?? 100)) });
    if (color) chars.push(...colorChars(color));
    if (ct) chars.push(colorTempChar(ct));
    return { service: 'Lightbulb', subtype: (onOff ?? level)!.id, characteristics: chars };
  }
  if (!onOff) return null;
  const outlet = named(d, /\b(plug|socket|outlet)s?\b/) || d.capabilities.some((c) => c.kind === 'meter' && c.measure === 'power');
  return { service: outlet ? 'Outlet' : 'Switch', subtype: onOff.id, characteristics: [onOffChar(onOff)] };
}

const roundOrNull = (v: number | null) => (v === null ? null : Math.round(v));

function thermostat(d: Device, setpoint: Capability, unit: () => 'C' | 'F'): ServiceSpec {
  const onOff = control(d, 'onOff');
  const room = sensor(d, 'temperature');
  const heating = (x: Device) => (onOff ? (bool(x.state[onOff.id]) === false ? 0 : 1) : 1);
  return {
    service: 'Thermostat',
    subtype: setpoint.id,
    characteristics: [
      { name: 'CurrentHeatingCoolingState', props: { validValues: onOff ? [0, 1] : [1] }, read: heating },
      {
        name: 'TargetHeatingCoolingState',
        props: { validValues: onOff ? [0, 1] : [1] },
        read: heating,
        // Heat (1) is all a thermostat without its own switch does: nothing to send.
        write: (v) => (onOff ? send(onOff.id, asNumber(v) !== 0) : { commands: [] }),
      },
      { name: 'CurrentTemperature', props: { minValue: -50, maxValue: 100, minStep: 0.1 }, read: (x) => num(x.state[room?.id ?? setpoint.id]) },
      {
        name: 'TargetTemperature',
        props: { minValue: setpoint.min ?? 10, maxValue: setpoint.max ?? 38, minStep: setpoint.step ?? 0.5 },
        read: (x) => num(x.state[setpoint.id]),
        write: (v) => send(setpoint.id, clamp(asNumber(v), setpoint.min ?? 10, setpoint.max ?? 38)),
      },
      // Which unit the Home app shows: the home's own (Settings → Home); a change made in the Home app stays there.
      { name: 'TemperatureDisplayUnits', read: () => (unit() === 'F' ? 1 : 0), write: () => ({ local: true }) },
    ],
  };
}

function sensors(d: Device, skip: Set<string>): ServiceSpec[] {
  const out: ServiceSpec[] = [];
  for (const c of d.capabilities) {
    if (skip.has(c.id)) continue;
    const n = (x: Device) => num(x.state[c.id]);
    if (c.kind === 'battery') {
      out.push({ service: 'Battery', subtype: c.id, characteristics: [
        { name: 'BatteryLevel', read: (x) => roundOrNull(n(x)) },
        { name: 'StatusLowBattery', read: (x) => (n(x) === null ? null : n(x)! < LOW_BATTERY ? 1 : 0) },
      ] });
    }
    if (c.kind !== 'sensor') continue;
    if (c.measure === 'temperature') out.push({ service: 'TemperatureSensor', subtype: c.id, characteristics: [{ name: 'CurrentTemperature', props: { minValue: -50, maxValue: 100, minStep: 0.1 }, read: n }] });
    if (c.measure === 'humidity') out.push({ service: 'HumiditySensor', subtype: c.id, characteristics: [{ name: 'CurrentRelativeHumidity', read: (x) => (n(x) === null ? null : clamp(n(x)!, 0, 100)) }] });
    if (c.measure === 'illuminance') out.push({ service: 'LightSensor', subtype: c.id, characteristics: [{ name: 'CurrentAmbientLightLevel', read: (x) => (n(x) === null ? null : clamp(n(x)!, 0.0001, 100000)) }] });
    // Hearth's contact is true when open; HomeKit's ContactSensorState is 0 when the contact is detected (closed).
    if (c.measure === 'contact') out.push({ service: 'ContactSensor', subtype: c.id, characteristics: [{ name: 'ContactSensorState', read: (x) => (bool(x.state[c.id]) === null ? null : x.state[c.id] ? 1 : 0) }] });
    if (c.measure === 'motion' || c.measure === 'occupancy') out.push({ service: 'MotionSensor', subtype: c.id, characteristics: [{ name: 'MotionDetected', read: (x) => bool(x.state[c.id]) }] });
  }
  return out;
}

/** The accessory Apple Home sees for this device, or null when it has nothing Apple Home can use. */
export function accessorySpec(d: Device, unit: () => 'C' | 'F' = () => 'C'): AccessorySpec | null {
  const services: ServiceSpec[] = [];
  const skip = new Set<string>();
  let category: HapCategory | null = null;
  const lock = control(d, 'lock');
  const setpoint = control(d, 'setpoint');
  const cover = control(d, 'cover');
  if (lock) {
    category = 'DOOR_LOCK';
    const state = (x: Device) => { const v = bool(x.state[lock.id]); return v === null ? null : v ? 1 : 0; };
    services.push({ service: 'LockMechanism', subtype: lock.id, characteristics: [
      // LockCurrentState 3 is "unknown": said while the lock has not reported.
      { name: 'LockCurrentState', read: (x) => state(x) ?? 3 },
      { name: 'LockTargetState', read: state, write: (v) => send(lock.id, asNumber(v) === 1) },
    ] });
  }
  if (setpoint) {
    category ??= 'THERMOSTAT';
    services.push(thermostat(d, setpoint, unit));
    const room = sensor(d, 'temperature');
    if (room) skip.add(room.id);
  }
  if (cover) {
    category ??= 'WINDOW_COVERING';
    const pos = (x: Device) => roundOrNull(num(x.state[cover.id]));
    services.push({ service: 'WindowCovering', subtype: cover.id, characteristics: [
      { name: 'CurrentPosition', props: { minValue: 0, maxValue: 100 }, read: pos },
      { name: 'TargetPosition', props: { minValue: 0, maxValue: 100 }, read: pos, write: (v) => send(cover.id, clamp(Math.round(asNumber(v)), cover.min ?? 0, cover.max ?? 100)) },
      { name: 'PositionState', read: () => 2 }, // stopped: Hearth reports positions, not motion
    ] });
  }
  if (!setpoint) {
    const main = lightOrSwitch(d);
    if (main) {
      category ??= main.service === 'Lightbulb' ? 'LIGHTBULB' : main.service === 'Outlet' ? 'OUTLET' : 'SWITCH';
      services.push(main);
    }
  }
  const read = sensors(d, skip);
  if (read.some((s) => s.service !== 'Battery')) category ??= 'SENSOR';
  if (!category) return null;
  services.push(...read);
  return { category, services };
}

/** Whether Apple Home can do anything with the device (the exposure list's "supported"). */
export const homekitSupports = (d: Device): boolean => accessorySpec(d) !== null;
