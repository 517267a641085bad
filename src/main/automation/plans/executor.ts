// Runs approved plans: snapshot the devices' values first; run steps in time order (timed ones on the
// clock, resumed after a restart); if a step fails, stop and put back what the plan already changed.
import { HearthError } from '../../../shared/errors';
import type { CapabilityValue } from '../../../shared/model';
import type { Plan, PlanStep } from '../../../shared/plan';
import type { Logger } from '../../../shared/logger';
import type { Clock, TimerHandle } from '../../time/clock';
import { clockTime, formatValue } from '../../../shared/describe-values';
import type { PlanStore, SnapshotEntry } from './store';

export const UNDO_MS = 24 * 3_600_000;
/** A timed step missed while Hearth was not running still runs if it is at most this late. */
const LATE_OK_MS = 10 * 60_000;

export interface ExecutorDeps {
  command(deviceId: string, capabilityId: string, value: CapabilityValue, actor: string): Promise<void>;
  /** The value the device last confirmed (waiting briefly for one it has not confirmed yet). */
  confirmed(deviceId: string, capabilityId: string): Promise<CapabilityValue | undefined>;
  store: PlanStore;
  clock: Clock;
  log: Logger;
  changed(plan: Plan, finished: boolean): void;
  /** A step's command is about to be sent (the automation engine uses this to see loops; told before sending, since a
   *  device may report its new value before the command call returns). */
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
    plan.status = 'running';
    plan.startedAt = now;
    plan.startsAt = now;
    plan.undoUntil = now + UNDO_MS;
    this.#d.store.save(plan, now);
    const live: Live = { plan, actor, timers: [], queue: Promise.resolve() };
    this.#live.set(plan.id, live);
    this.#d.changed(plan, false);
    // "Before" is what the devices confirmed: a value another plan just sent is waited for briefly.
    const snapshot = await this.#snapshot(plan.steps);
    if (this.#live.get(plan.id) !== live) return plan; // cancelled or stopped meanwhile
    this.#d.store.saveSnapshot(plan.id, snapshot);
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
    const ran = live.plan.steps.some((s) => s.status === 'done' || s.status === 'running');
    this.#finish(live, 'cancelled', `Cancelled: the remaining steps will not run.${ran ? ' What already ran stays; use Undo to put it back.' : ''}`);
    return live.plan;
  }

  stopAll(): void {
    for (const live of this.#live.values()) for (const t of live.timers) t.cancel();
    this.#live.clear();
  }

  async #snapshot(steps: readonly PlanStep[]): Promise<SnapshotEntry[]> {
    const seen = new Set<string>();
    const out: Promise<SnapshotEntry>[] = [];
    for (const s of steps) {
      const k = `${s.deviceId}\u0000${s.capabilityId}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(this.#d.confirmed(s.deviceId, s.capabilityId).then((value) => ({ deviceId: s.deviceId, capabilityId: s.capabilityId, value: value ?? null })));
    }
    return Promise.all(out);
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
      this.#d.wrote?.(plan, step);
      await this.#d.command(step.deviceId, step.capabilityId, step.value, live.actor);
      step.status = 'done';
      step.ranAt = t0;
      step.durationMs = Math.max(0, this.#d.clock.now() - t0);
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

  /**
   * A step failed: skip the rest and put back, newest first, what this plan already changed — but only where the
   * device still holds what the plan wrote. A device changed since (by hand, another plan, a rule) is left as it is
   * and named; the plan stays undoable so the person can choose to put it back too.
   */
  async #rollback(live: Live, failed: PlanStep): Promise<void> {
    const { plan } = live;
    for (const t of live.timers) t.cancel();
    for (const s of plan.steps) if (s.status === 'pending') s.status = 'skipped';
    const snapshot = this.#d.store.snapshot(plan.id) ?? [];
    const done = plan.steps.filter((s) => s.status === 'done');
    const restored: string[] = [];
    const left: string[] = [];
    const problems: string[] = [];
    for (const { deviceId, capabilityId, steps, wrote } of changesOf(done).reverse()) {
      const last = steps.at(-1)!;
      const before = snapshot.find((e) => e.deviceId === deviceId && e.capabilityId === capabilityId)?.value ?? null;
      if (before === null) {
        problems.push(`${last.deviceName} (its earlier value was not known)`);
        continue;
      }
      const now = (await this.#d.confirmed(deviceId, capabilityId)) ?? null;
      if (this.#live.get(plan.id) !== live) return;
      if (!holdsValue(now, wrote)) {
        if (holdsValue(now, before)) for (const s of steps) s.status = 'rolledBack'; // already back where it was
        else left.push(`${last.deviceName} (it is now ${formatValue(last.capabilityKind, now)})`);
        continue;
      }
      try {
        await this.#d.command(deviceId, capabilityId, before, `${live.actor} (rollback)`);
        for (const s of steps) s.status = 'rolledBack';
        restored.push(`${last.deviceName} to ${formatValue(last.capabilityKind, before)}`);
      } catch (err) {
        problems.push(`${last.deviceName} (${message(err)})`);
      }
    }
    let outcome = `Stopped at “${failed.label}”: ${failed.error ?? 'it failed'}`;
    outcome += restored.length ? ` Hearth put back ${restored.join(', ')}.` : done.length === 0 ? ' Nothing had changed yet.' : '';
    if (left.length === 1) outcome += ` ${left[0]!.replace(' (', ' was changed since (')}, so Hearth left it; Undo can put it back too.`;
    else if (left.length > 1) outcome += ` ${joinAnd(left)} were changed since, so Hearth left them; Undo can put them back too.`;
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
    // Undo stays offered while something the plan changed is still in place (after a rollback: what it left).
    if (!plan.steps.some((s) => s.status === 'done')) plan.undoUntil = null;
    this.#d.store.save(plan, plan.finishedAt);
    this.#d.changed(plan, true);
  }
}

/** The controls a plan's steps changed, in the order first changed, with the steps and the last value written. */
export function changesOf(steps: readonly PlanStep[]): { deviceId: string; capabilityId: string; steps: PlanStep[]; wrote: CapabilityValue }[] {
  const by = new Map<string, { deviceId: string; capabilityId: string; steps: PlanStep[]; wrote: CapabilityValue }>();
  for (const s of steps) {
    const k = `${s.deviceId}\u0000${s.capabilityId}`;
    const c = by.get(k) ?? { deviceId: s.deviceId, capabilityId: s.capabilityId, steps: [], wrote: s.value };
    c.steps.push(s);
    c.wrote = s.value;
    by.set(k, c);
  }
  return [...by.values()];
}

/**
 * Whether a device holds the value that was written, allowing for its own rounding: Zigbee reads 3000 K back as
 * 3003 K, Z-Wave's top level 99 reads as 100 %. A change by hand is bigger than that.
 */
export function holdsValue(now: CapabilityValue, wrote: CapabilityValue): boolean {
  if (typeof now === 'number' && typeof wrote === 'number') return Math.abs(now - wrote) <= Math.max(1, Math.abs(wrote) * 0.01);
  if (now !== null && wrote !== null && typeof now === 'object' && typeof wrote === 'object') {
    const hue = Math.abs(now.hue - wrote.hue);
    return Math.min(hue, 360 - hue) <= 2 && Math.abs(now.saturation - wrote.saturation) <= 2;
  }
  return now === wrote;
}

export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
