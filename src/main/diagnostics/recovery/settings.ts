// Settings of recovery and power, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { defineSetting } from '../../settings/registry';

export const recoverySettings = [
  defineSetting({
    key: 'diagnostics.dbBackups.everyHours',
    schema: z.number().min(0.25).max(24 * 7),
    default: 6,
    description: 'How often Hearth copies its database (encrypted like the database) so a damaged file can be restored at start-up.',
    userVisible: true,
  }),
  defineSetting({
    key: 'diagnostics.dbBackups.keep',
    schema: z.number().int().min(1).max(100),
    default: 5,
    description: 'How many automatic database copies Hearth keeps; older ones are deleted.',
    userVisible: true,
  }),
] as const;
