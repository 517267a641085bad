// Builds the mock node (capabilities + behaviours) for each simulated product.
import { CommandClasses } from '@zwave-js/core';
import { ccCaps, type MockNodeBehavior, type MockNodeOptions, type PartialCCCapabilities } from '@zwave-js/testing';
import {
  binarySwitchBehavior,
  meterBehavior,
  multilevelSwitchBehavior,
  SCALE_KWH,
  SCALE_W,
  SETPOINT_MAX,
  SETPOINT_MIN,
  thermostatBehavior,
  type SimContext,
} from './behaviors';
import { PRODUCTS, type SimNodeSpec } from './spec';

export function nodeCapabilities(spec: SimNodeSpec): { capabilities: NonNullable<MockNodeOptions['capabilities']> } {
  const p = PRODUCTS[spec.kind];
  const common: PartialCCCapabilities[] = [
    CommandClasses.Version,
    CommandClasses['Manufacturer Specific'],
    CommandClasses['Z-Wave Plus Info'],
    ccCaps({ ccId: CommandClasses['Node Naming and Location'], isSupported: true, version: 1, name: spec.name, location: spec.location }),
  ];
  const specific: PartialCCCapabilities[] = [];
  switch (spec.kind) {
    case 'switch':
      specific.push(ccCaps({ ccId: CommandClasses['Binary Switch'], isSupported: true, version: 2 }));
      break;
    case 'plug':
      specific.push(ccCaps({ ccId: CommandClasses['Binary Switch'], isSupported: true, version: 2 }));
      specific.push(
        ccCaps({
          ccId: CommandClasses.Meter,
          isSupported: true,
          version: 3,
          meterType: 0x01,
          supportedScales: [SCALE_KWH, SCALE_W],
          supportedRateTypes: [1],
          supportsReset: true,
        }),
      );
      break;
    case 'dimmer':
      specific.push(ccCaps({ ccId: CommandClasses['Multilevel Switch'], isSupported: true, version: 4, primarySwitchType: 0x02 }));
      break;
    case 'thermostat':
      specific.push(
        ccCaps({
          ccId: CommandClasses['Thermostat Setpoint'],
          isSupported: true,
          version: 3,
          setpoints: { 1: { minValue: SETPOINT_MIN, maxValue: SETPOINT_MAX, scale: '°C' } },
        }),
      );
      specific.push(ccCaps({ ccId: CommandClasses['Multilevel Sensor'], isSupported: true, version: 11, sensors: { 1: { supportedScales: [0] } } }));
      break;
  }
  return {
    capabilities: {
      manufacturerId: p.manufacturerId,
      productType: p.productType,
      productId: p.productId,
      firmwareVersion: '1.20',
      genericDeviceClass: p.generic,
      specificDeviceClass: p.specific,
      commandClasses: [...common, ...specific],
    },
  };
}

export function nodeBehaviors(spec: SimNodeSpec, ctx: SimContext): MockNodeBehavior[] {
  switch (spec.kind) {
    case 'switch':
      return [binarySwitchBehavior(ctx)];
    case 'plug':
      return [binarySwitchBehavior(ctx), meterBehavior(ctx)];
    case 'dimmer':
      return [multilevelSwitchBehavior(ctx)];
    case 'thermostat':
      return [thermostatBehavior(ctx)];
  }
}
