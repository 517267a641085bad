// Adding a Matter device is commissioning it by its pairing code, not opening the network, so Matter has no
// pairing facet (it declares 'commissioning' instead). Its attempts still show in the integration's stream as the
// generic pairing events every Add-device screen follows: the window is open while an attempt runs, and a device
// that was added is 'ready'.
import type { PairingEvent } from '../../shared/integration';

export class CommissioningAsPairing {
  readonly #emit: (e: PairingEvent) => void;
  #running = 0;

  constructor(emit: (e: PairingEvent) => void) {
    this.#emit = emit;
  }

  /** An attempt starts; the first one opens the window. */
  begin(): void {
    if (this.#running++ === 0) this.#emit({ type: 'window', open: true, endsAt: null });
  }

  added(nativeId: string): void {
    this.#emit({ type: 'progress', nativeId, step: 'ready', canRetry: false });
  }

  /** An attempt ended (either way); the last one closes the window. */
  end(): void {
    if (--this.#running === 0) this.#emit({ type: 'window', open: false, endsAt: null });
  }
}
