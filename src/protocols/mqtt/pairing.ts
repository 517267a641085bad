// Adopting is this stack's pairing. Nothing joins a network: devices announce themselves on the broker and stay
// "discovered" until the user adopts them (facets.mqtt.adopt), or they announce themselves while this window is
// open (the pairing facet), which adopts them as permit-join would.
import type { PairingEvent } from '../../shared/integration';

export class AdoptionWindow {
  #window: { endsAt: number; timer: ReturnType<typeof setTimeout> } | null = null;
  #emit: (e: PairingEvent) => void;

  constructor(emit: (e: PairingEvent) => void) {
    this.#emit = emit;
  }

  get isOpen(): boolean {
    return this.#window !== null;
  }

  /** Opens for `seconds` (1–600); the closing is announced too. */
  open(seconds: number): void {
    this.close(false);
    const ms = Math.max(1, Math.min(seconds, 600)) * 1000;
    const endsAt = Date.now() + ms;
    this.#window = { endsAt, timer: setTimeout(() => this.close(), ms) };
    this.#emit({ type: 'window', open: true, endsAt });
  }

  close(announce = true): void {
    if (!this.#window) return;
    clearTimeout(this.#window.timer);
    this.#window = null;
    if (announce) this.#emit({ type: 'window', open: false, endsAt: null });
  }
}
