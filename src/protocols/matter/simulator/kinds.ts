// The virtual Matter device kinds Hearth's demo home and tests use, each a real matter.js endpoint type with
// sensible initial state. Fixed test pairing data per kind keeps demo codes stable across runs.
import {
  ColorTemperatureLightDevice,
  ContactSensorDevice,
  DimmableLightDevice,
  OnOffLightDevice,
  ThermostatDevice,
  ThermostatRequirements,
} from '../matterjs';
import type { EndpointType } from '../matterjs';

export type VirtualDeviceKind = 'onOffLight' | 'dimmableLight' | 'colorTemperatureLight' | 'thermostat' | 'contactSensor';

export interface KindDefinition {
  endpoint: EndpointType;
  productName: string;
  productId: number;
  /** Initial cluster state of the device endpoint, by matter.js behavior id. */
  state: Record<string, Record<string, unknown>>;
  /**
   * Fixed test passcode / 12-bit discriminator for this kind. The discriminators differ in their upper 4 bits (the
   * part an 11-digit manual code carries), so each kind's manual code matches only devices of that kind.
   */
  passcode: number;
  discriminator: number;
}

const HeatingThermostat = ThermostatDevice.with(ThermostatRequirements.ThermostatServer.with('Heating'));

export const KINDS: Record<VirtualDeviceKind, KindDefinition> = {
  onOffLight: {
    endpoint: OnOffLightDevice,
    productName: 'Virtual On/Off Light',
    productId: 0x8001,
    state: { onOff: { onOff: false } },
    passcode: 20202021,
    discriminator: 3840,
  },
  dimmableLight: {
    endpoint: DimmableLightDevice,
    productName: 'Virtual Dimmable Light',
    productId: 0x8002,
    state: { onOff: { onOff: false }, levelControl: { currentLevel: 254, minLevel: 1, maxLevel: 254 } },
    passcode: 20202022,
    discriminator: 3585,
  },
  colorTemperatureLight: {
    endpoint: ColorTemperatureLightDevice,
    productName: 'Virtual Tunable White Light',
    productId: 0x8003,
    state: {
      onOff: { onOff: false },
      levelControl: { currentLevel: 254, minLevel: 1, maxLevel: 254 },
      colorControl: {
        colorMode: 2, // colour temperature
        enhancedColorMode: 2,
        colorTemperatureMireds: 370,
        colorTempPhysicalMinMireds: 153,
        colorTempPhysicalMaxMireds: 454,
        coupleColorTempToLevelMinMireds: 153,
        startUpColorTemperatureMireds: 370,
      },
    },
    passcode: 20202023,
    discriminator: 3330,
  },
  thermostat: {
    endpoint: HeatingThermostat,
    productName: 'Virtual Thermostat',
    productId: 0x8004,
    state: {
      thermostat: {
        localTemperature: 2050,
        occupiedHeatingSetpoint: 2000,
        absMinHeatSetpointLimit: 700,
        absMaxHeatSetpointLimit: 3000,
        minHeatSetpointLimit: 700,
        maxHeatSetpointLimit: 3000,
        controlSequenceOfOperation: 2, // heating only
        systemMode: 4, // heat
      },
    },
    passcode: 20202024,
    discriminator: 3075,
  },
  contactSensor: {
    endpoint: ContactSensorDevice,
    productName: 'Virtual Door Sensor',
    productId: 0x8005,
    state: { booleanState: { stateValue: true } },
    passcode: 20202025,
    discriminator: 2820,
  },
};
