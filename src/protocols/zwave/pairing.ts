// The generic "Add device" flow (PairingFacet) on top of Z-Wave inclusion: opening the network starts an
// inclusion with zwave-js's default strategy; the inclusion stages become pairing steps. Security questions
// (grant, PIN) are asked through the zwave.inclusion events, which the Z-Wave dialog answers.
import type { PairingEvent, PairingFacet } from '../../shared/adapter';
import type { InclusionState } from '../../shared/contract';
import type { ZWaveInclusion } from './inclusion';

export class ZWavePairing implements PairingFacet {
  readonly #listeners = new Set<(e: PairingEvent) => void>();
  readonly #inclusion: () => ZWaveInclusion;
  readonly #nativeId: (nodeId: number) => string;
  readonly #refresh: (nodeId: number) => Promise<void>;
  #open = false;

  constructor(inclusion: () => ZWaveInclusion, nativeId: (nodeId: number) => string, refresh: (nodeId: number) => Promise<void>) {
    this.#inclusion = inclusion;
    this.#nativeId = nativeId;
    this.#refresh = refresh;
  }

  async open(seconds: number): Promise<void> {
    const state = await this.#inclusion().start('default');
    this.#open = true;
    this.#emit({ type: 'window', open: true, endsAt: state.stage === 'waiting' ? Math.min(state.endsAt ?? Infinity, Date.now() + seconds * 1000) : null });
  }

  async close(): Promise<void> {
    if (this.#inclusion().state().stage === 'waiting') await this.#inclusion().stop();
    this.#window(false);
  }

  async retry(nativeId: string): Promise<void> {
    const nodeId = Number(nativeId.split('-')[1]);
    await this.#refresh(nodeId);
  }

  subscribe(listener: (e: PairingEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Fed with every inclusion state change by the adapter. */
  onInclusion(s: InclusionState): void {
    if (s.stage !== 'waiting') this.#window(false);
    const nodeId = 'nodeId' in s ? s.nodeId : undefined;
    if (nodeId === undefined) return;
    const nativeId = this.#nativeId(nodeId);
    switch (s.stage) {
      case 'grantClasses':
      case 'enterPin':
      case 's0Consent':
        this.#emit({ type: 'progress', nativeId, step: 'joined', message: 'Answer the security question in the Z-Wave window.', canRetry: false });
        break;
      case 'interviewing':
        this.#emit({ type: 'progress', nativeId, step: 'joined', canRetry: false });
        this.#emit({ type: 'progress', nativeId, step: 'interviewing', canRetry: false });
        break;
      case 'done':
        this.#emit({ type: 'progress', nativeId, step: 'ready', ...(s.lowSecurity ? { message: s.lowSecurityReason ?? s.message } : {}), canRetry: false });
        break;
      case 'failed':
        this.#emit({ type: 'progress', nativeId, step: 'failed', message: s.reason, canRetry: true });
        break;
    }
  }

  #window(open: boolean): void {
    if (this.#open === open) return;
    this.#open = open;
    this.#emit({ type: 'window', open, endsAt: null });
  }

  #emit(e: PairingEvent): void {
    for (const l of this.#listeners) l(e);
  }
}
