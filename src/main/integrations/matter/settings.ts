// Matter's settings: the home network interfaces the person chose for Matter (after agreeing to it; the consent
// itself is recorded by the privacy consents, purpose "matterHomeNetwork"). Empty: loopback only.
import { z } from 'zod';
import { defineSetting } from '../../settings/registry';

export const MatterInterfaces = z.array(z.string().regex(/^[A-Za-z0-9._:@-]{1,32}$/)).max(8);

export const matterSettings = [
  defineSetting({
    key: 'matter.homeNetwork.interfaces',
    schema: MatterInterfaces,
    default: [],
    description:
      'The network interfaces Hearth looks for Matter devices on (chosen where Matter devices are added, after you agree to it). Empty: Matter stays on this computer. Used from the next start of Hearth.',
    userVisible: true,
  }),
] as const;
