// Typed event bus of the core. Listeners are registered with an owner so `removeOwner` drops them all,
// and each callback is isolated so one failing listener cannot break the others.
import type { EventName, EventPayload } from '../shared/contract';
import type { Logger } from '../shared/logger';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;
type AnyListener = (event: EventName, payload: unknown) => void;

interface Entry {
  owner: string;
  fn: (payload: never) => void;
}

export class EventBus {
  #listeners = new Map<EventName, Entry[]>();
  #any: { owner: string; fn: AnyListener }[] = [];
  readonly #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
  }

  on<E extends EventName>(event: E, owner: string, fn: Listener<E>): () => void {
    const list = this.#listeners.get(event) ?? [];
    const entry: Entry = { owner, fn: fn as (payload: never) => void };
    list.push(entry);
    this.#listeners.set(event, list);
    return () => {
      const cur = this.#listeners.get(event);
      if (cur) this.#listeners.set(event, cur.filter((e) => e !== entry));
    };
  }

  /** Receives every event (used by transports to forward events to clients). */
  onAny(owner: string, fn: AnyListener): () => void {
    const entry = { owner, fn };
    this.#any.push(entry);
    return () => {
      this.#any = this.#any.filter((e) => e !== entry);
    };
  }

  /**
   * The listeners of every event (the transports forwarding to clients) hear it first, then the listeners of this
   * event: a client gets a cause (a device's new state) before the events the core's own listeners emit about it
   * (an automation it started), and without waiting for their work.
   */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const entry of this.#any) {
      try {
        entry.fn(event, payload);
      } catch (err) {
        this.#log.error(`listener of all events (owner ${entry.owner}) failed on ${event}`, err);
      }
    }
    for (const entry of this.#listeners.get(event) ?? []) {
      try {
        (entry.fn as Listener<E>)(payload);
      } catch (err) {
        this.#log.error(`listener of ${event} (owner ${entry.owner}) failed`, err);
      }
    }
  }

  removeOwner(owner: string): void {
    for (const [event, list] of this.#listeners) {
      this.#listeners.set(event, list.filter((e) => e.owner !== owner));
    }
    this.#any = this.#any.filter((e) => e.owner !== owner);
  }
}
