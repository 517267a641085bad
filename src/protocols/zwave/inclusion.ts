// Adding and removing Z-Wave devices with security: zwave-js asks (grantSecurityClasses,
// validateDSKAndEnterPIN) and Hearth bridges each question to the user as a stage of the `zwave.inclusion`
// state, answered through grant()/pin()/s0Consent() or timed out (zwave-js allows 240 s, TAI1/TAI2).
// S2 only (strategy 's2') never falls back silently: a device that only has S0 gets a consent question.
import { CommandClasses, SecurityClass, ExclusionStrategy, InclusionStrategy as ZInclusionStrategy, type InclusionResult, type InclusionUserCallbacks, type ZWaveNode } from './zwavejs';
import type { ExclusionState, InclusionState, InclusionStrategy, ZWaveSecurityClass } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { classNames, lowSecurityText, nodeSecurityClasses, toClasses } from './security-text';
import type { ZWaveContext } from './context';

/** zwave-js waits 240 s for the grant and for the PIN; Hearth answers a little before that. */
export const USER_ANSWER_MS = 235_000;
/** How long the stick listens for a device's button. */
export const LISTEN_MS = 60_000;

const STRATEGY: Record<InclusionStrategy, ZInclusionStrategy> = {
  default: ZInclusionStrategy.Default,
  s2: ZInclusionStrategy.Security_S2,
  s0: ZInclusionStrategy.Security_S0,
  insecure: ZInclusionStrategy.Insecure,
};

type Operation = InclusionState['operation'];
type Pending =
  | { kind: 'grant'; resolve: (v: { securityClasses: SecurityClass[]; clientSideAuth: boolean } | false) => void; requested: SecurityClass[] }
  | { kind: 'pin'; resolve: (v: string | false) => void }
  | { kind: 'consent'; resolve: (allow: boolean) => void };

type Dist<T> = T extends unknown ? Omit<T, 'at' | 'operation'> : never;

export class ZWaveInclusion {
  #state: InclusionState = { stage: 'idle', operation: 'inclusion', at: Date.now() };
  #exclusion: ExclusionState = { stage: 'idle', at: Date.now() };
  #pending: (Pending & { timer: NodeJS.Timeout }) | undefined;
  #listenTimer: NodeJS.Timeout | undefined;
  #run = 0;
  readonly #ctx: ZWaveContext;
  readonly #onState: (s: InclusionState) => void;
  readonly #onExclusion: (s: ExclusionState) => void;

  constructor(ctx: ZWaveContext, onState: (s: InclusionState) => void, onExclusion: (s: ExclusionState) => void) {
    this.#ctx = ctx;
    this.#onState = onState;
    this.#onExclusion = onExclusion;
  }

  state(): InclusionState {
    return this.#state;
  }

  exclusionState(): ExclusionState {
    return this.#exclusion;
  }

