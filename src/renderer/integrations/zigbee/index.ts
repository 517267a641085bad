// Zigbee in the renderer: permit join with live progress, the firmware check in Device details, and on Radios
// the network facts, another stick, coordinator backups and the network map.
import './zigbee.css';
import type { IntegrationUI } from '../types';
import { ZigbeeJoin } from './add/ZigbeeJoin';
import { FirmwareCheck } from './device/FirmwareCheck';
import { NetworkMap } from './radio/NetworkMap';
import { ZigbeeBackups } from './radio/ZigbeeBackups';
import { ZigbeeNetwork, ZigbeeStick } from './radio/ZigbeeRadio';

export const zigbee: IntegrationUI = {
  protocol: 'zigbee',
  label: 'Zigbee',
  add: { feature: 'pairing', hint: 'Bulbs, plugs and sensors that pair with a Zigbee stick', component: ZigbeeJoin },
  device: FirmwareCheck,
  radio: {
    facts: ZigbeeNetwork,
    stick: ZigbeeStick,
    panels: [
      { feature: 'backups', component: ZigbeeBackups },
      { feature: 'networkMap', whileReady: true, component: NetworkMap },
    ],
  },
};
