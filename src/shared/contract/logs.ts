// Diagnostics for support staff: reading Hearth's log, the support bundle (one redacted zip), and the read-only
// support link a person may give support staff in hub mode.
import { z } from 'zod';
import { Id, NoInput } from './common';
import { defineRequests } from './define';

export const LogSubsystem = z.enum(['core', 'hub', 'storage', 'automation', 'privacy', 'zwave', 'zigbee', 'matter']);
export type LogSubsystem = z.infer<typeof LogSubsystem>;

export const LogLevel = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof LogLevel>;

export const LogEntry = z.object({
  time: z.number(),
  level: LogLevel,
  subsystem: z.string(),
  msg: z.string(),
  deviceId: z.string().optional(),
  /** What came with the line (an error's stack, values), as text, shortened. */
  detail: z.string().optional(),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const LogQuery = z.object({
  subsystem: LogSubsystem.optional(),
  /** This level and above. */
  level: LogLevel.optional(),
  deviceId: Id.optional(),
  /** Words looked for in the message and its detail (case does not matter). */
  text: z.string().trim().max(200).optional(),
  /** Where the previous page ended (its nextCursor). */
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type LogQuery = z.input<typeof LogQuery>;

export const LogPage = z.object({
  /** Newest first. */
  entries: z.array(LogEntry),
  /** Pass as `cursor` for the next (older) page; null when there is none. */
  nextCursor: z.number().int().nullable(),
  /** The search stopped at its bound (the newest lines of the newest files were read): older lines exist. */
  truncated: z.boolean(),
});
export type LogPage = z.infer<typeof LogPage>;

export const SupportBundle = z.object({
  fileName: z.string(),
  /** The zip, base64. */
  base64: z.string(),
  bytes: z.number().int(),
  /** What is in it, one line per file, for the person to see before sending it. */
  contents: z.array(z.object({ name: z.string(), bytes: z.number().int(), about: z.string() })),
});
export type SupportBundle = z.infer<typeof SupportBundle>;

/** How the core's refusal of a request from a support session begins (diagnostics/support/links.ts). */
export const SUPPORT_REFUSAL = 'A support session can only read Diagnostics';

export const SupportLink = z.object({
  id: Id,
  createdAt: z.number(),
  expiresAt: z.number(),
  /** Opened once already: the token cannot open another session. */
  used: z.boolean(),
  revoked: z.boolean(),
});
export type SupportLink = z.infer<typeof SupportLink>;

export const logRequests = defineRequests({
  'logs.query': { input: LogQuery, output: LogPage, personal: 'read' },
  'diagnostics.bundle': { input: NoInput, output: SupportBundle, personal: 'read', audit: { action: 'diagnostics.bundle' } },
  'support.link.create': {
    input: z.object({
      /** The person said yes to letting support staff read Diagnostics. */
      consent: z.literal(true),
      hours: z.number().min(1).max(24 * 7).default(24),
    }),
    // The token is shown once, here; only its hash is kept.
    output: SupportLink.extend({ token: z.string() }),
    personal: 'none',
    audit: { action: 'support.link.create', detail: ['hours'], target: 'id' },
  },
  'support.link.list': { input: NoInput, output: z.array(SupportLink), personal: 'none' },
  'support.link.revoke': { input: z.object({ id: Id }), output: SupportLink, personal: 'none', audit: { action: 'support.link.revoke' } },
});
