// The local API (Settings → API): turning it on, and its bearer tokens — each with a scope (read, control,
// admin) and a household role (owner, member, guest with its rooms). A token's secret is shown once, when it
// is made; Hearth keeps only its hash.
import { z } from 'zod';
import { Role, Scope } from '../access';
import { Id, NoInput, Ok } from './common';
import { defineRequests } from './define';
import { userName } from './names';

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  scope: Scope,
  role: Role,
  /** A guest's rooms (area ids); empty for owners and members. */
  rooms: z.array(Id),
  createdAt: z.number(),
  lastUsedAt: z.number().nullable(),
  /** False when the subscription's tier allows fewer tokens (the newest stop working; nothing is deleted). */
  usable: z.boolean(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiStatus = z.object({
  /** Turned on (Settings → API, or --api for the run). */
  enabled: z.boolean(),
  /** Turned on by --api for this run: Settings cannot turn it off. */
  forced: z.boolean(),
  /** The desktop app's listener answers beyond this computer (HTTPS); the hub follows its own --host. */
  network: z.boolean(),
  /** The desktop app's port setting. */
  port: z.number().int(),
  /** Where /api/v1 answers now; null while off or not listening. */
  url: z.string().nullable(),
  /** SHA-256 fingerprint of the certificate when served over HTTPS. */
  fingerprint: z.string().nullable(),
  /** The subscription's tier includes the API (the demo home always does). */
  allowed: z.boolean(),
  /** Why it is not answering, in words (tier, port in use…); null when all is well. */
  problem: z.string().nullable(),
  tokens: z.object({ count: z.number().int(), limit: z.number().int().nullable() }),
});
export type ApiStatus = z.infer<typeof ApiStatus>;

export const NewApiToken = z
  .object({
    name: userName(64),
    scope: Scope,
    role: Role.default('owner'),
    rooms: z.array(Id).max(200).default([]),
  })
  .strict();

export const apiRequests = defineRequests({
  'api.status': { input: NoInput, output: ApiStatus, personal: 'none' },
  'api.configure': {
    input: z
      .object({
        enabled: z.boolean().optional(),
        /** The desktop app: answer other computers too (HTTPS). The hub follows its --host instead. */
        network: z.boolean().optional(),
        /** The desktop app's port (the hub serves the API on its own). */
        port: z.number().int().min(1024).max(65535).optional(),
      })
      .strict(),
    output: ApiStatus,
    personal: 'none',
    audit: { action: 'api.configure', detail: ['enabled', 'network', 'port'] },
  },
  'api.tokens.list': { input: NoInput, output: z.array(ApiToken), personal: 'read' },
  /** The secret is in this answer only: it is not kept, and cannot be shown again. */
  'api.tokens.create': {
    input: NewApiToken,
    output: z.object({ token: ApiToken, secret: z.string() }),
    personal: 'write',
    audit: { action: 'api.token.create', detail: ['name', 'scope', 'role', 'rooms'], target: 'name' },
  },
  'api.tokens.revoke': { input: z.object({ id: Id }).strict(), output: Ok, personal: 'write', audit: { action: 'api.token.revoke' } },
});
