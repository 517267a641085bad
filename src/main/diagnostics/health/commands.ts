// Commands per device as the device service sees them: sent, failed (the radio gave up), unconfirmed (accepted
// but the device never reported the new value), and the time from sending to the device's confirming report.
import { percentile } from './predict';

/** What the device service tells about each command it sends (services/devices.ts). */
export interface CommandObserver {
  sent(deviceId: string): void;
  failed(deviceId: string): void;
  confirmed(deviceId: string, ms: number): void;
  unconfirmed(deviceId: string): void;
}

interface Stats {
  sent: number;
  failed: number;
  unconfirmed: number;
  /** The last outcomes (true: worked), newest last. */
  recent: boolean[];
  latencies: number[];
}

const KEEP = 200;
const RECENT = 10;

export class CommandStats implements CommandObserver {
  readonly #by = new Map<string, Stats>();

  #of(id: string): Stats {
    let s = this.#by.get(id);
    if (!s) this.#by.set(id, (s = { sent: 0, failed: 0, unconfirmed: 0, recent: [], latencies: [] }));
    return s;
  }

  #outcome(s: Stats, ok: boolean): void {
    s.recent.push(ok);
    if (s.recent.length > RECENT) s.recent.shift();
  }

  sent(id: string): void {
    this.#of(id).sent++;
  }

  failed(id: string): void {
    const s = this.#of(id);
    s.failed++;
    this.#outcome(s, false);
  }

  confirmed(id: string, ms: number): void {
    const s = this.#of(id);
    s.latencies.push(ms);
    if (s.latencies.length > KEEP) s.latencies.shift();
    this.#outcome(s, true);
  }

  unconfirmed(id: string): void {
    const s = this.#of(id);
    s.unconfirmed++;
    this.#outcome(s, false);
  }

  of(id: string) {
    const s = this.#by.get(id);
    return {
      sent: s?.sent ?? 0,
      failed: s?.failed ?? 0,
      unconfirmed: s?.unconfirmed ?? 0,
      p50Ms: percentile(s?.latencies ?? [], 50),
      p95Ms: percentile(s?.latencies ?? [], 95),
      recentFailures: s?.recent.filter((ok) => !ok).length ?? 0,
    };
  }
}