  /** Called by the adapter for every node zwave-js adds (also SmartStart joins nobody started here). */
  watchController(): void {
    const c = this.#ctx.driver().controller;
    c.on('node added', (node, result) => {
      if (this.#busy()) return;
      // A provisioned SmartStart device joined by itself.
      void this.#follow(node, result, 'smartStart', ++this.#run, 'default');
    });
  }

  async start(strategy: InclusionStrategy): Promise<InclusionState> {
    this.#assertIdle();
    const run = ++this.#run;
    const c = this.#ctx.driver().controller;
    const added = this.#nextAdded(run, 'inclusion', strategy);
    const started = await c.beginInclusion(
      strategy === 's2' || strategy === 'default'
        ? { strategy: STRATEGY[strategy] as ZInclusionStrategy.Default, userCallbacks: this.#callbacks(run, 'inclusion') }
        : { strategy: STRATEGY[strategy] as ZInclusionStrategy.Insecure },
    );
    if (!started) {
      added.cancel();
      throw new HearthError('CONFLICT', 'The Z-Wave stick is busy adding or removing another device.', 'Wait for that to finish, or stop it, then try again.');
    }
    this.#listen(run, 'inclusion');
    this.#set({ stage: 'waiting', strategy, endsAt: Date.now() + LISTEN_MS }, 'inclusion');
    return this.#state;
  }

  /** Replaces a node the controller considers failed with a new device that takes its node id. */
  async replace(nodeId: number, strategy: InclusionStrategy): Promise<InclusionState> {
    this.#assertIdle();
    const c = this.#ctx.driver().controller;
    if (!(await c.isFailedNode(nodeId))) {
      throw new HearthError('CONFLICT', `Node ${nodeId} still answers, so the stick does not consider it failed.`, 'Only a device that stopped working can be replaced. Use "Remove" to take a working device out.');
    }
    const run = ++this.#run;
    const added = this.#nextAdded(run, 'replace', strategy);
    const zs = strategy === 'insecure' ? ZInclusionStrategy.Insecure : strategy === 's0' ? ZInclusionStrategy.Security_S0 : ZInclusionStrategy.Security_S2;
    const started = await c
      .replaceFailedNode(
        nodeId,
        zs === ZInclusionStrategy.Security_S2 ? { strategy: zs, userCallbacks: this.#callbacks(run, 'replace') } : { strategy: zs as ZInclusionStrategy.Insecure },
      )
      .catch((err: unknown) => {
        added.cancel();
        throw new HearthError('CONFLICT', `The stick refused to replace node ${nodeId}: ${(err as Error).message}`, 'Check that the device is really broken (health check), then try again.');
      });
    if (!started) {
      added.cancel();
      throw new HearthError('CONFLICT', 'The Z-Wave stick is busy adding or removing another device.', 'Wait for that to finish, then try again.');
    }
    this.#listen(run, 'replace');
    this.#set({ stage: 'waiting', strategy, replacingNodeId: nodeId, endsAt: Date.now() + LISTEN_MS }, 'replace');
    return this.#state;
  }

  /** Stops listening or cancels the flow wherever it is (a pending question is declined). */
  async stop(): Promise<InclusionState> {
    const op = this.#state.operation;
    this.#run++;
    clearTimeout(this.#listenTimer);
    this.#answer(false);
    await this.#ctx
      .driver()
      .controller.stopInclusion()
      .catch(() => false);
    if (this.#busy()) this.#set({ stage: 'failed', reason: 'Cancelled. Nothing was added.' }, op);
    return this.#state;
  }

  grant(classes: ZWaveSecurityClass[], clientSideAuth: boolean): void {
    const p = this.#expect('grant', 'There is no security request to answer right now.');
    const wanted = toClasses(classes);
    const granted = p.requested.filter((c) => wanted.includes(c));
    this.#answer(granted.length ? { securityClasses: granted, clientSideAuth } : false);
  }

  pin(pin: string): void {
    this.#expect('pin', 'Hearth is not waiting for a PIN right now.');
    this.#answer(pin);
  }

  s0Consent(allow: boolean): void {
    this.#expect('consent', 'Hearth is not asking about S0 right now.');
    this.#answer(allow);
  }

  async startExclusion(): Promise<ExclusionState> {
    this.#assertIdle();
    const run = ++this.#run;
    const c = this.#ctx.driver().controller;
    const removed = this.#nextRemoved(run);
    if (!(await c.beginExclusion({ strategy: ExclusionStrategy.DisableProvisioningEntry }))) {
      removed.cancel();
      throw new HearthError('CONFLICT', 'The Z-Wave stick is busy adding or removing another device.', 'Wait for that to finish, then try again.');
    }
    this.#listenTimer = setTimeout(() => {
      if (this.#run !== run || this.#exclusion.stage !== 'waiting') return;
      void c.stopExclusion().catch(() => false);
      this.#setExclusion({ stage: 'failed', reason: 'No device answered within a minute. Put the device in exclusion mode (usually the same button as for adding) while Hearth listens.' });
    }, LISTEN_MS);
    this.#listenTimer.unref();
    this.#setExclusion({ stage: 'waiting', endsAt: Date.now() + LISTEN_MS });
    return this.#exclusion;
  }

  async stopExclusion(): Promise<ExclusionState> {
    this.#run++;
    clearTimeout(this.#listenTimer);
    await this.#ctx
      .driver()
      .controller.stopExclusion()
      .catch(() => false);
    if (this.#exclusion.stage === 'waiting') this.#setExclusion({ stage: 'idle' });
    return this.#exclusion;
  }

  dispose(): void {
    this.#run++;
    clearTimeout(this.#listenTimer);
    this.#answer(false);
  }

  // ---- internals ----

  #busy(): boolean {
    return !['idle', 'done', 'failed'].includes(this.#state.stage);
  }

  #assertIdle(): void {
    if (this.#busy() || this.#exclusion.stage === 'waiting') {
      throw new HearthError('CONFLICT', 'A device is being added or removed right now.', 'Finish or cancel that first.');
    }
  }

  #set(s: Dist<InclusionState>, operation: Operation): void {
    this.#state = { ...s, operation, at: Date.now() } as InclusionState;
    this.#onState(this.#state);
  }

  #setExclusion(s: Dist<ExclusionState>): void {
    this.#exclusion = { ...s, at: Date.now() } as ExclusionState;
    this.#onExclusion(this.#exclusion);
  }

  #listen(run: number, op: Operation): void {
    clearTimeout(this.#listenTimer);
    this.#listenTimer = setTimeout(() => {
      if (this.#run !== run || this.#state.stage !== 'waiting') return;
      this.#run++;
      void this.#ctx
        .driver()
        .controller.stopInclusion()
        .catch(() => false);
      this.#set({ stage: 'failed', reason: 'No device joined within a minute. Press the inclusion button on the device (see its manual) while Hearth listens, then try again.' }, op);
    }, LISTEN_MS);
    this.#listenTimer.unref();
  }

  #ask<T>(p: Omit<Pending, 'resolve'> & { kind: Pending['kind'] }, run: number, fallback: T): Promise<T> {
    this.#answer(false);
    return new Promise<T>((resolve) => {
      const timer = setTimeout(() => this.#answer(fallback as never), USER_ANSWER_MS);
      timer.unref();
      this.#pending = { ...(p as Pending), resolve: resolve as never, timer };
      if (this.#run !== run) this.#answer(fallback as never);
    });
  }

  #answer(value: unknown): void {
    const p = this.#pending;
    if (!p) return;
    this.#pending = undefined;
    clearTimeout(p.timer);
    (p.resolve as (v: unknown) => void)(value);
  }

  #expect<K extends Pending['kind']>(kind: K, message: string): Extract<Pending, { kind: K }> {
    const p = this.#pending;
    if (p?.kind !== kind) throw new HearthError('CONFLICT', message, 'Follow the steps shown in the Add device window.');
    return p as unknown as Extract<Pending, { kind: K }>;
  }

  #callbacks(run: number, op: Operation): InclusionUserCallbacks {
    return {
      grantSecurityClasses: (req) => {
        if (this.#run !== run) return Promise.resolve(false);
        const requested = [...req.securityClasses];
        const answer = this.#ask<{ securityClasses: SecurityClass[]; clientSideAuth: boolean } | false>({ kind: 'grant', requested } as never, run, false);
        this.#set({ stage: 'grantClasses', requested: classNames(requested), clientSideAuth: req.clientSideAuth, deadline: Date.now() + USER_ANSWER_MS }, op);
        return answer;
      },
      validateDSKAndEnterPIN: (dsk) => {
        if (this.#run !== run) return Promise.resolve(false);
        const answer = this.#ask<string | false>({ kind: 'pin' }, run, false);
        this.#set({ stage: 'enterPin', dsk: `xxxxx${dsk}`, deadline: Date.now() + USER_ANSWER_MS }, op);
        return answer;
      },
      abort: () => {
        this.#answer(false);
      },
    };
  }

  /** Resolves with the next node added in this run and follows it to the end of its interview. */
  #nextAdded(run: number, op: Operation, strategy: InclusionStrategy): { cancel(): void } {
    const c = this.#ctx.driver().controller;
    const onAdded = (node: ZWaveNode, result: InclusionResult) => {
      if (this.#run !== run) return;
      off();
      clearTimeout(this.#listenTimer);
      void this.#follow(node, result, op, run, strategy);
    };
    const onFailed = () => {
      if (this.#run !== run) return;
      off();
      this.#set({ stage: 'failed', reason: 'The device started to join but did not finish. Reset it to factory settings (see its manual), then try again.' }, op);
    };
    const off = () => {
      c.off('node added', onAdded);
      c.off('inclusion failed', onFailed);
    };
    c.on('node added', onAdded);
    c.on('inclusion failed', onFailed);
    return { cancel: off };
  }

  #nextRemoved(run: number): { cancel(): void } {
    const c = this.#ctx.driver().controller;
    const onRemoved = (node: ZWaveNode) => {
      if (this.#run !== run) return;
      off();
      clearTimeout(this.#listenTimer);
      this.#setExclusion({ stage: 'done', nodeId: node.id, message: `Node ${node.id} left the network. You can now add it to another network or throw it away.` });
    };
    const onFailed = () => {
      if (this.#run !== run) return;
      off();
      this.#setExclusion({ stage: 'failed', reason: 'The device did not finish leaving the network. Try again, close to the stick.' });
    };
    const off = () => {
      c.off('node removed', onRemoved);
      c.off('exclusion failed', onFailed);
    };
    c.on('node removed', onRemoved);
    c.on('exclusion failed', onFailed);
    return { cancel: off };
  }

  async #follow(node: ZWaveNode, result: InclusionResult, op: Operation, run: number, strategy: InclusionStrategy): Promise<void> {
    const nodeId = node.id;
    const s0Only = !node.supportsCC(CommandClasses['Security 2']) && node.supportsCC(CommandClasses.Security);
    if (strategy === 's2' && s0Only && node.getHighestSecurityClass() !== SecurityClass.S0_Legacy) {
      await this.#askS0(node, op, run);
      return;
    }
    if (result.lowSecurity === true && node.failedS2Bootstrapping) {
      // zwave-js does not interview a node whose S2 bootstrap failed: its state is unknown until it is
      // excluded and included again. Say so now instead of waiting for an interview that never comes.
      this.#set(
        { stage: 'done', nodeId, granted: [], lowSecurity: true, lowSecurityReason: lowSecurityText(result.lowSecurityReason), message: `Node ${nodeId} joined, but its secure setup failed.` },
        op,
      );
      return;
    }
    this.#set({ stage: 'interviewing', nodeId }, op);
    const ok = await this.#interviewed(node);
    if (this.#run !== run) return;
    const granted = classNames(nodeSecurityClasses(node));
    if (!ok) {
      this.#set({ stage: 'failed', nodeId, reason: 'The device joined, but did not answer all questions about itself. Wake it up (press its button) and use "Retry" in its details.' }, op);
      return;
    }
    const low = result.lowSecurity === true;
    const message = low
      ? `Node ${nodeId} was added, but without the security it asked for.`
      : granted.length
        ? `Node ${nodeId} was added with ${granted[0]!.replace('_', ' ')} security.`
        : node.supportsCC(CommandClasses['Security 2']) || node.supportsCC(CommandClasses.Security)
          ? `Node ${nodeId} was added without encryption, as chosen.`
          : `Node ${nodeId} was added. It does not support encryption.`;
    this.#set(
      { stage: 'done', nodeId, granted, lowSecurity: low, ...(low ? { lowSecurityReason: lowSecurityText(result.lowSecurityReason) } : {}), message },
      op,
    );
  }

  /** An S0-only device under "S2 only": zwave-js added it without encryption; S0 needs the user's yes and a second inclusion. */
  async #askS0(node: ZWaveNode, op: Operation, run: number): Promise<void> {
    const nodeId = node.id;
    const consent = this.#ask<boolean>({ kind: 'consent' }, run, false);
    this.#set(
      {
        stage: 's0Consent',
        nodeId,
        deadline: Date.now() + USER_ANSWER_MS,
        message:
          'This device does not support S2. It only supports the older S0 security, which is weaker and makes the network slower. ' +
          'It was added WITHOUT encryption for now. Allow S0? Then Hearth removes it and adds it again with S0: press the device\'s button twice when asked.',
      },
      op,
    );
    const allow = await consent;
    if (this.#run !== run) return;
    if (!allow) {
      await this.#interviewed(node);
      if (this.#run !== run) return;
      this.#set(
        {
          stage: 'done',
          nodeId,
          granted: [],
          lowSecurity: true,
          lowSecurityReason: 'You did not allow S0, so the device works WITHOUT encryption (anyone nearby could read or fake its messages). Remove it if that is not acceptable.',
          message: `Node ${nodeId} was added without encryption.`,
        },
        op,
      );
      return;
    }
    // Re-add with S0: the device leaves (first button press), then joins again with S0 (second press).
    const c = this.#ctx.driver().controller;
    const next = ++this.#run;
    const removed = new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), LISTEN_MS);
      t.unref();
      c.once('node removed', () => {
        clearTimeout(t);
        resolve(true);
      });
    });
    await c.beginExclusion({ strategy: ExclusionStrategy.ExcludeOnly });
    this.#set({ stage: 'waiting', strategy: 's0', endsAt: Date.now() + LISTEN_MS, message: 'Press the device\'s button once so it leaves the network.' }, op);
    if (!(await removed) || this.#run !== next) {
      await c.stopExclusion().catch(() => false);
      if (this.#run === next) this.#set({ stage: 'failed', nodeId, reason: 'The device did not leave the network, so it stays added without encryption. Remove it from its details, then add it with "S0".' }, op);
      return;
    }
    const added = this.#nextAdded(next, op, 's0');
    if (!(await c.beginInclusion({ strategy: ZInclusionStrategy.Security_S0 }))) {
      added.cancel();
      this.#set({ stage: 'failed', reason: 'The stick is busy; add the device again with "S0".' }, op);
      return;
    }
    this.#listen(next, op);
    this.#set({ stage: 'waiting', strategy: 's0', endsAt: Date.now() + LISTEN_MS, message: 'Now press the device\'s button again to add it with S0.' }, op);
  }

  #interviewed(node: ZWaveNode): Promise<boolean> {
    if (node.ready) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => () => {
        node.off('ready', onReady);
        node.off('interview failed', onFailed);
        resolve(ok);
      };
      const onReady = done(true);
      const onFailed = done(false);
      node.once('ready', onReady);
      node.once('interview failed', onFailed);
    });
  }
}
