// User-facing errors are values: a code, a plain-English message and the next step (ARCHITECTURE.md).
import { z } from 'zod';
import { KB_ARTICLES, type KbArticle } from './kb-articles';

export const ErrorCode = z.enum([
  'BAD_REQUEST', // input failed validation
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'UNSUPPORTED', // device/capability cannot do that
  'DEVICE_UNREACHABLE',
  'RADIO_UNAVAILABLE',
  'TIMEOUT',
  'CANCELLED',
  'UNAUTHORIZED',
  'FORBIDDEN', // the caller's role or token scope does not allow this request
  'CONFLICT',
  'PLAN_LIMIT', // the subscription's tier allows no more of something (devices, automations)
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const HearthErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  next: z.string().optional(),
  details: z.unknown().optional(),
  /** The help article (assets/kb) that explains this trouble; the window links to it ("Read: <title>"). */
  article: z.enum(KB_ARTICLES).optional(),
});
export type HearthErrorPayload = z.infer<typeof HearthErrorPayload>;

export class HearthError extends Error {
  readonly code: ErrorCode;
  readonly next: string | undefined;
  readonly details: unknown;
  readonly article: KbArticle | undefined;
  constructor(code: ErrorCode, message: string, next?: string, details?: unknown, article?: KbArticle) {
    super(message);
    this.name = 'HearthError';
    this.code = code;
    this.next = next;
    this.details = details;
    this.article = article;
  }
  toPayload(): HearthErrorPayload {
    const p: HearthErrorPayload = { code: this.code, message: this.message };
    if (this.next !== undefined) p.next = this.next;
    if (this.details !== undefined) p.details = this.details;
    if (this.article !== undefined) p.article = this.article;
    return p;
  }
}

export function toErrorPayload(err: unknown): HearthErrorPayload {
  if (err instanceof HearthError) return err.toPayload();
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Hearth.',
    next: 'Try again. If it keeps happening, open Diagnostics and create a support bundle.',
  };
}
