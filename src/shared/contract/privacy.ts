// Privacy and data rights (GDPR art. 7, 15–17, 20, 30): consents, what is stored and why, export, erasure,
// retention, and the audit log of every access to personal data.
import { z } from 'zod';
import { NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';

export const ConsentPurpose = z.enum(['necessary', 'diagnostics', 'analytics', 'voiceAssistant', 'cloudServices', 'matterHomeNetwork', 'appleHomeNetwork']);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const ConsentState = z.object({
  purpose: ConsentPurpose,
  title: z.string(),
  /** Plain-language text the user agrees to; `version` changes whenever it does. */
  text: z.string(),
  version: z.string(),
  /** Strictly necessary: always on, cannot be withdrawn (Hearth cannot run your home without it). */
  required: z.boolean(),
  granted: z.boolean(),
  /** When the current choice was made; null when the user never chose (off by default). */
  since: z.number().nullable(),
  /** The text version the current grant was given for; a grant for an older text no longer counts. */
  grantedVersion: z.string().nullable(),
});
export type ConsentState = z.infer<typeof ConsentState>;

export const ConsentEvent = z.object({
  purpose: ConsentPurpose,
  granted: z.boolean(),
  textVersion: z.string(),
  at: z.number(),
  actor: z.string(),
});
export type ConsentEvent = z.infer<typeof ConsentEvent>;

export const DataCategoryId = z.enum(['home', 'devices', 'history', 'commands', 'automations', 'consents', 'audit']);
export type DataCategoryId = z.infer<typeof DataCategoryId>;

export const DataCategoryReport = z.object({
  id: DataCategoryId,
  label: z.string(),
  what: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  /** Days records are kept; null: until you change or erase them. */
  retentionDays: z.number().int().positive().nullable(),
  retentionNote: z.string(),
  /** Whether the user may change the retention period, and within which bounds. */
  retentionRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  tables: z.array(z.object({ table: z.string(), rows: z.number().int(), oldest: z.number().nullable() })),
  rows: z.number().int(),
  oldest: z.number().nullable(),
});
export type DataCategoryReport = z.infer<typeof DataCategoryReport>;

export const PrivacyOverview = z.object({
  categories: z.array(DataCategoryReport),
  /** Record of processing (art. 30): who is responsible, where data goes, how it is protected. */
  record: z.object({
    controller: z.string(),
    recipients: z.string(),
    transfers: z.string(),
    security: z.array(z.string()),
  }),
});
export type PrivacyOverview = z.infer<typeof PrivacyOverview>;

export const AuditEntryView = z.object({
  id: z.number().int(),
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const privacyRequests = defineRequests({
  'consent.list': {
    input: NoInput,
    output: z.object({ purposes: z.array(ConsentState), history: z.array(ConsentEvent) }),
    personal: 'read',
  },
  'consent.set': {
    input: z.object({ purpose: ConsentPurpose, granted: z.boolean(), textVersion: z.string().min(1).max(32) }).strict(),
    output: ConsentState,
    personal: 'write',
  },
  'privacy.overview': { input: NoInput, output: PrivacyOverview, personal: 'read' },
  'privacy.export': {
    input: NoInput,
    output: z.object({ fileName: z.string(), mimeType: z.literal('application/zip'), bytes: z.number().int(), base64: z.string() }),
    personal: 'read',
  },
  'privacy.erase': {
    input: z.object({ confirm: z.literal('ERASE') }).strict(),
    output: Ok,
    personal: 'write',
  },
  'privacy.applyRetention': {
    input: NoInput,
    output: z.object({ removed: z.record(z.string(), z.number().int()) }),
    personal: 'write',
  },
  'privacy.setRetention': {
    input: z.object({ category: DataCategoryId, days: z.number().int().positive() }).strict(),
    output: DataCategoryReport,
    personal: 'write',
  },
  'privacy.audit': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({
      entries: z.array(AuditEntryView),
      total: z.number().int(),
      intact: z.boolean(),
      /** The first entry whose chain breaks; null when intact, or when entries are missing from the end. */
      brokenAt: z.number().int().nullable(),
      /** What is wrong, in plain words (null when intact): a broken chain, or entries removed from its end. */
      problem: z.string().nullable(),
    }),
    personal: 'read',
  },
  'privacy.diagnosticsPreview': {
    input: NoInput,
    output: z.object({ includesPersonalData: z.boolean(), json: z.string() }),
    personal: 'read',
  },
});

export const privacyEvents = defineEvents({
  'consent.changed': z.array(ConsentState),
  /** All personal data was erased: clients drop what they hold and show first-run setup. */
  'privacy.erased': z.object({ at: z.number() }),
});
