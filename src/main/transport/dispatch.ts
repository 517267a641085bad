// Turns an untrusted (method, params) pair into a Reply: checks the method exists, validates the input
// with the contract's zod schema, runs the handler, validates the output, and maps errors to values.
// Every request the contract marks as reading or writing personal data is recorded in the audit log.
import { isRequestName, requests, type RequestName, type RequestOutput, type RequestParsedInput } from '../../shared/contract';
import { HearthError, toErrorPayload } from '../../shared/errors';
import type { Reply } from '../../shared/wire';
import type { Logger } from '../bus';
import type { AuditEntry } from '../storage/audit';

export interface CallContext {
  /** Who is calling, for the audit log: "electron:window", "hub:<client>", "cli"... */
  actor: string;
}

export type Handlers = {
  [N in RequestName]: (input: RequestParsedInput<N>, ctx: CallContext) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

export type HandlersFor<K extends RequestName> = Pick<Handlers, K>;

export type Dispatch = (method: unknown, params: unknown, ctx: CallContext) => Promise<Reply>;

export interface AccessLog {
  append(entry: AuditEntry): void;
}

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** What a call was about, for the audit log: the id it names, never the values it carries. */
function targetOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  for (const k of ['deviceId', 'id', 'purpose', 'category']) if (typeof o[k] === 'string') return o[k];
  return null;
}

export function createDispatcher(handlers: Handlers, log: Logger, access?: AccessLog): Dispatch {
  const record = (method: RequestName, input: unknown, ctx: CallContext, ok: boolean) => {
    const kind = requests[method].personal;
    if (kind === 'none' || !access) return;
    try {
      access.append({ actor: ctx.actor, action: `api.${method}`, target: targetOf(input), detail: { access: kind, ok } });
    } catch (err) {
      log.error(`could not record ${method} in the audit log`, err);
    }
  };
  return async (method, params, ctx) => {
    if (!isRequestName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 64) : typeof method;
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown request "${name}".`, next: 'Update the app; the window and the core disagree.' } };
    }
    const def = requests[method];
    const input = def.input.safeParse(params ?? {});
    if (!input.success) {
      return {
        ok: false,
        error: { code: 'BAD_REQUEST', message: `Invalid input for ${method}: ${issuesText(input.error.issues)}.` },
      };
    }
    try {
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      const result = await handler(input.data, ctx);
      const output = def.output.safeParse(result);
      if (!output.success) {
        log.error(`handler ${method} returned a value that breaks the contract`, issuesText(output.error.issues));
        throw new Error('contract violation');
      }
      record(method, input.data, ctx, true);
      return { ok: true, result: output.data };
    } catch (err) {
      if (!(err instanceof HearthError)) log.error(`handler ${method} failed`, err);
      record(method, input.data, ctx, false);
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}
