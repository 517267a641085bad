// Google Assistant's link with this home, kept in the settings registry (not shown in Settings: Hearth writes them).
import { z } from 'zod';
import { defineSetting } from '../../settings/registry';

export const googleSettings = [
  defineSetting({
    key: 'assistants.google.agentUserId',
    schema: z.string().min(1).max(64).nullable(),
    default: null,
    description: 'The opaque id Google Assistant knows this home by (agentUserId): made at the first SYNC, never a name or an address.',
    userVisible: false,
  }),
  defineSetting({
    key: 'assistants.google.linkedAt',
    schema: z.number().int().nonnegative().nullable(),
    default: null,
    description: 'When Google Assistant last asked for this home’s devices (SYNC), which links it again after an unlink.',
    userVisible: false,
  }),
  defineSetting({
    key: 'assistants.google.unlinkedAt',
    schema: z.number().int().nonnegative().nullable(),
    default: null,
    description: 'When the person last unlinked Hearth from Google Assistant (DISCONNECT); null while linked or never linked.',
    userVisible: false,
  }),
  defineSetting({
    key: 'assistants.google.activity',
    schema: z.object({
      queryAt: z.number().int().nonnegative().nullable(),
      executeAt: z.number().int().nonnegative().nullable(),
      synced: z.number().int().nonnegative().nullable(),
      error: z.object({ at: z.number().int().nonnegative(), intent: z.string().max(64), message: z.string().max(500) }).nullable(),
    }),
    default: { queryAt: null, executeAt: null, synced: null, error: null },
    description: 'What the Google relay last asked (QUERY, EXECUTE), how many devices the last SYNC gave Google, and the last error Hearth answered it, for Settings → Voice assistants.',
    userVisible: false,
  }),
] as const;
