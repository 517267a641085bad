// A clock for tests: time moves only when the test says so, and due timers run in order.
import type { Clock, TimerHandle } from '../time/clock';

export class FakeClock implements Clock {
  #now: number;
  #timers: { time: number; seq: number; fn: () => void; live: boolean }[] = [];
  #seq = 0;

  constructor(start: number | Date) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  at(time: number, fn: () => void): TimerHandle {
    const t = { time, seq: this.#seq++, fn, live: true };
    this.#timers.push(t);
    return { cancel: () => void (t.live = false) };
  }

  get pending(): number {
    return this.#timers.filter((t) => t.live).length;
  }

  /** Moves time forward, running each timer that falls due at its own time. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => t.live && t.time <= end).sort((a, b) => a.time - b.time || a.seq - b.seq)[0];
      if (!due) break;
      due.live = false;
      this.#now = Math.max(this.#now, due.time);
      due.fn();
    }
    this.#now = end;
    this.#timers = this.#timers.filter((t) => t.live);
  }

  /** Moves time to the given moment (see advance). */
  set(time: number | Date): void {
    this.advance((typeof time === 'number' ? time : time.getTime()) - this.#now);
  }
}
