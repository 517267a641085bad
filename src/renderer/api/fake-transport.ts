// A Transport in memory, for store tests: it answers requests the way the core would (typed by the contract,
// and the client still validates every answer and event), emits events, and remembers what was sent.
import type { EventName, EventPayload, RequestInput, RequestName, RequestOutput } from '../../shared/contract';
import type { HearthErrorPayload } from '../../shared/errors';
import type { Reply } from '../../shared/wire';
import { createClient, type Client } from './client';
import type { ConnectionState, Transport } from './transport';

type Answer<N extends RequestName> = (input: RequestInput<N>) => RequestOutput<N> | Promise<RequestOutput<N>>;

/** Thrown by an answer: the core refused, with this code, message and next step. */
export class CoreRefusal extends Error {
  constructor(readonly payload: HearthErrorPayload) {
    super(payload.message);
  }
}

export interface FakeCore {
  client: Client;
  transport: Transport;
  /** Every request sent, in order. */
  sent: { method: string; params: unknown }[];
  /** The inputs of every `name` request sent, in order. */
  inputs<N extends RequestName>(name: N): RequestInput<N>[];
  answer<N extends RequestName>(name: N, answer: Answer<N>): void;
  /** `name` fails as the core would refuse it. */
  refuse(name: RequestName, error: HearthErrorPayload): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  setConnection(state: ConnectionState): void;
}

export function createFakeCore(connection: ConnectionState = 'open'): FakeCore {
  const answers = new Map<string, (input: never) => unknown>();
  const eventListeners = new Set<(event: string, payload: unknown) => void>();
  const connectionListeners = new Set<(s: ConnectionState) => void>();
  const sent: FakeCore['sent'] = [];
  let state = connection;
  const transport: Transport = {
    get connection() {
      return state;
    },
    async request(method, params): Promise<Reply> {
      sent.push({ method, params });
      const answer = answers.get(method);
      if (!answer) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `The fake core has no answer for ${method}.` } };
      try {
        return { ok: true, result: await answer(params as never) };
      } catch (err) {
        if (err instanceof CoreRefusal) return { ok: false, error: err.payload };
        throw err;
      }
    },
    onEvent(cb) {
      eventListeners.add(cb);
      return () => eventListeners.delete(cb);
    },
    onConnection(cb) {
      connectionListeners.add(cb);
      cb(state);
      return () => connectionListeners.delete(cb);
    },
  };
  return {
    client: createClient(transport),
    transport,
    sent,
    inputs: <N extends RequestName>(name: N) => sent.filter((s) => s.method === name).map((s) => s.params as RequestInput<N>),
    answer(name, answer) {
      answers.set(name, answer as (input: never) => unknown);
    },
    refuse(name, error) {
      answers.set(name, () => {
        throw new CoreRefusal(error);
      });
    },
    emit(event, payload) {
      for (const l of eventListeners) l(event, payload);
    },
    setConnection(next) {
      state = next;
      for (const l of connectionListeners) l(next);
    },
  };
}
