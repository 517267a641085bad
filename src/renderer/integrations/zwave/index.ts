// Z-Wave in the renderer: inclusion with its security questions, SmartStart and exclusion; the node's part of
// Device details (security, health, routes, firmware, failed nodes); on Radios another stick, controller (NVM)
// backups and rebuilding every route.
import './zwave.css';
import type { IntegrationUI } from '../types';
import { ZWaveInclude } from './add/ZWaveInclude';
import { ZWavePanel } from './device/ZWavePanel';
import { RebuildRoutes } from './radio/RebuildRoutes';
import { ZWaveBackups } from './radio/ZWaveBackups';
import { ZWaveStick } from './radio/ZWaveStick';

export const zwave: IntegrationUI = {
  protocol: 'zwave',
  label: 'Z-Wave',
  add: { feature: 'pairing', hint: 'Secure (S2) and SmartStart devices, switches, locks and sensors', component: ZWaveInclude },
  device: ZWavePanel,
  radio: {
    stick: ZWaveStick,
    panels: [
      // Stays while the stick restarts (a restore restarts it) so the restore's result is shown.
      { feature: 'backups', component: ZWaveBackups },
      { feature: 'routes', whileReady: true, component: RebuildRoutes },
    ],
  },
};
