// Settings of the local API (/api/v1), declared for the settings registry. Off by default; the hub's --api turns
// it on for the run (src/main/options.ts).
import { z } from 'zod';
import { defineSetting } from '../settings/registry';

export const apiSettings = [
  defineSetting({
    key: 'api.enabled',
    schema: z.boolean(),
    default: false,
    description: 'Answer the local API (/api/v1) for programs holding one of this home’s API tokens.',
    userVisible: true,
    env: 'HEARTH_API',
  }),
  defineSetting({
    key: 'api.network',
    schema: z.boolean(),
    default: false,
    description: 'The desktop app’s API answers other computers on the network too (over HTTPS); off: this computer only.',
    userVisible: true,
  }),
  defineSetting({
    key: 'api.port',
    schema: z.number().int().min(0).max(65535),
    default: 8421,
    description: 'The port the desktop app’s API listens on (the hub serves it on its own port).',
    userVisible: true,
    env: 'HEARTH_API_PORT',
  }),
  defineSetting({
    key: 'api.ratePerMinute',
    schema: z.number().int().min(1).max(100_000),
    default: 300,
    description: 'Requests per minute one address may make to the API, counted before its token is checked.',
    userVisible: true,
    env: 'HEARTH_API_RATE',
  }),
] as const;
