// Builds the mock node (capabilities + behaviours) for each simulated product.
import { CommandClasses, ccCaps, type MockNodeBehavior, type MockNodeOptions, type PartialCCCapabilities } from './zwavejs';
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
import { SECURITY_CLASS } from './security';
import { productOf, type SimNodeSpec, type SimSecurityClass, type SimSpareSpec } from './spec';

/**
 * The command classes and identity a device presents. `granted` are the security classes it holds (after
 * inclusion); a device that is not included yet asks for `spec.security`.
 */
export function nodeCapabilities(
  spec: SimNodeSpec | SimSpareSpec,
  firmware: string,
  granted: SimSecurityClass[] = spec.security ?? [],
): { capabilities: NonNullable<MockNodeOptions['capabilities']> } {
  const p = productOf(spec);
  const s2 = granted.some((c) => c.startsWith('S2_'));
  const s0 = !s2 && granted.includes('S0_Legacy');
  const common: PartialCCCapabilities[] = [
    CommandClasses.Version,
    CommandClasses['Manufacturer Specific'],
    CommandClasses['Z-Wave Plus Info'],
    { ccId: CommandClasses['Firmware Update Meta Data'], isSupported: true, version: 5 },
  ];
  if (spec.name !== undefined) {
    common.push(ccCaps({ ccId: CommandClasses['Node Naming and Location'], isSupported: true, version: 1, name: spec.name, location: spec.location ?? '' }));
  }
  if (s2) common.push({ ccId: CommandClasses['Security 2'], isSupported: true, version: 1 });
  if (s0) common.push({ ccId: CommandClasses.Security, isSupported: true, version: 1 });
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
  // A secure device offers its functions only inside encryption.
  const secured = s2 || s0 ? specific.map((c) => (typeof c === 'number' ? { ccId: c, secure: true } : { ...c, secure: true })) : specific;
  return {
    capabilities: {
      manufacturerId: p.manufacturerId,
      productType: p.productType,
      productId: p.productId,
      firmwareVersion: firmware,
      genericDeviceClass: p.generic,
      specificDeviceClass: p.specific,
      commandClasses: [...common, ...secured],
      securityClasses: new Set(granted.map((c) => SECURITY_CLASS[c])),
    },
  };
}

export function nodeBehaviors(spec: SimNodeSpec | SimSpareSpec, ctx: SimContext): MockNodeBehavior[] {
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
