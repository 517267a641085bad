// Restarts a radio that failed (stick unplugged, coordinator reset, connection closed) by itself, with backoff:
// 0.5 s, 1 s, 2 s, then every 2 s for the first minutes — so a stick plugged back in is running again within
// a few seconds — and every 15 s after that, so a stick that stays away costs little. A newly plugged stick
// (sticks.changed) is tried at once. Meanwhile the radio's status is 'failed' and commands fail fast with
// DeviceService's "The Z-Wave radio is not ready …" error. Each recovery is measured (failure → ready).
import type { AnyIntegration } from '../../../shared/integration';
import type { Logger } from '../../../shared/logger';
import type { Protocol } from '../../../shared/model';

export interface RadioRecovery {
  protocol: Protocol;
  failedAt: number;
  recoveredAt: number;
  /** Milliseconds from the failure to the radio being ready again. */
  tookMs: number;
  attempts: number;
}

export interface RadioSupervisorDeps {
  log: Logger;
  now?: () => number;
  /** Waits before each attempt (ms); the last one repeats until `slowAfterMs`. */
  delays?: number[];
  /** After failing this long, attempts come every `slowDelayMs`. */
  slowAfterMs?: number;
  slowDelayMs?: number;
  onRecovered?: (r: RadioRecovery) => void;
}

interface Watched {
  integration: AnyIntegration;
  unsubscribe: () => void;
  failedAt: number | null;
  attempts: number;
  timer: NodeJS.Timeout | null;
  running: boolean;
}

export class RadioSupervisor {
  readonly #d: Required<Omit<RadioSupervisorDeps, 'onRecovered'>> & Pick<RadioSupervisorDeps, 'onRecovered'>;
  readonly #watched = new Map<AnyIntegration, Watched>();
  readonly recoveries: RadioRecovery[] = [];
  #stopped = false;

  constructor(deps: RadioSupervisorDeps) {
    this.#d = { now: Date.now, delays: [500, 1000, 2000], slowAfterMs: 5 * 60_000, slowDelayMs: 15_000, ...deps };
  }

  /** Watches the integration from now on; one already failed (it did not start) is retried too. */
  watch(integration: AnyIntegration): void {
    if (this.#watched.has(integration)) return;
    const w: Watched = { integration, failedAt: null, attempts: 0, timer: null, running: false, unsubscribe: () => undefined };
    w.unsubscribe = integration.subscribe((e) => {
      if (e.type === 'status') this.#onStatus(w);
    });
    this.#watched.set(integration, w);
    this.#onStatus(w);
  }

  /** Tries every failed radio now (a stick was plugged in). */
  retryNow(): void {
    for (const w of this.#watched.values()) {
      if (w.failedAt === null || w.running) continue;
      if (w.timer) clearTimeout(w.timer);
      w.timer = null;
      void this.#attempt(w);
    }
  }

  stop(): void {
    this.#stopped = true;
    for (const w of this.#watched.values()) {
      w.unsubscribe();
      if (w.timer) clearTimeout(w.timer);
    }
    this.#watched.clear();
  }

  #onStatus(w: Watched): void {
    if (this.#stopped) return;
    const state = w.integration.status().state;
    if (state === 'ready' && w.failedAt !== null) {
      const r: RadioRecovery = { protocol: w.integration.protocol, failedAt: w.failedAt, recoveredAt: this.#d.now(), tookMs: 0, attempts: w.attempts };
      r.tookMs = r.recoveredAt - r.failedAt;
      w.failedAt = null;
      w.attempts = 0;
      this.recoveries.push(r);
      this.#d.log.info(`${r.protocol} radio is back after ${r.tookMs} ms (${r.attempts} restart attempts)`);
      this.#d.onRecovered?.(r);
      return;
    }
    if (w.running) return;
    if (state !== 'failed') {
      // Someone else is starting or has stopped the radio (the user, a coordinator restore onto a new stick):
      // stand down, so a restart of ours does not cut across theirs. A failure after that is ours again.
      if (w.timer) clearTimeout(w.timer);
      w.timer = null;
      if (state === 'stopped') {
        w.failedAt = null;
        w.attempts = 0;
      }
      return;
    }
    if (w.timer) return;
    if (w.failedAt === null) {
      w.failedAt = this.#d.now();
      this.#d.log.warn(`${w.integration.protocol} radio failed (${messageOf(w.integration)}); restarting it by itself`);
    }
    this.#schedule(w);
  }

  #schedule(w: Watched): void {
    const { delays, slowAfterMs, slowDelayMs, now } = this.#d;
    const failingFor = now() - (w.failedAt ?? now());
    const wait = failingFor >= slowAfterMs ? slowDelayMs : (delays[Math.min(w.attempts, delays.length - 1)] ?? 1000);
    w.timer = setTimeout(() => {
      w.timer = null;
      void this.#attempt(w);
    }, wait);
    w.timer.unref?.();
  }

  async #attempt(w: Watched): Promise<void> {
    if (this.#stopped || w.running) return;
    w.running = true;
    w.attempts++;
    try {
      await w.integration.stop().catch(() => undefined);
      if (this.#stopped) return;
      await w.integration.start();
    } catch {
      // Still failing: the status says why; try again after the next wait.
    } finally {
      w.running = false;
    }
    if (!this.#stopped && w.integration.status().state !== 'ready' && !w.timer) this.#schedule(w);
    else this.#onStatus(w);
  }
}

function messageOf(i: AnyIntegration): string {
  const s = i.status();
  return s.state === 'failed' ? s.message : s.state;
}
