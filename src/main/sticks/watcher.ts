// Hot-plug: while someone is interested, lists the ports every `intervalMs` and announces changes
// (sticks.changed), so a stick plugged in during onboarding shows up within about a second.
import type { StickList } from '../../shared/contract';
import type { EventBus } from '../bus';
import { listSticks, type PortLister } from './list';

const key = (l: StickList) => JSON.stringify([l.sticks.map((s) => [s.path, s.vendorId, s.productId, s.serialNumber]), l.problem?.code ?? null]);

export class StickWatcher {
  #last: StickList | undefined;
  #timer: NodeJS.Timeout | undefined;
  #until = 0;
  #polling = false;

  readonly #bus: EventBus;
  readonly #lister: PortLister;
  readonly #intervalMs: number;
  readonly #now: () => number;

  constructor(deps: { bus: EventBus; lister: PortLister; /** How often ports are listed while watching. */ intervalMs?: number; now?: () => number }) {
    this.#bus = deps.bus;
    this.#lister = deps.lister;
    this.#intervalMs = deps.intervalMs ?? 1_000;
    this.#now = deps.now ?? Date.now;
  }

  /** Lists now and keeps watching for `watchSeconds` more (0 = just list). */
  async list(watchSeconds: number): Promise<StickList> {
    const current = await listSticks(this.#lister, this.#now);
    this.#last = current;
    if (watchSeconds > 0) this.watch(watchSeconds);
    return current;
  }

  watch(seconds: number): void {
    this.#until = Math.max(this.#until, this.#now() + seconds * 1000);
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.#poll(), this.#intervalMs);
    this.#timer.unref();
  }

  async #poll(): Promise<void> {
    if (this.#now() > this.#until) return this.stop();
    if (this.#polling) return;
    this.#polling = true;
    try {
      const next = await listSticks(this.#lister, this.#now);
      if (!this.#last || key(next) !== key(this.#last)) {
        this.#last = next;
        this.#bus.emit('sticks.changed', next);
      }
    } finally {
      this.#polling = false;
    }
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
