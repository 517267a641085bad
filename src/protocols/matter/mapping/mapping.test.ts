import { describe, expect, it } from 'vitest';
import { commandValueSchema } from '../../../shared/model';
import { actionFor, affectedCapabilities, bindDevice, readState } from './index';
import type { EndpointSnapshot } from './types';

const root: EndpointSnapshot = { endpoint: 0, deviceTypes: [0x0016], clusters: { descriptor: {}, basicInformation: {} } };

const colorLight: EndpointSnapshot = {
  endpoint: 1,
  deviceTypes: [0x010d],
  clusters: {
    onOff: { onOff: true },
    levelControl: { currentLevel: 127, minLevel: 1, maxLevel: 254 },
    colorControl: {
      featureMap: { hueSaturation: true, colorTemperature: true },
      currentHue: 127,
      currentSaturation: 254,
      colorTemperatureMireds: 250,
      colorTempPhysicalMinMireds: 153,
      colorTempPhysicalMaxMireds: 500,
    },
  },
};

const thermostat: EndpointSnapshot = {
  endpoint: 1,
  deviceTypes: [0x0301],
  clusters: {
    thermostat: {
      featureMap: { heating: true, cooling: false },
      localTemperature: 2150,
      occupiedHeatingSetpoint: 2000,
      absMinHeatSetpointLimit: 700,
      absMaxHeatSetpointLimit: 3000,
    },
  },
};

function ids(eps: EndpointSnapshot[]) {
  return bindDevice(eps).map((b) => b.id);
}

describe('cluster → capability mapping', () => {
  it('maps an extended colour light to onOff, level, colorTemp and color with Hearth units', () => {
    const bound = bindDevice([root, colorLight]);
    expect(bound.map((b) => b.id)).toEqual(['onOff', 'level', 'colorTemp', 'color']);
    expect(readState(bound, [root, colorLight])).toEqual({
      onOff: true,
      level: 50,
      colorTemp: 4000,
      color: { hue: 180, saturation: 100 },
    });
    const ct = bound.find((b) => b.id === 'colorTemp')!.capability;
    expect(ct).toMatchObject({ kind: 'colorTemp', unit: 'K', min: 2000, max: 6536, writable: true });
  });

  it('maps a thermostat to setpoint and sensor.temperature in °C', () => {
    const bound = bindDevice([thermostat]);
    expect(readState(bound, [thermostat])).toEqual({ setpoint: 20, 'sensor.temperature': 21.5 });
    expect(bound[0]!.capability).toMatchObject({ kind: 'setpoint', min: 7, max: 30, unit: '°C' });
    expect(bound[1]!.capability).toMatchObject({ kind: 'sensor', measure: 'temperature', writable: false });
  });

  it('reads unknown values as null rather than inventing them', () => {
    const ep: EndpointSnapshot = { endpoint: 1, deviceTypes: [], clusters: { levelControl: { currentLevel: null } } };
    expect(readState(bindDevice([ep]), [ep])).toEqual({ level: null });
  });

  it('names a contact sensor sensor.contact (true = open, like every Hearth contact sensor), a leak detector sensor.leak', () => {
    const contact: EndpointSnapshot = { endpoint: 1, deviceTypes: [0x0015], clusters: { booleanState: { stateValue: true } } };
    const leak: EndpointSnapshot = { endpoint: 2, deviceTypes: [0x0043], clusters: { booleanState: { stateValue: false } } };
    const bound = bindDevice([contact, leak]);
    // BooleanState true on a contact sensor means "in contact": the door is closed.
    expect(readState(bound, [contact, leak])).toEqual({ 'sensor.contact': false, 'sensor.leak': false });
    expect(bound[0]!.capability).toMatchObject({ kind: 'sensor', measure: 'contact', writable: false });
  });

  it('maps sensors, electrical measurement and battery', () => {
    const ep: EndpointSnapshot = {
      endpoint: 1,
      deviceTypes: [],
      clusters: {
        temperatureMeasurement: { measuredValue: -550 },
        relativeHumidityMeasurement: { measuredValue: 4567 },
        occupancySensing: { occupancy: { occupied: true } },
        electricalPowerMeasurement: { activePower: 12_345n, voltage: 230_000, activeCurrent: 54 },
        electricalEnergyMeasurement: { cumulativeEnergyImported: { energy: 1_234_567n } },
        powerSource: { featureMap: { battery: true }, batPercentRemaining: 151 },
      },
    };
    expect(readState(bindDevice([ep]), [ep])).toEqual({
      'sensor.temperature': -5.5,
      'sensor.humidity': 45.67,
      'sensor.occupancy': true,
      'meter.power': 12.345,
      'meter.voltage': 230,
      'meter.current': 0.054,
      'meter.energy': 1.235,
      battery: 76,
    });
  });

  it('maps a window covering position (0 = open in Matter) to % open', () => {
    const ep: EndpointSnapshot = {
      endpoint: 1,
      deviceTypes: [0x0202],
      clusters: { windowCovering: { featureMap: { lift: true, positionAwareLift: true }, currentPositionLiftPercent100ths: 2500 } },
    };
    const bound = bindDevice([ep]);
    expect(readState(bound, [ep])).toEqual({ cover: 75 });
    expect(actionFor(bound, [ep], 'cover', 100)).toMatchObject({ command: 'goToLiftPercentage', fields: { liftPercent100thsValue: 0 } });
  });

  it('maps a door lock both ways', () => {
    const ep: EndpointSnapshot = { endpoint: 1, deviceTypes: [0x000a], clusters: { doorLock: { lockState: 2 } } };
    const bound = bindDevice([ep]);
    expect(readState(bound, [ep])).toEqual({ lock: false });
    expect(actionFor(bound, [ep], 'lock', true)).toEqual({
      kind: 'invoke', endpoint: 1, cluster: 'doorLock', command: 'lockDoor', fields: {},
    });
  });

  it('gives stable ids with an endpoint prefix when several endpoints share a capability', () => {
    const plug = (n: number): EndpointSnapshot => ({ endpoint: n, deviceTypes: [0x010a], clusters: { onOff: { onOff: false } } });
    expect(ids([plug(3), plug(2), root])).toEqual(['onOff', 'ep3.onOff']);
  });

  it('skips capabilities whose feature is absent (no colour temperature without the CT feature)', () => {
    const ep: EndpointSnapshot = {
      endpoint: 1,
      deviceTypes: [],
      clusters: { colorControl: { featureMap: { hueSaturation: true, colorTemperature: false }, currentHue: 0, currentSaturation: 0 } },
    };
    expect(ids([ep])).toEqual(['color']);
  });
});

