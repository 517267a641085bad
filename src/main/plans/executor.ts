// Runs approved plans: snapshot the devices' values first; run steps in time order (timed ones on the
// clock, resumed after a restart); if a step fails, stop and put back what the plan already changed.
import { HearthError } from '../../shared/errors';
import type { CapabilityValue } from '../../shared/model';
import type { Plan, PlanStep } from '../../shared/plan';
import type { Logger } from '../bus';
import type { Clock, TimerHandle } from '../automation/clock';
import { clockTime, formatValue } from '../../shared/describe-values';
import type { PlanStore, SnapshotEntry } from './store';

export const UNDO_MS = 24 * 3_600_000;
/** A timed step missed while Hearth was not running still runs if it is at most this late. */
const LATE_OK_MS = 10 * 60_000;

export interface ExecutorDeps {
  command(deviceId: string, capabilityId: string, value: CapabilityValue, actor: string): Promise<void>;
  value(deviceId: string, capabilityId: string): CapabilityValue | undefined;
  store: PlanStore;
  clock: Clock;
  log: Logger;
  changed(plan: Plan, finished: boolean): void;
  /** A step's command was accepted (the automation engine uses this to see loops). */
  wrote?(plan: Plan, step: PlanStep): void;
}

interface Live {
  plan: Plan;
  actor: string;
  timers: TimerHandle[];
  /** Steps run one after another, whatever their timers do. */
  queue: Promise<void>;
}

const message = (err: unknown): string => (err instanceof HearthError || err instanceof Error ? err.message : String(err));

export class Executor {
  readonly #d: ExecutorDeps;
  readonly #live = new Map<string, Live>();

  constructor(deps: ExecutorDeps) {
    this.#d = deps;
  }

  isLive(planId: string): boolean {
    return this.#live.has(planId);
  }

  /** Starts a plan; resolves once its immediate steps are done (timed ones keep running on the clock). */
  async start(plan: Plan, actor: string): Promise<Plan> {
    const now = this.#d.clock.now();
    const snapshot = this.#snapshot(plan.steps);
    plan.status = 'running';
    plan.startedAt = now;
    plan.startsAt = now;
    plan.undoUntil = now + UNDO_MS;
    this.#d.store.save(plan, now);
    this.#d.store.saveSnapshot(plan.id, snapshot);
    const live: Live = { plan, actor, timers: [], queue: Promise.resolve() };
    this.#live.set(plan.id, live);
    this.#d.changed(plan, false);
    this.#schedule(live);
    await live.queue;
    return plan;
  }

  /** After a restart: re-arms the timed steps of a plan that was running (late ones run or are skipped). */
  resume(plan: Plan, actor: string): void {
    const now = this.#d.clock.now();
    for (const s of plan.steps) {
      if (s.status === 'running') {
        s.status = 'skipped';
        s.error = 'Hearth stopped while this step was running.';
      } else if (s.status === 'pending' && (plan.startedAt ?? now) + s.atMs < now - LATE_OK_MS) {
        s.status = 'skipped';
        s.error = `Hearth was not running at ${clockTime((plan.startedAt ?? now) + s.atMs)}.`;
      }
    }
    const live: Live = { plan, actor, timers: [], queue: Promise.resolve() };
    this.#live.set(plan.id, live);
    this.#schedule(live);
  }

  /** Stops a running plan's pending steps; what already ran stays (use undo to put it back). */
  cancel(planId: string): Plan | null {
    const live = this.#live.get(planId);
    if (!live) return null;
    for (const t of live.timers) t.cancel();
    for (const s of live.plan.steps) if (s.status === 'pending') s.status = 'cancelled';
    this.#finish(live, 'cancelled', 'Cancelled: the remaining steps will not run.');
    return live.plan;
  }

