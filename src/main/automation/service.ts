// Automations for the app: rules stored in SQLite and kept in the engine; scenes; traces; conflicts between
// rules; export/import; the home's location for sun times. Runs go through the PlanService as plans.
import { createHash, randomUUID as newId } from 'node:crypto';
import type { Location} from '../../shared/automation';
import { AutomationExport, AutomationSettings, type Rule, type RuleInput, type Scene } from '../../shared/automation';
import type { ImportResult } from '../../shared/contract/automations';
import { HearthError } from '../../shared/errors';
import type { CapabilityValue, Device } from '../../shared/model';
import type { Conflict, PlanStep, Trace } from '../../shared/plan';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { Db } from '../storage/db';
import type { AppSettings } from '../settings';
import { ruleConflicts, type CheckContext, type PendingStep } from './plans/conflicts';
import type { PlanStore } from './plans/store';
import type { Clock } from '../time/clock';
import { AutomationEngine } from './engine';
import type { OutsideReader } from './outside';
import { FactsCache, RuleGraph } from './rule-graph';
import { AutomationStore } from './store';
import type { TraceStore } from './traces';
import type { PlanGate } from '../subscriptions/service';

export interface AutomationDeps {
  db: Db;
  settings: AppSettings;
  bus: EventBus;
  log: Logger;
  clock: Clock;
  traces: TraceStore;
  devices: { list(): Device[]; find(id: string): Device | undefined };
  /** The plans kept (running plans' steps still to come are checked against new rules). */
  planStore: Pick<PlanStore, 'byStatus'>;
  /** The subscription's limits: room for new rules, and rules over the limit (kept, read-only, not run). */
  gate?: PlanGate;
  /** The weather and calendars, for weather and calendar triggers and conditions. */
  outside?: OutsideReader;
}

/** Runs a rule whose conditions passed (the plan service registers itself, see `onRun`). */
export type RuleRunner = (rule: Rule, trace: Trace, chain: readonly string[]) => Promise<unknown>;

/** "Didn't run" traces of one rule are kept at most this often, so a busy sensor cannot flood the trace log. */
const SKIP_TRACE_MS = 1000;

export class AutomationService {
  readonly engine: AutomationEngine;
  readonly #store: AutomationStore;
  readonly #d: AutomationDeps;
  #rules = new Map<string, Rule>();
  #scenes = new Map<string, Scene>();
  readonly #lastSkip = new Map<string, number>();
  /** Each rule's steps and triggers for conflict checks; forgotten when devices or scenes change. */
  readonly #facts: FactsCache;
  /** The saved rules indexed by device control, kept up to date as rules are saved (built on first use). */
  #graph: RuleGraph | null = null;
  #settings: AutomationSettings;
  #runner: RuleRunner | null = null;

