// Matter in the renderer: commissioning by pairing code with each step as it happens, and the device's part of
// Device details (why it is offline, network diagnostics, sharing with another app, the apps it is in), and on its
// card why it is offline. Its radio card has no
// parts of its own: the device count comes from the device list like every radio's.
import './matter.css';
import type { IntegrationUI } from '../types';
import { MatterCommission } from './add/MatterCommission';
import { MatterHomeNetwork } from './add/HomeNetwork';
import { MatterOfflineReason } from './device/OfflineReason';
import { MatterPanel } from './device/MatterPanel';

export const matter: IntegrationUI = {
  protocol: 'matter',
  label: 'Matter',
  add: {
    feature: 'commissioning',
    hint: 'Devices with the Matter logo, added with their pairing code',
    component: MatterCommission,
    setUpFirst: 'Devices with the Matter logo: first let Hearth look on your home network',
  },
  device: MatterPanel,
  offline: MatterOfflineReason,
  settings: { title: 'Matter on your home network', component: MatterHomeNetwork },
};