  stopAll(): void {
    for (const live of this.#live.values()) for (const t of live.timers) t.cancel();
    this.#live.clear();
  }

  #snapshot(steps: readonly PlanStep[]): SnapshotEntry[] {
    const seen = new Set<string>();
    const out: SnapshotEntry[] = [];
    for (const s of steps) {
      const k = `${s.deviceId}\u0000${s.capabilityId}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ deviceId: s.deviceId, capabilityId: s.capabilityId, value: this.#d.value(s.deviceId, s.capabilityId) ?? null });
    }
    return out;
  }

  #schedule(live: Live): void {
    const start = live.plan.startedAt ?? this.#d.clock.now();
    const pending = live.plan.steps.filter((s) => s.status === 'pending');
    if (pending.length === 0) {
      live.queue = live.queue.then(() => this.#complete(live));
      return;
    }
    for (const s of pending) {
      const due = start + s.atMs;
      if (due <= this.#d.clock.now()) live.queue = live.queue.then(() => this.#run(live, s));
      else live.timers.push(this.#d.clock.at(due, () => void (live.queue = live.queue.then(() => this.#run(live, s)))));
    }
  }

  async #run(live: Live, step: PlanStep): Promise<void> {
    const { plan } = live;
    if (plan.status !== 'running' || step.status !== 'pending') return;
    const t0 = this.#d.clock.now();
    step.status = 'running';
    this.#d.changed(plan, false);
    try {
      await this.#d.command(step.deviceId, step.capabilityId, step.value, live.actor);
      step.status = 'done';
      step.ranAt = t0;
      step.durationMs = Math.max(0, this.#d.clock.now() - t0);
      this.#d.wrote?.(plan, step);
    } catch (err) {
      if (this.#live.get(plan.id) !== live) return;
      step.status = 'failed';
      step.ranAt = t0;
      step.error = message(err);
      await this.#rollback(live, step);
      return;
    }
    // Stopped meanwhile (shutdown, or "Erase my data"): nothing more is written about this plan.
    if (this.#live.get(plan.id) !== live) return;
    if (plan.steps.every((s) => s.status !== 'pending' && s.status !== 'running')) this.#complete(live);
    else {
      this.#d.store.save(plan, this.#d.clock.now());
      this.#d.changed(plan, false);
    }
  }

  #complete(live: Live): void {
    if (!this.#live.has(live.plan.id)) return;
    const done = live.plan.steps.filter((s) => s.status === 'done').length;
    const skipped = live.plan.steps.filter((s) => s.status === 'skipped');
    const text = `Done: ${done} change${done === 1 ? '' : 's'}.${skipped.length ? ` ${skipped.length} skipped: ${skipped[0]!.error ?? ''}` : ''}`;
    this.#finish(live, 'done', text);
  }

  /** A step failed: skip the rest and put back, newest first, what this plan already changed. */
  async #rollback(live: Live, failed: PlanStep): Promise<void> {
    const { plan } = live;
    for (const t of live.timers) t.cancel();
    for (const s of plan.steps) if (s.status === 'pending') s.status = 'skipped';
    const snapshot = this.#d.store.snapshot(plan.id) ?? [];
    const done = plan.steps.filter((s) => s.status === 'done').reverse();
    const restored: string[] = [];
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const s of done) {
      const k = `${s.deviceId}\u0000${s.capabilityId}`;
      if (seen.has(k)) {
        s.status = 'rolledBack';
        continue;
      }
      seen.add(k);
      const before = snapshot.find((e) => e.deviceId === s.deviceId && e.capabilityId === s.capabilityId)?.value ?? null;
      if (before === null) {
        problems.push(`${s.deviceName} (its earlier value was not known)`);
        continue;
      }
      try {
        await this.#d.command(s.deviceId, s.capabilityId, before, `${live.actor} (rollback)`);
        s.status = 'rolledBack';
        restored.push(`${s.deviceName} to ${formatValue(s.capabilityKind, before)}`);
      } catch (err) {
        problems.push(`${s.deviceName} (${message(err)})`);
      }
    }
    let outcome = `Stopped at “${failed.label}”: ${failed.error ?? 'it failed'}`;
    outcome += restored.length ? ` Hearth put back ${restored.join(', ')}.` : done.length === 0 ? ' Nothing had changed yet.' : '';
    if (problems.length) outcome += ` Could not put back ${problems.join(', ')}.`;
    this.#finish(live, 'failed', outcome);
  }

  #finish(live: Live, status: Plan['status'], outcome: string): void {
    const { plan } = live;
    if (this.#live.get(plan.id) !== live) return; // stopped meanwhile: nothing more is written
    this.#live.delete(plan.id);
    plan.status = status;
    plan.outcome = outcome;
    plan.finishedAt = this.#d.clock.now();
    if (status === 'failed' || !plan.steps.some((s) => s.status === 'done')) plan.undoUntil = null;
    this.#d.store.save(plan, plan.finishedAt);
    this.#d.changed(plan, true);
  }
}
