// Plans for the app: a sentence → a previewed Plan (or a question, or an answer); approve, edit, cancel,
// undo; automations' runs; the command history. Execution is the Executor's job.
import { randomUUID } from 'node:crypto';
import type { Rule, RuleInput, Scene } from '../../../shared/automation';
import type { PlanSettings } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { Area, CapabilityValue, Device } from '../../../shared/model';
import type { Conflict, Plan, PlanSource, PlanStep, PreviewResult, Trace, UndoResult } from '../../../shared/plan';
import type { EventBus } from '../../bus';
import type { Logger } from '../../../shared/logger';
import type { Clock } from '../../time/clock';
import { nextFire } from '../../time/schedule';
import { ruleFromText } from '../from-text';
import type { AppSettings } from '../../settings';
import { planConflicts, stepProblems } from './conflicts';
import { stepLabel } from '../../../shared/describe-values';
import { Executor } from './executor';
import { applyClarify, ParserCache } from './parser-cache';
import { planSummary } from './summary';
import { triggerText } from '../../../shared/describe-rules';
import { previewReasons, stepsFromNl, stepsFromRule } from './planner';
import type { PlanStore } from './store';
import type { AutomationService } from '../service';
import type { TraceStore } from '../traces';
import type { PlanGate } from '../../subscriptions/service';
import { PlanUndo } from './undo';

export interface PlanDeps {
  settings: AppSettings;
  bus: EventBus;
  log: Logger;
  clock: Clock;
  traces: TraceStore;
  store: PlanStore;
  devices: {
    list(): Device[];
    areas(): Area[];
    find(id: string): Device | undefined;
    command(deviceId: string, capabilityId: string, value: CapabilityValue, actor: string): Promise<void>;
    /** The value the device last confirmed (waiting briefly for one it has not confirmed yet). */
    confirmed(deviceId: string, capabilityId: string): Promise<CapabilityValue | undefined>;
  };
  /** Rules and scenes: context for conflict checks, saving a rule made from a sentence, checking a draft rule,
   * loop detection of automations' writes; the plan service runs the rules that fire (`onRun`). */
  automations: Pick<AutomationService, 'context' | 'create' | 'check' | 'wrote' | 'onRun'>;
  /** The subscription's limits: a sentence that would make one automation too many says so in its preview. */
  gate?: Pick<PlanGate, 'assertRoom'>;
}

export class PlanService {
  readonly store: PlanStore;
  readonly executor: Executor;
  readonly parsers: ParserCache;
  readonly #d: PlanDeps;
  readonly #previous = new Map<string, string[]>();
  /** Each person's last command that became a plan, for "no, the right one". */
  readonly #lastCommand = new Map<string, { text: string; planId: string }>();
  readonly #traces = new Map<string, { trace: Trace; chain: readonly string[] }>();
  readonly #undoer: PlanUndo;

