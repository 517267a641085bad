// Every stack's settings, for the settings registry (src/main/settings gathers them with one spread), and which
// home runs (homes.ts).
import { z } from 'zod';
import { defineSetting } from '../settings/registry';
import { matterSettings } from './matter/settings';
import { mqttSettings } from './mqtt/settings';
import { zigbeeSettings } from './zigbee/settings';
import { zwaveSettings } from './zwave/settings';

export const homeSettings = [
  defineSetting({
    key: 'home.active',
    schema: z.enum(['demo', 'real']).optional(),
    default: undefined,
    description: 'Which home Hearth runs: the demo home or your real home; unset: your real home once a stick, broker or Matter on the home network is set up. Used from the next start.',
    userVisible: true,
  }),
] as const;

export const integrationSettings = [...zwaveSettings, ...zigbeeSettings, ...mqttSettings, ...matterSettings, ...homeSettings] as const;
