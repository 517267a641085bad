// Automations for the app: rules stored in SQLite and kept in the engine; scenes; traces; conflicts between
// rules; export/import; the home's location for sun times. Runs go through the PlanService as plans.
import { randomUUID } from 'node:crypto';
import { AutomationExport, Location, type Rule, type RuleInput, type Scene } from '../../shared/automation';
import { HearthError } from '../../shared/errors';
import type { CapabilityValue, Device } from '../../shared/model';
import type { Conflict, PlanStep, Trace } from '../../shared/plan';
import type { EventBus, Logger } from '../bus';
import type { Db } from '../storage/db';
import { getSetting, setSetting } from '../storage/settings';
import { ruleConflicts, type CheckContext } from '../plans/conflicts';
import type { PlanService } from '../plans/service';
import type { Clock } from './clock';
import { AutomationEngine } from './engine';
import { AutomationStore } from './store';
import type { TraceStore } from './traces';

export interface AutomationDeps {
  db: Db;
  bus: EventBus;
  log: Logger;
  clock: Clock;
  traces: TraceStore;
  devices: { list(): Device[]; find(id: string): Device | undefined };
  plans: () => PlanService;
}

const LOCATION = 'home.location';
/** "Didn't run" traces of one rule are kept at most this often, so a busy sensor cannot flood the trace log. */
const SKIP_TRACE_MS = 1000;

export class AutomationService {
  readonly engine: AutomationEngine;
  readonly #store: AutomationStore;
  readonly #d: AutomationDeps;
  #rules = new Map<string, Rule>();
  #scenes = new Map<string, Scene>();
  readonly #lastSkip = new Map<string, number>();

  constructor(deps: AutomationDeps) {
    this.#d = deps;
    this.#store = new AutomationStore(deps.db);
    this.engine = new AutomationEngine({
      clock: deps.clock,
      value: (id, cap) => deps.devices.find(id)?.state[cap],
      lookup: (id) => deps.devices.find(id),
      location: () => this.location(),
      dispatch: (rule, trace, chain) => {
        deps.plans().runAutomation(rule, trace, chain).catch((err: unknown) => deps.log.error(`automation ${rule.name} failed to run`, err));
      },
      skipped: (rule, trace) => this.#skipped(rule, trace),
    });
    for (const r of this.#store.rules()) this.#rules.set(r.id, r);
    for (const s of this.#store.scenes()) this.#scenes.set(s.id, s);
    for (const r of this.#rules.values()) this.engine.put(r);
    deps.bus.on('device.state', 'automations', (e) => this.engine.onState(e.deviceId, e.capabilityId, e.value));
  }

  start(): void {
    this.engine.start();
  }

  stop(): void {
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
    };
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
    const candidate: Rule = { ...rule, id: id ?? 'draft', source: 'form', createdAt: now, updatedAt: now };
    return ruleConflicts(this.context(candidate), candidate.id);
  }

  conflicts(): Conflict[] {
    return ruleConflicts(this.context());
  }

  #put(rule: Rule): void {
    this.#store.put(rule);
    this.#rules.set(rule.id, rule);
    this.engine.put(rule);
    this.#d.bus.emit('automation.updated', rule);
  }

  create(input: RuleInput, source: Rule['source']): { rule: Rule; conflicts: Conflict[] } {
    this.#validate(input);
    const now = this.#d.clock.now();
    const rule: Rule = { ...input, id: randomUUID(), source, createdAt: now, updatedAt: now };
    this.#put(rule);
    return { rule, conflicts: this.check(input, rule.id) };
  }

  update(id: string, input: RuleInput): { rule: Rule; conflicts: Conflict[] } {
    const old = this.get(id);
    this.#validate(input);
    const rule: Rule = { ...input, id, source: old.source, createdAt: old.createdAt, updatedAt: this.#d.clock.now() };
    this.#put(rule);
    return { rule, conflicts: this.check(input, id) };
  }

  setEnabled(id: string, enabled: boolean): Rule {
    const rule = { ...this.get(id), enabled, updatedAt: this.#d.clock.now() };
    this.#put(rule);
    return rule;
  }

  remove(id: string): void {
    this.get(id);
    this.#store.remove(id);
    this.#rules.delete(id);
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
    return getSetting(this.#d.db, LOCATION, Location) ?? null;
  }

  setLocation(loc: Location | null): Location | null {
    setSetting(this.#d.db, LOCATION, loc, this.#d.clock.now());
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
    const scene: Scene = { id: randomUUID(), name, entries, createdAt: this.#d.clock.now() };
    this.#store.putScene(scene);
    this.#scenes.set(scene.id, scene);
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
  }

  export(): AutomationExport {
    return {
      format: 'hearth.automations',
      version: 1,
      rules: this.list().map(({ id: _i, source: _s, createdAt: _c, updatedAt: _u, ...rest }) => rest),
      scenes: this.scenes().map(({ createdAt: _c, ...rest }) => rest),
    };
  }

  /** Adds the rules and scenes of an export (scenes get new ids; rules follow them). */
  import(data: AutomationExport): { rules: Rule[]; scenes: number } {
    const parsed = AutomationExport.parse(data);
    const ids = new Map<string, string>();
    for (const s of parsed.scenes) {
      const scene: Scene = { id: randomUUID(), name: s.name, entries: s.entries, createdAt: this.#d.clock.now() };
      if (s.id) ids.set(s.id, scene.id);
      this.#store.putScene(scene);
      this.#scenes.set(scene.id, scene);
    }
    const rules = parsed.rules.map((r) => {
      const actions = r.actions.map((a) => (a.type === 'scene' && ids.has(a.sceneId) ? { ...a, sceneId: ids.get(a.sceneId)! } : a));
      return this.create({ ...r, actions }, 'import').rule;
    });
    return { rules, scenes: parsed.scenes.length };
  }

  /**
   * Erasure ("Erase my data"): every rule stops (its timers cancelled, its triggers unhooked) and every rule
   * and scene is forgotten, without writing or announcing anything. The rows go with the erased tables.
   */
  eraseAll(): void {
    for (const id of this.#rules.keys()) this.engine.remove(id);
    this.#rules.clear();
    this.#scenes.clear();
    this.#lastSkip.clear();
  }
}
