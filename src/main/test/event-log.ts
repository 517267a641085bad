// Records the core's bus events and waits for one that matches (no sleeps: it wakes on each event).
import type { EventBus } from '../bus';
import type { AnyEvent, EventName, EventPayload } from '../../shared/contract';

export class BusLog {
  readonly events: AnyEvent[] = [];
  #wake: Array<() => void> = [];

  constructor(bus: EventBus) {
    bus.onAny('test', (event, payload) => {
      this.events.push({ event, payload } as AnyEvent);
      for (const w of this.#wake.splice(0)) w();
    });
  }

  get mark(): number {
    return this.events.length;
  }

  of<E extends EventName>(event: E, since = 0): EventPayload<E>[] {
    return this.events.slice(since).filter((e) => e.event === event).map((e) => e.payload as EventPayload<E>);
  }

  async waitFor<E extends EventName>(event: E, pred: (p: EventPayload<E>) => boolean = () => true, since = 0, timeoutMs = 20_000): Promise<EventPayload<E>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.of(event, since).find(pred);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${event} within ${timeoutMs} ms; last: ${JSON.stringify(this.events.slice(-4))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 500));
        this.#wake.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