describe('capability → Matter command', () => {
  const eps = [root, colorLight];
  const bound = bindDevice(eps);

  it('turns onOff into On/Off commands', () => {
    expect(actionFor(bound, eps, 'onOff', true)).toEqual({ kind: 'invoke', endpoint: 1, cluster: 'onOff', command: 'on' });
    expect(actionFor(bound, eps, 'onOff', false)).toMatchObject({ command: 'off' });
  });

  it('turns level % into MoveToLevel 0–254 within the device limits', () => {
    expect(actionFor(bound, eps, 'level', 50)).toMatchObject({ command: 'moveToLevel', fields: { level: 127, transitionTime: null } });
    expect(actionFor(bound, eps, 'level', 100)).toMatchObject({ fields: { level: 254 } });
    expect(actionFor(bound, eps, 'level', 0)).toMatchObject({ fields: { level: 1 } }); // minLevel 1
  });

  it('turns kelvin into mireds, clamped to the physical range', () => {
    expect(actionFor(bound, eps, 'colorTemp', 2700)).toMatchObject({ fields: { colorTemperatureMireds: 370 } });
    expect(actionFor(bound, eps, 'colorTemp', 10000)).toMatchObject({ fields: { colorTemperatureMireds: 153 } });
  });

  it('turns hue/saturation into Matter 0–254 values', () => {
    expect(actionFor(bound, eps, 'color', { hue: 360, saturation: 50 })).toMatchObject({
      command: 'moveToHueAndSaturation',
      fields: { hue: 254, saturation: 127 },
    });
  });

  it('writes the heating setpoint in hundredths of °C', () => {
    expect(actionFor(bindDevice([thermostat]), [thermostat], 'setpoint', 21.5)).toEqual({
      kind: 'write', endpoint: 1, cluster: 'thermostat', attributes: { occupiedHeatingSetpoint: 2150 },
    });
  });

  it('refuses read-only and unknown capabilities', () => {
    expect(actionFor(bindDevice([thermostat]), [thermostat], 'sensor.temperature', 1)).toBeUndefined();
    expect(actionFor(bound, eps, 'nope', 1)).toBeUndefined();
  });

  it('produces capabilities whose command schema accepts the documented ranges', () => {
    const ct = bound.find((b) => b.id === 'colorTemp')!.capability;
    expect(commandValueSchema(ct).safeParse(2700).success).toBe(true);
    expect(commandValueSchema(ct).safeParse(1500).success).toBe(false);
  });
});

describe('subscription updates → affected capabilities', () => {
  const bound = bindDevice([root, colorLight]);
  it('finds the capability an attribute change belongs to', () => {
    expect(affectedCapabilities(bound, 1, 'levelControl', ['currentLevel']).map((b) => b.id)).toEqual(['level']);
    expect(affectedCapabilities(bound, 1, 'colorControl', ['currentHue']).map((b) => b.id)).toEqual(['color']);
    expect(affectedCapabilities(bound, 1, 'colorControl', ['remainingTime'])).toEqual([]);
    expect(affectedCapabilities(bound, 2, 'onOff').map((b) => b.id)).toEqual([]);
  });
});
