// What each kind of Hearth device is to Apple Home: its category, services and characteristics, the values read from
// its state and the commands a write becomes; and that hap-nodejs takes every one of them as a bridged accessory
// (built, not published: nothing listens or advertises here).
import { describe, expect, it, vi } from 'vitest';
import type { Capability, CapabilityValue, Device } from '../../../shared/model';
import { HapBridge } from './hap';
import { accessorySpec, homekitSupports, type AccessorySpec, type Write } from './mapping';

function device(name: string, capabilities: Capability[], state: Record<string, CapabilityValue>): Device {
  return { id: `dev-${name}`, protocol: 'zigbee', name, areaId: null, manufacturer: 'Acme', model: 'M1', firmware: '2.4.1-beta', capabilities, state, stateAt: {}, health: 'online', lastSeen: null };
}
const w = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const r = (id: string, measure: string, extra: Partial<Capability> = {}): Capability => ({ id, kind: 'sensor', writable: false, measure, ...extra });

/** Service → characteristic → value read from the device. */
function shape(spec: AccessorySpec | null, d: Device) {
  if (!spec) return null;
  return { category: spec.category, services: Object.fromEntries(spec.services.map((s) => [s.service, Object.fromEntries(s.characteristics.map((c) => [c.name, c.read(d)]))])) };
}
function writer(spec: AccessorySpec, service: string, name: string) {
  const c = spec.services.find((s) => s.service === service)!.characteristics.find((x) => x.name === name)!;
  if (!c.write) throw new Error(`${name} is read-only`);
  return c.write;
}
const commands = (x: Write) => ('commands' in x ? x.commands : 'local');

const BULB = device('Colour Bulb', [w('onOff', 'onOff'), w('level', 'level', { min: 0, max: 100 }), w('color', 'color'), w('colorTemp', 'colorTemp', { min: 2200, max: 6500 })], { onOff: true, level: 40, color: { hue: 120, saturation: 50 }, colorTemp: 2700 });
const THERMOSTAT = device('Thermostat', [w('setpoint', 'setpoint', { min: 5, max: 30 }), r('sensor.temperature', 'temperature')], { setpoint: 20, 'sensor.temperature': 19.5 });
const LOCK = device('Back Door', [w('lock', 'lock')], { lock: true });
const BLIND = device('Bedroom Blind', [w('cover', 'cover', { min: 0, max: 100 })], { cover: 30 });

