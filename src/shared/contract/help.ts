// Help for people and support staff: the knowledge base (articles in assets/kb, searched with SQLite FTS5),
// guided troubleshooting (real checks against the running home), and support tickets kept on this computer.
import { z } from 'zod';
import { Id, NoInput } from './common';
import { defineRequests } from './define';

/** An article's id, as in its front matter ("zigbee-channels"). */
export const ArticleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'An article id is lower-case words joined by dashes.');

export const ArticleHit = z.object({
  id: ArticleId,
  title: z.string(),
  tags: z.array(z.string()),
  /** A piece of the article around the words found; the words are marked [[like this]] (never HTML). */
  snippet: z.string(),
  /** bm25 rank: lower is better. */
  rank: z.number(),
});
export type ArticleHit = z.infer<typeof ArticleHit>;

export const Article = z.object({ id: ArticleId, title: z.string(), tags: z.array(z.string()), markdown: z.string() });
export type Article = z.infer<typeof Article>;

export const TroubleshootFlow = z.enum(['deviceOffline', 'stickNotFound', 'pairingFailed', 'automationDidNotRun', 'slowResponse']);
export type TroubleshootFlow = z.infer<typeof TroubleshootFlow>;

export const CheckResult = z.enum(['ok', 'problem', 'unknown']);
export const TroubleshootCheck = z.object({
  id: z.string(),
  /** The question the check answers: "Is the Z-Wave stick plugged in?" */
  label: z.string(),
  /** ok / problem / unknown (could not check, and why in `detail`). */
  result: CheckResult,
  /** What was found, in words. */
  detail: z.string(),
  /** What to do about a problem. */
  fix: z.string().optional(),
  article: ArticleId.optional(),
});
export type TroubleshootCheck = z.infer<typeof TroubleshootCheck>;

export const TroubleshootReport = z.object({
  flow: TroubleshootFlow,
  at: z.number(),
  checks: z.array(TroubleshootCheck),
  /** One sentence: what was found and the first thing to do. */
  conclusion: z.string(),
  article: ArticleId,
});
export type TroubleshootReport = z.infer<typeof TroubleshootReport>;

export const TicketStatus = z.enum(['open', 'sent', 'closed']);
export const Ticket = z.object({
  id: Id,
  createdAt: z.number(),
  updatedAt: z.number(),
  title: z.string(),
  description: z.string(),
  status: TicketStatus,
  /** The support bundle attached when the ticket was made (file name and size), or why there is none. */
  bundle: z.object({ fileName: z.string(), bytes: z.number().int() }).nullable(),
  note: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

export const TicketExport = z.object({
  fileName: z.string(),
  /** One JSON file (the ticket, its description and the bundle inside, base64), to send by e-mail or upload. */
  base64: z.string(),
  bytes: z.number().int(),
});
export type TicketExport = z.infer<typeof TicketExport>;

export const helpRequests = defineRequests({
  'help.search': {
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(ArticleHit),
    personal: 'none',
  },
  'help.article': { input: z.object({ id: ArticleId }), output: Article, personal: 'none' },
  'help.articles': { input: NoInput, output: z.array(ArticleHit.omit({ snippet: true, rank: true })), personal: 'none' },
  'help.troubleshoot': {
    input: z.object({ flow: TroubleshootFlow, deviceId: Id.optional(), ruleId: Id.optional() }),
    output: TroubleshootReport,
    personal: 'read',
  },
  'tickets.create': {
    input: z.object({ title: z.string().trim().min(1).max(200), description: z.string().max(20_000), attachBundle: z.boolean().default(true) }),
    output: Ticket,
    personal: 'write',
  },
  'tickets.list': { input: NoInput, output: z.array(Ticket), personal: 'read' },
  'tickets.setStatus': { input: z.object({ id: Id, status: TicketStatus }), output: Ticket, personal: 'write' },
  'tickets.export': { input: z.object({ id: Id }), output: TicketExport, personal: 'read' },
});
