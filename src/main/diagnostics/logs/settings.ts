// Settings of the log, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { defineSetting } from '../../settings/registry';
import { LogLevel, LogSubsystem } from './levels';

export const logSettings = [
  defineSetting({
    key: 'diagnostics.logLevels',
    schema: z.partialRecord(LogSubsystem, LogLevel),
    default: {},
    description: 'How much each part of Hearth (Z-Wave, Zigbee, Matter, automations, …) writes to its log; unnamed parts write information and above.',
    userVisible: true,
  }),
] as const;
