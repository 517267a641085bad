// Bindings for things Hearth can command: OnOff, LevelControl, ColorControl, Thermostat, WindowCovering, DoorLock.
import type { CapabilityValue } from '../../../shared/model';
import { cluster, hasAttribute, hasFeature } from './features';
import type { Binding, EndpointSnapshot } from './types';
import {
  degreesToHue,
  fromHundredths,
  hueToDegrees,
  kelvinToMireds,
  levelToPercent,
  liftToOpenPercent,
  miredsToKelvin,
  num,
  openPercentToLift,
  percentToLevel,
  percentToSaturation,
  saturationToPercent,
  toHundredths,
} from './units';

/** Apply a command even while the light is off (ColorControl/LevelControl "ExecuteIfOff"). */
const EVEN_IF_OFF = { optionsMask: { executeIfOff: true }, optionsOverride: { executeIfOff: true } };

function expect<T extends CapabilityValue>(value: CapabilityValue, check: (v: CapabilityValue) => v is T): T {
  if (!check(value)) throw new TypeError(`Unexpected value ${JSON.stringify(value)}`);
  return value;
}
const isBool = (v: CapabilityValue): v is boolean => typeof v === 'boolean';
const isNum = (v: CapabilityValue): v is number => typeof v === 'number';
const isHueSat = (v: CapabilityValue): v is { hue: number; saturation: number } =>
  typeof v === 'object' && v !== null && 'hue' in v;

export const onOff: Binding = {
  key: 'onOff',
  cluster: 'onOff',
  attributes: ['onOff'],
  applies: (ep) => cluster(ep, 'onOff') !== undefined,
  describe: () => ({ kind: 'onOff', writable: true }),
  read: (s) => (typeof s.onOff === 'boolean' ? s.onOff : null),
  write: (value, ep) => ({
    kind: 'invoke',
    endpoint: ep.endpoint,
    cluster: 'onOff',
    command: expect(value, isBool) ? 'on' : 'off',
  }),
};

export const level: Binding = {
  key: 'level',
  cluster: 'levelControl',
  attributes: ['currentLevel'],
  applies: (ep) => cluster(ep, 'levelControl') !== undefined,
  describe: () => ({ kind: 'level', writable: true, unit: '%', min: 0, max: 100, step: 1 }),
  read: (s) => {
    const v = num(s.currentLevel);
    return v === null ? null : levelToPercent(v);
  },
  write: (value, ep) => {
    const s = cluster(ep, 'levelControl') ?? {};
    const lvl = percentToLevel(expect(value, isNum), num(s.minLevel) ?? 0, num(s.maxLevel) ?? 254);
    return {
      kind: 'invoke',
      endpoint: ep.endpoint,
      cluster: 'levelControl',
      command: 'moveToLevel',
      fields: { level: lvl, transitionTime: null, ...EVEN_IF_OFF },
    };
  },
};

function kelvinRange(ep: EndpointSnapshot): { min: number; max: number } {
  const s = cluster(ep, 'colorControl') ?? {};
  const minMireds = num(s.colorTempPhysicalMinMireds) ?? 153; // 6500 K
  const maxMireds = num(s.colorTempPhysicalMaxMireds) ?? 500; // 2000 K
  return { min: miredsToKelvin(maxMireds), max: miredsToKelvin(minMireds) };
}

export const colorTemp: Binding = {
  key: 'colorTemp',
  cluster: 'colorControl',
  attributes: ['colorTemperatureMireds'],
  applies: (ep) => hasFeature(cluster(ep, 'colorControl'), 'colorTemperature'),
  describe: (ep) => ({ kind: 'colorTemp', writable: true, unit: 'K', step: 1, ...kelvinRange(ep) }),
  read: (s) => {
    const v = num(s.colorTemperatureMireds);
    return v === null || v === 0 ? null : miredsToKelvin(v);
  },
  write: (value, ep) => {
    const s = cluster(ep, 'colorControl') ?? {};
    const mireds = kelvinToMireds(
      expect(value, isNum),
      num(s.colorTempPhysicalMinMireds) ?? 1,
      num(s.colorTempPhysicalMaxMireds) ?? 65279,
    );
    return {
      kind: 'invoke',
      endpoint: ep.endpoint,
      cluster: 'colorControl',
      command: 'moveToColorTemperature',
      fields: { colorTemperatureMireds: mireds, transitionTime: 0, ...EVEN_IF_OFF },
    };
  },
};

