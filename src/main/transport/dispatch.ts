// Turns an untrusted (method, params) pair into a Reply: checks the method exists, validates the input
// with the contract's zod schema, runs the handler, validates the output, and maps errors to values.
import { isRequestName, requests, type RequestName, type RequestOutput, type RequestParsedInput } from '../../shared/contract';
import { HearthError, toErrorPayload } from '../../shared/errors';
import type { Reply } from '../../shared/wire';
import type { Logger } from '../bus';

export interface CallContext {
  /** Who is calling, for the audit log: "electron:window", "hub:<client>", "cli"... */
  actor: string;
}

export type Handlers = {
  [N in RequestName]: (input: RequestParsedInput<N>, ctx: CallContext) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

export type HandlersFor<K extends RequestName> = Pick<Handlers, K>;

export type Dispatch = (method: unknown, params: unknown, ctx: CallContext) => Promise<Reply>;

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
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
      return { ok: true, result: output.data };
    } catch (err) {
      if (!(err instanceof HearthError)) log.error(`handler ${method} failed`, err);
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}
