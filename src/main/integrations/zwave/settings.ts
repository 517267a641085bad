// Z-Wave's settings, declared for the settings registry (src/main/settings): the stick's port. The command line's
// --zwave-port wins over it; the network keys are secrets, not settings (radio-keys.ts).
import { z } from 'zod';
import { defineSetting } from '../../settings/registry';

export const zwaveSettings = [
  defineSetting({
    key: 'radios.zwave.port',
    schema: z.string().min(1).optional(),
    default: undefined,
    description: 'The serial port of the Z-Wave stick (Settings → Radios); used from the next start of Hearth.',
    userVisible: true,
    env: 'HEARTH_ZWAVE_PORT',
  }),
] as const;
