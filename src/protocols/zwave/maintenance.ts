// Keeping a Z-Wave mesh healthy: lifeline health checks (round by round, cancellable), route rebuilds for
// one node or the whole network (progress, cancellable), and taking out nodes that stopped working.
import type { RebuildRoutesStatus } from './zwavejs';
import type { HealthCheckResult, RebuildRoutesProgress } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { ZWaveContext } from './context';
import type { ZWaveMaintenanceFacet, ZWaveRebuildProgress } from './facets';
import { ratingText } from './security-text';

type Round = HealthCheckResult['rounds'][number];

export class ZWaveMaintenance {
  readonly #ctx: ZWaveContext;
  readonly #checks = new Map<number, { cancelled: boolean }>();
  #rebuildCancelled = false;

  constructor(ctx: ZWaveContext) {
    this.#ctx = ctx;
  }

  #node(nodeId: number) {
    return this.#ctx.node(nodeId);
  }

  async isFailed(nodeId: number): Promise<boolean> {
    this.#node(nodeId);
    return this.#ctx.driver().controller.isFailedNode(nodeId);
  }

  async removeFailed(nodeId: number): Promise<void> {
    this.#node(nodeId);
    const c = this.#ctx.driver().controller;
    if (!(await c.isFailedNode(nodeId))) {
      throw new HearthError('CONFLICT', `Node ${nodeId} still answers, so the stick will not remove it as failed.`, 'Use "Remove" (exclusion) for a device that works.');
    }
    await c.removeFailedNode(nodeId).catch((err: unknown) => {
      throw new HearthError('CONFLICT', `The stick did not remove node ${nodeId}: ${(err as Error).message}`, 'Try again in a minute.');
    });
  }

  async healthCheck(nodeId: number, rounds: number, onRound: (r: Round) => void): Promise<Omit<HealthCheckResult, 'deviceId'>> {
    const node = this.#node(nodeId);
    if (this.#checks.has(nodeId)) throw new HearthError('CONFLICT', 'A health check of this device is already running.', 'Wait for it or cancel it.');
    const run = { cancelled: false };
    this.#checks.set(nodeId, run);
    const started = Date.now();
    const done: Round[] = [];
    try {
      const summary = await node.checkLifelineHealth(rounds, (round, total, rating, last) => {
        const r: Round = {
          round,
          rounds: total,
          rating,
          latencyMs: last.latency,
          failedPings: last.failedPingsNode + (last.failedPingsController ?? 0),
          ...(last.numNeighbors !== undefined ? { numNeighbors: last.numNeighbors } : {}),
          ...(last.snrMargin !== undefined ? { snrMarginDb: last.snrMargin } : {}),
        };
        done.push(r);
        onRound(r);
      });
      const rating = summary.rating;
      const summaryText = run.cancelled ? `Cancelled after ${done.length} of ${rounds} rounds. So far: ${ratingText(rating)}` : ratingText(rating);
      return { nodeId, rating, summary: summaryText, rounds: done, cancelled: run.cancelled, durationMs: Date.now() - started };
    } catch (err) {
      if (run.cancelled) {
        const rating = done.length ? Math.min(...done.map((r) => r.rating)) : 0;
        return { nodeId, rating, summary: `Cancelled after ${done.length} of ${rounds} rounds.`, rounds: done, cancelled: true, durationMs: Date.now() - started };
      }
      throw new HearthError('DEVICE_UNREACHABLE', `The health check of node ${nodeId} failed: ${(err as Error).message}`, 'Check that the device has power, then try again.');
    } finally {
      this.#checks.delete(nodeId);
    }
  }

  cancelHealthCheck(nodeId: number): void {
    const run = this.#checks.get(nodeId);
    if (!run) return;
    run.cancelled = true;
    this.#node(nodeId).abortHealthCheck();
  }

  async rebuildNodeRoutes(nodeId: number): Promise<{ ok: boolean; message: string }> {
    this.#node(nodeId);
    const ok = await this.#ctx
      .driver()
      .controller.rebuildNodeRoutes(nodeId)
      .catch((err: unknown) => {
        throw new HearthError('CONFLICT', `Routes of node ${nodeId} could not be rebuilt: ${(err as Error).message}`, 'Wait until a running network-wide rebuild has finished, then try again.');
      });
    return ok
      ? { ok, message: `Node ${nodeId} has fresh routes to the stick and its neighbours.` }
      : { ok, message: `Node ${nodeId} did not answer while its routes were rebuilt. Check its power (battery devices: wake it up), then try again.` };
  }

  /** Starts a network-wide rebuild; progress arrives through `onProgress` until `running` is false. */
  rebuildNetwork(onProgress: (p: RebuildRoutesProgress) => void): RebuildRoutesProgress {
    const c = this.#ctx.driver().controller;
    if (c.isRebuildingRoutes) throw new HearthError('CONFLICT', 'The routes are already being rebuilt.', 'Wait for it or cancel it.');
    this.#rebuildCancelled = false;
    const onStep = (m: ReadonlyMap<number, RebuildRoutesStatus>) => onProgress(this.#progress(m, true));
    const onDone = (m: ReadonlyMap<number, RebuildRoutesStatus>) => {
      c.off('rebuild routes progress', onStep);
      onProgress(this.#progress(m, false));
    };
    c.on('rebuild routes progress', onStep);
    c.once('rebuild routes done', onDone);
    if (!c.beginRebuildingRoutes({ includeSleeping: true })) {
      c.off('rebuild routes progress', onStep);
      c.off('rebuild routes done', onDone);
      throw new HearthError('CONFLICT', 'The stick could not start rebuilding routes now.', 'Try again in a minute.');
    }
    return this.#progress(c.rebuildRoutesProgress ?? new Map(), true);
  }

  cancelRebuild(): RebuildRoutesProgress {
    const c = this.#ctx.driver().controller;
    const progress = c.rebuildRoutesProgress;
    if (!c.isRebuildingRoutes) return this.#progress(progress ?? new Map(), false);
    this.#rebuildCancelled = true;
    c.stopRebuildingRoutes();
    return this.#progress(progress ?? new Map(), false);
  }

  #progress(m: ReadonlyMap<number, RebuildRoutesStatus>, running: boolean): RebuildRoutesProgress {
    const nodes = [...m.entries()].map(([nodeId, status]) => ({ nodeId, status }));
    return { running, nodes, done: nodes.filter((n) => n.status !== 'pending').length, total: nodes.length, cancelled: this.#rebuildCancelled };
  }
}

/** The maintenance facet: the same operations by native id, rebuild progress naming each node's native id too. */
export function maintenanceFacet(ctx: ZWaveContext, m: ZWaveMaintenance): ZWaveMaintenanceFacet {
  const named = (p: RebuildRoutesProgress): ZWaveRebuildProgress => ({ ...p, nodes: p.nodes.map((n) => ({ nodeId: n.nodeId, nativeId: ctx.nativeIdOf(n.nodeId), status: n.status })) });
  return {
    isFailed: (nativeId) => m.isFailed(ctx.nodeIdOf(nativeId)),
    removeFailed: (nativeId) => m.removeFailed(ctx.nodeIdOf(nativeId)),
    healthCheck: (nativeId, rounds, onRound) => m.healthCheck(ctx.nodeIdOf(nativeId), rounds, onRound),
    cancelHealthCheck: (nativeId) => m.cancelHealthCheck(ctx.nodeIdOf(nativeId)),
    rebuildRoutes: (nativeId) => m.rebuildNodeRoutes(ctx.nodeIdOf(nativeId)),
    rebuildNetwork: (onProgress) => named(m.rebuildNetwork((p) => onProgress(named(p)))),
    cancelRebuild: () => named(m.cancelRebuild()),
  };
}
