// Undo of a plan: what it changed is put back within 24 hours — unasked where the devices still hold what the plan
// wrote; where someone changed one since, the person chooses (put it back too, or keep it). One undo per plan at a time.
import type { EventBus } from '../../bus';
import type { Clock } from '../../time/clock';
import { HearthError } from '../../../shared/errors';
import { formatValue } from '../../../shared/describe-values';
import type { CapabilityValue, Device } from '../../../shared/model';
import type { ChangedSince, Plan, PlanStep, UndoResult } from '../../../shared/plan';
import { changesOf, type Executor, holdsValue, joinAnd } from './executor';
import { makeStep } from './planner';
import type { PlanStore } from './store';

export interface UndoContext {
  clock: Clock;
  store: PlanStore;
  executor: Executor;
  bus: EventBus;
  /** The value the device last confirmed. */
  confirmed(deviceId: string, capabilityId: string): Promise<CapabilityValue | undefined>;
  lookup(id: string): Device | undefined;
  get(id: string): Plan;
  /** A new plan that puts back `steps` for the plan `undone`. */
  newPlan(undone: Plan, steps: PlanStep[]): Plan;
}

/** A control Undo puts back: its value before the plan ran, and the one it has now. */
type PutBack = { device: Device; cap: Device['capabilities'][number]; before: CapabilityValue; now: CapabilityValue };
/** A plan some of whose steps ran: done, still running, cancelled part-way, or stopped with something left in place. */
const UNDOABLE = new Set<Plan['status']>(['done', 'running', 'cancelled', 'failed']);

export class PlanUndo {
  readonly #c: UndoContext;
  /** Plans being undone right now (one undo at a time per plan). */
  readonly #undoing = new Set<string>();

  constructor(c: UndoContext) {
    this.#c = c;
  }

