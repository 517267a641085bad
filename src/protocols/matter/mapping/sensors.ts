// Bindings for read-only values: measurement clusters, boolean/occupancy sensors, electrical meters, battery.
import type { Capability } from '../../../shared/model';
import { cluster, DeviceType, hasFeature } from './features';
import type { Binding, ClusterState, EndpointSnapshot } from './types';
import {
  fromHundredths,
  halfPercentToPercent,
  illuminanceToLux,
  milliToUnit,
  milliWattHoursToKwh,
  num,
} from './units';

function numeric(
  key: string,
  clusterId: string,
  attribute: string,
  describe: Omit<Capability, 'id' | 'writable'>,
  convert: (v: number) => number,
): Binding {
  return {
    key,
    cluster: clusterId,
    attributes: [attribute],
    applies: (ep) => cluster(ep, clusterId) !== undefined && cluster(ep, clusterId)![attribute] !== undefined,
    describe: () => ({ ...describe, writable: false }),
    read: (s) => {
      const v = num(s[attribute]);
      return v === null ? null : convert(v);
    },
  };
}

/** Thermostat's own reading comes first so a thermostat reports one "sensor.temperature". */
export const thermostatTemperature = numeric(
  'sensor.temperature',
  'thermostat',
  'localTemperature',
  { kind: 'sensor', measure: 'temperature', unit: '°C', label: 'Temperature' },
  fromHundredths,
);

export const temperature = numeric(
  'sensor.temperature',
  'temperatureMeasurement',
  'measuredValue',
  { kind: 'sensor', measure: 'temperature', unit: '°C', label: 'Temperature' },
  fromHundredths,
);

export const humidity = numeric(
  'sensor.humidity',
  'relativeHumidityMeasurement',
  'measuredValue',
  { kind: 'sensor', measure: 'humidity', unit: '%', label: 'Humidity' },
  fromHundredths,
);

export const illuminance = numeric(
  'sensor.illuminance',
  'illuminanceMeasurement',
  'measuredValue',
  { kind: 'sensor', measure: 'illuminance', unit: 'lx', label: 'Illuminance' },
  illuminanceToLux,
);

export const occupancy: Binding = {
  key: 'sensor.occupancy',
  cluster: 'occupancySensing',
  attributes: ['occupancy'],
  applies: (ep) => cluster(ep, 'occupancySensing') !== undefined,
  describe: () => ({ kind: 'sensor', measure: 'occupancy', writable: false, label: 'Occupied' }),
  read: (s) => {
    const o = s.occupancy;
    return typeof o === 'object' && o !== null ? (o as { occupied?: boolean }).occupied === true : null;
  },
};

/**
 * BooleanState means different things per device type. A Matter contact sensor is true while in contact (closed);
 * Hearth's contact sensors, like every other protocol's, read true = open, so that one is inverted.
 */
function booleanMeaning(ep: EndpointSnapshot): { key: string; measure: string; label: string; inverted?: boolean } {
  if (ep.deviceTypes.includes(DeviceType.waterLeakDetector)) return { key: 'sensor.leak', measure: 'leak', label: 'Leak' };
  if (ep.deviceTypes.includes(DeviceType.rainSensor)) return { key: 'sensor.rain', measure: 'rain', label: 'Rain' };
  if (ep.deviceTypes.includes(DeviceType.contactSensor)) {
    return { key: 'sensor.contact', measure: 'contact', label: 'Contact', inverted: true };
  }
  return { key: 'sensor.state', measure: 'state', label: 'State' };
}

function booleanState(meaningKey: string): Binding {
  return {
    key: meaningKey,
    cluster: 'booleanState',
    attributes: ['stateValue'],
    applies: (ep) => cluster(ep, 'booleanState') !== undefined && booleanMeaning(ep).key === meaningKey,
    describe: (ep) => {
      const { measure, label } = booleanMeaning(ep);
      return { kind: 'sensor', measure, label, writable: false };
    },
    read: (s: ClusterState, ep) => (typeof s.stateValue === 'boolean' ? s.stateValue !== (booleanMeaning(ep).inverted === true) : null),
  };
}

export const booleanStates = ['sensor.contact', 'sensor.leak', 'sensor.rain', 'sensor.state'].map(booleanState);

export const power = numeric(
  'meter.power',
  'electricalPowerMeasurement',
  'activePower',
  { kind: 'meter', measure: 'power', unit: 'W', label: 'Power' },
  milliToUnit,
);
export const voltage = numeric(
  'meter.voltage',
  'electricalPowerMeasurement',
  'voltage',
  { kind: 'meter', measure: 'voltage', unit: 'V', label: 'Voltage' },
  milliToUnit,
);
export const current = numeric(
  'meter.current',
  'electricalPowerMeasurement',
  'activeCurrent',
  { kind: 'meter', measure: 'current', unit: 'A', label: 'Current' },
  milliToUnit,
);

export const energy: Binding = {
  key: 'meter.energy',
  cluster: 'electricalEnergyMeasurement',
  attributes: ['cumulativeEnergyImported'],
  applies: (ep) => cluster(ep, 'electricalEnergyMeasurement')?.cumulativeEnergyImported !== undefined,
  describe: () => ({ kind: 'meter', measure: 'energy', unit: 'kWh', label: 'Energy', writable: false }),
  read: (s) => {
    const m = s.cumulativeEnergyImported;
    const mWh = typeof m === 'object' && m !== null ? num((m as { energy?: unknown }).energy) : null;
    return mWh === null ? null : milliWattHoursToKwh(mWh);
  },
};

export const battery: Binding = {
  ...numeric('battery', 'powerSource', 'batPercentRemaining', { kind: 'battery', unit: '%', min: 0, max: 100 }, halfPercentToPercent),
  applies: (ep) => hasFeature(cluster(ep, 'powerSource'), 'battery'),
};
