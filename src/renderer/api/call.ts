// The one way the renderer runs a call: a typed function from api/<domain>.ts over the client. A failure
// becomes a notice (what happened, what to do next) in the one notice sink, unless the caller takes it
// itself (`handle`), and the call resolves to undefined. Stores use `caller`; components use `useCall`.
import { toApiError, type ApiError, type Client } from './client';

/** A typed call of one domain, e.g. `approvePlan(client, planId)`. */
export type ApiCall<A extends unknown[], R> = (client: Client, ...args: A) => Promise<R>;

export interface CallOptions {
  /** Takes a failure where the person is looking (e.g. a field's message); true = handled, not a notice. */
  handle?(err: ApiError): boolean;
  /** A convenience read whose failure changes nothing the person sees (the screen works without it). */
  quiet?: boolean;
}

/** What a call needs: the client, and the notice sink errors go to. */
export interface CallContext {
  client: Client;
  report(err: unknown): void;
}

export async function attempt<A extends unknown[], R>(ctx: CallContext, options: CallOptions, fn: ApiCall<A, R>, ...args: A): Promise<R | undefined> {
  try {
    return await fn(ctx.client, ...args);
  } catch (err) {
    const e = toApiError(err);
    if (options.quiet || options.handle?.(e)) return undefined;
    ctx.report(e);
    return undefined;
  }
}

/** `const call = caller(ctx)` … `await call(approvePlan, planId)`: attempt() with the same context and options. */
export function caller(ctx: CallContext, options: CallOptions = {}) {
  return <A extends unknown[], R>(fn: ApiCall<A, R>, ...args: A): Promise<R | undefined> => attempt(ctx, options, fn, ...args);
}
