// Rules indexed for conflict checks: what each rule writes and what it listens to, by device control, and which
// rules set each other off. A check of one rule looks only at rules sharing a control with it, never at every pair.
import type { Rule, Scene, Trigger } from '../../shared/automation';
import type { DeviceLookup } from '../../shared/describe-rules';
import type { PlanStep } from '../../shared/plan';
import { stepsFromRule } from './plans/planner';
import { writeCouldFire, type DeviceTrigger } from '../time/trigger-index';

export type TimedTrigger = Extract<Trigger, { type: 'time' | 'sun' | 'interval' }>;

/** What one rule does, worked out once per version of the rule (and of the devices and scenes it names). */
export interface RuleFacts {
  rule: Rule;
  /** One run's steps, delays added up, scenes expanded. */
  steps: PlanStep[];
  /** Why some actions made no step (a removed device, a removed scene). */
  notes: string[];
  /** When the last step runs, in ms after the start. */
  span: number;
  /** Triggers on device values. */
  listens: DeviceTrigger[];
  /** Clock, sun and interval triggers. */
  timed: TimedTrigger[];
}

export const controlKey = (s: { deviceId: string; capabilityId: string }): string => `${s.deviceId}\u0000${s.capabilityId}`;

function ruleFacts(rule: Rule, lookup: DeviceLookup, scene: (id: string) => Scene | undefined): RuleFacts {
  const { steps, notes } = stepsFromRule(rule.actions, lookup, scene);
  return {
    rule, steps, notes,
    span: steps.reduce((m, s) => Math.max(m, s.atMs), 0),
    listens: rule.triggers.filter((t): t is DeviceTrigger => t.type === 'state' || t.type === 'numeric'),
    timed: rule.triggers.filter((t): t is TimedTrigger => t.type === 'time' || t.type === 'sun' || t.type === 'interval'),
  };
}

/** Facts kept per rule object; cleared when devices or scenes change (a rule's steps depend on both). */
export class FactsCache {
  #cache = new WeakMap<Rule, RuleFacts>();
  readonly #lookup: DeviceLookup;
  readonly #scene: (id: string) => Scene | undefined;

  constructor(deps: { lookup: DeviceLookup; scene: (id: string) => Scene | undefined }) {
    this.#lookup = deps.lookup;
    this.#scene = deps.scene;
  }

  get = (rule: Rule): RuleFacts => {
    let f = this.#cache.get(rule);
    if (!f) this.#cache.set(rule, (f = ruleFacts(rule, this.#lookup, this.#scene)));
    return f;
  };

  clear(): void {
    this.#cache = new WeakMap();
  }
}

/** A's step `via` could set off B's trigger `trigger`. */
export interface Edge {
  from: RuleFacts;
  to: RuleFacts;
  via: PlanStep;
  trigger: DeviceTrigger;
}

export class RuleGraph {
  /** Enabled rules by id. */
  readonly byId = new Map<string, RuleFacts>();
  readonly #writers = new Map<string, RuleFacts[]>();
  readonly #listeners = new Map<string, RuleFacts[]>();
  readonly #next = new Map<string, Edge[]>();
  readonly #prev = new Map<string, Edge[]>();

  constructor(rules: readonly Rule[], facts: (r: Rule) => RuleFacts) {
    for (const r of rules) if (r.enabled) this.#add(facts(r));
  }

  /** Adds or replaces a rule (the automation service keeps one graph up to date as rules are saved). */
  put(f: RuleFacts): void {
    this.remove(f.rule.id);
    if (f.rule.enabled) this.#add(f);
  }

  remove(id: string): void {
    const f = this.byId.get(id);
    if (!f) return;
    this.byId.delete(id);
    for (const k of keysOf(f.steps)) drop(this.#writers, k, f);
    for (const k of keysOf(f.listens)) drop(this.#listeners, k, f);
    this.#next.clear();
    this.#prev.clear();
  }

  #add(f: RuleFacts): void {
    this.byId.set(f.rule.id, f);
    for (const k of keysOf(f.steps)) push(this.#writers, k, f);
    for (const k of keysOf(f.listens)) push(this.#listeners, k, f);
    if (this.#next.size) this.#next.clear();
    if (this.#prev.size) this.#prev.clear();
  }

  /** Enabled rules that write this control. */
  writers(key: string): readonly RuleFacts[] {
    return this.#writers.get(key) ?? NONE;
  }

  /** Enabled rules with a trigger on this control. */
  listeners(key: string): readonly RuleFacts[] {
    return this.#listeners.get(key) ?? NONE;
  }

  /** Rules that a run of this one could set off (its first step that could, per rule). */
  next(id: string): readonly Edge[] {
    let out = this.#next.get(id);
    if (out) return out;
    out = [];
    const from = this.byId.get(id);
    if (from) {
      const seen = new Set<string>();
      for (const via of from.steps) {
        for (const to of this.listeners(controlKey(via))) {
          if (seen.has(to.rule.id)) continue;
          const trigger = to.listens.find((t) => controlKey(t) === controlKey(via) && writeCouldFire(t, via.value));
          if (!trigger) continue;
          seen.add(to.rule.id);
          out.push({ from, to, via, trigger });
        }
      }
    }
    this.#next.set(id, out);
    return out;
  }

  /** Rules whose runs could set this one off. */
  prev(id: string): readonly Edge[] {
    let out = this.#prev.get(id);
    if (out) return out;
    out = [];
    const to = this.byId.get(id);
    if (to) {
      const seen = new Set<string>();
      for (const t of to.listens) {
        for (const from of this.writers(controlKey(t))) {
          if (seen.has(from.rule.id)) continue;
          const edge = this.next(from.rule.id).find((e) => e.to === to);
          if (!edge) continue;
          seen.add(from.rule.id);
          out.push(edge);
        }
      }
    }
    this.#prev.set(id, out);
    return out;
  }

  /**
   * The longest chain of rules through `id` that set each other off one after another, none twice (oldest first).
   * Loops are reported on their own; here a path never revisits a rule.
   */
  longestChainThrough(id: string): RuleFacts[] {
    if (!this.byId.has(id)) return [];
    const back = longest(id, (x) => this.prev(x).map((e) => e.from.rule.id), new Set([id]));
    const fwd = longest(id, (x) => this.next(x).map((e) => e.to.rule.id), new Set([id, ...back]));
    return [...back.reverse(), id, ...fwd].map((x) => this.byId.get(x)!);
  }
}

/** Longest simple path out of `from` (excluding it), depth-first; exact when rules do not loop, bounded when they do. */
function longest(from: string, step: (id: string) => string[], onPath: Set<string>): string[] {
  const memo = new Map<string, string[]>();
  let budget = 20_000;
  const walk = (at: string): string[] => {
    const known = memo.get(at);
    if (known && !known.some((x) => onPath.has(x))) return known;
    let best: string[] = [];
    for (const n of step(at)) {
      if (onPath.has(n) || --budget < 0) continue;
      onPath.add(n);
      const tail = [n, ...walk(n)];
      onPath.delete(n);
      if (tail.length > best.length) best = tail;
    }
    memo.set(at, best);
    return best;
  };
  return walk(from);
}

const NONE: never[] = [];

const keysOf = (list: readonly { deviceId: string; capabilityId: string }[]): Set<string> => new Set(list.map(controlKey));

function drop<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k)?.filter((x) => x !== v);
  if (list?.length) m.set(k, list);
  else m.delete(k);
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