export const color: Binding = {
  key: 'color',
  cluster: 'colorControl',
  attributes: ['currentHue', 'currentSaturation'],
  applies: (ep) => hasFeature(cluster(ep, 'colorControl'), 'hueSaturation'),
  describe: () => ({ kind: 'color', writable: true }),
  read: (s) => {
    const hue = num(s.currentHue);
    const sat = num(s.currentSaturation);
    return hue === null || sat === null ? null : { hue: hueToDegrees(hue), saturation: saturationToPercent(sat) };
  },
  write: (value, ep) => {
    const { hue, saturation } = expect(value, isHueSat);
    return {
      kind: 'invoke',
      endpoint: ep.endpoint,
      cluster: 'colorControl',
      command: 'moveToHueAndSaturation',
      fields: { hue: degreesToHue(hue), saturation: percentToSaturation(saturation), transitionTime: 0, ...EVEN_IF_OFF },
    };
  },
};

/** Heating setpoint when the thermostat heats, otherwise the cooling setpoint. */
function setpointAttribute(ep: EndpointSnapshot): { attr: string; min: string; max: string } {
  return hasFeature(cluster(ep, 'thermostat'), 'heating') || !hasFeature(cluster(ep, 'thermostat'), 'cooling')
    ? { attr: 'occupiedHeatingSetpoint', min: 'absMinHeatSetpointLimit', max: 'absMaxHeatSetpointLimit' }
    : { attr: 'occupiedCoolingSetpoint', min: 'absMinCoolSetpointLimit', max: 'absMaxCoolSetpointLimit' };
}

export const setpoint: Binding = {
  key: 'setpoint',
  cluster: 'thermostat',
  attributes: ['occupiedHeatingSetpoint', 'occupiedCoolingSetpoint'],
  applies: (ep) => hasAttribute(cluster(ep, 'thermostat'), setpointAttribute(ep).attr),
  describe: (ep) => {
    const s = cluster(ep, 'thermostat') ?? {};
    const { min, max } = setpointAttribute(ep);
    const lo = num(s[min]);
    const hi = num(s[max]);
    return {
      kind: 'setpoint',
      writable: true,
      unit: '°C',
      step: 0.5,
      ...(lo === null ? {} : { min: fromHundredths(lo) }),
      ...(hi === null ? {} : { max: fromHundredths(hi) }),
    };
  },
  read: (s, ep) => {
    const v = num(s[setpointAttribute(ep).attr]);
    return v === null ? null : fromHundredths(v);
  },
  write: (value, ep) => ({
    kind: 'write',
    endpoint: ep.endpoint,
    cluster: 'thermostat',
    attributes: { [setpointAttribute(ep).attr]: toHundredths(expect(value, isNum)) },
  }),
};

export const cover: Binding = {
  key: 'cover',
  cluster: 'windowCovering',
  attributes: ['currentPositionLiftPercent100ths'],
  applies: (ep) => hasFeature(cluster(ep, 'windowCovering'), 'positionAwareLift'),
  describe: () => ({ kind: 'cover', writable: true, unit: '%', min: 0, max: 100, step: 1, label: 'Open' }),
  read: (s) => {
    const v = num(s.currentPositionLiftPercent100ths);
    return v === null ? null : liftToOpenPercent(v);
  },
  write: (value, ep) => ({
    kind: 'invoke',
    endpoint: ep.endpoint,
    cluster: 'windowCovering',
    command: 'goToLiftPercentage',
    fields: { liftPercent100thsValue: openPercentToLift(expect(value, isNum)) },
  }),
};

/** DoorLock LockState: 0 not fully locked, 1 locked, 2 unlocked, 3 unlatched. */
export const lock: Binding = {
  key: 'lock',
  cluster: 'doorLock',
  attributes: ['lockState'],
  applies: (ep) => cluster(ep, 'doorLock') !== undefined,
  describe: () => ({ kind: 'lock', writable: true }),
  read: (s) => {
    const v = num(s.lockState);
    return v === null ? null : v === 1;
  },
  write: (value, ep) => ({
    kind: 'invoke',
    endpoint: ep.endpoint,
    cluster: 'doorLock',
    command: expect(value, isBool) ? 'lockDoor' : 'unlockDoor',
    fields: {},
  }),
};