  constructor(deps: PlanDeps) {
    this.#d = deps;
    this.store = deps.store;
    const { devices } = deps;
    this.parsers = new ParserCache({
      devices: () => devices.list(), areas: () => devices.areas(), device: (id) => devices.find(id),
      unit: () => deps.settings.get('home.preferences').units.temperature,
    });
    this.executor = new Executor({
      command: (id, cap, value, actor) => devices.command(id, cap, value, actor),
      confirmed: (id, cap) => devices.confirmed(id, cap),
      store: this.store,
      clock: deps.clock,
      log: deps.log,
      changed: (plan, finished) => this.#changed(plan, finished),
      wrote: (plan, step) => {
        const t = this.#traces.get(plan.id);
        if (t) deps.automations.wrote(t.chain, step);
      },
    });
    this.#undoer = new PlanUndo({
      clock: deps.clock,
      store: this.store,
      executor: this.executor,
      bus: deps.bus,
      confirmed: (id, cap) => devices.confirmed(id, cap),
      lookup: this.#lookup,
      get: (id) => this.get(id),
      newPlan: (undone, steps) => this.#newPlan({ kind: 'undo', planId: undone.id }, `Undo “${undone.title}”`, steps, [], this.#d.clock.now(), null, []),
    });
    deps.automations.onRun((rule, trace, chain) => this.runAutomation(rule, trace, chain));
    for (const e of ['device.added', 'device.updated', 'device.removed'] as const) deps.bus.on(e, 'plans', () => this.parsers.invalidate());
    deps.bus.on('device.state', 'plans', (e) => this.parsers.stateChanged(e.deviceId));
  }

  /** Resumes plans whose timed steps were waiting when Hearth stopped. */
  resume(): void {
    this.store.prune(this.#d.clock.now());
    this.#d.traces.prune(this.#d.clock.now());
    for (const p of this.store.byStatus('running')) this.executor.resume(p, 'resume');
  }

  settings(): PlanSettings {
    return { autoRunSimple: this.#d.settings.get('plans.autoRunSimple') };
  }

  setSettings(s: Partial<PlanSettings>): PlanSettings {
    if (s.autoRunSimple !== undefined) this.#d.settings.set('plans.autoRunSimple', s.autoRunSimple);
    return this.settings();
  }

  #lookup = (id: string): Device | undefined => this.#d.devices.find(id);

  /** "every weekday at 07:00": when a draft automation runs, for its summary. */
  #scheduleText(rule: RuleInput): string {
    return rule.triggers.map((t) => triggerText(t, this.#lookup)).join(' or ').replace(/^./, (c) => c.toLowerCase());
  }

  #newPlan(source: PlanSource, title: string, steps: PlanStep[], notes: string[], startsAt: number, automation: RuleInput | null, conflicts: Conflict[]): Plan {
    const now = this.#d.clock.now();
    const schedule = automation ? this.#scheduleText(automation) : null;
    return {
      id: randomUUID(), title, source, createdAt: now, status: 'preview', startsAt, steps, conflicts, notes,
      previewReasons: previewReasons(steps, automation !== null, conflicts.length), automation,
      startedAt: null, finishedAt: null, undoUntil: null, outcome: null, ruleId: null,
      summary: planSummary(steps, { startsAt, now, schedule }),
    };
  }

  /** Reads a sentence: a plan to preview, a question back, an answer, or what went wrong. */
  async preview(
    input: { text: string; area?: string | null | undefined; clarify?: { subject: string; choice: string } | undefined },
    actor: string,
    opts: { mayAutoRun?: boolean; rooms?: readonly string[] | undefined } = {},
  ): Promise<PreviewResult> {
    const now = this.#d.clock.now();
    // A guest's words are read against the rooms it was given only: nothing it hears back names another device.
    const parser = this.parsers.get(opts.rooms);
    const context = { area: input.area ?? null, now: new Date(now), previous: this.#previous.get(actor) ?? null, clock: this.#d.settings.get('home.preferences').units.clock };
    // "no, the right one", "I meant the porch light": the person's previous command, corrected, previewed anew.
    const last = input.clarify ? undefined : this.#lastCommand.get(actor);
    const corrected = last ? parser.correct(last.text, input.text, context) : null;
    const text = corrected && !corrected.error ? corrected.text : input.clarify ? applyClarify(input.text, input.clarify.subject, input.clarify.choice) : input.text;
    const r = corrected ?? parser.parse(text, context);
    const log = (outcome: string, planId: string | null = null) => this.store.addCommand(now, actor, text, outcome, planId);
    if (r.error) {
      log(r.error.message);
      // "Which lamp: …?", and "I don't know a "floor lamp". Did you mean …?": the options answer it.
      if (r.error.options?.length && (r.error.code === 'AMBIGUOUS' || r.error.subject)) {
        return { kind: 'question', text, message: r.error.message, subject: r.error.subject ?? '', options: r.error.options };
      }
      return { kind: 'error', text, code: r.error.code, message: r.error.message, ...(r.error.next ? { next: r.error.next } : {}) };
    }
    if (r.answer !== undefined && r.actions.length === 0) {
      log(r.answer);
      return { kind: 'answer', text, answer: r.answer };
    }
    if (r.actions.length === 0) {
      log('Nothing to do.');
      return { kind: 'error', text, code: 'NOT_UNDERSTOOD', message: `Sorry, I didn't understand "${text}".`, next: 'Try “turn off the lights upstairs”.' };
    }
    this.#previous.set(actor, [...new Set(r.actions.map((a) => a.entity))]);
    const recurring = r.schedule && r.schedule.kind !== 'at' ? r.schedule : undefined;
    let plan: Plan;
    if (recurring) {
      const made = ruleFromText(text, recurring, r.actions, this.#lookup);
      if ('error' in made) {
        log(made.error);
        return { kind: 'error', text, code: 'UNSUPPORTED', message: made.error, ...(made.next ? { next: made.next } : {}) };
      }
      plan = this.draftPlan(made.rule, now);
      plan.conflicts.push(...this.#limitConflicts());
      plan.previewReasons = previewReasons(plan.steps, true, plan.conflicts.length);
    } else {
      const { steps, notes } = stepsFromNl(r.actions, this.#lookup);
      const conflicts = planConflicts(steps, now, this.#d.automations.context());
      plan = this.#newPlan({ kind: 'command', text }, text, steps, notes, now, null, conflicts);
    }
    if (corrected && last) this.#revise(plan, last, now);
    this.store.save(plan, now);
    this.#lastCommand.set(actor, { text, planId: plan.id });
    if (!recurring && opts.mayAutoRun !== false && plan.previewReasons.length === 0 && this.settings().autoRunSimple) {
      const ran = await this.approve(plan.id, actor);
      log(ran.outcome ?? 'Ran.', plan.id);
      return { kind: 'plan', plan: ran, autoRan: true };
    }
    log(recurring ? 'Previewed a new automation.' : 'Previewed.', plan.id);
    this.#d.bus.emit('plan.progress', plan);
    return { kind: 'plan', plan, autoRan: false };
  }

  /** A plan that corrects the person's previous one: that one, if still a preview, is replaced (cancelled). */
  #revise(plan: Plan, last: { text: string; planId: string }, now: number): void {
    plan.revises = last.planId;
    const before = this.store.get(last.planId);
    if (before?.status === 'preview') {
      before.status = 'cancelled';
      before.outcome = 'Replaced by a corrected plan: nothing was changed.';
      before.finishedAt = now;
      this.store.save(before, now);
      this.#d.bus.emit('plan.finished', before);
      plan.notes.unshift(`Corrects “${last.text}”, which was not run.`);
    } else if (before && ['cancelled', 'undone'].includes(before.status) && !before.steps.some((s) => s.status === 'done')) {
      plan.notes.unshift(`Corrects “${last.text}”, which was not run.`);
    } else if (before) {
      plan.notes.unshift(`Corrects “${last.text}”, which already ran: undo that plan if it should be put back.`);
    }
  }

  /** Saving one more automation would go over the tier's limit: a blocking conflict with the limit and the way to upgrade. */
  #limitConflicts(): Conflict[] {
    try {
      this.#d.gate?.assertRoom('automations');
      return [];
    } catch (err) {
      if (!(err instanceof HearthError) || err.code !== 'PLAN_LIMIT') throw err;
      const message = `Can't be saved: ${err.message}${err.next ? ` ${err.next}` : ''}`;
      return [{ kind: 'limit', severity: 'blocking', message, stepIds: [], ruleIds: [], deviceId: null }];
    }
  }

  /** The preview of a rule: one run's steps from its next occurrence, and its conflicts with the saved rules. */
  draftPlan(rule: RuleInput, now: number): Plan {
    const ctx = this.#d.automations.context();
    const { steps, notes } = stepsFromRule(rule.actions, this.#lookup, ctx.scene);
    const next = rule.triggers.map((t) => nextFire(t, now, ctx.location)).filter((x): x is number => x !== null);
    const startsAt = next.length ? Math.min(...next) : now;
    if (!next.length && rule.triggers.some((t) => t.type === 'sun')) notes.push('Hearth needs the home’s location to know when the sun sets; set it under Automations → Location.');
    // What a device will be at the time the rule runs is not known now (nor, for "dim by 10", what it will be after).
    for (const s of steps) {
      s.before = null;
      if (s.by !== undefined) s.after = null;
    }
    const conflicts = [...stepProblems(steps, this.#lookup), ...this.#ruleConflicts(rule, steps)];
    return this.#newPlan({ kind: 'command', text: rule.text ?? rule.name }, rule.name, steps, notes, startsAt, rule, conflicts);
  }

  /** A preview that applies a scene's values. */
  scenePlan(scene: Scene): Plan {
    const now = this.#d.clock.now();
    const { steps, notes } = stepsFromRule([{ type: 'scene', sceneId: scene.id }], this.#lookup, (id) => (id === scene.id ? scene : undefined));
    const plan = this.#newPlan({ kind: 'scene', sceneId: scene.id, sceneName: scene.name }, `Scene “${scene.name}”`, steps, notes, now, null, planConflicts(steps, now, this.#d.automations.context()));
    this.store.save(plan, now);
    return plan;
  }

  /** A draft rule's conflicts with the saved rules, pointing at the draft's steps on the device they fight over. */
  #ruleConflicts(rule: RuleInput, steps: readonly PlanStep[]): Conflict[] {
    return this.#d.automations
      .check(rule)
      .filter((c) => c.kind !== 'impossible')
      .map((c) => ({ ...c, stepIds: steps.filter((s) => s.deviceId === c.deviceId).map((s) => s.id) }));
  }

  get(id: string): Plan {
    const p = this.store.get(id);
    if (!p) throw new HearthError('NOT_FOUND', 'That plan is no longer known.', 'Say the command again.');
    return p;
  }

  /** Changes steps of a previewed plan (value, time, or removes them); expected values and conflicts are recomputed. */
  edit(id: string, changes: { stepId: string; value?: CapabilityValue | undefined; atMs?: number | undefined; remove?: boolean | undefined }[]): Plan {
    const plan = this.get(id);
    if (plan.status !== 'preview') throw new HearthError('CONFLICT', 'Only a plan that has not run yet can be edited.');
    for (const c of changes) {
      const i = plan.steps.findIndex((s) => s.id === c.stepId);
      if (i < 0) continue;
      if (c.remove) {
        plan.steps.splice(i, 1);
        continue;
      }
      const s = plan.steps[i]!;
      const d = this.#lookup(s.deviceId);
      if (c.value !== undefined) {
        s.value = c.value;
        s.label = stepLabel(d ?? { name: s.deviceName }, s.capabilityKind, c.value);
        delete s.by; // a value typed in replaces a relative change
      }
      if (c.atMs !== undefined) s.atMs = c.atMs;
    }
    if (plan.steps.length === 0) throw new HearthError('BAD_REQUEST', 'A plan needs at least one step.', 'Cancel it instead.');
    plan.steps.sort((a, b) => a.atMs - b.atMs);
    const work = new Map<string, CapabilityValue>();
    for (const s of plan.steps) {
      const k = `${s.deviceId}\u0000${s.capabilityId}`;
      s.before = work.has(k) ? work.get(k)! : plan.automation ? null : (this.#lookup(s.deviceId)?.state[s.capabilityId] ?? null);
      s.after = plan.automation && s.by !== undefined ? null : s.value;
      work.set(k, s.value);
    }
    if (plan.automation) plan.automation = { ...plan.automation, actions: actionsOf(plan.steps) };
    if (plan.summary !== undefined) {
      const schedule = plan.automation ? this.#scheduleText(plan.automation) : null;
      plan.summary = planSummary(plan.steps, { startsAt: plan.startsAt, now: this.#d.clock.now(), schedule });
    }
    plan.conflicts = plan.automation
      ? [...stepProblems(plan.steps, this.#lookup), ...this.#ruleConflicts(plan.automation, plan.steps), ...this.#limitConflicts()]
      : planConflicts(plan.steps, plan.startsAt, this.#d.automations.context());
    plan.previewReasons = previewReasons(plan.steps, plan.automation !== null, plan.conflicts.length);
    this.store.save(plan, this.#d.clock.now());
    this.#d.bus.emit('plan.progress', plan);
    return plan;
  }

  async approve(id: string, actor: string): Promise<Plan> {
    const plan = this.get(id);
    if (plan.status !== 'preview') throw new HearthError('CONFLICT', `This plan is already ${plan.status}.`, 'Say the command again to make a new plan.');
    // The plan limit is checked again on saving (an automation removed since the preview makes room).
    const blocking = plan.conflicts.filter((c) => c.severity === 'blocking' && c.kind !== 'limit');
    if (blocking.length) throw new HearthError('CONFLICT', blocking[0]!.message, 'Edit the plan, or cancel it.');
    if (plan.automation) {
      const { rule } = this.#d.automations.create(plan.automation, 'nl');
      plan.status = 'saved';
      plan.ruleId = rule.id;
      plan.outcome = `Saved as the automation “${rule.name}”.`;
      plan.finishedAt = this.#d.clock.now();
      this.store.save(plan, plan.finishedAt);
      this.#d.bus.emit('plan.finished', plan);
      return plan;
    }
    return this.executor.start(plan, actor);
  }

  cancel(id: string): Plan {
    const plan = this.get(id);
    if (plan.status === 'running') return this.executor.cancel(id) ?? plan;
    if (plan.status !== 'preview') throw new HearthError('CONFLICT', `This plan is already ${plan.status}.`);
    plan.status = 'cancelled';
    plan.outcome = 'Cancelled: nothing was changed.';
    plan.finishedAt = this.#d.clock.now();
    this.store.save(plan, plan.finishedAt);
    this.#d.bus.emit('plan.finished', plan);
    return plan;
  }

  /** Puts back what a plan changed (undo.ts). */
  undo(id: string | undefined, actor: string, opts: { changedSince?: 'putBack' | 'keep' | undefined } = {}): Promise<UndoResult> {
    return this.#undoer.undo(id, actor, opts);
  }

  /**
   * Runs commands that come from outside a sentence (a dashboard's MQTT command, src/main/mqtt-bridge) as a plan:
   * the same steps, conflict checks, limits, audit entries (under `actor`), history and Undo as a plan from the
   * command bar. Nobody is there to approve a preview, so a blocking conflict refuses the plan (CONFLICT) instead.
   */
  async runCommands(source: PlanSource, title: string, commands: readonly { deviceId: string; capabilityId: string; value: CapabilityValue }[], actor: string): Promise<Plan> {
    const { steps, notes } = stepsFromRule(commands.map((c) => ({ type: 'command' as const, ...c })), this.#lookup, () => undefined);
    if (steps.length === 0) throw new HearthError('NOT_FOUND', notes[0] ?? 'There was nothing to do.');
    const now = this.#d.clock.now();
    const conflicts = planConflicts(steps, now, this.#d.automations.context());
    const blocking = conflicts.find((c) => c.severity === 'blocking');
    if (blocking) throw new HearthError('CONFLICT', blocking.message);
    const plan = this.#newPlan(source, title, steps, notes, now, null, conflicts);
    this.store.save(plan, now);
    return this.executor.start(plan, actor);
  }

  /** An automation's conditions passed: run its actions as a plan, and finish its trace when the plan ends. */
  runAutomation(rule: Rule, trace: Trace, chain: readonly string[]): Promise<Plan> {
    const ctx = this.#d.automations.context();
    const { steps, notes } = stepsFromRule(rule.actions, this.#lookup, ctx.scene);
    const plan = this.#newPlan({ kind: 'automation', ruleId: rule.id, ruleName: rule.name }, rule.name, steps, notes, this.#d.clock.now(), null, []);
    plan.ruleId = rule.id;
    trace.planId = plan.id;
    trace.messages = rule.actions.flatMap((a) => (a.type === 'notify' ? [a.message] : []));
    this.#traces.set(plan.id, { trace, chain });
    this.#d.traces.record(trace);
    return this.executor.start(plan, `automation:${rule.id}`);
  }

  history(limit: number): Plan[] {
    return this.store.history(limit);
  }

  commands(limit: number) {
    return this.store.commands(limit);
  }

  #changed(plan: Plan, finished: boolean): void {
    this.#d.bus.emit(finished ? 'plan.finished' : 'plan.progress', plan);
    if (!finished) return;
    const pending = this.#traces.get(plan.id);
    this.#traces.delete(plan.id);
    const trace: Trace = pending?.trace ?? {
      id: randomUUID(), at: plan.startedAt ?? plan.createdAt, ruleId: null, ruleName: null, planId: plan.id,
      trigger: plan.source.kind === 'command' ? `You said “${plan.source.text}”` : plan.source.kind === 'undo' ? 'You pressed Undo' : plan.title,
      conditions: [], result: 'running', summary: '', steps: [], durationMs: 0, messages: [],
    };
    trace.steps = plan.steps.map((s) => ({ label: s.label, status: s.status, atMs: s.atMs, ...(s.durationMs !== undefined ? { durationMs: s.durationMs } : {}), ...(s.error ? { error: s.error } : {}) }));
    trace.result = plan.status === 'failed' ? 'failed' : 'ran';
    trace.durationMs = (plan.finishedAt ?? trace.at) - trace.at;
    trace.summary = `${trace.summary ? `${trace.summary} ` : ''}${plan.outcome ?? ''}`.trim();
    this.#d.traces.record(trace);
    if (pending) this.#d.bus.emit('automation.executed', trace);
  }

  /**
   * Erasure ("Erase my data"): timed steps waiting to run are dropped without running or writing anything, and
   * the conversation context ("turn it off" after "turn on the porch light") is forgotten for every speaker.
   */
  eraseAll(): void {
    this.executor.stopAll();
    this.#previous.clear();
    this.#traces.clear();
    this.parsers.invalidate();
  }
}

/** Plan steps back to rule actions (after an edit of a draft automation). */
function actionsOf(steps: readonly PlanStep[]): RuleInput['actions'] {
  const out: RuleInput['actions'] = [];
  let at = 0;
  for (const s of steps) {
    if (s.atMs > at) {
      out.push({ type: 'delay', seconds: Math.max(1, Math.round((s.atMs - at) / 1000)) });
      at = s.atMs;
    }
    out.push(s.by !== undefined ? { type: 'adjust', deviceId: s.deviceId, capabilityId: s.capabilityId, by: s.by } : { type: 'command', deviceId: s.deviceId, capabilityId: s.capabilityId, value: s.value });
  }
  return out;
}
