// The generic "Add device" flow (PairingFacet) on top of Z-Wave inclusion: opening the network starts an
// inclusion with zwave-js's default strategy; the inclusion stages become pairing steps in the integration's
// stream. Security questions (grant, PIN) are asked through the 'inclusion' stack events, which the Z-Wave
// dialog answers.
import type { InclusionState } from '../../shared/contract';
import type { PairingEvent, PairingFacet } from '../../shared/integration';
import type { ZWaveInclusion } from './inclusion';

export interface PairingHost {
  inclusion(): ZWaveInclusion;
  nativeIdOf(nodeId: number): string;
  nodeIdOf(nativeId: string): number;
  /** Asks the node again what it is (interview). */
  refresh(nodeId: number): Promise<void>;
  emit(e: PairingEvent): void;
}

export class ZWavePairing implements PairingFacet {
  readonly #host: PairingHost;
  #open = false;

  constructor(host: PairingHost) {
    this.#host = host;
  }

  async open(seconds: number): Promise<void> {
    const state = await this.#host.inclusion().start('default');
    this.#open = true;
    this.#host.emit({ type: 'window', open: true, endsAt: state.stage === 'waiting' ? Math.min(state.endsAt ?? Infinity, Date.now() + seconds * 1000) : null });
  }

  async close(): Promise<void> {
    if (this.#host.inclusion().state().stage === 'waiting') await this.#host.inclusion().stop();
    this.#window(false);
  }

  async retry(nativeId: string): Promise<void> {
    await this.#host.refresh(this.#host.nodeIdOf(nativeId));
  }

  /** Fed with every inclusion state change by the adapter. */
  onInclusion(s: InclusionState): void {
    if (s.stage !== 'waiting') this.#window(false);
    const nodeId = 'nodeId' in s ? s.nodeId : undefined;
    if (nodeId === undefined) return;
    const nativeId = this.#host.nativeIdOf(nodeId);
    const emit = (e: PairingEvent) => this.#host.emit(e);
    switch (s.stage) {
      case 'grantClasses':
      case 'enterPin':
      case 's0Consent':
        emit({ type: 'progress', nativeId, step: 'joined', message: 'Answer the security question in the Z-Wave window.', canRetry: false });
        break;
      case 'interviewing':
        emit({ type: 'progress', nativeId, step: 'joined', canRetry: false });
        emit({ type: 'progress', nativeId, step: 'interviewing', canRetry: false });
        break;
      case 'done':
        emit({ type: 'progress', nativeId, step: 'ready', ...(s.lowSecurity ? { message: s.lowSecurityReason ?? s.message } : {}), canRetry: false });
        break;
      case 'failed':
        emit({ type: 'progress', nativeId, step: 'failed', message: s.reason, canRetry: true });
        break;
    }
  }

  #window(open: boolean): void {
    if (this.#open === open) return;
    this.#open = open;
    this.#host.emit({ type: 'window', open, endsAt: null });
  }
}
