// Every stack's settings, for the settings registry (src/main/settings gathers them with one spread).
import { zigbeeSettings } from './zigbee/settings';
import { zwaveSettings } from './zwave/settings';

export const integrationSettings = [...zwaveSettings, ...zigbeeSettings] as const;
