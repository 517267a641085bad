// The typed client derived from the contract: call(name, input) and on(event, cb), both validated.
import { events, isEventName, requests, type EventName, type EventPayload, type RequestInput, type RequestName, type RequestOutput } from '../../shared/contract';
import type { HearthErrorPayload } from '../../shared/errors';
import type { Transport } from './transport';

export class ApiError extends Error {
  readonly code: HearthErrorPayload['code'];
  readonly next: string | undefined;
  /** Machine-readable specifics some errors carry (e.g. which stick generations did not match). */
  readonly details: unknown;
  /** The help article that explains the trouble, if the core named one. */
  readonly article: HearthErrorPayload['article'];
  constructor(p: HearthErrorPayload) {
    super(p.message);
    this.code = p.code;
    this.next = p.next;
    this.details = p.details;
    this.article = p.article;
  }
}

/** Any failure as an ApiError: what the core said, or (for anything else) an internal error in plain words. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError({ code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), next: 'Try again; reload the window if it keeps happening.' });
}

export interface Client {
  call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  transport: Transport;
}

export function createClient(transport: Transport): Client {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  transport.onEvent((event, payload) => {
    if (!isEventName(event)) return;
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      console.warn(`ignored a malformed ${event} event`, parsed.error.issues);
      return;
    }
    for (const l of listeners.get(event) ?? []) l(parsed.data);
  });
  return {
    transport,
    async call(name, input) {
      const reply = await transport.request(name, input);
      if (!reply.ok) throw new ApiError(reply.error);
      const out = requests[name].output.safeParse(reply.result);
      if (!out.success) {
        throw new ApiError({ code: 'INTERNAL', message: `Hearth sent an unexpected answer to ${name}.`, next: 'Reload the window.' });
      }
      return out.data as RequestOutput<typeof name>;
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(cb as (p: unknown) => void);
    },
  };
}
