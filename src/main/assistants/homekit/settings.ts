// Apple Home's bridge, kept in the settings registry (not shown in Settings' list: the Voice assistants section and
// its requests change them, so turning it on always goes through the consent and the interface check).
import { z } from 'zod';
import { InterfaceName } from '../../../shared/contract';
import { defineSetting } from '../../settings/registry';

export const BridgeIdentity = z.object({
  username: z.string().regex(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/),
  pincode: z.string().regex(/^\d{3}-\d{2}-\d{3}$/),
  setupID: z.string().regex(/^[0-9A-Z]{4}$/),
});

export const homekitSettings = [
  defineSetting({
    key: 'assistants.homekit.enabled',
    schema: z.boolean(),
    default: false,
    description: 'Apple Home’s bridge is on (turned on in Settings → Voice assistants, with the connections to advertise on).',
    userVisible: false,
  }),
  defineSetting({
    key: 'assistants.homekit.interfaces',
    schema: z.array(InterfaceName).max(8),
    default: [],
    description: 'The network connections Apple Home’s bridge advertises and answers on (the demo home: this computer only).',
    userVisible: false,
  }),
  defineSetting({
    key: 'assistants.homekit.identities',
    schema: z.object({ demo: BridgeIdentity.optional(), real: BridgeIdentity.optional() }).strict(),
    default: {},
    description: 'Each home’s bridge id, setup code and setup id, made the first time its bridge starts (new ones when pairings are reset).',
    userVisible: false,
  }),
] as const;