  /**
   * Puts back what a plan changed (the newest undoable one when no id is given), within 24 hours. Only devices that
   * still hold what the plan wrote are put back unasked; when someone changed one since, the answer is a question,
   * and `changedSince` is the person's choice: put those back too, or keep them.
   */
  async undo(id: string | undefined, actor: string, opts: { changedSince?: 'putBack' | 'keep' | undefined } = {}): Promise<UndoResult> {
    const now = this.#c.clock.now();
    const plan = id ? this.#c.get(id) : this.#c.store.lastUndoable(now);
    if (!plan) throw new HearthError('NOT_FOUND', 'There is nothing left to undo from the last 24 hours.');
    // Checked and taken before anything is awaited: of several presses at once, one undo runs.
    if (this.#undoing.has(plan.id)) throw new HearthError('CONFLICT', 'That plan is already being undone.', 'Wait a moment; it shows “Undone” when it is finished.');
    if (plan.status === 'undone') throw new HearthError('CONFLICT', 'That plan was already undone.');
    const ran = plan.steps.some((s) => s.status === 'done');
    if (!UNDOABLE.has(plan.status) || !ran || plan.undoUntil === null || plan.undoUntil <= now) {
      throw new HearthError('CONFLICT', ran ? 'That plan can no longer be undone (Undo is kept for 24 hours after a plan ran).' : 'That plan changed nothing that can be put back.');
    }
    this.#undoing.add(plan.id);
    try {
      return await this.#undo(plan, actor, opts.changedSince);
    } finally {
      this.#undoing.delete(plan.id);
    }
  }

  async #undo(target: Plan, actor: string, choice: 'putBack' | 'keep' | undefined): Promise<UndoResult> {
    let plan = target;
    let { back, changed } = await this.#assess(plan);
    // A plan still running is stopped once the person goes ahead (not while Hearth asks), then assessed again:
    // one of its steps may have run meanwhile.
    if (plan.status === 'running' && (changed.length === 0 || choice !== undefined)) {
      plan = this.#c.executor.cancel(plan.id) ?? this.#c.get(plan.id);
      ({ back, changed } = await this.#assess(plan));
    }
    const said = (c: ChangedSince, v: CapabilityValue) => formatValue(c.capabilityKind, v);
    const names = (cs: readonly { deviceName: string }[]) => joinAnd([...new Set(cs.map((c) => c.deviceName))]);
    if (changed.length > 0 && choice === undefined) {
      const unchanged = [...new Set(back.map((b) => b.device.name))];
      const one = changed.length === 1 ? changed[0]! : null;
      let message = one
        ? `${one.deviceName} was changed since this plan ran: it is now ${said(one, one.now)} (the plan set ${said(one, one.set)}).`
        : `${names(changed)} were changed since this plan ran: ${changed.map((c) => `${c.deviceName} is now ${said(c, c.now)} (the plan set ${said(c, c.set)})`).join(', ')}.`;
      const it = one ? `it back to ${said(one, one.before)}` : 'them back';
      message += unchanged.length ? ` Put ${it} too, or keep ${one ? 'it' : 'them'} and put back only ${joinAnd(unchanged)}?` : ` Put ${it} anyway?`;
      return { kind: 'choose', planId: plan.id, title: plan.title, message, changed, unchanged };
    }
    if (choice === 'putBack') {
      for (const c of changed) {
        const device = this.#c.lookup(c.deviceId)!;
        back.push({ device, cap: device.capabilities.find((x) => x.id === c.capabilityId)!, before: c.before, now: c.now });
      }
    }
    const kept = choice === 'putBack' ? [] : changed;
    if (back.length === 0) {
      if (kept.length) {
        throw new HearthError('CONFLICT', `Nothing was put back: ${names(kept)} ${kept.length === 1 ? 'was' : 'were'} changed since this plan ran, and you chose to keep ${kept.length === 1 ? 'it' : 'them'}.`);
      }
      throw new HearthError('CONFLICT', 'That plan changed nothing that can be put back: what it changed is already back as it was.');
    }
    const steps = back.map((b) => makeStep(b.device, b.cap, b.before, b.now, 0));
    const undo = this.#c.newPlan(plan, steps);
    this.#c.store.save(undo, this.#c.clock.now());
    const done = await this.#c.executor.start(undo, `${actor} (undo)`);
    if (done.status === 'done') {
      const fresh = this.#c.get(plan.id);
      fresh.status = 'undone';
      fresh.undoUntil = null;
      fresh.outcome = `Undone: ${steps.map((s) => `${s.deviceName} back to ${formatValue(s.capabilityKind, s.value)}`).join(', ')}.`;
      if (kept.length) fresh.outcome += ` ${kept.map((c) => `${c.deviceName} was kept at ${said(c, c.now)}`).join(', ')}.`;
      this.#c.store.save(fresh, this.#c.clock.now());
      this.#c.bus.emit('plan.finished', fresh);
    }
    return { kind: 'ran', plan: done };
  }

  /** What a plan changed, split into what still holds what it wrote (put back) and what was changed since. */
  async #assess(plan: Plan): Promise<{ back: PutBack[]; changed: ChangedSince[] }> {
    const snapshot = this.#c.store.snapshot(plan.id) ?? [];
    const back: PutBack[] = [];
    const changed: ChangedSince[] = [];
    for (const c of changesOf(plan.steps.filter((s) => s.status === 'done'))) {
      const d = this.#c.lookup(c.deviceId);
      const cap = d?.capabilities.find((x) => x.id === c.capabilityId);
      const before = snapshot.find((e) => e.deviceId === c.deviceId && e.capabilityId === c.capabilityId)?.value ?? null;
      if (!d || !cap || before === null) continue;
      const now = (await this.#c.confirmed(d.id, cap.id)) ?? null;
      if (holdsValue(now, c.wrote)) back.push({ device: d, cap, before, now });
      // One already back where it was (switched back by hand) needs nothing, and no question.
      else if (!holdsValue(now, before)) changed.push({ deviceId: d.id, deviceName: d.name, capabilityId: cap.id, capabilityKind: cap.kind, set: c.wrote, now, before });
    }
    return { back, changed };
  }
}
