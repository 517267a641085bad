// Refused attempts (wrong sign-in codes, unknown sessions, foreign Host or Origin, too many clients) are logged
// without flooding the log: the first of a period is logged with its reason, the rest are counted and summed
// up in one line when the period ends. 20,000 guesses make a few lines, not megabytes.
import type { Logger } from '../../shared/logger';

export class RefusalLog {
  readonly #log: Logger;
  readonly #periodMs: number;
  #counts = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;

  constructor(o: { log: Logger; periodMs: number }) {
    this.#log = o.log;
    this.#periodMs = o.periodMs;
  }

  add(reason: string): void {
    if (!this.#timer) {
      // The first refusal of a quiet spell is told at once; the period starts with it.
      this.#log.warn(`refused a hub connection: ${reason}`);
      this.#timer = setTimeout(() => this.#flush(), this.#periodMs);
      this.#timer.unref();
      return;
    }
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
  }

  #flush(): void {
    this.#timer = null;
    if (this.#counts.size === 0) return;
    const total = [...this.#counts.values()].reduce((a, b) => a + b, 0);
    const reasons = [...this.#counts].map(([r, n]) => `${n} × ${r}`).join(', ');
    this.#counts = new Map();
    this.#log.warn(`refused ${total} more hub connection attempts in the last ${this.#periodMs / 1000} s (${reasons})`);
    // Keep summing while refusals go on.
    this.#timer = setTimeout(() => this.#flush(), this.#periodMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
