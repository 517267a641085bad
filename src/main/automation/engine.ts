// The automation engine: state events through the trigger index, clock triggers through the clock, then
// conditions, then dispatch. It decides *whether* a rule runs and records why; running is the dispatcher's job.
import type { Location, Rule, Trigger } from '../../shared/automation';
import type { CapabilityValue, Device } from '../../shared/model';
import type { Trace } from '../../shared/plan';
import type { Clock, TimerHandle } from '../time/clock';
import { evaluate, type ConditionContext } from './conditions';
import { conditionText, triggerText, type DeviceLookup } from '../../shared/describe-rules';
import { clockTime } from '../../shared/describe-values';
import { nextFire } from '../time/schedule';
import { DEFAULT_CHAIN_LIMIT } from './settings';
import { TriggerIndex } from '../time/trigger-index';
import { calendarEventWords, judgeWeather, nextCalendarFire, type OutsideReader } from './outside';
import { traceId } from './traces';

export interface EngineDeps {
  clock: Clock;
  value(deviceId: string, capabilityId: string): CapabilityValue | undefined;
  lookup: DeviceLookup;
  location(): Location | null;
  /** Conditions passed: run the rule's actions. `chain`: the rules whose actions led here, oldest first. */
  dispatch(rule: Rule, trace: Trace, chain: readonly string[]): void;
  /** Conditions failed, or the run was stopped as a loop or an over-long chain. */
  skipped(rule: Rule, trace: Trace): void;
  /** The most rules one chain may run, each set off by the one before (the "longest chain" setting). */
  chainLimit?(): number;
  /** Why the rule may not run at all now (e.g. it is over the subscription's limit), or null. */
  blocked?(rule: Rule): string | null;
  /** The weather and calendars, for weather and calendar triggers and conditions. */
  outside?: OutsideReader;
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`);

/** "“A” → “B” → … → “J” → “K”": a long chain is shortened in the middle. */
export function chainText(names: readonly string[]): string {
  const q = quoted(names);
  return (q.length > 5 ? [...q.slice(0, 2), '…', ...q.slice(-2)] : q).join(' → ');
}

interface Compiled {
  rule: Rule;
  timers: TimerHandle[];
  lastInterval: Map<number, number>;
  /** Per weather trigger: whether the last forecast had its measure in range (it fires on crossing in). */
  weatherIn: Map<number, boolean>;
}

/** A state change within this long after an automation wrote it counts as caused by that automation. */
const CAUSE_WINDOW_MS = 10_000;

export class AutomationEngine {
  readonly #d: EngineDeps;
  readonly #rules = new Map<string, Compiled>();
  readonly #index: TriggerIndex<Compiled>;
  /** Which rule chain last wrote a device value, for loop detection at run time. */
  readonly #writes = new Map<string, { chain: readonly string[]; at: number }>();
  #running = false;
  /** The device last looked up during the rule run under way (a run's texts name the same devices several times). */
  readonly #seen: { id: string | null; device: Device | undefined } = { id: null, device: undefined };
  readonly #lookup: DeviceLookup;

  constructor(deps: EngineDeps) {
    this.#d = deps;
    this.#index = new TriggerIndex<Compiled>(deps.value);
    const seen = this.#seen;
    this.#lookup = (id) => (seen.id === id ? seen.device : ((seen.id = id), (seen.device = deps.lookup(id))));
  }

  /** Adds or replaces a rule (disabled rules are kept but never fire). */
  put(rule: Rule): void {
    this.remove(rule.id);
    const c: Compiled = { rule, timers: [], lastInterval: new Map(), weatherIn: new Map() };
    this.#rules.set(rule.id, c);
    if (!rule.enabled) return;
    this.#index.add(rule.id, c, rule.triggers);
    if (this.#running) this.#armAll(c);
  }

  remove(ruleId: string): void {
    const c = this.#rules.get(ruleId);
    if (!c) return;
    for (const t of c.timers) t.cancel();
    this.#index.remove(ruleId);
    this.#rules.delete(ruleId);
  }

  get ruleCount(): number {
    return this.#rules.size;
  }

  /** Arms clock triggers and fires "when Hearth starts" rules. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    for (const c of this.#rules.values()) {
      if (!c.rule.enabled) continue;
      this.#armAll(c);
      c.rule.triggers.forEach((t, i) => {
        if (t.type === 'start') this.#fire(c, i, []);
      });
    }
  }

  stop(): void {
    this.#running = false;
    for (const c of this.#rules.values()) for (const t of c.timers.splice(0)) t.cancel();
  }

  /** Re-arms sun triggers (after the home's location changed). */
  rearm(): void {
    if (!this.#running) return;
    for (const c of this.#rules.values()) {
      for (const t of c.timers.splice(0)) t.cancel();
      if (c.rule.enabled) this.#armAll(c);
    }
  }

  /** The hot path: one device value changed. */
  onState(deviceId: string, capabilityId: string, value: CapabilityValue): void {
    const hits = this.#index.match(deviceId, capabilityId, value);
    if (hits.length === 0) return;
    const cause = this.#writes.get(`${deviceId}\u0000${capabilityId}`);
    const chain = cause && this.#d.clock.now() - cause.at < CAUSE_WINDOW_MS ? cause.chain : [];
    for (const h of hits) this.#fire(h.rule, h.triggerIndex, chain);
  }

  /** A new forecast arrived: weather triggers whose measure crossed into their range fire. */
  onWeather(): void {
    if (!this.#running) return;
    const now = this.#d.clock.now();
    for (const c of [...this.#rules.values()]) {
      if (!c.rule.enabled) continue;
      c.rule.triggers.forEach((t, i) => {
        if (t.type !== 'weather') return;
        const v = judgeWeather(t, this.#d.outside, now);
        if (v.value === null) return;
        const was = c.weatherIn.get(i);
        c.weatherIn.set(i, v.value);
        if (v.value && was !== true) this.#fire(c, i, [], v.detail);
      });
    }
  }

  /** The calendars were read again: calendar triggers are armed for the events now known. */
  onCalendar(): void {
    if (!this.#running) return;
    for (const c of this.#rules.values()) {
      if (!c.rule.enabled || !c.rule.triggers.some((t) => t.type === 'calendar')) continue;
      for (const t of c.timers.splice(0)) t.cancel();
      this.#armAll(c);
    }
  }

  /** The dispatcher tells the engine what a rule's plan wrote, so a loop among rules is seen and stopped. */
  noteWrite(deviceId: string, capabilityId: string, chain: readonly string[]): void {
    this.#writes.set(`${deviceId}\u0000${capabilityId}`, { chain, at: this.#d.clock.now() });
    if (this.#writes.size > 10_000) this.#writes.clear();
  }

  /** Runs a rule now as if triggered by hand (conditions are still checked and traced). */
  runNow(ruleId: string): Trace | null {
    const c = this.#rules.get(ruleId);
    return c ? this.#fire(c, -1, []) : null;
  }

  #armAll(c: Compiled): void {
    c.rule.triggers.forEach((t, i) => this.#arm(c, t, i));
  }

  #arm(c: Compiled, t: Trigger, i: number): void {
    const now = this.#d.clock.now();
    if (t.type === 'calendar') {
      const next = nextCalendarFire(t, this.#d.outside, now);
      if (!next) return;
      const handle = this.#d.clock.at(next.at, () => {
        c.timers = c.timers.filter((x) => x !== handle);
        if (!this.#running || this.#rules.get(c.rule.id) !== c) return;
        this.#fire(c, i, [], `${calendarEventWords(next.event, next.at)} starts ${clockTime(next.event.start)}`);
        this.#arm(c, t, i);
      });
      c.timers.push(handle);
      return;
    }
    const location = this.#d.location();
    const at = nextFire(t, now, location, c.lastInterval.get(i));
    if (at === null) {
      // A sun trigger with nothing found ahead (at a pole): look again tomorrow rather than never.
      if (t.type === 'sun' && location) {
        const again = this.#d.clock.at(now + 86_400_000, () => {
          c.timers = c.timers.filter((x) => x !== again);
          if (this.#running && this.#rules.get(c.rule.id) === c) this.#arm(c, t, i);
        });
        c.timers.push(again);
      }
      return;
    }
    const handle = this.#d.clock.at(at, () => {
      c.timers = c.timers.filter((x) => x !== handle);
      if (!this.#running || this.#rules.get(c.rule.id) !== c) return;
      if (t.type === 'interval') c.lastInterval.set(i, at);
      this.#fire(c, i, []);
      this.#arm(c, t, i);
    });
    c.timers.push(handle);
  }

  #name(ruleId: string): string {
    return this.#rules.get(ruleId)?.rule.name ?? 'a removed automation';
  }

  /** Why a rule set off by `chain` must not run: a loop gone round twice, or a chain past the limit; else null. */
  #stopReason(rule: Rule, chain: readonly string[]): string | null {
    let times = 0;
    for (const id of chain) if (id === rule.id) times++;
    if (times >= 2) {
      const cycle = chain.slice(chain.lastIndexOf(rule.id)).map((id) => this.#name(id));
      if (cycle.length === 1) return `Stopped: “${rule.name}” set itself off again, twice round. It keeps triggering itself; change it so its actions do not set off its trigger.`;
      const round = quoted([...cycle, rule.name]);
      return `Stopped: ${round[0]} set off ${round.slice(1, -1).join(', which set off ')}, which set off ${round.at(-1)} again, twice round. These automations keep triggering each other; change one of them.`;
    }
    const blocked = this.#d.blocked?.(rule);
    if (blocked) return blocked;
    const limit = this.#d.chainLimit?.() ?? DEFAULT_CHAIN_LIMIT;
    if (chain.length < limit) return null;
    const repeats = new Set(chain).size < chain.length;
    return `Stopped: “${rule.name}” would be automation number ${chain.length + 1} in a chain (${chainText([...chain.map((id) => this.#name(id)), rule.name])}), and Hearth stops a chain after ${limit} automations (the “longest chain” setting). ` +
      (repeats ? 'The chain went round a loop once on the way.' : 'This is not a loop: no automation in it repeats. Raise the setting if the chain is meant.');
  }

  /** `seen`: what the trigger saw, when it helps (the forecast's value and age, the calendar event). */
  #fire(c: Compiled, triggerIndex: number, chain: readonly string[], seen?: string): Trace {
    this.#seen.id = null;
    this.#seen.device = undefined;
    try {
      return this.#run(c, triggerIndex, chain, seen);
    } finally {
      this.#seen.id = null;
      this.#seen.device = undefined;
    }
  }

  #run(c: Compiled, triggerIndex: number, chain: readonly string[], seen?: string): Trace {
    const { rule } = c;
    const d = this.#d;
    const lookup = this.#lookup;
    const now = d.clock.now();
    const said = triggerIndex < 0 ? 'Run by hand' : triggerText(rule.triggers[triggerIndex]!, lookup);
    const trigger = seen ? `${said} (${seen})` : said;
    const trace: Trace = {
      id: traceId(),
      at: now,
      ruleId: rule.id,
      ruleName: rule.name,
      planId: null,
      trigger,
      conditions: [],
      result: 'running',
      summary: '',
      steps: [],
      durationMs: 0,
      messages: [],
    };
    const stop = this.#stopReason(rule, chain);
    if (stop) {
      trace.result = 'suppressed';
      trace.summary = stop;
      d.skipped(rule, trace);
      return trace;
    }
    const ctx: ConditionContext = { now, value: d.value, location: d.location(), lookup, outside: d.outside };
    let failed: string | null = null;
    for (const cond of rule.conditions) {
      const r = evaluate(cond, ctx);
      const label = conditionText(cond, lookup);
      trace.conditions.push(r.detail ? { label, passed: r.passed, detail: r.detail } : { label, passed: r.passed });
      if (!r.passed) {
        failed = r.unknown ? `Hearth could not tell whether “${label}” was true (${r.detail ?? 'no value'})` : `“${label}” was not true${r.detail ? ` (${r.detail})` : ''}`;
        break;
      }
    }
    if (failed !== null) {
      trace.result = 'conditionsFailed';
      trace.summary = `Didn’t run: triggered by “${trigger}”, but ${failed}.`;
      d.skipped(rule, trace);
      return trace;
    }
    trace.summary = `Ran: triggered by “${trigger}”${rule.conditions.length ? ' and every condition held' : ''}.`;
    d.dispatch(rule, trace, [...chain, rule.id]);
    return trace;
  }
}
