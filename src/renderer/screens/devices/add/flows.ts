// Add-device flows by protocol. Z-Wave inclusion and Matter commissioning add an entry here.
import type { ComponentType } from 'react';
import type { Protocol } from '../../../../shared/model';
import { MatterCommission } from './MatterCommission';
import { ZigbeeJoin } from './ZigbeeJoin';
import { ZWaveInclude } from './zwave/ZWaveInclude';

export interface AddFlow {
  protocol: Protocol;
  label: string;
  hint: string;
  component: ComponentType;
}

export const addFlows: AddFlow[] = [
  { protocol: 'zigbee', label: 'Zigbee', hint: 'Bulbs, plugs and sensors that pair with a Zigbee stick', component: ZigbeeJoin },
  { protocol: 'matter', label: 'Matter', hint: 'Devices with the Matter logo, added with their pairing code', component: MatterCommission },
  { protocol: 'zwave', label: 'Z-Wave', hint: 'Secure (S2) and SmartStart devices, switches, locks and sensors', component: ZWaveInclude },
];

export const PROTOCOL_NAMES: Record<Protocol, string> = { zigbee: 'Zigbee', zwave: 'Z-Wave', matter: 'Matter' };