describe('Hearth capabilities → HomeKit services', () => {
  it('a colour bulb is a Lightbulb with On, Brightness, Hue, Saturation and ColorTemperature in mired', () => {
    const spec = accessorySpec(BULB)!;
    expect(shape(spec, BULB)).toEqual({ category: 'LIGHTBULB', services: { Lightbulb: { On: true, Brightness: 40, Hue: 120, Saturation: 50, ColorTemperature: 370 } } });
    expect(spec.services[0]!.characteristics.find((c) => c.name === 'ColorTemperature')!.props).toEqual({ minValue: 154, maxValue: 455, minStep: 1 });
    expect(commands(writer(spec, 'Lightbulb', 'Brightness')(75, BULB))).toEqual([{ capabilityId: 'level', value: 75 }]);
    expect(commands(writer(spec, 'Lightbulb', 'ColorTemperature')(250, BULB))).toEqual([{ capabilityId: 'colorTemp', value: 4000 }]);
    // Hue then saturation, as the Home app sends them: the second keeps the first.
    expect(commands(writer(spec, 'Lightbulb', 'Hue')(300, BULB))).toEqual([{ capabilityId: 'color', value: { hue: 300, saturation: 50 } }]);
    expect(commands(writer(spec, 'Lightbulb', 'Saturation')(90, BULB))).toEqual([{ capabilityId: 'color', value: { hue: 300, saturation: 90 } }]);
  });

  it('a dimmer without a name is a light; a plain on/off is a Switch; one named plug, or metering power, an Outlet', () => {
    const dimmer = device('Ceiling', [w('level', 'level'), w('onOff', 'onOff')], { level: 0, onOff: false });
    expect(shape(accessorySpec(dimmer), dimmer)).toEqual({ category: 'LIGHTBULB', services: { Lightbulb: { On: false, Brightness: 0 } } });
    const sw = device('Fan', [w('onOff', 'onOff')], { onOff: true });
    expect(shape(accessorySpec(sw), sw)).toEqual({ category: 'SWITCH', services: { Switch: { On: true } } });
    const lamp = device('Floor Lamp', [w('onOff', 'onOff')], { onOff: false });
    expect(accessorySpec(lamp)!.category).toBe('LIGHTBULB');
    const plug = device('Kettle', [w('onOff', 'onOff'), { id: 'meter.power', kind: 'meter', writable: false, measure: 'power', unit: 'W' }], { onOff: false });
    expect(shape(accessorySpec(plug), plug)).toEqual({ category: 'OUTLET', services: { Outlet: { On: false } } });
    expect(commands(writer(accessorySpec(plug)!, 'Outlet', 'On')(true, plug))).toEqual([{ capabilityId: 'onOff', value: true }]);
  });

  it('a thermostat heats to its setpoint, shows its own room temperature and the home’s unit', () => {
    const spec = accessorySpec(THERMOSTAT, () => 'F')!;
    expect(shape(spec, THERMOSTAT)).toEqual({
      category: 'THERMOSTAT',
      services: { Thermostat: { CurrentHeatingCoolingState: 1, TargetHeatingCoolingState: 1, CurrentTemperature: 19.5, TargetTemperature: 20, TemperatureDisplayUnits: 1 } },
    });
    expect(commands(writer(spec, 'Thermostat', 'TargetTemperature')(22.5, THERMOSTAT))).toEqual([{ capabilityId: 'setpoint', value: 22.5 }]);
    expect(commands(writer(spec, 'Thermostat', 'TemperatureDisplayUnits')(0, THERMOSTAT))).toBe('local');
    // With its own switch, "off" switches it off.
    const switched = device('Radiator', [w('setpoint', 'setpoint'), w('onOff', 'onOff')], { setpoint: 21, onOff: false });
    const s2 = accessorySpec(switched)!;
    expect(shape(s2, switched)!.services.Thermostat).toMatchObject({ CurrentHeatingCoolingState: 0, TargetHeatingCoolingState: 0 });
    expect(commands(writer(s2, 'Thermostat', 'TargetHeatingCoolingState')(1, switched))).toEqual([{ capabilityId: 'onOff', value: true }]);
  });

  it('a lock is a LockMechanism (unknown until it reports); a blind a WindowCovering in % open', () => {
    const spec = accessorySpec(LOCK)!;
    expect(shape(spec, LOCK)).toEqual({ category: 'DOOR_LOCK', services: { LockMechanism: { LockCurrentState: 1, LockTargetState: 1 } } });
    expect(commands(writer(spec, 'LockMechanism', 'LockTargetState')(0, LOCK))).toEqual([{ capabilityId: 'lock', value: false }]);
    const unknown = { ...LOCK, state: {} };
    expect(shape(spec, unknown)!.services.LockMechanism).toEqual({ LockCurrentState: 3, LockTargetState: null });
    const blind = accessorySpec(BLIND)!;
    expect(shape(blind, BLIND)).toEqual({ category: 'WINDOW_COVERING', services: { WindowCovering: { CurrentPosition: 30, TargetPosition: 30, PositionState: 2 } } });
    expect(commands(writer(blind, 'WindowCovering', 'TargetPosition')(100, BLIND))).toEqual([{ capabilityId: 'cover', value: 100 }]);
  });

  it('sensors are read-only services: temperature, humidity, contact (open = not detected), motion, light, battery', () => {
    const climate = device('Bathroom', [r('t', 'temperature'), r('h', 'humidity'), { id: 'battery', kind: 'battery', writable: false }], { t: 21.3, h: 64, battery: 15 });
    expect(shape(accessorySpec(climate), climate)).toEqual({
      category: 'SENSOR',
      services: { TemperatureSensor: { CurrentTemperature: 21.3 }, HumiditySensor: { CurrentRelativeHumidity: 64 }, Battery: { BatteryLevel: 15, StatusLowBattery: 1 } },
    });
    const door = device('Front Door', [r('c', 'contact')], { c: true });
    expect(shape(accessorySpec(door), door)).toEqual({ category: 'SENSOR', services: { ContactSensor: { ContactSensorState: 1 } } });
    expect(accessorySpec(door)!.services[0]!.characteristics[0]!.read({ ...door, state: { c: false } })).toBe(0);
    const hall = device('Hall', [r('m', 'motion'), r('lux', 'illuminance')], { m: true, lux: 0 });
    expect(shape(accessorySpec(hall), hall)).toEqual({ category: 'SENSOR', services: { MotionSensor: { MotionDetected: true }, LightSensor: { CurrentAmbientLightLevel: 0.0001 } } });
    for (const s of accessorySpec(hall)!.services) for (const c of s.characteristics) expect(c.write).toBeUndefined();
  });

  it('a device with nothing Apple Home uses (a power meter alone) is not supported', () => {
    const meter = device('Meter', [{ id: 'p', kind: 'meter', writable: false, measure: 'power' }], { p: 5 });
    expect(accessorySpec(meter)).toBeNull();
    expect(homekitSupports(meter)).toBe(false);
    expect([BULB, THERMOSTAT, LOCK, BLIND].every(homekitSupports)).toBe(true);
  });

  it('hap-nodejs takes every kind as a bridged accessory without a warning (values within each characteristic’s range)', () => {
    const warned = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(console, 'log')];
    const all = [BULB, THERMOSTAT, LOCK, BLIND, device('Bathroom', [r('t', 'temperature'), r('h', 'humidity'), r('c', 'contact'), r('m', 'motion'), { id: 'b', kind: 'battery', writable: false }], { t: 20, h: 50, c: false, m: false, b: 90 })];
    const bridge = new HapBridge({
      name: 'Test', identity: { username: '0E:11:22:33:44:55', pincode: '031-45-154', setupID: 'AB12' },
      device: (id) => all.find((d) => d.id === id), command: () => Promise.resolve(), changed: () => undefined, warn: (m) => { throw new Error(m); },
    });
    bridge.setDevices(all.map((device) => ({ device, spec: accessorySpec(device)! })));
    // A change of state becomes the characteristic's value (refresh never throws for any kind).
    for (const d of all) bridge.refresh({ ...d, state: {} });
    bridge.refresh({ ...BULB, state: { ...BULB.state, colorTemp: 6500, level: 100 } });
    expect(bridge.paired()).toBe(0);
    for (const spy of warned) {
      expect(spy.mock.calls).toEqual([]);
      spy.mockRestore();
    }
  });
});