  constructor(deps: AutomationDeps) {
    this.#d = deps;
    this.#store = new AutomationStore(deps.db);
    this.#settings = deps.settings.get('automations.settings');
    this.#facts = new FactsCache({ lookup: (id) => deps.devices.find(id), scene: (id) => this.#scenes.get(id) });
    this.engine = new AutomationEngine({
      clock: deps.clock,
      value: (id, cap) => deps.devices.find(id)?.state[cap],
      lookup: (id) => deps.devices.find(id),
      location: () => this.location(),
      dispatch: (rule, trace, chain) => this.#dispatch(rule, trace, chain),
      skipped: (rule, trace) => this.#skipped(rule, trace),
      chainLimit: () => this.#settings.chainLimit,
      ...(deps.outside ? { outside: deps.outside } : {}),
      blocked: (rule) => (deps.gate?.readOnly('automations', rule.id) ? `Not run: “${rule.name}” is over the subscription's limit of automations (kept, read-only). Upgrade in Subscription, or remove automations you no longer need.` : null),
    });
    for (const r of this.#store.rules()) this.#rules.set(r.id, r);
    for (const s of this.#store.scenes()) this.#scenes.set(s.id, s);
    for (const r of this.#rules.values()) this.engine.put(r);
    deps.bus.on('device.state', 'automations', (e) => this.engine.onState(e.deviceId, e.capabilityId, e.value));
    for (const e of ['device.added', 'device.updated', 'device.removed'] as const) deps.bus.on(e, 'automations', () => this.#forgetFacts());
  }

  /** Devices or scenes changed: every rule's steps must be worked out again. */
  #forgetFacts(): void {
    this.#facts.clear();
    this.#graph = null;
    // Worked out again soon after, off the path of the next save.
    if (this.#warming) return;
    this.#warming = setImmediate(() => {
      this.#warming = null;
      if (this.#rules.size) this.#graphNow();
    });
    this.#warming.unref?.();
  }

  #warming: NodeJS.Immediate | null = null;

  #graphNow(): RuleGraph {
    return (this.#graph ??= new RuleGraph([...this.#rules.values()], this.#facts.get));
  }

  /** The automation engine's settings: the longest chain of rules it runs. */
  settings(): AutomationSettings {
    return { ...this.#settings };
  }

  setSettings(s: Partial<AutomationSettings>): AutomationSettings {
    this.#settings = AutomationSettings.parse({ ...this.#settings, ...s });
    this.#d.settings.set('automations.settings', this.#settings);
    return this.settings();
  }

  /** Conditions passed: run the rule as a plan, unless an action names a device or scene that is gone (then say so). */
  #dispatch(rule: Rule, trace: Trace, chain: readonly string[]): void {
    const d = this.#d;
    const gone = rule.actions.find((a) =>
      a.type === 'command' || a.type === 'adjust' ? !d.devices.find(a.deviceId)?.capabilities.some((c) => c.id === a.capabilityId) : a.type === 'scene' && !this.#scenes.has(a.sceneId));
    if (gone) {
      const device = gone.type === 'command' || gone.type === 'adjust' ? d.devices.find(gone.deviceId) : undefined;
      const what = gone.type === 'scene' ? 'applies a scene that was removed' : device ? `sets a control ${device.name} no longer has` : 'names a device that was removed from Hearth';
      trace.result = 'failed';
      trace.summary = `${trace.summary.replace(/^Ran:/, 'Didn’t run:').replace(/\.$/, '')}, but one of its actions ${what}, so nothing was changed. Edit the automation to pick another ${gone.type === 'scene' ? 'scene' : 'device'}.`;
      d.traces.record(trace);
      d.bus.emit('automation.executed', trace);
      return;
    }
    if (!this.#runner) {
      d.log.error(`automation ${rule.name} cannot run: nothing runs rules`);
      return;
    }
    this.#runner(rule, trace, chain).catch((err: unknown) => d.log.error(`automation ${rule.name} failed to run`, err));
  }

  /** Rules whose conditions pass are run by `runner` (the plan service, which turns each run into a plan). */
  onRun(runner: RuleRunner): void {
    if (this.#runner) throw new Error('rules already have a runner');
    this.#runner = runner;
  }

  start(): void {
    this.engine.start();
  }

  stop(): void {
    if (this.#warming) clearImmediate(this.#warming);
    this.#warming = null;
    this.engine.stop();
  }

  /** An automation's plan wrote a device value (for loop detection). */
  wrote(chain: readonly string[], step: PlanStep): void {
    this.engine.noteWrite(step.deviceId, step.capabilityId, chain);
  }

  #skipped(rule: Rule, trace: Trace): void {
    const last = this.#lastSkip.get(rule.id) ?? 0;
    if (trace.result === 'conditionsFailed' && trace.at - last < SKIP_TRACE_MS) return;
    this.#lastSkip.set(rule.id, trace.at);
    this.#d.traces.record(trace);
    this.#d.bus.emit('automation.executed', trace);
  }

  context(extra?: Rule): CheckContext {
    const rules = [...this.#rules.values()].filter((r) => r.id !== extra?.id);
    return {
      lookup: (id) => this.#d.devices.find(id),
      rules: extra ? [...rules, extra] : rules,
      scene: (id) => this.#scenes.get(id),
      location: this.location(),
      now: this.#d.clock.now(),
      facts: this.#facts.get,
      chainLimit: this.#settings.chainLimit,
      pending: this.#pending(),
      graph: extra ? undefined : this.#graphNow(),
    };
  }

  /** Steps of running plans still to come (a new rule or plan may fight with them). */
  #pending(): PendingStep[] {
    const now = this.#d.clock.now();
    const out: PendingStep[] = [];
    for (const p of this.#d.planStore.byStatus('running')) {
      const start = p.startedAt ?? p.startsAt;
      for (const step of p.steps) {
        if (step.status === 'pending' && start + step.atMs >= now) out.push({ planTitle: p.title, ruleId: p.source.kind === 'automation' ? p.source.ruleId : null, step, at: start + step.atMs });
      }
    }
    return out;
  }

  list(): Rule[] {
    return [...this.#rules.values()];
  }

  get(id: string): Rule {
    const r = this.#rules.get(id);
    if (!r) throw new HearthError('NOT_FOUND', 'That automation no longer exists.', 'Refresh the list of automations.');
    return r;
  }

  #validate(rule: RuleInput): void {
    for (const a of rule.actions) {
      if ((a.type === 'command' || a.type === 'adjust') && !this.#d.devices.find(a.deviceId)) {
        throw new HearthError('NOT_FOUND', 'One of the actions names a device Hearth does not know.', 'Pick the device again in the editor.');
      }
      if (a.type === 'scene' && !this.#scenes.has(a.sceneId)) throw new HearthError('NOT_FOUND', 'One of the actions names a scene that no longer exists.');
    }
  }

  check(rule: RuleInput, id?: string): Conflict[] {
    const now = this.#d.clock.now();
    const saved = id ? this.#rules.get(id) : undefined;
    const candidate: Rule = { ...rule, id: id ?? 'draft', source: saved?.source ?? 'form', createdAt: saved?.createdAt ?? now, updatedAt: now };
    // The candidate takes its place in the index for the check, then the index is put back as it was.
    const graph = this.#graphNow();
    graph.put(this.#facts.get(candidate));
    try {
      return ruleConflicts({ ...this.context(candidate), graph }, candidate.id);
    } finally {
      if (saved) graph.put(this.#facts.get(saved));
      else graph.remove(candidate.id);
    }
  }

  conflicts(): Conflict[] {
    return ruleConflicts(this.context());
  }

  #put(rule: Rule): void {
    this.#store.put(rule);
    this.#rules.set(rule.id, rule);
    this.#graph?.put(this.#facts.get(rule));
    this.engine.put(rule);
    this.#d.bus.emit('automation.updated', rule);
  }

  create(input: RuleInput, source: Rule['source']): { rule: Rule; conflicts: Conflict[] } {
    this.#d.gate?.assertRoom('automations');
    this.#validate(input);
    const now = this.#d.clock.now();
    const rule: Rule = { ...input, id: newId(), source, createdAt: now, updatedAt: now };
    this.#put(rule);
    return { rule, conflicts: this.check(input, rule.id) };
  }

  update(id: string, input: RuleInput): { rule: Rule; conflicts: Conflict[] } {
    const old = this.get(id);
    this.#writable(id);
    this.#validate(input);
    const rule: Rule = { ...input, id, source: old.source, createdAt: old.createdAt, updatedAt: this.#d.clock.now() };
    this.#put(rule);
    return { rule, conflicts: this.check(input, id) };
  }

  setEnabled(id: string, enabled: boolean): Rule {
    if (enabled) this.#writable(id);
    const rule = { ...this.get(id), enabled, updatedAt: this.#d.clock.now() };
    this.#put(rule);
    return rule;
  }

  /** Refuses changes to a rule over the subscription's limit (it may still be switched off or removed). */
  #writable(id: string): void {
    const refusal = this.#d.gate?.readOnly('automations', id);
    if (refusal) throw refusal;
  }

  remove(id: string): void {
    this.get(id);
    this.#store.remove(id);
    this.#rules.delete(id);
    this.#graph?.remove(id);
    this.engine.remove(id);
    this.#d.bus.emit('automation.removed', { ruleId: id });
  }

  /** Runs a rule now (its conditions still apply); returns the trace. */
  run(id: string): Trace {
    this.get(id);
    const trace = this.engine.runNow(id);
    if (!trace) throw new HearthError('CONFLICT', 'That automation is turned off.', 'Turn it on first.');
    return trace;
  }

  location(): Location | null {
    return this.#d.settings.get('home.location');
  }

  setLocation(loc: Location | null): Location | null {
    this.#d.settings.set('home.location', loc);
    this.engine.rearm();
    return this.location();
  }

  scenes(): Scene[] {
    return [...this.#scenes.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Captures the writable values of the given devices (all when none are named) as a scene. */
  captureScene(name: string, deviceIds?: string[]): Scene {
    const devices = deviceIds ? deviceIds.map((id) => this.#d.devices.find(id)).filter((d): d is Device => !!d) : this.#d.devices.list();
    const entries: Scene['entries'] = [];
    for (const d of devices) {
      for (const c of d.capabilities) {
        const v: CapabilityValue | undefined = d.state[c.id];
        if (c.writable && v !== undefined && v !== null) entries.push({ deviceId: d.id, capabilityId: c.id, value: v });
      }
    }
    if (entries.length === 0) throw new HearthError('BAD_REQUEST', 'Those devices have no values to capture yet.');
    const scene: Scene = { id: newId(), name, entries, createdAt: this.#d.clock.now() };
    this.#store.putScene(scene);
    this.#scenes.set(scene.id, scene);
    this.#forgetFacts();
    return scene;
  }

  scene(id: string): Scene {
    const s = this.#scenes.get(id);
    if (!s) throw new HearthError('NOT_FOUND', 'That scene no longer exists.');
    return s;
  }

  removeScene(id: string): void {
    this.scene(id);
    this.#store.removeScene(id);
    this.#scenes.delete(id);
    this.#forgetFacts();
  }

  export(): AutomationExport {
    return {
      format: 'hearth.automations',
      version: 1,
      rules: this.list().map(({ source: _s, createdAt: _c, updatedAt: _u, ...rest }) => rest),
      scenes: this.scenes().map(({ createdAt: _c, ...rest }) => rest),
    };
  }

  /**
   * Adds the rules and scenes of an export. Those this home already has (same id, or the same content) are
   * skipped and counted, unless `copies` asks for copies. New scenes get new ids; rules follow them.
   * All in one transaction, with one conflict check at the end rather than one per rule.
   */
  import(data: AutomationExport, opts: { copies?: boolean } = {}): ImportResult {
    const parsed = AutomationExport.parse(data);
    const copies = opts.copies ?? false;
    const now = this.#d.clock.now();
    const sceneIds = new Map<string, string>();
    const sceneByContent = new Map([...this.#scenes.values()].map((s) => [fingerprint({ name: s.name, entries: s.entries }), s.id]));
    const newScenes: Scene[] = [];
    let skippedScenes = 0;
    for (const s of parsed.scenes) {
      const same = !copies ? (s.id && this.#scenes.has(s.id) ? s.id : sceneByContent.get(fingerprint({ name: s.name, entries: s.entries }))) : undefined;
      if (same) {
        skippedScenes++;
        if (s.id) sceneIds.set(s.id, same);
        continue;
      }
      const scene: Scene = { id: newId(), name: s.name, entries: s.entries, createdAt: now };
      if (s.id) sceneIds.set(s.id, scene.id);
      newScenes.push(scene);
    }
    const ruleByContent = new Set([...this.#rules.values()].map((r) => fingerprint(ruleContent(r))));
    const rules: Rule[] = [];
    let skippedRules = 0;
    for (const { id, ...r } of parsed.rules) {
      const actions = r.actions.map((a) => (a.type === 'scene' && sceneIds.has(a.sceneId) ? { ...a, sceneId: sceneIds.get(a.sceneId)! } : a));
      const input: RuleInput = { ...r, actions };
      const print = fingerprint(ruleContent(input));
      if (!copies && ((id && this.#rules.has(id)) || ruleByContent.has(print))) {
        skippedRules++;
        continue;
      }
      ruleByContent.add(print);
      rules.push({ ...input, id: newId(), source: 'import', createdAt: now, updatedAt: now });
    }
    this.#d.gate?.assertRoom('automations', rules.length);
    for (const s of newScenes) this.#scenes.set(s.id, s);
    for (const r of rules) {
      try {
        this.#validate(r);
      } catch (err) {
        for (const s of newScenes) this.#scenes.delete(s.id);
        const why = err instanceof HearthError ? err.message : String(err);
        throw new HearthError('BAD_REQUEST', `Nothing was imported: in the file, “${r.name}”: ${why.replace(/^./, (c) => c.toLowerCase())}`, 'Export the automations again from the home they came from, with their scenes.');
      }
    }
    this.#d.db.transaction(() => {
      for (const s of newScenes) this.#store.putScene(s);
      for (const r of rules) this.#store.put(r);
    })();
    if (newScenes.length) this.#forgetFacts();
    const graph = this.#graphNow();
    for (const r of rules) {
      this.#rules.set(r.id, r);
      graph.put(this.#facts.get(r));
      this.engine.put(r);
      this.#d.bus.emit('automation.updated', r);
    }
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
    const skipped = skippedRules + skippedScenes
      ? ` Skipped ${[skippedRules ? n(skippedRules, 'automation') : '', skippedScenes ? n(skippedScenes, 'scene') : ''].filter(Boolean).join(' and ')} this home already has (import copies to add them again).`
      : '';
    const message = `Imported ${n(rules.length, 'automation')} and ${n(newScenes.length, 'scene')}.${skipped}`;
    return { rules, scenes: newScenes.length, skippedRules, skippedScenes, message };
  }

  /**
   * Erasure ("Erase my data", called by the privacy service): every rule stops (its timers cancelled, its
   * triggers unhooked) and every rule and scene is forgotten, without writing or announcing anything. The rows
   * go with the erased tables. Tested by src/main/privacy/erase-live.test.ts.
   */
  eraseAll(): void {
    for (const id of this.#rules.keys()) this.engine.remove(id);
    this.#rules.clear();
    this.#scenes.clear();
    this.#lastSkip.clear();
    this.#forgetFacts();
  }
}

/** What makes two rules the same for an import: everything but ids, dates and where they came from. */
function ruleContent(r: RuleInput): unknown {
  return { name: r.name, enabled: r.enabled, triggers: r.triggers, conditions: r.conditions, actions: r.actions, text: r.text ?? null };
}

/** A stable digest of plain data (object keys sorted). */
function fingerprint(v: unknown): string {
  const canon = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(canon) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, y]) => [k, canon(y)])) : x;
  return createHash('sha256').update(JSON.stringify(canon(v))).digest('hex');
}
